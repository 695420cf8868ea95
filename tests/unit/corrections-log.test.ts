import { describe, expect, it } from 'vitest';
import { correctionsLog } from '../../src/lib/content/corrections-log.ts';
import { correctionEntry, correctionsChannel, rssFeed } from '../../src/lib/feeds/feeds.ts';
import { makeStory } from '../helpers/story.ts';

const publication = {
  name: 'The Harbor Ledger',
  description: 'News',
  url: 'https://news.example/',
  language: 'en-US',
};

const corrected = (slug: string, publishedAt: string, ...corrections: [string, string][]) =>
  makeStory({
    slug,
    data: {
      publishedAt: new Date(publishedAt),
      corrections: corrections.map(([date, text]) => ({ date: new Date(date), text })),
    },
  });

describe('the corrections log', () => {
  const budget = corrected(
    'budget',
    '2026-11-18T10:00:00Z',
    ['2026-11-19T15:00:00Z', 'Misspelt a councilmember’s name.'],
    ['2026-11-21T09:00:00Z', 'Gave the wrong vote count.'],
  );
  const ferry = corrected('ferry', '2026-11-20T10:00:00Z', ['2026-11-20T12:00:00Z', 'Named the wrong pier.']);
  const plain = makeStory({ slug: 'plain' });

  it('lists every correction of every story, newest first, each pointing at its place on the story’s page', () => {
    expect(correctionsLog([plain, ferry, budget]).map(({ story, text, anchor }) => [story.slug, anchor, text])).toEqual(
      [
        ['budget', 'correction-2', 'Gave the wrong vote count.'],
        ['ferry', 'correction-1', 'Named the wrong pier.'],
        ['budget', 'correction-1', 'Misspelt a councilmember’s name.'],
      ],
    );
  });

  it('keeps corrections made at one moment in the order of their stories, newest story first', () => {
    const older = corrected(
      'older',
      '2026-11-01T10:00:00Z',
      ['2026-11-22T10:00:00Z', 'A.'],
      ['2026-11-22T10:00:00Z', 'B.'],
    );
    const newer = corrected('newer', '2026-11-10T10:00:00Z', ['2026-11-22T10:00:00Z', 'C.']);
    expect(correctionsLog([older, newer]).map(({ text }) => text)).toEqual(['C.', 'A.', 'B.']);
  });

  it('never shows a correction of a draft or an embargoed story, even in a preview', () => {
    const draft = {
      ...corrected('draft', '2026-11-18T10:00:00Z', ['2026-11-19T10:00:00Z', 'Secret.']),
      unpublished: 'draft' as const,
    };
    expect(correctionsLog([draft, ferry]).map(({ story }) => story.slug)).toEqual(['ferry']);
  });

  it('is empty for a newsroom that has corrected nothing', () => {
    expect(correctionsLog([plain])).toEqual([]);
  });
});

describe('the corrections feed', () => {
  const [entry] = correctionsLog([
    corrected('ferry', '2026-11-20T10:00:00Z', ['2026-11-20T12:00:00Z', 'Named the <wrong> pier & dock.']),
  ]).map((correction) => correctionEntry(correction, publication));

  it('gives each correction its own address, time and the story it corrects', () => {
    expect(entry).toMatchObject({
      url: 'https://news.example/news/2026/11/20/ferry/#correction-1',
      title: 'Correction: Headline of ferry',
      summary: 'Named the <wrong> pier & dock.',
      contentHtml: '<p>Named the &lt;wrong&gt; pier &amp; dock.</p>',
      published: new Date('2026-11-20T12:00:00Z'),
      authors: [{ name: 'The Harbor Ledger', url: 'https://news.example/' }],
    });
  });

  it('is a feed of its own beside the log', () => {
    const channel = correctionsChannel(publication);
    expect(channel.feedUrl).toBe('https://news.example/corrections/feed.xml');
    expect(channel.homePageUrl).toBe('https://news.example/corrections/');
    expect(rssFeed(channel, [entry!]).items).toHaveLength(1);
  });
});
