import { describe, expect, it } from 'vitest';
import { getOrAdd } from '../../src/lib/related/get-or-add.ts';

describe('getOrAdd', () => {
  it('makes a value the first time a key is asked for, then returns the stored one', () => {
    const map = new Map<string, number[]>();
    let made = 0;
    const make = () => [++made];
    const first = getOrAdd(map, 'harbor', make);
    expect(getOrAdd(map, 'harbor', make)).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps a stored null instead of making the value again', () => {
    const map = new Map<string, number | null>([['the', null]]);
    expect(getOrAdd(map, 'the', () => 1)).toBeNull();
  });
});
