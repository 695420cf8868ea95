import { describe, expect, it } from 'vitest';
import { decodeContentFile, positionAt, splitContentFile } from '../../src/lib/content/frontmatter-source.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeContentFile', () => {
  it('reads UTF-8 text and drops a byte order mark', () => {
    expect(decodeContentFile(bytes('\uFEFF---\nheadline: Café\n---\n'))).toEqual({
      text: '---\nheadline: Café\n---\n',
    });
  });

  it('reports text in another encoding at the first bad byte', () => {
    const latin1 = Uint8Array.from([...bytes('---\nheadline: Caf'), 0xe9, ...bytes('\n---\n')]);
    expect(decodeContentFile(latin1)).toEqual({
      problem: { line: 2, column: 14, message: expect.stringContaining('not UTF-8 text') },
    });
  });

  it('reports binary data', () => {
    expect(decodeContentFile(bytes('---\nheadline: x\0y\n'))).toEqual({
      problem: { line: 2, column: 12, message: expect.stringContaining('binary data') },
    });
  });
});

describe('splitContentFile', () => {
  it('splits as the build does, remembering where the YAML and the body start', () => {
    expect(splitContentFile('---\nheadline: A\n---\nBody\n')).toEqual({
      yaml: '\nheadline: A\n',
      yamlLine: 1,
      body: '\nBody\n',
      bodyLine: 3,
    });
  });

  it('accepts CRLF line endings and blank lines before the frontmatter', () => {
    expect(splitContentFile('\r\n\r\n---\r\nheadline: A\r\n---\r\nBody')).toMatchObject({
      yaml: '\r\nheadline: A\r\n',
      yamlLine: 3,
      bodyLine: 5,
    });
  });

  it('reports an empty file, a file without frontmatter and an unclosed frontmatter', () => {
    expect(splitContentFile(' \n\t\n')).toEqual({
      problem: { line: 1, column: 1, message: expect.stringContaining('the file is empty') },
    });
    expect(splitContentFile('# Title\n')).toEqual({
      problem: { line: 1, column: 1, message: expect.stringContaining('no frontmatter') },
    });
    expect(splitContentFile('\n---\nheadline: A\n')).toEqual({
      problem: {
        line: 2,
        column: 1,
        message: 'the frontmatter opened on line 2 is never closed: add a line --- after the last field',
      },
    });
  });
});

it('positionAt counts lines and columns from 1', () => {
  expect(positionAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
  expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
});
