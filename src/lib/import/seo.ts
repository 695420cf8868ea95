/**
 * The search-engine fields of Yoast SEO and Rank Math. Dateline titles a story's page with its headline
 * and describes it with its dek (there is no separate SEO title or description field), and a standing page
 * has a `description`. So a description becomes the dek (or the page's description) where there is no
 * excerpt, and anything that cannot be kept, a title that says more than the headline or a description
 * beside an excerpt, is handed back for the report.
 */
import { metaValue, type WxrItem } from './wxr-reader.ts';

export interface SeoFields {
  /** The plugin that wrote them, for the report. */
  plugin: 'Yoast SEO' | 'Rank Math';
  title: string;
  description: string;
  noindex: boolean;
}

/** Yoast's `%%title%%` and Rank Math's `%title%`: template variables WordPress fills in when it renders the page. */
const VARIABLE = /%%[\w-]+%%|%[a-z_]+(?:\([^)]*\))?%/gi;
const SEPARATORS = /^[\s\-–—|:·•»«~/]+|[\s\-–—|:·•»«~/]+$/g;

/** A template's own words: the headline for its title variable, the rest of the variables left out. */
export function filledTemplate(template: string, headline: string): string {
  return template
    .replace(/%%title%%|%title%/gi, () => headline)
    .replace(VARIABLE, ' ')
    .replace(/\s+/g, ' ')
    .replace(SEPARATORS, '')
    .trim();
}

export function seoFields(item: Pick<WxrItem, 'meta'>): SeoFields | undefined {
  const yoast = {
    title: metaValue(item, '_yoast_wpseo_title') ?? '',
    description: metaValue(item, '_yoast_wpseo_metadesc') ?? '',
    noindex: metaValue(item, '_yoast_wpseo_meta-robots-noindex') === '1',
  };
  if (yoast.title.trim() || yoast.description.trim() || yoast.noindex) return { plugin: 'Yoast SEO', ...yoast };
  const robots = metaValue(item, 'rank_math_robots') ?? '';
  const rankMath = {
    title: metaValue(item, 'rank_math_title') ?? '',
    description: metaValue(item, 'rank_math_description') ?? '',
    noindex: /noindex/.test(robots),
  };
  if (rankMath.title.trim() || rankMath.description.trim() || rankMath.noindex)
    return { plugin: 'Rank Math', ...rankMath };
  return undefined;
}

const same = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export interface SeoOutcome {
  /** The description to use as the dek or page description, when there is no excerpt. */
  description?: string;
  /** What could not be kept, for the report. */
  warnings: string[];
}

/** What becomes of an item's SEO fields, given its headline (or page title) and its excerpt. */
export function seoOutcome(seo: SeoFields | undefined, headline: string, excerpt: string): SeoOutcome {
  if (!seo) return { warnings: [] };
  const warnings: string[] = [];
  const title = filledTemplate(seo.title, headline);
  // A title that only adds the site's name or a separator to the headline says nothing the page lacks.
  if (title && !same(title, headline))
    warnings.push(`${seo.plugin} title "${title}" not kept: Dateline titles the page with its headline`);
  const description = filledTemplate(seo.description, headline);
  if (seo.noindex)
    warnings.push(
      `was hidden from search engines by ${seo.plugin} (noindex); Dateline lets them index every published page`,
    );
  if (!description) return { warnings };
  if (!excerpt) return { description, warnings };
  if (!same(description, excerpt))
    warnings.push(`${seo.plugin} description "${description}" not kept: the excerpt is the dek`);
  return { warnings };
}
