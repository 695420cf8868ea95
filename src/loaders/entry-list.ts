/**
 * The `removed` and `redirects` collections: content/removed.yaml and content/redirects.yaml (see
 * src/lib/content/entry-list.ts). Unlike Astro's file() loader, a broken file fails the build, and no
 * entry is dropped for lacking an id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseEntryList, type EntryListKind } from '../lib/content/entry-list.ts';

export function entryListLoader(file: string, kind: EntryListKind): Loader {
  async function sync({ store, parseData, config }: LoaderContext): Promise<void> {
    store.clear();
    if (!existsSync(file)) return;
    const parsed = parseEntryList(readFileSync(file, 'utf8'), kind);
    if ('problem' in parsed)
      throw new Error(`${file}:${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message}`);
    const filePath = relative(fileURLToPath(config.root), file);
    for (const item of parsed.items) {
      // Keyed by line, so two entries for one URL both reach the cross-file check instead of one replacing the other.
      const id = `${kind.file}:${item.line}`;
      const data = await parseData({ id, data: item.data as Record<string, unknown>, filePath });
      store.set({ id, data, filePath });
    }
  }
  return {
    name: `dateline-${kind.file.replace(/\.yaml$/, '')}`,
    load: async (context) => {
      await sync(context);
      context.watcher?.add(file);
      context.watcher?.on('change', (changed) => {
        if (changed === file) void sync(context);
      });
    },
  };
}
