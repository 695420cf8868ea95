import { describe, expect, it } from 'vitest';
import { wpautop } from '../../src/lib/import/wpautop.ts';

describe("wpautop, WordPress's paragraphs for classic-editor posts", () => {
  it('makes a paragraph of each block of text and a line break of each single newline', () => {
    expect(wpautop('<pre>echo $$ and $&amp;\n\nnext</pre>')).toBe('<pre>echo $$ and $&amp;\n\nnext</pre>\n');
    expect(wpautop('First line\nsecond line\n\nNext paragraph')).toBe(
      '<p>First line<br />\nsecond line</p>\n<p>Next paragraph</p>\n',
    );
  });

  it('never wraps block elements in a paragraph, and leaves text beside them in its own', () => {
    expect(wpautop('Intro\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\nAfter')).toBe(
      '<p>Intro</p>\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n<p>After</p>\n',
    );
    expect(wpautop('<h2>Title</h2>\nText')).toBe('<h2>Title</h2>\n<p>Text</p>\n');
  });

  it('keeps a <pre> exactly as written', () => {
    expect(wpautop('Code:\n\n<pre>a\n\nb</pre>\n\nDone')).toBe('<p>Code:</p>\n<pre>a\n\nb</pre>\n<p>Done</p>\n');
  });

  it('puts the paragraph inside a blockquote, and keeps newlines inside tags', () => {
    expect(wpautop('<blockquote>Quoted</blockquote>')).toBe('<blockquote><p>Quoted</p></blockquote>\n');
    expect(wpautop('<a\nhref="/x">link</a> text')).toBe('<p><a\nhref="/x">link</a> text</p>\n');
  });

  it('gives nothing for blank text', () => {
    expect(wpautop(' \n\n ')).toBe('');
  });
});
