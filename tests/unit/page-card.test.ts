import { describe, expect, it } from 'vitest';
import {
  SITE_CARD,
  authorCard,
  drawnPageCard,
  pageCardImage,
  sectionCard,
  tagCard,
} from '../../src/lib/social/page-card.ts';
import { PUBLISHER_LOGO, socialImagePath } from '../../src/lib/social/social-image.ts';
import { urlOfOutputFile } from '../../src/lib/urls/url-manifest.ts';
import { isFixedAddress, matchesProjectRoute } from '../../src/lib/urls/routes.ts';

const publication = { name: 'The Post', description: 'News for the coast since 1911.' };

const city = sectionCard({ id: 'city', data: { name: 'City' } });
const councilTopic = tagCard('City Council');
const alice = authorCard({ id: 'alice-adams', data: { name: 'Alice Adams' } });

describe.each([
  ['the site', SITE_CARD, '/social/site/home.png', { kind: 'site', name: 'home' }, 'News', publication.description],
  ['a section', city, '/social/section/city.png', { kind: 'section', name: 'city' }, 'Section', 'City'],
  [
    'a topic',
    councilTopic,
    '/social/tag/city-council.png',
    { kind: 'tag', name: 'city-council' },
    'Topic',
    'City Council',
  ],
  [
    'an author',
    alice,
    '/social/author/alice-adams.png',
    { kind: 'author', name: 'alice-adams' },
    'Author',
    'Alice Adams',
  ],
] as const)('the share card of %s', (_page, card, path, params, kicker, title) => {
  const drawn = drawnPageCard(card, publication);

  it(`lives at ${path}, in a folder of its kind`, () => {
    expect(drawn.path).toBe(path);
    expect(drawn.params).toEqual(params);
    expect(`/social/${drawn.params.kind}/${drawn.params.name}.png`).toBe(path);
  });

  it('is an article card’s design: a word for the kind of page, its name big, the publication below', () => {
    expect(drawn.content).toEqual({ section: kicker, headline: title, publication: 'The Post' });
    expect(drawn.alt).toBe(`The Post: ${title}`);
  });

  it('is served by a route of the project, and is no address of its own in urls.json, as article cards are not', () => {
    expect(matchesProjectRoute(path)).toBe(true);
    expect(urlOfOutputFile(path.slice(1))).toBeUndefined();
  });

  it('is announced as a 1200×630 PNG with its alt text', () => {
    expect(pageCardImage(card, publication)).toEqual({
      kind: 'card',
      path,
      type: 'image/png',
      width: 1200,
      height: 630,
      alt: `The Post: ${title}`,
    });
  });
});

describe('page cards', () => {
  it('never take the address of an article card, whatever the article’s file is called', () => {
    for (const slug of ['home', 'site', 'city', 'city-council', 'alice-adams', 'logo'])
      for (const card of [SITE_CARD, city, councilTopic, alice])
        expect(drawnPageCard(card, publication).path).not.toBe(socialImagePath({ slug }));
  });

  it('name a topic by its slug, as its page does, in any script', () => {
    expect(drawnPageCard(tagCard('Économie'), publication).path).toBe('/social/tag/économie.png');
    expect(drawnPageCard(tagCard('  Harbor Bridge '), publication).params.name).toBe('harbor-bridge');
  });
});

it('draws the publisher’s logo at a fixed address, a square PNG Google accepts (at least 112 px)', () => {
  expect(isFixedAddress(PUBLISHER_LOGO.path)).toBe(true);
  expect(PUBLISHER_LOGO).toMatchObject({ path: '/logo.png', type: 'image/png' });
  expect(PUBLISHER_LOGO.width).toBe(PUBLISHER_LOGO.height);
  expect(PUBLISHER_LOGO.width).toBeGreaterThanOrEqual(112);
  expect(urlOfOutputFile('logo.png')).toBeUndefined();
});
