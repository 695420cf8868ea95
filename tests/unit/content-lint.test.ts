import { describe, expect, it } from 'vitest';
import {
  judgeSiteLink,
  longHeadlineMessage,
  RECOMMENDED_HEADLINE_LENGTH,
  type SiteAddresses,
} from '../../src/cli/lint/content-lint.ts';

describe('longHeadlineMessage', () => {
  it(`warns above ${RECOMMENDED_HEADLINE_LENGTH} characters, counting characters rather than UTF-16 units`, () => {
    expect(longHeadlineMessage('é'.repeat(RECOMMENDED_HEADLINE_LENGTH))).toBeUndefined();
    expect(longHeadlineMessage('🎉'.repeat(RECOMMENDED_HEADLINE_LENGTH))).toBeUndefined();
    expect(longHeadlineMessage('a'.repeat(RECOMMENDED_HEADLINE_LENGTH + 1))).toMatch(
      /^headline is 111 characters; keep it to 110 or fewer/,
    );
  });
});

describe('judgeSiteLink', () => {
  const addresses: SiteAddresses = {
    pages: new Map([
      ['/city/', 'sections/city.md'],
      ['/city/2026/11/20/bridge/', 'articles/bridge.md'],
    ]),
    drafts: new Map([['/city/2026/11/21/plans/', 'articles/plans.md']]),
    redirects: new Map([['/city/2026/11/19/bridge-opens/', '/city/2026/11/20/bridge/']]),
    removed: new Set(['/city/2026/01/01/gone/']),
    isProjectPath: (path) => path === '/feed.xml' || path === '/search/',
  };

  it("accepts pages, numbered listing pages and the project's own routes and files", () => {
    for (const path of ['/city/', '/city/2026/11/20/bridge/', '/city/page/3/', '/feed.xml', '/search/']) {
      expect(judgeSiteLink(path, addresses, false), path).toBeUndefined();
    }
  });

  it('reports a path that leads nowhere, with the nearest page', () => {
    expect(judgeSiteLink('/city/2026/11/20/brige/', addresses, false)).toEqual({
      severity: 'error',
      message:
        'link to "/city/2026/11/20/brige/" points at no article or page on this site; did you mean "/city/2026/11/20/bridge/"?',
    });
  });

  it('reports a link from a published story to a draft, but not from another draft', () => {
    expect(judgeSiteLink('/city/2026/11/21/plans/', addresses, false)?.message).toContain(
      'leads to articles/plans.md, a draft',
    );
    expect(judgeSiteLink('/city/2026/11/21/plans/', addresses, true)).toBeUndefined();
  });

  it('warns about old addresses, removed stories and a missing trailing slash', () => {
    expect(judgeSiteLink('/city/2026/11/19/bridge-opens/', addresses, false)).toEqual({
      severity: 'warning',
      message: expect.stringContaining('link to "/city/2026/11/20/bridge/" directly'),
    });
    expect(judgeSiteLink('/city/2026/01/01/gone/', addresses, false)).toEqual({
      severity: 'warning',
      message: expect.stringContaining('was removed'),
    });
    expect(judgeSiteLink('/city', addresses, false)).toEqual({
      severity: 'warning',
      message: 'link to "/city" lacks the trailing slash every page URL has; write "/city/"',
    });
    expect(judgeSiteLink('/nowhere', addresses, false)?.severity).toBe('error');
  });
});
