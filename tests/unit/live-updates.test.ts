import { describe, expect, it } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { liveCoverageProblems } from '../../src/lib/content/integrity.ts';
import {
  readLiveUpdates,
  readUpdateHeading,
  updateAuthorIds,
  withUpdateAuthors,
} from '../../src/lib/content/live-updates.ts';
import { modifiedAt } from '../../src/lib/content/modified-at.ts';
import { rehypeLiveUpdates } from '../../src/markdown/rehype-live-updates.ts';
import { remarkTypography } from '../../src/markdown/remark-typography.ts';

const NEW_YORK = 'America/New_York';

const STORY = `What we know so far: the ferry terminal is closed.

## Background

The storm came ashore overnight.

## 2026-12-02 09:10
The ferry terminal is closed until further notice.

## 2026-12-02T09:45:00-05:00 by amara-okafor
Officials say the bridge is down to *one lane*.
`;

async function render(markdown: string, frontmatter: Record<string, unknown> = { type: 'live' }): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkTypography)
    .use(remarkRehype)
    .use(rehypeLiveUpdates, { timeZone: NEW_YORK, locale: 'en-US' })
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

/** The ids of the update articles, in page order. */
const articleIds = (html: string) => [...html.matchAll(/<article class="live-update" id="([^"]+)"/g)].map((m) => m[1]);

describe('readUpdateHeading', () => {
  it.each([
    ['2026-12-02 09:10', '2026-12-02T14:10:00.000Z', undefined],
    ['2026-12-02T09:45:00-05:00 by amara-okafor', '2026-12-02T14:45:00.000Z', 'amara-okafor'],
    ['2026-12-02 14:45Z by desk2', '2026-12-02T14:45:00.000Z', 'desk2'],
    ['2026-07-02 09:10', '2026-07-02T13:10:00.000Z', undefined],
  ])('reads "## %s" as an update at %s', (text, instant, author) => {
    expect(readUpdateHeading(text, NEW_YORK)).toEqual({ time: new Date(instant), ...(author && { author }) });
  });

  it.each(['Background', '2026 in review', '2026-27 budget', 'What happened at 09:10'])(
    'leaves the ordinary heading "## %s" alone',
    (text) => {
      expect(readUpdateHeading(text, NEW_YORK)).toBeUndefined();
    },
  );

  it.each([
    ['2026-12-0x 09:10', 'an update heading must be'],
    ['2026-12-02', 'needs a time of day after the date'],
    ['2026-12-02 25:10', 'an update heading must be'],
    ['2026-12-02 09:10 by Amara Okafor', 'after "by", an update heading needs an author id'],
    ['2026-12-02 09:10 by', 'after "by", an update heading needs an author id'],
  ])('explains what is wrong with "## %s"', (text, message) => {
    const read = readUpdateHeading(text, NEW_YORK);
    expect(read).toHaveProperty('problem');
    expect((read as { problem: string }).problem).toContain(message);
    expect((read as { problem: string }).problem).toContain(`got "## ${text}"`);
  });
});

