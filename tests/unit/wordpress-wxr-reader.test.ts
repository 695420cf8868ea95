import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWxr, WxrError, type WxrItem, type WxrRecord } from '../../src/lib/import/wxr-reader.ts';
import { projectRoot } from '../helpers/site.ts';

const fixture = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/wordpress', name), 'utf8');

async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function records(text: string, size = 1 << 16): Promise<WxrRecord[]> {
  const all: WxrRecord[] = [];
  for await (const record of readWxr(chunked(text, size), 'export.xml')) all.push(record);
  return all;
}

const items = (all: WxrRecord[]): WxrItem[] => all.flatMap((record) => (record.kind === 'item' ? [record.item] : []));

describe('reading a WordPress export', () => {
  it('gives the site first, then its people and terms, then every item with its fields, terms, meta and comments', async () => {
    const all = await records(fixture('newsroom.xml'));
    expect(all[0]).toEqual({
      kind: 'site',
      site: {
        title: 'Harbor Gazette',
        link: 'https://oldnews.example',
        baseSiteUrl: 'https://oldnews.example',
        baseBlogUrl: 'https://oldnews.example',
        language: 'en-US',
        version: '1.2',
      },
    });
    expect(all.filter((record) => record.kind === 'author')).toHaveLength(3);
    expect(all.find((record) => record.kind === 'category' && record.category.nicename === 'city-hall')).toMatchObject({
      category: { termId: 3, parent: 'news', name: 'City Hall' },
    });
    expect(
      all.filter((record) => record.kind === 'term').map((record) => record.kind === 'term' && record.term.slug),
    ).toEqual(['cap-jdoe', 'cap-guest-writer', 'main']);
    const post = items(all).find((item) => item.id === 10)!;
    expect(post).toMatchObject({
      title: 'Harbor Bridge reopens &amp; traffic returns',
      link: 'https://oldnews.example/2019/05/03/bridge-reopens/',
      creator: 'jdoe',
      postDate: '2019-05-03 08:30:00',
      postDateGmt: '2019-05-03 12:30:00',
      postName: 'bridge-reopens',
      status: 'publish',
      postType: 'post',
      comments: 1,
    });
    expect(post.content).toContain('[caption id="attachment_51"');
    expect(post.terms).toContainEqual({ domain: 'post_tag', nicename: 'harbor-bridge', name: 'Harbor Bridge' });
    expect(post.meta).toContainEqual({ key: '_wp_old_slug', value: 'bridge-opens' });
    expect(items(all).map((item) => item.id)).toEqual([
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 30, 31, 32, 33, 34, 50, 51, 52, 40, 41, 42,
    ]);
  });

  it('reads the same records however the file is cut into chunks, even inside a multi-byte letter', async () => {
    const text = fixture('newsroom.xml');
    const whole = await records(text);
    expect(await records(text, 7)).toEqual(whole);
    expect(items(await records(text, 3)).find((item) => item.id === 19)?.title).toBe('Мост открыт для пешеходов');
  });

  it('yields items as it reads them rather than after the whole file', async () => {
    const text = fixture('newsroom.xml');
    let chunksRead = 0;
    async function* counting() {
      for await (const chunk of chunked(text, 512)) {
        chunksRead += 1;
        yield chunk;
      }
    }
    for await (const record of readWxr(counting(), 'export.xml')) {
      if (record.kind === 'item') break;
    }
    expect(chunksRead).toBeLessThan(Math.ceil(text.length / 512) / 2);
  });

  it.each([
    ['truncated.xml', /export.xml: is truncated: it ends inside <item> \(opened at line 85\)/],
    ['not-wxr.xml', /export.xml: is not a WordPress export \(WXR\): its <channel> has no <wp:wxr_version>/],
    ['unknown-version.xml', /is WXR version 2\.0, which this importer does not know \(it reads 1\.1 and 1\.2\)/],
    [
      'malformed.xml',
      /is not well-formed XML at line 9, column \d+: unexpected close tag \(inside <content:encoded> opened at line 9\)/,
    ],
    ['login-page.html', /is not a WordPress export \(WXR\): it is an HTML page/],
  ])('refuses %s with a one-line error that names the file and what is wrong', async (name, message) => {
    const error = await records(fixture(name)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses an empty file, text that is not XML and XML that is not an RSS channel', async () => {
    await expect(records('')).rejects.toThrow('export.xml: is empty');
    await expect(records('{"posts": []}')).rejects.toThrow('is not XML (it starts with "{\\"posts\\": []}")');
    await expect(records('<?xml version="1.0"?><urlset></urlset>')).rejects.toThrow(
      'root element is <urlset>, expected <rss>',
    );
  });

  it('reads a WXR 1.1 export', async () => {
    const text = fixture('newsroom.xml').replace(
      '<wp:wxr_version>1.2</wp:wxr_version>',
      '<wp:wxr_version>1.1</wp:wxr_version>',
    );
    expect((await records(text))[0]).toMatchObject({ kind: 'site', site: { version: '1.1' } });
  });
});
