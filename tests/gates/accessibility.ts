/** Gate: no axe-core violation of the WCAG 2.2 A and AA rules, checked in real Chromium. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface A11yViolation {
  url: string;
  scheme: 'light' | 'dark';
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function auditAccessibility(
  browser: Browser,
  url: string,
  scheme: 'light' | 'dark',
): Promise<A11yViolation[]> {
  const context = await browser.newContext({ colorScheme: scheme });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map((violation) => ({
      url,
      scheme,
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  } finally {
    await context.close();
  }
}
