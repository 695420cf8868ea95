import { describe, expect, it } from 'vitest';
import { headEnd, readBuiltPage } from '../../src/lib/pages/built-page.ts';

const page = (head: string, body = '<p>Body</p>') =>
  `<!doctype html><html><head><title>x</title>${head}</head><body>${body}</body></html>`;

describe('what a built page says about itself', () => {
  it('an article is last modified at its article:modified_time, else its published time', () => {
    const updated = readBuiltPage(
      page(
        '<meta property="article:published_time" content="2026-11-20T13:30:00.000Z"><meta property="article:modified_time" content="2026-11-20T18:00:00.000Z">',
      ),
    );
    expect(updated.lastModified).toEqual(new Date('2026-11-20T18:00:00.000Z'));
    expect(
      readBuiltPage(page('<meta property="article:published_time" content="2026-11-20T13:30:00.000Z">')).lastModified,
    ).toEqual(new Date('2026-11-20T13:30:00.000Z'));
    expect(
      readBuiltPage(page('<meta property="article:published_time" content="not a date">')).lastModified,
    ).toBeUndefined();
  });

  it('a page that asks not to be indexed says so, whatever the case and quoting', () => {
    expect(readBuiltPage(page('<meta name="robots" content="noindex, nofollow">')).noindex).toBe(true);
    expect(readBuiltPage(page('<meta name="ROBOTS" content="None">')).noindex).toBe(true);
    expect(readBuiltPage(page("<meta content='noindex' name='robots'>")).noindex).toBe(true);
    expect(readBuiltPage(page('<meta name=robots content=noindex>')).noindex).toBe(true);
    expect(readBuiltPage(page('<meta name="robots" content="max-image-preview:large">')).noindex).toBe(false);
  });

  it('tells a page, a meta-refresh redirect and a removed-story notice apart', () => {
    expect(readBuiltPage(page(''))).toEqual({
      noindex: false,
      removed: false,
      lastModified: undefined,
      redirectTo: undefined,
      contentSecurityPolicy: undefined,
    });
    expect(readBuiltPage(page('<meta http-equiv="refresh" content="0; url=/new/">')).redirectTo).toBe('/new/');
    expect(readBuiltPage(page('<meta http-equiv="Refresh" content="0;URL=\'/quoted/\'">')).redirectTo).toBe('/quoted/');
    expect(readBuiltPage(page('<meta name="dateline-status" content="removed">')).removed).toBe(true);
  });

  it('reads the Content-Security-Policy with its quotes decoded, even with a > inside an attribute', () => {
    const policy = readBuiltPage(
      page(
        `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;sha256-a&gt;b&#39;" data-note="a>b">`,
      ),
    );
    expect(policy.contentSecurityPolicy).toBe("default-src 'self'; script-src 'sha256-a>b'");
  });

  it('reads past a </head> or > inside an attribute, and past scripts, to the real end of the head', () => {
    const hostile = page(
      [
        '<meta name="description" content="Why </head> and <body> end nothing here">',
        '<script type="application/ld+json">{"headline":"a<b \\" </head>"}</script>',
        '<style>a[title=">"]{color:red}</style>',
        '<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">',
        '<meta name="robots" content="noindex">',
      ].join(''),
    );
    expect(readBuiltPage(hostile)).toMatchObject({ noindex: true, contentSecurityPolicy: "default-src 'self'" });
  });

  it('ignores the body, where an article may quote any markup', () => {
    const quoting = page(
      '',
      '<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=/elsewhere/">',
    );
    expect(readBuiltPage(quoting)).toMatchObject({ noindex: false, redirectTo: undefined });
    const headless =
      '<!doctype html><title>x</title><meta name="robots" content="nofollow"><body><meta name="robots" content="noindex"></body>';
    expect(readBuiltPage(headless).noindex).toBe(false);
  });

  it('knows from the start of a page whether its head has ended, so the rest need not be read', () => {
    const whole = page('<meta name="description" content="A headline that says </head>">');
    const end = whole.indexOf('</head><body>');
    expect(headEnd(whole)).toBe(end);
    expect(headEnd(whole.slice(0, end))).toBeUndefined();
    // Cut inside the attribute that quotes </head>: not the end yet.
    expect(headEnd(whole.slice(0, whole.indexOf('">')))).toBeUndefined();
    const headless = '<!doctype html><title>x</title><body><p>Body</p>';
    expect(headEnd(headless)).toBe(headless.indexOf('<body>'));
  });
});
