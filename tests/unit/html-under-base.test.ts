import { describe, expect, it } from 'vitest';
import { htmlUnderBase } from '../../src/lib/urls/html-under-base.ts';

const body =
  '<p><a href="/city/2026/11/20/harbor-bridge-reopens/">the bridge</a> and <img src="/logo.svg" alt="" loading="lazy"> ' +
  '<img srcset="/a-400.webp 400w, /a-800.webp 800w" alt=""></p>';

describe('site-absolute links in rendered Markdown', () => {
  it('stay as editors wrote them on a site at the root of its origin', () => {
    expect(htmlUnderBase(body, 'https://news.example')).toBe(body);
  });

  it('go under the base of a site served under a path, links, sources and every srcset candidate', () => {
    expect(htmlUnderBase(body, 'https://user.github.io/news')).toBe(
      '<p><a href="/news/city/2026/11/20/harbor-bridge-reopens/">the bridge</a> and <img src="/news/logo.svg" alt="" loading="lazy"> ' +
        '<img srcset="/news/a-400.webp 400w, /news/a-800.webp 800w" alt=""></p>',
    );
  });

  it.each([
    ['another site', '<a href="https://elsewhere.example/city/">x</a>'],
    ['a protocol-relative URL', '<a href="//elsewhere.example/city/">x</a>'],
    ['a fragment', '<a href="#fn-1">1</a>'],
    ['a relative path', '<img src="./images/harbor.jpg" alt="">'],
    ['mail', '<a href="mailto:desk@news.example">desk</a>'],
    ['an image Astro resolves when the page renders', '<img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.jpg&#x22;}">'],
  ])('leave %s alone', (_case, html) => {
    expect(htmlUnderBase(html, 'https://user.github.io/news')).toBe(html);
  });

  it('are found only in tags, not in the text', () => {
    const html = '<p>Write href="/city/" to link the city desk.</p>';
    expect(htmlUnderBase(html, 'https://user.github.io/news')).toBe(html);
  });
});
