/**
 * `node scripts/generate-wordpress-export.ts <out.xml> [--posts 20000] [--uploads <dir>]`: writes a
 * synthetic WordPress export (WXR 1.2) the size of a real newsroom's archive, for timing the importer
 * (scripts/bench-import.ts). Classic and block-editor posts in turn, a few paragraphs each with links,
 * captions, embeds and galleries, nested categories, tags, co-authors, featured images, revisions and
 * comments, drafts and scheduled posts. Deterministic (a seeded generator), and written as a stream:
 * the export is hundreds of megabytes. With --uploads it also writes the uploads folder its images name.
 */
import { copyFileSync, createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const SITE = 'https://archive.example';

/** Mulberry32, a small seeded generator: the same export every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS =
  'harbor council bridge ferry budget vote mayor school storm tide port river market police court health housing transit water festival election library workers contract museum fishing coast weather road rail plan report hearing residents neighborhood downtown project community program district officials season team league'.split(
    ' ',
  );

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const pad = (value: number) => String(value).padStart(2, '0');

interface Options {
  posts: number;
  uploads?: string;
  /** A picture to copy for each upload (tests/fixtures/images/harbor.jpg). */
  image: string;
}

const CATEGORIES = [
  ['news', '', 'News'],
  ['city', 'news', 'City'],
  ['courts', 'news', 'Courts'],
  ['politics', '', 'Politics'],
  ['business', '', 'Business'],
  ['port', 'business', 'Port'],
  ['sports', '', 'Sports'],
  ['culture', '', 'Culture'],
  ['opinion', '', 'Opinion'],
  ['weather', '', 'Weather'],
  ['education', '', 'Education'],
  ['health', '', 'Health'],
] as const;
const AUTHORS = 40;
const TAGS = 300;
const UPLOADS = 500;

export async function generateWordpressExport(file: string, options: Options): Promise<void> {
  const next = random(20_26);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () =>
    Array.from({ length: 4 + Math.floor(next() * 4) }, () => sentence(8 + Math.floor(next() * 12))).join(' ');

  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));

  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>The Archive Example</title>
	<link>${SITE}</link>
	<description>A synthetic newsroom</description>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${SITE}</wp:base_site_url>
	<wp:base_blog_url>${SITE}</wp:base_blog_url>
