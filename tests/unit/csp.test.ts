import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies } from '../../src/lib/pages/csp.ts';

describe('mergePolicies', () => {
  it('allows what any page needs, each source once', () => {
    expect(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-aaa'; style-src 'self' 'sha256-css'",
        "default-src 'self'; script-src 'self' 'sha256-bbb'; style-src 'self' 'sha256-css'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-aaa' 'sha256-bbb'; style-src 'self' 'sha256-css'");
  });
});

it('the _headers file applies the policy, framing protection and hardening headers to every path', () => {
  const file = headersFile("default-src 'self'", '/');
  expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n/);
  expect(file).toContain('X-Content-Type-Options: nosniff');
  expect(file).not.toContain('unsafe-inline');
});

it('the _headers file of a site served under a path applies to the paths under it', () => {
  expect(headersFile("default-src 'self'", '/news/')).toMatch(/^\/news\/\*\n {2}Content-Security-Policy: /);
});