describe('readLiveUpdates', () => {
  it('lists the updates in file order with their lines, times, authors and anchors', () => {
    const { updates, problems } = readLiveUpdates(STORY, NEW_YORK);
    expect(problems).toEqual([]);
    expect(updates).toEqual([
      {
        anchor: 'update-20261202t141000z',
        time: new Date('2026-12-02T14:10:00Z'),
        line: 7,
        summary: 'The ferry terminal is closed until further notice.',
      },
      {
        anchor: 'update-20261202t144500z',
        time: new Date('2026-12-02T14:45:00Z'),
        author: 'amara-okafor',
        line: 10,
        summary: 'Officials say the bridge is down to one lane.',
      },
    ]);
  });

  it('reads a time without an offset as local time in the publication’s zone, daylight saving included', () => {
    const { updates } = readLiveUpdates('## 2026-12-02 09:10\nWinter.\n\n## 2027-07-02 09:10\nSummer.', NEW_YORK);
    expect(updates.map((update) => update.time.toISOString())).toEqual([
      '2026-12-02T14:10:00.000Z',
      '2027-07-02T13:10:00.000Z',
    ]);
    expect(readLiveUpdates('## 2026-12-02 09:10\nText.', 'Asia/Tokyo').updates[0]!.anchor).toBe(
      'update-20261202t001000z',
    );
  });

  it('gives updates at the same instant unique anchors, in file order', () => {
    const { updates, problems } = readLiveUpdates(
      '## 2026-12-02 09:10\nA.\n\n## 2026-12-02T14:10:00Z\nB.\n\n## 2026-12-02 09:10 by amara-okafor\nC.',
      NEW_YORK,
    );
    expect(problems).toEqual([]);
    expect(updates.map((update) => update.anchor)).toEqual([
      'update-20261202t141000z',
      'update-20261202t141000z-2',
      'update-20261202t141000z-3',
    ]);
  });

  it('keeps an update’s anchor when later updates are appended', () => {
    const before = readLiveUpdates(STORY, NEW_YORK).updates.map((update) => update.anchor);
    const after = readLiveUpdates(`${STORY}\n## 2026-12-02 11:00\nMore.\n`, NEW_YORK).updates.map((u) => u.anchor);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('ignores update headings in fenced code blocks and HTML comments', () => {
    const markdown = [
      '## 2026-12-02 09:10',
      'How to write one:',
      '',
      '```markdown',
      '## 2026-12-02 08:00',
      '```',
      '',
      '~~~~',
      '## 2026-12-0x',
      '```',
      '~~~~',
      '<!--',
      '## 2026-12-02 08:30',
      'A draft.',
      '-->',
    ].join('\n');
    const { updates, problems } = readLiveUpdates(markdown, NEW_YORK);
    expect(updates.map((update) => update.line)).toEqual([1]);
    expect(problems).toEqual([]);
  });

  it('reports malformed update headings with their lines and does not start an update at them', () => {
    const markdown =
      '## 2026-12-02 09:10\nA.\n\n## 2026-12-0x 09:30\nB.\n\n## 2026-12-02\nC.\n\n## 2026-12-02 10:00 by Amara\nD.';
    const { updates, problems } = readLiveUpdates(markdown, NEW_YORK);
    expect(updates.map((update) => update.line)).toEqual([1]);
    expect(problems.map((problem) => problem.line)).toEqual([4, 7, 10]);
    expect(problems[0]!.message).toBe(
      'an update heading must be "## <date and time>" or "## <date and time> by <author id>", such as "## 2026-12-02 14:05 by amara-okafor"; got "## 2026-12-0x 09:30"',
    );
  });

  it('reports an update that is earlier than the one above it', () => {
    const { updates, problems } = readLiveUpdates('## 2026-12-02 10:00\nA.\n\n## 2026-12-02 09:10\nB.', NEW_YORK);
    expect(updates).toHaveLength(2);
    expect(problems).toEqual([
      {
        line: 4,
        message:
          'updates are appended in time order: this update at 2026-12-02T09:10:00-05:00 is earlier than the one above it at 2026-12-02T10:00:00-05:00',
      },
    ]);
  });

  it('reports an update with nothing under its heading', () => {
    const { problems } = readLiveUpdates(
      '## 2026-12-02 09:10\n\n## 2026-12-02 09:20\nText.\n\n## 2026-12-02 09:30\n<!-- later -->\n',
      NEW_YORK,
    );
    expect(problems.map((problem) => problem.line)).toEqual([1, 6]);
    expect(problems[0]!.message).toContain('has nothing under its heading "## 2026-12-02 09:10"');
  });

  it('finds no updates in a story without update headings', () => {
    expect(readLiveUpdates('Just an intro.\n\n## Background\n\nMore.', NEW_YORK)).toEqual({
      updates: [],
      problems: [],
    });
  });

  describe('summary', () => {
    const summaryOf = (body: string) => readLiveUpdates(`## 2026-12-02 09:10\n${body}`, NEW_YORK).updates[0]!.summary;

    it('is the first paragraph as plain text, without links, emphasis or code marks', () => {
      expect(
        summaryOf(
          'The **mayor** said [the plan](https://x.example) is _off_, per `memo_2`\nand a\\*star.\n\nSecond paragraph.',
        ),
      ).toBe('The mayor said the plan is off, per memo_2 and a*star.');
    });

    it('skips images, quotes markers and code to find the first text', () => {
      expect(summaryOf('![A chart](chart.png)\n\n```\ncode\n```\n> “We are ready,” she said &amp; left.')).toBe(
        '“We are ready,” she said & left.',
      );
    });

    it('is cut at a word boundary with an ellipsis when long', () => {
      const summary = summaryOf('word '.repeat(100));
      expect(summary.length).toBeLessThanOrEqual(200);
      expect(summary).toMatch(/ word…$/);
    });
  });
});

describe('rehypeLiveUpdates', () => {
  it('keeps the intro and lays the updates out newest first in a labelled section', async () => {
    const html = await render(STORY);
    expect(html.indexOf('What we know so far')).toBeLessThan(html.indexOf('<section'));
    expect(html).toContain('<h2>Background</h2>\n<p>The storm came ashore overnight.</p>');
    expect(html).toContain(
      '<section class="live-updates" aria-labelledby="live-updates-title">\n<h2 id="live-updates-title">Updates</h2>\n<article',
    );
    expect(articleIds(html)).toEqual(['update-20261202t144500z', 'update-20261202t141000z']);
    expect(html).not.toMatch(/<h2>2026/);
  });

  it('opens each update with its local time linking to its anchor, and its author', async () => {
    const html = await render(STORY);
    expect(html).toContain(
      '<article class="live-update" id="update-20261202t144500z" aria-labelledby="update-20261202t144500z-time">' +
        '<p class="live-update__meta"><a class="live-update__time" id="update-20261202t144500z-time" href="#update-20261202t144500z">' +
        '<time datetime="2026-12-02T09:45:00-05:00">December 2, 2026 at 9:45 AM EST</time></a>' +
        ' <span class="live-update__author" data-author="amara-okafor">amara-okafor</span></p>',
    );
    expect(html).toContain('<time datetime="2026-12-02T09:10:00-05:00">December 2, 2026 at 9:10 AM EST</time></a></p>');
    expect(html).toContain('<p>Officials say the bridge is down to <em>one lane</em>.</p>\n</article>');
  });

  it('gives the same anchors as readLiveUpdates, same-instant updates included', async () => {
    const markdown = `${STORY}\n## 2026-12-02T14:45Z\nAgain.\n\n## 2026-12-02 10:00\nLater.`;
    const html = await render(markdown);
    const anchors = readLiveUpdates(markdown, NEW_YORK).updates.map((update) => update.anchor);
    expect(articleIds(html)).toEqual(anchors.toReversed());
    expect(anchors).toContain('update-20261202t144500z-2');
  });

  it('keeps an ordinary heading inside the update it follows', async () => {
    const html = await render('## 2026-12-02 09:10\nA.\n\n## What we know\nB.');
    expect(html).toMatch(/<article[^>]*>.*<h2>What we know<\/h2>\n<p>B.<\/p>\n<\/article>/s);
  });

  it('leaves an invalid update heading as an ordinary heading instead of failing', async () => {
    const html = await render('## 2026-12-02 09:10\nA.\n\n## 2026-12-0x 09:30\nB.');
    expect(articleIds(html)).toEqual(['update-20261202t141000z']);
    expect(html).toContain('<h2>2026-12-0x 09:30</h2>');
  });

  it('does not read headings in code blocks as updates', async () => {
    const html = await render('Intro.\n\n```\n## 2026-12-02 09:10\n```\n');
    expect(html).not.toContain('<section');
    expect(html).toContain('<code>## 2026-12-02 09:10\n</code>');
  });

  it('leaves the body of a story that is not live untouched', async () => {
    const html = await render(STORY, { type: 'news' });
    expect(html).not.toContain('<section');
    expect(html).toContain('<h2>2026-12-02 09:10</h2>');
  });
});

describe('what the site derives from the updates', () => {
  it('refuses an update before the story was published, or after the build, unless the story is under embargo', () => {
    const story = (publishedAt: string, time: string) => ({
      filePath: 'storm.md',
      data: { publishedAt: new Date(publishedAt) },
      live: { updates: [{ anchor: 'a', time, summary: 's', line: 9 }], problems: [] },
    });
    const now = new Date('2026-12-02T18:00:00Z');
    const messages = (publishedAt: string, time: string) =>
      liveCoverageProblems([story(publishedAt, time)], [], now).map((problem) => problem.message);
    expect(messages('2026-12-02T10:00:00Z', '2026-12-02T12:00:00Z')).toEqual([]);
    expect(messages('2026-12-02T10:00:00Z', '2026-12-02T09:00:00Z')).toEqual([
      'this update at 2026-12-02T09:00:00Z is before the story was published (publishedAt 2026-12-02T10:00:00.000Z)',
    ]);
    expect(messages('2026-12-02T10:00:00Z', '2026-12-02T19:00:00Z')).toEqual([
      'this update at 2026-12-02T19:00:00Z is in the future (the build runs at 2026-12-02T18:00:00.000Z): updates are written as things happen, so its time must be a typo',
    ]);
    expect(messages('2026-12-03T10:00:00Z', '2026-12-03T11:00:00Z')).toEqual([]);
  });

  const update = (time: string, author?: string) => ({ anchor: 'a', time, author, summary: 's', line: 1 });

  it('dates a story by its latest update when that is after its updatedAt', () => {
    const updatedAt = new Date('2026-12-02T12:00:00Z');
    expect(modifiedAt({ data: {} })).toBeUndefined();
    expect(modifiedAt({ data: { updatedAt } })).toBe(updatedAt);
    expect(modifiedAt({ data: { updatedAt }, live: { updates: [update('2026-12-02T11:00:00Z')] } })).toBe(updatedAt);
    expect(
      modifiedAt({ data: {}, live: { updates: [update('2026-12-02T13:00:00Z'), update('2026-12-02T14:00:00Z')] } }),
    ).toEqual(new Date('2026-12-02T14:00:00Z'));
  });

  it('names each update author once, and puts their current names into the HTML, linked', () => {
    const story = { live: { updates: [update('x', 'amara'), update('y'), update('z', 'amara'), update('w', 'bo')] } };
    expect(updateAuthorIds(story)).toEqual(['amara', 'bo']);
    const html =
      '<p class="live-update__meta"><a href="#u">9:00</a> <span class="live-update__author" data-author="amara">amara</span></p>' +
      '<span class="live-update__author" data-author="ghost">ghost</span>';
    expect(
      withUpdateAuthors(html, (id) => (id === 'amara' ? { name: 'Amara <O>', href: '/authors/amara/' } : undefined)),
    ).toBe(
      '<p class="live-update__meta"><a href="#u">9:00</a> <span class="live-update__author">by <a href="/authors/amara/">Amara &lt;O&gt;</a></span></p>' +
        '<span class="live-update__author" data-author="ghost">ghost</span>',
    );
  });

  it('reports heading problems and unknown update authors at their lines of the file', () => {
    const live = {
      updates: [update('2026-12-02T12:00:00Z', 'amara-okafr')],
      problems: [{ line: 12, message: 'bad heading' }],
    };
    const story = {
      filePath: 'content/articles/storm.md',
      data: { publishedAt: new Date('2026-12-02T11:00:00Z') },
      live,
    };
    expect(liveCoverageProblems([story], ['amara-okafor'], new Date('2026-12-03T00:00:00Z'))).toEqual([
      { file: 'content/articles/storm.md', field: 'line 12', line: 12, message: 'bad heading' },
      {
        file: 'content/articles/storm.md',
        field: 'line 1',
        line: 1,
        message: 'unknown author "amara-okafr"; did you mean "amara-okafor"? Known author ids: amara-okafor.',
      },
    ]);
  });
});
