/**
 * Open Graph (https://ogp.me) and X card tags: what a link to the page shows when it is shared.
 * Open Graph tags use `property`, X's use `name`, as each specification says.
 */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface OpenGraphImage {
  /** Absolute URL. */
  url: string;
  width?: number;
  height?: number;
  alt: string;
  /** The MIME type of what the URL serves, e.g. image/png. */
  type?: string;
}

export interface SocialPage {
  /** Canonical absolute URL. */
  url: string;
  /** The page's own title, without the publication name (og:site_name carries that). */
  title: string;
  description: string;
  siteName: string;
  /** BCP 47 language tag of the site, e.g. en-US. */
  language: string;
  image?: OpenGraphImage;
  /** Present on article pages only. */
  article?: {
    publishedAt: Date;
    updatedAt?: Date;
    /** Absolute URLs of the authors' pages. */
    authorUrls: readonly string[];
    section: string;
    tags: readonly string[];
  };
}

/** Open Graph writes locales with an underscore: en-US → en_US. */
export function ogLocale(language: string): string {
  const [lang = '', region] = language.split(/[-_]/);
  return region ? `${lang.toLowerCase()}_${region.toUpperCase()}` : lang.toLowerCase();
}

export function socialMeta(page: SocialPage): MetaTag[] {
  const og = (property: string, content: string | number | undefined): MetaTag[] =>
    content === undefined ? [] : [{ property, content: String(content) }];
  const { image, article } = page;
  return [
    ...og('og:type', article ? 'article' : 'website'),
    ...og('og:title', page.title),
    ...og('og:description', page.description),
    ...og('og:url', page.url),
    ...og('og:site_name', page.siteName),
    ...og('og:locale', ogLocale(page.language)),
    ...(image
      ? [
          ...og('og:image', image.url),
          ...og('og:image:width', image.width),
          ...og('og:image:height', image.height),
          ...og('og:image:type', image.type),
          ...og('og:image:alt', image.alt),
        ]
      : []),
    ...(article
      ? [
          ...og('article:published_time', article.publishedAt.toISOString()),
          ...og('article:modified_time', article.updatedAt?.toISOString()),
          ...article.authorUrls.flatMap((url) => og('article:author', url)),
          ...og('article:section', article.section),
          ...article.tags.flatMap((tag) => og('article:tag', tag)),
        ]
      : []),
    // A wide picture of known size gets the large card; a bare logo the small one, which crops it square.
    { name: 'twitter:card', content: image?.width ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    ...(image
      ? [
          { name: 'twitter:image', content: image.url },
          { name: 'twitter:image:alt', content: image.alt },
        ]
      : []),
  ];
}
