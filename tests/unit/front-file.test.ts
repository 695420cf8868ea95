import { describe, expect, it } from 'vitest';
import {
  parseFrontFile,
  unknownFrontStories,
  unservedBannerLink,
  type FrontFile,
} from '../../src/lib/content/front-file.ts';
import { activeFront } from '../../src/lib/content/front-page.ts';

const NEW_YORK = 'America/New_York';
const parse = (text: string) => parseFrontFile(text, NEW_YORK);
/** Each problem as "line:column field: message", the way an editor reads it. */
const problemsOf = (text: string) =>
  parse(text).problems.map((problem) => `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`);

const EXAMPLE = `lead:
  story: harbor-bridge-reopens
  until: 2026-12-02T18:00:00-05:00
top:
  - story: council-passes-budget
    until: 2026-12-03 20:00
  - story: ferry-ridership-record
banner:
  text: "Storm warning: ferry service is suspended until further notice"
  link: /city/2026/12/03/ferry-suspended/
  until: 2026-12-03T23:00:00-05:00
`;

describe('reading content/front.yaml', () => {
  it('reads the lead, the top stories in order and the banner, with the line of each', () => {
    const { front, problems } = parse(EXAMPLE);
    expect(problems).toEqual([]);
    expect(front).toEqual({
      lead: {
        story: 'harbor-bridge-reopens',
        until: new Date('2026-12-02T23:00:00Z'),
        line: 2,
        column: 10,
        field: 'lead',
      },
      top: [
        {
          story: 'council-passes-budget',
          until: new Date('2026-12-04T01:00:00Z'),
          line: 5,
          column: 12,
          field: 'top[0]',
        },
        { story: 'ferry-ridership-record', line: 7, column: 12, field: 'top[1]' },
      ],
      banner: {
        text: 'Storm warning: ferry service is suspended until further notice',
        link: { path: '/city/2026/12/03/ferry-suspended/', line: 10, column: 9 },
        until: new Date('2026-12-04T04:00:00Z'),
        line: 8,
      },
    } satisfies FrontFile);
  });

  it.each([
    ['a time without a zone as New York’s local time', '2026-12-03 20:00', '2026-12-04T01:00:00.000Z'],
    ['a time in summer as daylight time', '2026-07-03T20:00', '2026-07-04T00:00:00.000Z'],
    ['a date alone as the start of that day there', '2026-12-04', '2026-12-04T05:00:00.000Z'],
    ['a time with an offset as that instant', '2026-12-03T20:00:00+01:00', '2026-12-03T19:00:00.000Z'],
    ['a quoted time like an unquoted one', '"2026-12-03 20:00"', '2026-12-04T01:00:00.000Z'],
  ])('reads %s', (_, written, instant) => {
    expect(parse(`lead:\n  story: a\n  until: ${written}\n`).front.lead?.until?.toISOString()).toBe(instant);
  });

  it('reads a banner that links to a story or to another site, or to nothing', () => {
    const banner = (link: string) =>
      parse(`banner:\n  text: Storm\n${link}  until: 2026-12-03T23:00:00-05:00\n`).front.banner?.link;
    expect(banner('  story: ferry-suspended\n')).toEqual({ story: 'ferry-suspended', line: 3, column: 10 });
    expect(banner('  link: https://weather.gov/alerts\n')).toEqual({ url: 'https://weather.gov/alerts' });
    expect(banner('  link: /search/?q=storm\n')).toEqual({ path: '/search/?q=storm', line: 3, column: 9 });
    expect(banner('')).toBeUndefined();
  });

  it.each([
    ['an empty file', ''],
    ['a file of comments', '# nothing on the front today\n'],
    ['parts left empty', 'lead:\ntop:\nbanner:\n'],
    ['an empty list of top stories', 'top: []\n'],
  ])('lays out nothing for %s, and finds no problem', (_, text) => {
    expect(parse(text)).toEqual({ front: { top: [] }, problems: [] });
  });

  it('ignores a byte order mark', () => {
    expect(parse('\uFEFFlead:\n  story: a\n').front.lead?.story).toBe('a');
  });
});

