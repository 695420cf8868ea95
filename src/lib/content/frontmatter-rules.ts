/**
 * Rules of the content schema (src/content-schema.ts) that code outside it follows too: the WordPress
 * importer cuts a title to the length the schema allows, and keeps only the old addresses an alias can
 * hold. Plain values, so that a module outside Astro can import them.
 */

/** The most characters an article's headline may have. */
export const HEADLINE_MAX_LENGTH = 200;

/** The most characters a standing page's title may have. */
export const PAGE_TITLE_MAX_LENGTH = 120;

/**
 * A path on this site, as an alias, a redirect's `from` and a removed URL are written: it starts and ends
 * with "/", and has no white space, query or fragment (`/city/2026/11/20/old-slug/`).
 */
export const SITE_PATH = /^\/(?:[^\s/?#]+\/)*$/;
