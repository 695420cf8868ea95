/**
 * How frontmatter YAML is read, by the build (src/loaders/articles.ts) and the editor tools alike:
 * js-yaml's default schema, the one Astro uses, except that a timestamp stays the text the editor wrote.
 * js-yaml turns `publishedAt: 2024-03-05` into midnight UTC, which in New York is still March 4, and
 * after that nothing can tell it from `2024-03-05T00:00:00Z`. Kept as text, the schema
 * (src/content-schema.ts, parseDateText) reads a date without a time as that day in the publication's
 * time zone, exactly as it reads the same date written in quotes.
 */
import yaml from 'js-yaml';

// js-yaml's own timestamp type (not in its type declarations), so exactly the scalars it reads as dates are kept as text.
const { timestamp } = (yaml as typeof yaml & { types: { timestamp: yaml.Type } }).types;

const timestampAsText = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => timestamp.resolve(data),
  construct: (data: string) => data,
});

// A type with the tag of one already in the schema replaces it.
const FRONTMATTER_SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [timestampAsText] });

/** The value of a frontmatter's YAML text; throws js-yaml's YAMLException (with its `mark`) when it is not valid YAML. */
export function readFrontmatterYaml(text: string): unknown {
  return yaml.load(text, { schema: FRONTMATTER_SCHEMA });
}
