import { describe, expect, it } from 'vitest';
import { bodyReferences, sitePathOf } from '../../src/cli/lint/body-references.ts';

describe('bodyReferences', () => {
  it('finds inline links, images, reference definitions, autolinks and HTML links with their positions', () => {
    const body = [
      'See [the story](/city/2026/11/20/a/) and ![a chart](./chart.png "Chart").',
      'Nested [link [text]](/b/) and <https://example.org/x>.',
      '<a href="/c/">C</a> <img src="/d.png" alt="">',
      '[ref]: /e/',
    ].join('\n');
    expect(bodyReferences(body)).toEqual([
      { kind: 'link', target: '/city/2026/11/20/a/', line: 1, column: 17 },
      { kind: 'image', target: './chart.png', line: 1, column: 53 },
      { kind: 'link', target: '/b/', line: 2, column: 22 },
      { kind: 'link', target: 'https://example.org/x', line: 2, column: 32 },
      { kind: 'link', target: '/c/', line: 3, column: 10 },
      { kind: 'image', target: '/d.png', line: 3, column: 31 },
      { kind: 'link', target: '/e/', line: 4, column: 8 },
    ]);
  });

  it('ignores fenced code blocks and inline code, and reads CRLF bodies', () => {
    const body = ['`[x](/nope/)`', '```md', '[y](/nope/)', '```', '~~~', '<a href="/nope/">', '~~~', '[z](/yes/)'].join(
      '\r\n',
    );
    expect(bodyReferences(body)).toEqual([{ kind: 'link', target: '/yes/', line: 8, column: 5 }]);
  });
});

describe('sitePathOf', () => {
  const origin = 'https://news.example';
  it('gives the path of links into the site, without query or fragment', () => {
    expect(sitePathOf('/city/?page=2#top', origin)).toBe('/city/');
    expect(sitePathOf('https://news.example/tags/caf%C3%A9/', origin)).toBe('/tags/café/');
  });

  it('ignores other sites, protocol-relative links, mail and fragments', () => {
    for (const target of [
      'https://elsewhere.example/city/',
      '//elsewhere.example/x/',
      'mailto:desk@news.example',
      '#top',
      './chart.png',
    ]) {
      expect(sitePathOf(target, origin), target).toBeUndefined();
    }
  });
});

describe('sitePathOf a site served under a path', () => {
  const site = 'https://user.github.io/news';

  it('reads root-relative links as site paths, as editors write them, without the base', () => {
    expect(sitePathOf('/city/2026/11/20/a/', site)).toBe('/city/2026/11/20/a/');
  });

  it('takes the base off an absolute URL under the site', () => {
    expect(sitePathOf('https://user.github.io/news/city/#top', site)).toBe('/city/');
    expect(sitePathOf('https://user.github.io/news', site)).toBe('/');
  });

  it('leaves another site on the same origin alone', () => {
    expect(sitePathOf('https://user.github.io/other-project/', site)).toBeUndefined();
    expect(sitePathOf('https://user.github.io/newsroom/', site)).toBeUndefined();
  });
});
