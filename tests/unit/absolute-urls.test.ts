import { describe, expect, it } from 'vitest';
import { absolutizeHtml } from '../../src/lib/feeds/absolute-urls.ts';

const page = 'https://news.example/news/2026/11/20/harbor-vote/';

describe('absolutizing article HTML for feeds', () => {
  it('resolves site-relative, page-relative and fragment links against the article URL', () => {
    expect(
      absolutizeHtml(
        '<a href="/news/">News</a> <a href="../../19/earlier/">Earlier</a> <a href="#notes">Notes</a>',
        page,
      ),
    ).toBe(
      '<a href="https://news.example/news/">News</a> ' +
        '<a href="https://news.example/news/2026/11/19/earlier/">Earlier</a> ' +
        '<a href="https://news.example/news/2026/11/20/harbor-vote/#notes">Notes</a>',
    );
  });

  it('resolves image sources and every srcset candidate, keeping the descriptors', () => {
    const html = absolutizeHtml(
      '<img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w" alt="A">',
      page,
    );
    expect(html).toBe(
      '<img src="https://news.example/_astro/a.webp" ' +
        'srcset="https://news.example/_astro/a-400.webp 400w, https://news.example/_astro/a-800.webp 800w" alt="A">',
    );
  });

  it('keeps commas that belong to a srcset URL', () => {
    const html = absolutizeHtml(
      '<img src="/a.jpg" srcset="/img/w_400,h_300/a.jpg 1x,/img/w_800,h_600/a.jpg 2x" alt="">',
      page,
    );
    expect(html).toContain(
      'srcset="https://news.example/img/w_400,h_300/a.jpg 1x, https://news.example/img/w_800,h_600/a.jpg 2x"',
    );
  });

  it('resolves video sources and posters', () => {
    expect(absolutizeHtml('<video src="/v.mp4" poster="/p.jpg"></video>', page)).toBe(
      '<video src="https://news.example/v.mp4" poster="https://news.example/p.jpg"></video>',
    );
  });

  it('leaves absolute, mailto and unparseable URLs as they are', () => {
    const html =
      '<a href="https://other.example/x">x</a> <a href="mailto:desk@news.example">mail</a> <a href="http://[bad">bad</a>';
    expect(absolutizeHtml(html, page)).toBe(html);
  });

  it('keeps the rest of the markup and its escaping as written', () => {
    const html = '<p class="lead">Fish &amp; <em>chips</em> &lt;3 <a title="x > y" href="/a?b=1&#x26;c=2">A</a></p>';
    expect(absolutizeHtml(html, page)).toBe(html.replace('"/a?', '"https://news.example/a?'));
  });

  it('rewrites only real attributes: not text, quoted markup or script that looks like one', () => {
    const html =
      '<p title="<a href=/x>">href="/y" <code>&lt;img src="/z"&gt;</code></p><script>var a = \'<a href="/s">\';</script>';
    expect(absolutizeHtml(html, page)).toBe(html);
  });

  it('quotes a bare value it rewrites', () => {
    expect(absolutizeHtml('<a href=/news/>News</a>', page)).toBe('<a href="https://news.example/news/">News</a>');
  });
});
