/**
 * schema.org JSON-LD for search engines: NewsArticle (or its kind's type, LiveBlogPosting for live
 * coverage) and BreadcrumbList on articles, WebSite on the home
 * page, the publisher a NewsMediaOrganization on both, naming its policies' pages on the home page.
 * https://developers.google.com/search/docs/appearance/structured-data/article
 */
import { modifiedAt } from '../content/modified-at.ts';
import { schemaTypeOf } from '../content/story-types.ts';
import type { CreditedAuthor } from '../content/credited-authors.ts';
import { absoluteUrl, sectionPath } from '../urls/permalink.ts';
import type { Story } from '../content/story.ts';
import { PUBLISHER_LOGO } from './social-image.ts';
import type { PublisherProperty } from '../content/standing-pages.ts';

/** A schema.org node; the builders below say which properties each one has. */
export interface JsonLdNode {
  '@context'?: 'https://schema.org';
  '@type': string;
  [property: string]: unknown;
}

export interface Publication {
  name: string;
  /** Absolute origin, without trailing slash. */
  url: string;
  /** BCP 47 language tag. */
  language: string;
  /** The paths of the standing pages that are the publisher's policies, masthead… (publisherPolicies). */
  policies?: Partial<Record<PublisherProperty, string>>;
}

function organization(publication: Publication): JsonLdNode {
  const policies = Object.entries(publication.policies ?? {}).map(([property, path]) => [
    property,
    absoluteUrl(path, publication.url),
  ]);
  return {
    '@type': 'NewsMediaOrganization',
    ...Object.fromEntries(policies),
    name: publication.name,
    url: absoluteUrl('/', publication.url),
    // Google takes a raster logo only, so it is the PNG the build draws, not an SVG.
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(PUBLISHER_LOGO.path, publication.url),
      width: PUBLISHER_LOGO.width,
      height: PUBLISHER_LOGO.height,
    },
  };
}

export function newsArticle(
  story: Story,
  context: {
    publication: Publication;
    authors: readonly CreditedAuthor[];
    sectionName: string;
    /** Absolute URLs of the story's pictures, best first. */
    images: readonly string[];
    /** The authors the updates of a live story name (creditedAuthors of their ids). */
    updateAuthors?: readonly CreditedAuthor[];
  },
): JsonLdNode {
  const { data } = story;
  const url = absoluteUrl(story.url, context.publication.url);
  const corrections = data.corrections ?? [];
  const person = (author: CreditedAuthor) => ({ '@type': 'Person', name: author.name, url: author.url });
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypeOf(data.type),
    headline: data.headline,
    description: data.dek,
    image: [...context.images],
    datePublished: data.publishedAt.toISOString(),
    dateModified: (modifiedAt(story) ?? data.publishedAt).toISOString(),
    author: context.authors.map(person),
    publisher: organization(context.publication),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: context.publication.language,
    articleSection: context.sectionName,
    keywords: data.tags.length > 0 ? data.tags : undefined,
    correction:
      corrections.length > 0
        ? corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: correction.date.toISOString(),
          }))
        : undefined,
    ...(data.type === 'live' && {
      coverageStartTime: data.publishedAt.toISOString(),
      coverageEndTime: data.coverageEndTime?.toISOString(),
      // Newest first, as the page shows them, each at its own anchor.
      liveBlogUpdate: (story.live?.updates ?? []).toReversed().map((update) => {
        const author = update.author && context.updateAuthors?.find(({ id }) => id === update.author);
        return {
          '@type': 'BlogPosting',
          headline: update.summary,
          datePublished: update.time,
          url: `${url}#${update.anchor}`,
          author: author ? person(author) : undefined,
        };
      }),
    }),
  };
}

/** Home › Section › Article, the trail search results show under the title. */
export function articleBreadcrumbs(
  story: Story,
  context: { publication: Publication; sectionName: string },
): JsonLdNode {
  const origin = context.publication.url;
  const trail = [
    { name: context.publication.name, url: absoluteUrl('/', origin) },
    { name: context.sectionName, url: absoluteUrl(sectionPath(story.data.section), origin) },
    { name: story.data.headline, url: absoluteUrl(story.url, origin) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** The site itself, with the search page as its SearchAction. */
export function webSite(publication: Publication & { description: string; searchPath: string }): JsonLdNode {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: publication.name,
    description: publication.description,
    url: absoluteUrl('/', publication.url),
    inLanguage: publication.language,
    publisher: organization(publication),
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(publication.searchPath, publication.url)}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}

const SCRIPT_SAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` element. The characters that could end the element
 * (`</script>`), open a comment or entity, or end a line in old JavaScript parsers are written as JSON
 * escapes, which read back as the same text.
 */
export function serializeJsonLd(data: JsonLdNode | readonly JsonLdNode[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_SAFE[character] ?? character);
}
