import { describe, expect, it } from 'vitest';
import { unknownRelatedPins } from '../../src/lib/content/integrity.ts';
import type { Relatable } from '../../src/lib/related/relatable.ts';
import { RelatedIndex, relatedStories } from '../../src/lib/related/related.ts';
import { singular, termOf, words } from '../../src/lib/related/text-terms.ts';
import { makeStory } from '../helpers/story.ts';

/**
 * A story whose headline and body are made of words no other story uses (unless a test gives them),
 * so only what the test sets up makes two stories related.
 */
function story(slug: string, data: Partial<Relatable['data']> = {}, body?: string) {
  const own = slug.replace(/[^a-z]/g, '');
  return makeStory({
    slug,
    body: body ?? `Wordof${own} and textof${own}.`,
    data: { headline: `Headline${own}`, ...data },
  });
}

const day = (offset: number) => new Date(Date.UTC(2026, 10, 10 + offset, 12));
/** A tag on every story is no sign of anything (its idf is 0): this story carries none of the tests' tags. */
const bystander = story('bystander', { section: 'elsewhere', publishedAt: new Date('2020-01-01T12:00:00Z') });
const slugs = (picks: { story: { slug: string } }[]) => picks.map((pick) => pick.story.slug);

describe('scored related stories', () => {
  it('weighs a rare shared tag above a common one', () => {
    const source = story('source', { tags: ['Seawall Bond', 'City Council'] });
    const rare = story('zz-rare', { tags: ['Seawall Bond'] });
    const common = story('aa-common', { tags: ['City Council'] });
    const alsoCommon = ['ab', 'ac', 'ad', 'ae'].map((slug) => story(slug, { tags: ['City Council'] }));
    const index = new RelatedIndex([source, rare, common, ...alsoCommon]);
    expect(slugs(index.relatedTo(source, 2))[0]).toBe('zz-rare');
  });

  it('prefers a story from the same week to one three years apart at equal relevance', () => {
    const source = story('source', { tags: ['Harbor Bridge'], publishedAt: day(0) });
    const sameWeek = story('same-week', { tags: ['Harbor Bridge'], publishedAt: day(-3) });
    const threeYearsLater = story('years-later', {
      tags: ['Harbor Bridge'],
      publishedAt: new Date('2029-11-10T12:00:00Z'),
    });
    const picks = new RelatedIndex([source, sameWeek, threeYearsLater, bystander]).relatedTo(source, 2);
    expect(slugs(picks)).toEqual(['same-week', 'years-later']);
    expect(picks[0]!.score!.decay).toBeGreaterThan(picks[1]!.score!.decay);
  });

  it('gives a bonus for the same section, and a smaller one for a shared author', () => {
    const source = story('source', { tags: ['Ferries'], section: 'city', byline: ['alice'] });
    const sameSection = story('same-section', { tags: ['Ferries'], section: 'city', byline: ['bob'] });
    const sameAuthor = story('a-same-author', { tags: ['Ferries'], section: 'business', byline: ['carol', 'alice'] });
    const neither = story('a-neither', { tags: ['Ferries'], section: 'business', byline: ['bob'] });
    const picks = new RelatedIndex([source, sameSection, sameAuthor, neither, bystander]).relatedTo(source, 3);
    expect(slugs(picks)).toEqual(['same-section', 'a-same-author', 'a-neither']);
    expect(picks.map((pick) => [pick.score!.section > 0, pick.score!.author > 0])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('relates stories that share words of headline and body when they share no tag', () => {
    const source = story(
      'source',
      { headline: 'Tidal turbine pilot begins in the Ashby channel' },
      'The turbine sits on the channel floor.',
    );
    const same = story(
      'same-subject',
      { headline: 'Tidal turbine pilot reports first month of data' },
      'The turbines in the Ashby channel produced power.',
    );
    const other = story('other-subject', { headline: 'Night market permits approved' }, 'Vendors cheered the council.');
    const picks = new RelatedIndex([source, same, other]).relatedTo(source, 2);
    expect(picks.map((pick) => [pick.story.slug, pick.reason])).toEqual([
      ['same-subject', 'scored'],
      ['other-subject', 'latest in section'],
    ]);
    expect(picks[0]!.score!.text).toBeGreaterThan(0);
  });

  it('does not call a story related for its section alone', () => {
    const source = story('source', { section: 'city' });
    const sameSection = story('same-section', { section: 'city' });
    expect(new RelatedIndex([source, sameSection]).relatedTo(source, 1)[0]!.reason).toBe('latest in section');
  });

  it('breaks ties by the newer story, then by slug', () => {
    const source = story('source', { tags: ['Budget'], publishedAt: day(0) });
    const older = story('a-older', { tags: ['Budget'], publishedAt: day(-1) });
    const newer = story('z-newer', { tags: ['Budget'], publishedAt: day(1) });
    const twinB = story('twin-b', { tags: ['Budget'], publishedAt: day(-1) });
    expect(slugs(new RelatedIndex([source, twinB, older, newer, bystander]).relatedTo(source, 3))).toEqual([
      'z-newer',
      'a-older',
      'twin-b',
    ]);
  });

  it('gives the same answer whatever order the stories come in', () => {
    const stories = ['a', 'b', 'c', 'd', 'e', 'f'].map((slug, n) =>
      story(slug, { tags: n % 2 ? ['Odd'] : ['Even', 'Odd'], publishedAt: day(n % 3) }),
    );
    const forward = relatedStories(stories, 3);
    const backward = relatedStories([...stories].reverse(), 3);
    for (const { id } of stories) expect(slugs(backward.get(id)!)).toEqual(slugs(forward.get(id)!));
  });
});

describe('pins, fallbacks and what is never shown', () => {
  const source = story('source', { tags: ['Harbor Bridge'], related: ['pinned-two', 'pinned-one'] });
  const pinnedOne = story('pinned-one', { tags: ['Harbor Bridge'] });
  const pinnedTwo = story('pinned-two');
  const scored = story('scored', { tags: ['Harbor Bridge'] });
  const latest = story('latest', { publishedAt: day(5) });

  it('shows pinned stories first, in the editor’s order, then the computed ones, each once', () => {
    const picks = new RelatedIndex([source, pinnedOne, pinnedTwo, scored, latest]).relatedTo(source, 4);
    expect(picks.map((pick) => [pick.story.slug, pick.reason])).toEqual([
      ['pinned-two', 'pinned'],
      ['pinned-one', 'pinned'],
      ['scored', 'scored'],
      ['latest', 'latest in section'],
    ]);
  });

  it('shows every pin even when there are more than the count', () => {
    expect(slugs(new RelatedIndex([source, pinnedOne, pinnedTwo, scored]).relatedTo(source, 1))).toEqual([
      'pinned-two',
      'pinned-one',
    ]);
  });

  it('skips a pin to a story that is not published (the data layer leaves drafts and embargoed stories out)', () => {
    const pinsADraft = story('pins-a-draft', { related: ['secret-draft', 'scored'] });
    expect(slugs(new RelatedIndex([pinsADraft, scored]).relatedTo(pinsADraft, 1))).toEqual(['scored']);
  });

  it('falls back to the latest in the same section, then the latest overall', () => {
    const alone = story('alone', { section: 'science', publishedAt: day(0) });
    const others = [
      story('science-old', { section: 'science', publishedAt: day(-20) }),
      story('science-new', { section: 'science', publishedAt: day(-10) }),
      story('city-newest', { section: 'city', publishedAt: day(3) }),
      story('city-older', { section: 'city', publishedAt: day(2) }),
      story('city-oldest', { section: 'city', publishedAt: day(1) }),
    ];
    const picks = new RelatedIndex([alone, ...others]).relatedTo(alone, 4);
    expect(picks.map((pick) => [pick.story.slug, pick.reason])).toEqual([
      ['science-new', 'latest in section'],
      ['science-old', 'latest in section'],
      ['city-newest', 'latest'],
      ['city-older', 'latest'],
    ]);
  });

  it('never offers the story itself, not even when it is pinned', () => {
    const selfPinned = story('self', { tags: ['Budget'], related: ['self'] });
    const map = relatedStories([selfPinned, story('other', { tags: ['Budget'] }), bystander], 4);
    expect(slugs(map.get('self')!)).toEqual(['other', 'bystander']);
  });

  it('is empty only for a site with a single story', () => {
    expect(relatedStories([source], 4).get('source')).toEqual([]);
  });

  it('never shows sponsored content, however close', () => {
    const advert = story('advert', { tags: ['Harbor Bridge'], type: 'sponsored' });
    expect(slugs(new RelatedIndex([source, advert, scored, latest]).relatedTo(source, 3))).toEqual([
      'scored',
      'latest',
    ]);
  });

  it('fills a news story’s list with news before opinion, and an opinion piece’s as scored', () => {
    const news = story('news', { tags: ['Harbor Bridge', 'Tolls'] });
    const column = story('column', { tags: ['Harbor Bridge', 'Tolls'], type: 'opinion' });
    const report = story('report', { tags: ['Harbor Bridge'] });
    const index = new RelatedIndex([news, column, report, bystander]);
    expect(slugs(index.relatedTo(news, 2))).toEqual(['report', 'column']);
    const pinsColumn = story('pins-column', { tags: ['Harbor Bridge'], related: ['column'] });
    expect(slugs(new RelatedIndex([pinsColumn, column, report, bystander]).relatedTo(pinsColumn, 2))).toEqual([
      'column',
      'report',
    ]);
    expect(slugs(index.relatedTo(column, 1))).toEqual(['news']);
  });
});

describe('explanations for editors', () => {
  it('lists the parts of each score, the shared tags by rarity and the shared terms', () => {
    const source = story('source', { headline: 'Seawall bond passes', tags: ['Seawall', 'Elections'] });
    const candidate = story('candidate', {
      headline: 'Seawall bond campaign',
      tags: ['Seawall', 'Elections'],
      section: 'politics',
    });
    const elections = ['e1', 'e2', 'e3'].map((slug) => story(slug, { tags: ['Elections'] }));
    const [best] = new RelatedIndex([source, candidate, ...elections]).explain(source, 1);
    const { tags, text, section, author, decay, total } = best!.score;
    expect(best!.story.slug).toBe('candidate');
    expect(total).toBeCloseTo((tags + text + section + author) * decay, 12);
    expect(tags).toBeCloseTo(1, 12);
    expect(section).toBe(0);
    expect(best!.sharedTags.map(({ tag }) => tag)).toEqual(['Seawall', 'Elections']);
    expect(best!.sharedTerms.map(({ term }) => term).sort()).toEqual(['bond', 'seawall']);
  });
});

describe('related pins in the content', () => {
  const files = [
    makeStory({ slug: 'harbor-bridge-reopens', filePath: 'content/articles/harbor-bridge-reopens.md' }),
    makeStory({
      slug: 'bridge-audit',
      filePath: 'content/articles/bridge-audit.md',
      data: { related: ['harbr-bridge-reopens'] },
    }),
    makeStory({ slug: 'unfinished-draft', filePath: 'content/articles/unfinished-draft.md', data: { draft: true } }),
    makeStory({
      slug: 'pins-a-draft',
      filePath: 'content/articles/pins-a-draft.md',
      data: { related: ['unfinished-draft'] },
    }),
    makeStory({ slug: 'pins-itself', filePath: 'content/articles/pins-itself.md', data: { related: ['pins-itself'] } }),
    makeStory({ slug: 'ferry-ad', filePath: 'content/articles/ferry-ad.md', data: { type: 'sponsored' } }),
    makeStory({ slug: 'pins-an-ad', filePath: 'content/articles/pins-an-ad.md', data: { related: ['ferry-ad'] } }),
  ];

  it('reports a slug that matches no article, naming the file and the nearest slug', () => {
    expect(unknownRelatedPins(files)).toContainEqual({
      file: 'content/articles/bridge-audit.md',
      field: 'related',
      message:
        'no article has the slug "harbr-bridge-reopens"; did you mean "harbor-bridge-reopens"? A pin is an article\'s slug: its file name without .md, or its "slug:" override.',
    });
  });

  it('accepts a pin to a draft, which shows once the draft is published', () => {
    expect(unknownRelatedPins(files).map((problem) => problem.file)).not.toContain('content/articles/pins-a-draft.md');
  });

  it('reports an article pinning itself', () => {
    expect(unknownRelatedPins(files)).toContainEqual(
      expect.objectContaining({ file: 'content/articles/pins-itself.md', field: 'related' }),
    );
    expect(unknownRelatedPins(files)).toHaveLength(3);
  });

  it('reports a pin to sponsored content, which related stories never show', () => {
    expect(unknownRelatedPins(files)).toContainEqual({
      file: 'content/articles/pins-an-ad.md',
      field: 'related',
      message: '"ferry-ad" is sponsored content, which related stories never show',
    });
  });
});

describe('terms of a text', () => {
  it('leaves out stop words, numbers and single letters, and folds possessives and plurals', () => {
    const terms = words("The mayor's 3 bridges, said Ms. Ortiz, and a policy of policies for businesses").flatMap(
      (word) => termOf(word) ?? [],
    );
    expect(terms).toEqual(['mayor', 'bridge', 'ortiz', 'policy', 'policy', 'business']);
  });

  it('keeps words that only look plural', () => {
    expect(['bus', 'campus', 'glass', 'trees'].map(singular)).toEqual(['bus', 'campus', 'glass', 'tree']);
  });
});
