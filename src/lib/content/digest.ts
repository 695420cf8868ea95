import { createHash } from 'node:crypto';

/**
 * The hash of the inputs' JSON, for keys of work a build can reuse (page renders, share cards):
 * a changed input is a new key, so nothing cached under an old one is ever served stale.
 * `replacer` as in JSON.stringify, to write some values by a digest of their own.
 */
export const cacheKey = (inputs: unknown, replacer?: (key: string, value: unknown) => unknown): string =>
  createHash('sha256').update(JSON.stringify(inputs, replacer)).digest('hex');
