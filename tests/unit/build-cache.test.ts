import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBytes } from '../../src/build/build-cache.ts';
import { cacheKey } from '../../src/lib/content/digest.ts';
import { scratchDir } from '../helpers/site.ts';

describe('cachedBytes', () => {
  it('computes once per key and serves the stored bytes after', async () => {
    const cache = { dir: scratchDir('cache') };
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return new TextEncoder().encode('card');
    };
    const key = cacheKey({ headline: 'A', design: 1 });
    expect(new TextDecoder().decode(await cachedBytes('cards', key, compute, cache))).toBe('card');
    expect(new TextDecoder().decode(await cachedBytes('cards', key, compute, cache))).toBe('card');
    expect(computed).toBe(1);
    await cachedBytes('cards', cacheKey({ headline: 'B', design: 1 }), compute, cache);
    expect(computed).toBe(2);
    expect(readdirSync(join(cache.dir, 'cards')).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('computes every time when no cache directory is configured', async () => {
    let computed = 0;
    const compute = async () => new Uint8Array([++computed]);
    await cachedBytes('cards', 'k', compute, {});
    await cachedBytes('cards', 'k', compute, {});
    expect(computed).toBe(2);
  });
});