describe('problems in content/front.yaml', () => {
  it.each([
    ['invalid YAML', 'lead:\n  story: [a\n', /^3:1 : invalid YAML: /],
    ['duplicate keys', 'top: []\ntop: []\n', /^2:1 : invalid YAML: Map keys must be unique/],
    ['a list at the top level', '- story: a\n', /^1:1 : front\.yaml must be a mapping with lead:, top: and banner:/],
    [
      'a mistyped part',
      'leed:\n  story: a\n',
      '1:1 leed: unknown field "leed"; did you mean "lead"? Known fields: lead, top, banner.',
    ],
    [
      'a mistyped field of an entry',
      'lead:\n  story: a\n  untill: 2026-12-02\n',
      '3:3 lead.untill: unknown field "lead.untill"; did you mean "until"? Known fields of lead: story, until.',
    ],
    [
      'a lead that is a bare slug',
      'lead: harbor-bridge-reopens\n',
      '1:7 lead: lead must be an entry such as "story: harbor-bridge-reopens", with "until:" optional, got "harbor-bridge-reopens"',
    ],
    [
      'a lead without a story',
      'lead:\n  until: 2026-12-02\n',
      /^2:3 lead\.story: lead\.story is required: an article's slug/,
    ],
    ['an empty story', 'lead:\n  story: ""\n', /^2:10 lead\.story: lead\.story must not be empty/],
    [
      'a story that is a number',
      'lead:\n  story: 2026\n',
      /^2:10 lead\.story: lead\.story must be an article's slug .*, got 2026$/,
    ],
    [
      'a date that is no date',
      'top:\n  - story: a\n    until: tomorrow 6pm\n',
      /^3:12 top\[0\]\.until: top\[0\]\.until must be a date-time such as .*, got "tomorrow 6pm"$/,
    ],
    [
      'a day no calendar has',
      'top:\n  - story: a\n    until: 2026-02-30\n',
      /^3:12 top\[0\]\.until: .*got "2026-02-30"$/,
    ],
    ['an empty date', 'top:\n  - story: a\n    until:\n', /^3:11 top\[0\]\.until: .*, got nothing$/],
    [
      'top stories that are no list',
      'top: council-passes-budget\n',
      '1:6 top: top must be a list of entries such as "- story: council-passes-budget", got "council-passes-budget"',
    ],
    ['an empty top story', 'top:\n  -\n  - story: a\n', /^2:4 top\[0\]: top\[0\] must be an entry .*, got nothing$/],
    [
      'a banner without until',
      'banner:\n  text: Storm\n',
      /^2:3 banner\.until: banner\.until is required: .*a banner nobody remembers to take down is worse than none/,
    ],
    ['a banner without text', 'banner:\n  until: 2026-12-03\n', /^2:3 banner\.text: banner\.text is required/],
    [
      'a banner of blank text',
      'banner:\n  text: "  "\n  until: 2026-12-03\n',
      /^2:9 banner\.text: banner\.text must not be empty/,
    ],
    [
      'a banner text over 160 characters',
      `banner:\n  text: ${'x'.repeat(161)}\n  until: 2026-12-03\n`,
      /^2:9 banner\.text: banner\.text must be at most 160 characters .*, got 161$/,
    ],
    [
      'a banner with both a link and a story',
      'banner:\n  text: Storm\n  link: /city/\n  story: ferry-suspended\n  until: 2026-12-03\n',
      '4:3 banner.story: banner.story: a banner takes either link: (a path or URL) or story: (an article slug), not both',
    ],
    [
      'a banner link over plain http',
      'banner:\n  text: Storm\n  link: http://weather.gov/\n  until: 2026-12-03\n',
      /^3:9 banner\.link: banner\.link must be a path on this site .* or an https:\/\/ URL, got "http:\/\/weather\.gov\/"$/,
    ],
    [
      'a banner link with no leading slash',
      'banner:\n  text: S\n  link: city/\n  until: 2026-12-03\n',
      /^3:9 banner\.link: .*got "city\/"$/,
    ],
    [
      'a banner link to another host',
      'banner:\n  text: S\n  link: //evil.example/\n  until: 2026-12-03\n',
      /^3:9 banner\.link: /,
    ],
    ['a banner that is text', 'banner: Storm warning\n', /^1:9 banner: banner must be a mapping with text:, until:/],
  ])('reports %s at its line and field', (_, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('keeps the valid entries beside a bad one, and leaves the bad one out', () => {
    const { front, problems } = parse(`lead:
  story: harbor-bridge-reopens
  until: next tuesday
top:
  - story: council-passes-budget
  - story: ferry-ridership-record
    until: 2026-13-01
  - story: school-board-vote
banner:
  text: Storm
  until: 2026-12-03T23:00:00-05:00
colour: red
`);
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [12, 'colour'],
      [3, 'lead.until'],
      [7, 'top[1].until'],
    ]);
    // A lead whose expiry could not be read must not stay up for good.
    expect(front.lead).toBeUndefined();
    expect(front.top.map((entry) => [entry.field, entry.story])).toEqual([
      ['top[0]', 'council-passes-budget'],
      ['top[2]', 'school-board-vote'],
    ]);
    expect(front.banner?.text).toBe('Storm');
  });

  it('reports every problem of one entry in one round', () => {
    const { problems } = parse('banner:\n  txt: Storm\n  link: ftp://x\n');
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [2, 'banner.txt'],
      [2, 'banner.text'],
      [2, 'banner.until'],
      [3, 'banner.link'],
    ]);
  });
});

