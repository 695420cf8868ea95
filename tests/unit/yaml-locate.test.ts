import { describe, expect, it } from 'vitest';
import { locateYamlPath } from '../../src/cli/lint/yaml-locate.ts';

const yaml = [
  'headline: A',
  'byline:',
  '  - alice',
  '  - bob',
  'tags: [One, Two]',
  'image:',
  '  src: ./a.jpg',
  '  alt: ""',
  '',
].join('\n');

describe('locateYamlPath', () => {
  it('finds a top-level key, a nested key and list items, block or flow', () => {
    expect(locateYamlPath(yaml, ['headline'])).toEqual({ line: 1, column: 1 });
    expect(locateYamlPath(yaml, ['image', 'alt'])).toEqual({ line: 8, column: 3 });
    expect(locateYamlPath(yaml, ['byline', 1])).toEqual({ line: 4, column: 5 });
    expect(locateYamlPath(yaml, ['tags', 1])).toEqual({ line: 5, column: 13 });
  });

  it('falls back to the deepest ancestor that is written when the field is missing', () => {
    expect(locateYamlPath(yaml, ['image', 'caption'])).toEqual({ line: 6, column: 1 });
    expect(locateYamlPath(yaml, ['dek'])).toBeUndefined();
  });

  it('works with CRLF line endings', () => {
    expect(locateYamlPath('a: 1\r\nb: 2\r\n', ['b'])).toEqual({ line: 2, column: 1 });
  });
});
