/**
 * The quality gates over the whole built sample site: CI deploys nothing that fails one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { auditAccessibility } from '../gates/accessibility.ts';
import { cspViolations } from '../gates/csp.ts';
import { validateHtml } from '../gates/html-validity.ts';
import { findBrokenLinks } from '../gates/links.ts';
import { foreignRequests } from '../gates/privacy.ts';
import { htmlFiles } from '../gates/site-files.ts';
import { siteInChromium } from '../helpers/browser.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { PAGE_TYPES } from './pages.ts';

const dist = inject('sampleDist');
const session = siteInChromium(() => dist);

it('every page type of the sample site is built', () => {
  const missing = Object.values(PAGE_TYPES).filter(
    (path) => !existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)),
  );
  expect(missing).toEqual([]);
});

it('has no HTML errors (W3C Nu checker)', () => {
  expect(validateHtml(dist)).toEqual([]);
});

it('has no broken internal link, anchor or image source', () => {
  expect(findBrokenLinks(dist, siteConfig.url)).toEqual([]);
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme (axe-core, WCAG 2.2 A/AA)', (scheme) => {
  it.each(Object.entries(PAGE_TYPES))('%s page has no violations', async (_type, path) => {
    expect(await auditAccessibility(session.browser, `${session.origin}${path}`, scheme)).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries one, with no unsafe-inline for scripts, and _headers carries it for hosts that read it', () => {
    for (const file of htmlFiles(dist)) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
        readFileSync(file, 'utf8'),
      )?.[1];
      expect(policy, file).toMatch(/script-src 'self'/);
      expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(
      /Content-Security-Policy: default-src 'self'.*frame-ancestors 'self'/,
    );
  });

  it.each(Object.entries(PAGE_TYPES))('%s page works within its policy', async (_type, path) => {
    expect(await cspViolations(session.browser, `${session.origin}${path}`)).toEqual([]);
  });
});

describe('privacy', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page requests nothing from another origin', async (_type, path) => {
    expect(await foreignRequests(session.browser, `${session.origin}${path}`)).toEqual([]);
  });
});