`);
  for (let author = 1; author <= AUTHORS; author += 1)
    await write(
      `	<wp:author><wp:author_id>${author}</wp:author_id><wp:author_login>${cdata(`reporter${author}`)}</wp:author_login><wp:author_email>${cdata(`reporter${author}@archive.example`)}</wp:author_email><wp:author_display_name>${cdata(`Reporter Number ${author}`)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>\n`,
    );
  for (const [index, [nicename, parent, name]] of CATEGORIES.entries())
    await write(
      `	<wp:category><wp:term_id>${index + 2}</wp:term_id><wp:category_nicename>${cdata(nicename)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>\n`,
    );
  for (let tag = 1; tag <= TAGS; tag += 1)
    await write(
      `	<wp:tag><wp:term_id>${100 + tag}</wp:term_id><wp:tag_slug>${cdata(`topic-${tag}`)}</wp:tag_slug><wp:tag_name>${cdata(`Topic ${tag}`)}</wp:tag_name></wp:tag>\n`,
    );

  // Uploads: attachments first, with ids past the posts'.
  const uploadPath = (index: number) => `20${pad(15 + (index % 10))}/${pad(1 + (index % 12))}/photo-${index}.jpg`;
  const attachmentId = (index: number) => 1_000_000 + index;
  for (let index = 0; index < UPLOADS; index += 1) {
    const path = uploadPath(index);
    if (options.uploads) {
      mkdirSync(dirname(join(options.uploads, path)), { recursive: true });
      copyFileSync(options.image, join(options.uploads, path));
    }
    await write(`	<item>
		<title>${cdata(`photo-${index}`)}</title>
		<link>${SITE}/photo-${index}/</link>
		<dc:creator>${cdata('reporter1')}</dc:creator>
		<content:encoded>${cdata('')}</content:encoded>
		<excerpt:encoded>${cdata(sentence(6))}</excerpt:encoded>
		<wp:post_id>${attachmentId(index)}</wp:post_id>
		<wp:post_date>${cdata('2015-01-01 10:00:00')}</wp:post_date>
		<wp:post_date_gmt>${cdata('2015-01-01 15:00:00')}</wp:post_date_gmt>
		<wp:post_name>${cdata(`photo-${index}`)}</wp:post_name>
		<wp:status>${cdata('inherit')}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:post_type>${cdata('attachment')}</wp:post_type>
		<wp:post_password>${cdata('')}</wp:post_password>
		<wp:attachment_url>${cdata(`${SITE}/wp-content/uploads/${path}`)}</wp:attachment_url>
		<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(sentence(5))}</wp:meta_value></wp:postmeta>
	</item>
`);
  }

  const start = Date.UTC(2012, 0, 1);
  for (let post = 1; post <= options.posts; post += 1) {
    const when = new Date(start + post * 4.5 * 3_600_000 + Math.floor(next() * 3_600_000));
    const gmt = `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())} ${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:00`;
    const slug = `${pick(WORDS)}-${pick(WORDS)}-${post}`;
    const [category, parent] = pick(CATEGORIES);
    const link = `${SITE}/${gmt.slice(0, 4)}/${gmt.slice(5, 7)}/${gmt.slice(8, 10)}/${slug}/`;
    const status =
      post % 97 === 0 ? 'draft' : post % 211 === 0 ? 'trash' : post === options.posts ? 'future' : 'publish';
    const upload = Math.floor(next() * UPLOADS);
    const block = post % 2 === 0;
    const paragraphs = Array.from({ length: 8 + Math.floor(next() * 6) }, paragraph);
    const related = `${SITE}/${gmt.slice(0, 4)}/${gmt.slice(5, 7)}/${gmt.slice(8, 10)}/older-${Math.max(1, post - 3)}/`;
    const body = block
      ? [
          ...paragraphs.slice(0, 3).map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`),
          `<!-- wp:image {"id":${attachmentId(upload)}} -->\n<figure class="wp-block-image"><img src="${SITE}/wp-content/uploads/${uploadPath(upload).replace('.jpg', '-1024x683.jpg')}" alt="" class="wp-image-${attachmentId(upload)}"/><figcaption>${sentence(7)}</figcaption></figure>\n<!-- /wp:image -->`,
          `<!-- wp:heading -->\n<h2>${sentence(4)}</h2>\n<!-- /wp:heading -->`,
          ...paragraphs
            .slice(3)
            .map(
              (text) =>
                `<!-- wp:paragraph -->\n<p>${text} See <a href="${related}">earlier coverage</a>.</p>\n<!-- /wp:paragraph -->`,
            ),
          post % 10 === 0
            ? `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"} -->\n<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:embed -->`
            : '',
        ].join('\n\n')
      : [
          paragraphs[0],
          `[caption id="attachment_${attachmentId(upload)}" width="300"]<img class="wp-image-${attachmentId(upload)}" src="${SITE}/wp-content/uploads/${uploadPath(upload)}" alt="" /> ${sentence(6)}[/caption]`,
          ...paragraphs
            .slice(1)
            .map((text, index) => (index === 2 ? `${text}\nA second line <em>in the same</em> paragraph.` : text)),
          post % 25 === 0 ? `[gallery ids="${attachmentId(upload)},${attachmentId((upload + 1) % UPLOADS)}"]` : '',
        ].join('\n\n');
    const coAuthors =
      post % 7 === 0
        ? [1 + (post % AUTHORS), 1 + ((post + 5) % AUTHORS)]
            .map(
              (author) =>
                `		<category domain="author" nicename="cap-reporter${author}">${cdata(`reporter${author}`)}</category>\n`,
            )
            .join('')
        : '';
    const tags = Array.from({ length: 1 + Math.floor(next() * 4) }, () => 1 + Math.floor(next() * TAGS))
      .map((tag) => `		<category domain="post_tag" nicename="topic-${tag}">${cdata(`Topic ${tag}`)}</category>\n`)
      .join('');
    await write(`	<item>
		<title>${cdata(sentence(6 + Math.floor(next() * 6)).replace(/\.$/, ''))}</title>
		<link>${status === 'publish' ? link : `${SITE}/?p=${post}`}</link>
		<dc:creator>${cdata(`reporter${1 + (post % AUTHORS)}`)}</dc:creator>
		<guid isPermaLink="false">${SITE}/?p=${post}</guid>
		<content:encoded>${cdata(body)}</content:encoded>
		<excerpt:encoded>${cdata(post % 3 === 0 ? sentence(14) : '')}</excerpt:encoded>
		<wp:post_id>${post}</wp:post_id>
		<wp:post_date>${cdata(gmt)}</wp:post_date>
		<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : gmt)}</wp:post_date_gmt>
		<wp:post_name>${cdata(status === 'draft' ? '' : slug)}</wp:post_name>
		<wp:status>${cdata(status)}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata('post')}</wp:post_type>
		<wp:post_password>${cdata('')}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
${coAuthors}		<category domain="category" nicename="${category}">${cdata(category)}</category>
${parent ? `		<category domain="category" nicename="${parent}">${cdata(parent)}</category>\n` : ''}${tags}		<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(attachmentId(upload)))}</wp:meta_value></wp:postmeta>
		<wp:postmeta><wp:meta_key>${cdata('_yoast_wpseo_metadesc')}</wp:meta_key><wp:meta_value>${cdata(sentence(12))}</wp:meta_value></wp:postmeta>
		<wp:comment><wp:comment_id>${post}</wp:comment_id><wp:comment_content>${cdata(sentence(10))}</wp:comment_content></wp:comment>
	</item>
	<item>
		<title>${cdata('Revision')}</title>
		<link>${SITE}/?p=${options.posts + post}</link>
		<dc:creator>${cdata('reporter1')}</dc:creator>
		<content:encoded>${cdata(paragraphs[0]!)}</content:encoded>
		<wp:post_id>${2_000_000 + post}</wp:post_id>
		<wp:post_date>${cdata(gmt)}</wp:post_date>
		<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
		<wp:post_name>${cdata(`${post}-revision-v1`)}</wp:post_name>
		<wp:status>${cdata('inherit')}</wp:status>
		<wp:post_parent>${post}</wp:post_parent>
		<wp:post_type>${cdata('revision')}</wp:post_type>
		<wp:post_password>${cdata('')}</wp:post_password>
	</item>
`);
  }
  await write('</channel>\n</rss>\n');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { posts: { type: 'string', default: '20000' }, uploads: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    console.error('Usage: node scripts/generate-wordpress-export.ts <out.xml> [--posts 20000] [--uploads <dir>]');
    process.exit(2);
  }
  await generateWordpressExport(positionals[0]!, {
    posts: Number(values.posts),
    ...(values.uploads ? { uploads: values.uploads } : {}),
    image: new URL('../tests/fixtures/images/harbor.jpg', import.meta.url).pathname,
  });
}
