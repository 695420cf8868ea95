/**
 * Loads the one content schema (src/content-schema.ts, through src/content.config.ts) into a plain
 * Node process, so the editor tools validate with exactly the rules the build uses. `astro:content`
 * only exists inside Astro: a module hook points it at a shim, and `image()` is ours, checking the file
 * beside the Markdown.
 */
import { existsSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';

const shim = new URL('./astro-content-shim.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    return specifier === 'astro:content' ? { url: shim, shortCircuit: true } : nextResolve(specifier, context);
  },
});

/** `image()` for the Markdown files of one folder: a path relative to the file, which must exist. */
function imageIn(folder: string): SchemaContext['image'] {
  const image = () =>
    z.string().superRefine((src, context) => {
      if (src.includes('://')) {
        context.addIssue({
          code: 'custom',
          message: `image "${src}" must be a file in the content folder, relative to this file (remote images are not supported)`,
        });
        return;
      }
      const file = resolve(folder, src);
      if (!existsSync(file) || !statSync(file).isFile()) {
        context.addIssue({
          code: 'custom',
          message: `image "${src}" does not exist: there is no file ${file} (paths are relative to the Markdown file)`,
        });
      }
    });
  // Astro's image() turns the path into image metadata; the tools only need to know the file is there.
  return image as unknown as SchemaContext['image'];
}

/** The field names an object schema knows at `path` (through optional, default, pipe and array wrappers): the "did you mean" of an unknown key. */
export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  let rest = [...path];
  while (node) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable)
      node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodPipe) node = node.in as z.ZodType;
    else if (node instanceof z.ZodArray && typeof rest[0] === 'number') {
      node = node.element as z.ZodType;
      rest = rest.slice(1);
    } else if (node instanceof z.ZodObject) {
      if (rest.length === 0) return Object.keys(node.shape);
      node = node.shape[String(rest[0])] as z.ZodType | undefined;
      rest = rest.slice(1);
    } else return [];
  }
  return [];
}

export type ContentConfig = typeof import('../content.config.ts');

export interface ContentSchemas {
  /** The schema of an article file, its images resolved beside it. */
  article: (file: string) => ReturnType<ReturnType<ContentConfig['articleSchema']>>;
  author: (file: string) => ReturnType<ContentConfig['authorSchema']>;
  section: ContentConfig['sectionSchema'];
  /** A standing page (content/pages/). */
  standingPage: ContentConfig['standingPageSchema'];
  /** An entry of content/removed.yaml. */
  removed: ContentConfig['removedSchema'];
  /** An entry of content/redirects.yaml. */
  redirect: ContentConfig['redirectSchema'];
}

/** One schema per folder of Markdown files (building a zod schema costs more than using it thousands of times). */
function perFolder<Schema>(make: (context: SchemaContext) => Schema): (file: string) => Schema {
  const schemas = new Map<string, Schema>();
  return (file) => {
    const folder = dirname(file);
    let schema = schemas.get(folder);
    if (!schema) {
      schema = make({ image: imageIn(folder) });
      schemas.set(folder, schema);
    }
    return schema;
  };
}

/** The schemas of a content folder, articles checked against the folder's own author and section ids. */
export async function loadSchemas(contentDir: string): Promise<ContentSchemas> {
  const config: ContentConfig = await import('../content.config.ts');
  return {
    article: perFolder(config.articleSchema(config.knownIds(contentDir))),
    author: perFolder(config.authorSchema),
    section: config.sectionSchema,
    standingPage: config.standingPageSchema,
    removed: config.removedSchema,
    redirect: config.redirectSchema,
  };
}
