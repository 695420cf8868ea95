import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../src/markdown/article-pipeline.ts';
import type { Attachment } from '../../src/lib/import/images.ts';
import { expandShortcodes } from '../../src/lib/import/shortcodes.ts';
import { wordpressBodyToMarkdown, type BodyResolver } from '../../src/lib/import/wp-body.ts';

const bridge: Attachment = {
  id: 12,
  url: 'https://old.example/wp-content/uploads/2019/05/bridge.jpg',
  alt: 'The bridge at dawn',
  caption: 'The rebuilt span.',
  credit: 'Photo: Jane Doe',
  title: 'bridge',
  parent: 7,
  menuOrder: 0,
};

const resolver: BodyResolver = {
  image: (src) =>
    src.includes('missing') ? { missing: 'is not in the uploads folder' } : { src: `./images/${src.split('/').pop()}` },
  attachment: (id) => (id === 12 ? bridge : undefined),
  attachedImages: () => [bridge],
  link: (href) => (href === 'https://old.example/2019/05/03/other/' ? '/city/2019/05/03/other/' : href),
  embedHosts: ['www.youtube-nocookie.com', 'player.vimeo.com'],
};

const convert = (html: string) => wordpressBodyToMarkdown(html, resolver);

describe('WordPress HTML as Dateline Markdown', () => {
  it("makes the classic editor's paragraphs and line breaks, as WordPress showed them", () => {
    expect(convert('First line\nsecond line\n\nNext &amp; last').markdown).toBe(
      'First line\\\nsecond line\n\nNext & last\n',
    );
  });

  it('makes the paragraphs of classic text that has a <p> of its own already, as wpautop leaves that one alone', () => {
    const classic = '<p>Already a paragraph.</p>\n\nA second one\nwith a break.\n\nA third.';
    expect(convert(classic).markdown).toBe('Already a paragraph.\n\nA second one\\\nwith a break.\n\nA third.\n');
    // Classic text between blocks too (a classic block); the blocks' own HTML is left as it is.
    const mixed = `<!-- wp:paragraph --><p>A block,\nof one paragraph.</p><!-- /wp:paragraph -->\n\n${classic}`;
    expect(convert(mixed).markdown).toBe(
      'A block, of one paragraph.\n\nAlready a paragraph.\n\nA second one\\\nwith a break.\n\nA third.\n',
    );
  });

  it("takes the block editor's comments out and keeps their HTML, headings, lists and tables", () => {
    const { markdown, warnings } = convert(
      [
        '<!-- wp:paragraph --><p>A <strong>vote</strong>.</p><!-- /wp:paragraph -->',
        '<!-- wp:heading --><h2>Money</h2><!-- /wp:heading -->',
        '<!-- wp:list --><ul><li>Roads</li></ul><!-- /wp:list -->',
        '<!-- wp:table --><figure class="wp-block-table"><table><tr><th>A</th></tr><tr><td>1</td></tr></table></figure><!-- /wp:table -->',
      ].join('\n\n'),
    );
    expect(markdown).toBe('A **vote**.\n\n## Money\n\n- Roads\n\n| A |\n| - |\n| 1 |\n');
    expect(warnings).toEqual([]);
  });

  it('names a dynamic block, which has no content to import, and leaves it out', () => {
    const { markdown, warnings } = convert(
      '<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->\n<!-- wp:latest-posts {"postsToShow":3} /-->',
    );
    expect(markdown).toBe('Hi\n');
    expect(warnings).toEqual([
      'the block "wp:latest-posts" is drawn by WordPress on each view and has no content to import; left out',
    ]);
  });

  it('makes a [caption] a figure with its caption and the picture credit, the image beside the article', () => {
    const { markdown } = convert(
      '[caption id="attachment_12" width="300"]<a href="https://old.example/wp-content/uploads/2019/05/bridge.jpg"><img class="wp-image-12" src="https://old.example/wp-content/uploads/2019/05/bridge-300x200.jpg" alt="" /></a> Dawn on the span.[/caption]',
    );
    expect(markdown).toBe(
      '<figure>\n\n![The bridge at dawn](./images/bridge-300x200.jpg)\n\n<figcaption>\n\nDawn on the span. <small>Photo: Jane Doe</small>\n\n</figcaption>\n</figure>\n',
    );
  });

  it('renders that figure through Dateline’s own article pipeline as one figure with a resized image', async () => {
    const { markdown } = convert(
      '[caption id="attachment_12"]<img class="wp-image-12" src="https://old.example/wp-content/uploads/2019/05/bridge.jpg" alt="A bridge" /> Dawn.[/caption]',
    );
    const rendered = await (
      await articleMarkdown().createRenderer({ syntaxHighlight: false } as never)
    ).render(markdown, {
      fileURL: new URL('file:///content/articles/2019/bridge.md'),
    } as never);
    expect(rendered.code.replace(/\n/g, '')).toMatch(
      /^<figure><p><img __ASTRO_IMAGE_=.*<\/p><figcaption><p>Dawn\. <small>Photo: Jane Doe<\/small><\/p><\/figcaption><\/figure>$/,
    );
    expect(rendered.metadata.localImagePaths).toEqual(['./images/bridge.jpg']);
  });

  it('makes [embed], embed blocks and bare URLs the iframes Dateline allows, and other embeds links it reports', () => {
    const iframe =
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video from YouTube"></iframe>\n';
    expect(convert('[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]').markdown).toBe(iframe);
    expect(convert('Intro\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nEnd').markdown).toBe(`Intro\n\n${iframe}\nEnd\n`);
    expect(
      convert(
        '<!-- wp:embed {"url":"https://vimeo.com/76979871"} --><figure class="wp-block-embed is-provider-vimeo"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div></figure><!-- /wp:embed -->',
      ).markdown,
    ).toContain('<iframe src="https://player.vimeo.com/video/76979871" title="Video from Vimeo"></iframe>');
    const tweet = convert('https://twitter.com/gazette/status/1');
    expect(tweet.markdown).toBe('[https://twitter.com/gazette/status/1](https://twitter.com/gazette/status/1)\n');
    expect(tweet.warnings[0]).toMatch(
      /^an embed from X \(Twitter\) .* is a link now: Dateline embeds only www.youtube-nocookie.com, player.vimeo.com$/,
    );
    const iframeElsewhere = convert('<iframe src="https://maps.example/embed?x=1" title="Map"></iframe>');
    expect(iframeElsewhere.markdown).toBe('[https://maps.example/embed?x=1](https://maps.example/embed?x=1)\n');
    expect(iframeElsewhere.warnings).toHaveLength(1);
  });

  it('makes a [gallery] a figure per image, from its ids or else the images attached to the post', () => {
    const withIds = convert('[gallery ids="12,99"]');
    expect(withIds.markdown).toBe(
      '<figure>\n\n![The bridge at dawn](./images/bridge.jpg)\n\n<figcaption>\n\nThe rebuilt span. <small>Photo: Jane Doe</small>\n\n</figcaption>\n</figure>\n',
    );
    expect(withIds.warnings).toEqual([
      'a gallery names attachment 99, which is not in the export; left out of the gallery',
    ]);
    expect(convert('[gallery]').markdown).toBe(withIds.markdown);
  });

  it('keeps any other shortcode as text and names it, but not bracketed words nor [[escaped]] shortcodes', () => {
    const { markdown, warnings } = convert('[contact-form-7 id="5"] An aside [sic]. Write [[caption]] to show one.');
    expect(markdown).toBe('\\[contact-form-7 id="5"] An aside \\[sic]. Write \\[caption] to show one.\n');
    expect(warnings).toEqual(['the shortcode [contact-form-7] is kept as text: Dateline has nothing that draws it']);
  });

  it('leaves an image that is not in the uploads folder as a link to where it was, and says so', () => {
    const { markdown, warnings } = convert(
      '<img src="https://old.example/wp-content/uploads/2019/05/missing.jpg" alt="Lost" />',
    );
    expect(markdown).toBe('[Image: Lost](https://old.example/wp-content/uploads/2019/05/missing.jpg)\n');
    expect(warnings).toEqual([
      'image https://old.example/wp-content/uploads/2019/05/missing.jpg is not in the uploads folder: left as a link to where it was',
    ]);
  });

  it('points links to the old site’s posts at their new addresses and leaves other links alone', () => {
    expect(
      convert('<a href="https://old.example/2019/05/03/other/">other</a> and <a href="https://else.example/">else</a>')
        .markdown,
    ).toBe('[other](/city/2019/05/03/other/) and [else](https://else.example/)\n');
  });

  it('takes out scripts, styles and forms, and says so', () => {
    const { markdown, warnings } = convert('<p>Text</p><script>track()</script><form><input name="q"></form>');
    expect(markdown).toBe('Text\n');
    expect(warnings).toEqual([
      'a script (<script>) was taken out: Dateline never serves one in a story',
      'a form (<form>) was taken out: Dateline never serves one in a story',
    ]);
  });
});

describe('shortcodes', () => {
  it('reads attributes written every way WordPress allows', () => {
    const expanded = expandShortcodes(
      '[caption id="attachment_12" align=\'left\' width=300 caption="Given"]<img src="x.jpg">[/caption]',
      {
        attachment: () => bridge,
        attachedImages: () => [],
      },
    );
    expect(expanded.html).toBe(
      '<figure data-wp-attachment="12"><img src="x.jpg"><figcaption>Given</figcaption></figure>',
    );
  });

  it('keeps bracketed words and dollar signs as written around a shortcode that closes', () => {
    const text =
      'He said [sic] it cost $& and $$ [Applause] [caption caption="Given"]<img src="x.jpg">[/caption] [sic]';
    const expanded = expandShortcodes(text, { attachment: () => bridge, attachedImages: () => [] });
    expect(expanded.html).toBe(
      'He said [sic] it cost $& and $$ [Applause] <figure data-wp-attachment="12"><img src="x.jpg"><figcaption>Given</figcaption></figure> [sic]',
    );
    expect(expanded.kept).toEqual([]);
  });
});