describe('front entries that name no article', () => {
  const slugs = ['harbor-bridge-reopens', 'council-passes-budget', 'ferry-suspended', 'embargoed-story'];

  it('names the nearest slug at the line and field of the typo', () => {
    const { front } = parse(`lead:
  story: harbour-bridge-reopens
top:
  - story: council-passes-budget
  - story: ferry-ridership-record
banner:
  text: Storm
  story: ferry-suspend
  until: 2026-12-03
`);
    expect(unknownFrontStories(front, slugs)).toEqual([
      {
        line: 2,
        column: 10,
        field: 'lead.story',
        message:
          'lead.story: no article has the slug "harbour-bridge-reopens"; did you mean "harbor-bridge-reopens"? An article\'s slug is its file name without .md, or its "slug:" override.',
      },
      {
        line: 5,
        column: 12,
        field: 'top[1].story',
        message:
          'top[1].story: no article has the slug "ferry-ridership-record". An article\'s slug is its file name without .md, or its "slug:" override.',
      },
      {
        line: 8,
        column: 10,
        field: 'banner.story',
        message: expect.stringContaining('no article has the slug "ferry-suspend"; did you mean "ferry-suspended"?'),
      },
    ]);
  });

  it('accepts a draft or an embargoed story: the slugs are of every article file', () => {
    const { front } = parse('lead:\n  story: embargoed-story\n');
    expect(unknownFrontStories(front, slugs)).toEqual([]);
  });
});

describe('what the front file asks for now', () => {
  const { front } = parse(EXAMPLE);
  const at = (iso: string) => activeFront(front, new Date(iso));

  it('keeps every entry before its expiry', () => {
    expect(at('2026-12-02T22:59:59.999Z')).toEqual({
      lead: 'harbor-bridge-reopens',
      top: ['council-passes-budget', 'ferry-ridership-record'],
      banner: front.banner,
    });
  });

  it('drops an entry at the very instant it expires', () => {
    expect(at('2026-12-02T23:00:00Z')).toEqual({
      top: ['council-passes-budget', 'ferry-ridership-record'],
      banner: front.banner,
    });
    expect(at('2026-12-04T01:00:00Z').top).toEqual(['ferry-ridership-record']);
    expect(at('2026-12-04T04:00:00Z')).toEqual({ top: ['ferry-ridership-record'] });
  });

  it('keeps an entry with no expiry until the file changes', () => {
    expect(at('2099-01-01T00:00:00Z')).toEqual({ top: ['ferry-ridership-record'] });
  });
});

describe('the banner’s link to a path', () => {
  const withLink = (link: string) => parse(`banner:\n  text: Storm\n  link: ${link}\n  until: 2026-12-03 23:00\n`);

  it('must be a page the site serves, named at its line', () => {
    const { front } = withLink('/city/2026/12/03/ferry-suspended/?from=banner');
    expect(unservedBannerLink(front, (path) => path === '/city/2026/12/03/ferry-suspended/')).toEqual([]);
    expect(unservedBannerLink(withLink('/citty/').front, () => false)).toEqual([
      {
        line: 3,
        column: 9,
        field: 'banner.link',
        message:
          'banner.link: "/citty/" is no page of this site; link a section, a story (or use story: <slug>), a topic or a page',
      },
    ]);
  });

  it('is never another site in disguise', () => {
    for (const link of ['//evil.example/', '/\\evil.example/'])
      expect(withLink(link).problems.map((problem) => problem.field)).toEqual(['banner.link']);
  });
});
