/**
 * Content-Security-Policy helpers. Astro writes a policy into each page's `<meta>` with hashes of that page's
 * scripts and styles; a host that reads a `_headers` file gets one policy for every page, so the pages'
 * policies are merged into one that allows what any page needs and nothing more.
 */

type Policy = Map<string, string[]>;

export function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export function serializePolicy(policy: Policy): string {
  return [...policy.entries()].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The union of several policies, directive by directive, keeping each source once and in first-seen order. */
export function mergePolicies(policies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return serializePolicy(merged);
}

/** Directives only an HTTP header can carry (a `<meta>` policy ignores them). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"];

/**
 * A `_headers` file (Netlify, Cloudflare Pages) applying the policy and the usual hardening headers to every
 * path under `base`, the path the site is served under (`/`, or `/news/` for https://user.github.io/news/).
 */
export function headersFile(policy: string, base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${[policy, ...HEADER_ONLY_DIRECTIVES].filter(Boolean).join('; ')}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()',
    '',
  ].join('\n');
}
