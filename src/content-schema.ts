/**
 * The one schema of Dateline's content: what editors may write in frontmatter, and what it means. The
 * build's collections (src/content.config.ts), the editor tools (`npm run check`, `npm run new`) and the
 * WordPress importer all validate against it. It defines no collection and reads no content folder until
 * asked (knownIds), so that a tool can use it outside Astro, for a folder that does not exist yet.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { unknownIdMessage } from './lib/content/closest.ts';
import { parseDateText } from './lib/content/dates.ts';
import { HEADLINE_MAX_LENGTH, PAGE_TITLE_MAX_LENGTH, SITE_PATH } from './lib/content/frontmatter-rules.ts';
import { PUBLISHER_PROPERTIES } from './lib/content/standing-pages.ts';
import { STORY_TYPES } from './lib/content/story-types.ts';
import { site } from './site.config.ts';

/** The author and section ids an article may name. */
export interface KnownIds {
  authorIds: string[];
  sectionIds: string[];
}

/** Ids of the entries of a data collection, known before Astro loads it, so articles can be checked against them. */
function entryIds(root: string, collection: string): string[] {
  const dir = join(root, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}

/** The ids of a content folder's authors and sections, read from their file names; a folder without articles/ is no content folder. */
export function knownIds(root: string): KnownIds {
  if (!existsSync(join(root, 'articles'))) {
    throw new Error(
      `The content folder ${root} has no articles/ folder. Set CONTENT_DIR to a folder with articles/, authors/ and sections/.`,
    );
  }
  return { authorIds: entryIds(root, 'authors'), sectionIds: entryIds(root, 'sections') };
}

/** Says whether a field is missing or holds the wrong kind of value, and what is expected. */
const expected = (field: string, what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `${field} is required: ${what}`
    : `${field} must be ${what}, got ${JSON.stringify(issue.input)}`;

const text = (field: string) =>
  z
    .string({ error: expected(field, 'text') })
    .trim()
    .min(1, { error: `${field} must not be empty` });

const idOf = (kind: string, known: string[]) =>
  z
    .string({ error: expected(kind, `a ${kind} id (one of: ${known.join(', ')})`) })
    .refine((id) => known.includes(id), { error: (issue) => unknownIdMessage(kind, String(issue.input), known) });

const ISO_DATE_TIME = 'an ISO 8601 date-time such as 2026-11-20T08:30:00-05:00, or a date such as 2026-11-20';
/**
 * Frontmatter YAML keeps a timestamp as the text written, quoted or not (src/lib/content/frontmatter-yaml.ts),
 * so a date without a time is the start of that day in the publication's time zone and a time without a
 * zone is local time there (parseDateText). A Date, handed over by code rather than read from a file, is the
 * instant it is. Anything else, or text that is no date, is an error that quotes it.
 */
const dateTime = (field: string) =>
  z.union([z.date(), z.string()], { error: expected(field, ISO_DATE_TIME) }).transform((value, context) => {
    const instant = value instanceof Date ? value : parseDateText(value, site.timezone);
    if (!instant || Number.isNaN(instant.getTime())) {
      context.addIssue({ code: 'custom', message: `${field} must be ${ISO_DATE_TIME}, got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return instant;
  });

const sitePath = (field: string) =>
  z.string({ error: expected(field, 'a path on this site such as /city/2026/11/20/old-slug/') }).regex(SITE_PATH, {
    error: (issue) =>
      `${field} must be a path on this site that starts and ends with "/", such as /city/2026/11/20/old-slug/, got ${JSON.stringify(issue.input)}`,
  });

/** Keys an editor writes that the schema does not know are an error, never silently dropped. */
export const articleSchema =
  ({ authorIds, sectionIds }: KnownIds) =>
  ({ image }: SchemaContext) =>
    z
      .strictObject({
        headline: text('headline').max(HEADLINE_MAX_LENGTH, {
          error: `headline must be at most ${HEADLINE_MAX_LENGTH} characters`,
        }),
        dek: text('dek').optional(),
        byline: z
          .union(
            [
              idOf('author', authorIds),
              z.array(idOf('author', authorIds)).min(1, { error: 'byline needs at least one author id' }),
            ],
            {
              error: expected('byline', `an author id or a list of them (known: ${authorIds.join(', ')})`),
            },
          )
          .transform((byline) => (Array.isArray(byline) ? byline : [byline])),
        publishedAt: dateTime('publishedAt'),
        updatedAt: dateTime('updatedAt').optional(),
        section: idOf('section', sectionIds),
        tags: z
          .array(text('a tag'), { error: expected('tags', 'a list such as [Politics, City Council]') })
          .default([]),
        // Slugs of stories to show first under "Related stories"; checked against every article in src/data/newsroom.ts.
        related: z
          .array(text('a related slug'), {
            error: expected('related', 'a list of article slugs such as [harbor-bridge-reopens]'),
          })
          .optional(),
        image: z
          .strictObject({
            src: image(),
            alt: text('image.alt (a description of the image for readers who cannot see it)'),
            caption: text('image.caption').optional(),
            credit: text('image.credit').optional(),
          })
          .optional(),
        dateline: text('dateline').optional(),
        type: z.enum(STORY_TYPES, { error: expected('type', `one of ${STORY_TYPES.join(', ')}`) }).default('news'),
        // When a live story's coverage ended; until then the story is "Live" (type: live only).
        coverageEndTime: dateTime('coverageEndTime').optional(),
        draft: z.boolean({ error: expected('draft', 'true or false') }).default(false),
        slug: z
          .string()
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
            error: 'slug must be lowercase letters, digits and single hyphens, e.g. harbor-bridge-reopens',
          })
          .optional(),
        aliases: z
          .array(sitePath('each alias'), {
            error: expected('aliases', 'a list of the old paths of this article, such as [/city/2026/11/19/old-slug/]'),
          })
          .optional(),
        corrections: z
          .array(
            z.strictObject(
              { date: dateTime('correction date'), text: text('correction text') },
              {
                // Only a correction that is not an object at all gets this message; a misspelt key keeps zod's "Unrecognized key".
                error: (issue) =>
                  issue.code === 'invalid_type'
                    ? expected(
                        'each correction',
                        'a { date, text } pair such as { date: 2026-11-21T09:00:00-05:00, text: "An earlier version misspelt…" }',
                      )(issue)
                    : undefined,
              },
            ),
            { error: expected('corrections', 'a list of { date, text } pairs') },
          )
          .optional(),
      })
      .refine((article) => !article.updatedAt || article.updatedAt >= article.publishedAt, {
        path: ['updatedAt'],
        error: 'updatedAt must not be before publishedAt',
      })
      .refine((article) => !article.coverageEndTime || article.type === 'live', {
        path: ['coverageEndTime'],
        error: 'coverageEndTime is for live coverage only: add type: live, or remove it',
      })
      .refine((article) => !article.coverageEndTime || article.coverageEndTime >= article.publishedAt, {
        path: ['coverageEndTime'],
        error: 'coverageEndTime must not be before publishedAt (when the coverage began)',
      })
      .superRefine((article, context) => {
        article.corrections?.forEach((correction, index) => {
          if (correction.date < article.publishedAt) {
            context.addIssue({
              code: 'custom',
              path: ['corrections', index, 'date'],
              message: 'a correction date must not be before publishedAt',
            });
          }
        });
      });

export const authorSchema = ({ image }: SchemaContext) =>
  z.strictObject({
    name: text('name'),
    role: text('role').optional(),
    avatar: image().optional(),
    links: z
      .strictObject({
        website: z.url({ error: 'links.website must be a full URL such as https://example.com' }).optional(),
        email: z.email({ error: 'links.email must be an email address' }).optional(),
        x: text('links.x').optional(),
        bluesky: text('links.bluesky').optional(),
        mastodon: z
          .string()
          .regex(/^(@?[\w.-]+@[\w.-]+\.[a-z]{2,}|https:\/\/\S+)$/i, {
            error: 'links.mastodon must be a handle with its server, such as @name@mastodon.social, or a profile URL',
          })
          .optional(),
      })
      .default({}),
  });

export const sectionSchema = z.strictObject({
  name: text('name'),
  description: text('description').optional(),
  order: z
    .number({ error: expected('order', 'a whole number') })
    .int()
    .default(100),
});

/** A standing page (content/pages/about.md → /about/): see src/lib/content/standing-pages.ts. */
export const standingPageSchema = z.strictObject({
  title: text('title').max(PAGE_TITLE_MAX_LENGTH, {
    error: `title must be at most ${PAGE_TITLE_MAX_LENGTH} characters`,
  }),
  description: text('description').optional(),
  // The words of the page's footer link, when the title is too long for it.
  linkText: text('linkText').max(40, { error: 'linkText must be at most 40 characters' }).optional(),
  order: z
    .number({ error: expected('order', 'a whole number') })
    .int()
    .default(100),
  publisherProperty: z
    .enum(PUBLISHER_PROPERTIES, { error: expected('publisherProperty', `one of ${PUBLISHER_PROPERTIES.join(', ')}`) })
    .optional(),
  updatedAt: dateTime('updatedAt').optional(),
});

/** An entry of content/redirects.yaml: an old address that is no article's, and the page that answers it now. */
export const redirectSchema = z.strictObject({
  from: sitePath('from'),
  to: z.string({ error: expected('to', 'a path on this site such as /city/ or /feed.xml') }).regex(/^\/[^\s?#]*$/, {
    error: (issue) =>
      `to must be a path on this site that starts with "/", such as /city/ or /feed.xml, got ${JSON.stringify(issue.input)}`,
  }),
});

/** An entry of content/removed.yaml: a published URL taken down on purpose, and why (shown to readers). */
export const removedSchema = z.strictObject({
  url: sitePath('url'),
  reason: text('reason'),
});
