import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkTypography } from '../../src/markdown/remark-typography.ts';
import { smarten } from '../../src/markdown/typography.ts';

describe('smarten', () => {
  it.each([
    ['"Yes," she said.', '\u201cYes,\u201d she said.'],
    ["It's the mayor's plan.", 'It\u2019s the mayor\u2019s plan.'],
    ["'Quoted' words", '\u2018Quoted\u2019 words'],
    ["Back in the '90s", 'Back in the \u201990s'],
    ['He said: "\'No,\' she told me."', 'He said: \u201c\u2018No,\u2019 she told me.\u201d'],
    ['1990--1995 and then---nothing', '1990\u20131995 and then\u2014nothing'],
    ['Wait...', 'Wait\u2026'],
    ['("quoted")', '(\u201cquoted\u201d)'],
  ])('%s', (input, expected) => {
    expect(smarten(input)).toBe(expected);
  });
});

async function render(markdown: string): Promise<string> {
  return String(
    await unified().use(remarkParse).use(remarkTypography).use(remarkRehype).use(rehypeStringify).process(markdown),
  );
}

describe('remarkTypography', () => {
  it('curls quotes around emphasis and links the right way', async () => {
    expect(await render('"*Never*," he said, "[ever](/x/)."')).toBe(
      '<p>\u201c<em>Never</em>,\u201d he said, \u201c<a href="/x/">ever</a>.\u201d</p>',
    );
  });

  it('leaves code alone', async () => {
    expect(await render('Type `"quoted"` -- then:\n\n```\nsay "hi" -- now\n```')).toBe(
      '<p>Type <code>"quoted"</code> \u2013 then:</p>\n<pre><code>say "hi" -- now\n</code></pre>',
    );
  });

  it('starts each paragraph afresh', async () => {
    expect(await render('He said "go\n\n"Stop" she said')).toBe(
      '<p>He said \u201cgo</p>\n<p>\u201cStop\u201d she said</p>',
    );
  });
});

/**
 * News copy and the HTML it should get, through the Markdown pass, so that emphasis, links, code and
 * images split the text the way they do in articles. Typographic characters are written as themselves.
 */
const QUOTES: Record<string, [markdown: string, html: string][]> = {
  'interrupted speech and dashes': [
    ['"I was---" she said.', '<p>“I was—” she said.</p>'],
    ['"I was--" he said.', '<p>“I was–” he said.</p>'],
    ["'I was---' she said.", '<p>‘I was—’ she said.</p>'],
    ['"I was---", she said, "wrong."', '<p>“I was—”, she said, “wrong.”</p>'],
    ['"Why would I---"', '<p>“Why would I—”</p>'],
    ['He paused---"Enough!"', '<p>He paused—“Enough!”</p>'],
    ['The mayor---"a builder," she says---won.', '<p>The mayor—“a builder,” she says—won.</p>'],
    ['He said "no"---twice.', '<p>He said “no”—twice.</p>'],
  ],
  'quotes after brackets': [
    ['He said ("off the record") that he would go.', '<p>He said (“off the record”) that he would go.</p>'],
    ['The sign read ["closed"].', '<p>The sign read [“closed”].</p>'],
    ["The word ('quoted'), twice.", '<p>The word (‘quoted’), twice.</p>'],
    ['"Closed (for now)."', '<p>“Closed (for now).”</p>'],
  ],
  'nested quotes': [
    ['He said: "\'No,\' she told me."', '<p>He said: “‘No,’ she told me.”</p>'],
    ['"She told me \'no.\'"', '<p>“She told me ‘no.’”</p>'],
    ['\'He said "never" to me,\' she recalled.', '<p>‘He said “never” to me,’ she recalled.</p>'],
    ['"He called it \'fake,\'" she said.', '<p>“He called it ‘fake,’” she said.</p>'],
    ['"\'Tis the season," he said.', '<p>“’Tis the season,” he said.</p>'],
  ],
  'apostrophes of elision': [
    ["'Tis the season.", '<p>’Tis the season.</p>'],
    ["'Twas the night before.", '<p>’Twas the night before.</p>'],
    ["It was rock 'n' roll.", '<p>It was rock ’n’ roll.</p>'],
    ["Rock 'n roll lives.", '<p>Rock ’n roll lives.</p>'],
    ["A rock-'n'-roll band.", '<p>A rock-’n’-roll band.</p>'],
    ["Let 'em go.", '<p>Let ’em go.</p>'],
    ["'Emma,' he said.", '<p>‘Emma,’ he said.</p>'],
    ["At five o'clock.", '<p>At five o’clock.</p>'],
    ['"I didn\'t," she said.', '<p>“I didn’t,” she said.</p>'],
  ],
  decades: [
    ["Back in the '90s.", '<p>Back in the ’90s.</p>'],
    ["The '60s and '70s.", '<p>The ’60s and ’70s.</p>'],
    ["The class of '97.", '<p>The class of ’97.</p>'],
    ["In the mid-'90s.", '<p>In the mid-’90s.</p>'],
    ['"\'80s music," she said.', '<p>“’80s music,” she said.</p>'],
  ],
  // SmartyPants curls feet and inches as closing quotes rather than primes: telling 6'2" from a quote
  // needs more than the characters around it. Editors who want primes type ′ and ″.
  measurements: [
    ['He is 6\'2" tall.', '<p>He is 6’2” tall.</p>'],
    ['A 12" pizza.', '<p>A 12” pizza.</p>'],
    ["A 6' fence.", '<p>A 6’ fence.</p>'],
  ],
  possessives: [
    ["The Joneses' house.", '<p>The Joneses’ house.</p>'],
    ["It was the Joneses'.", '<p>It was the Joneses’.</p>'],
    ["The boss's plan.", '<p>The boss’s plan.</p>'],
    ["*The Times*' report.", '<p><em>The Times</em>’ report.</p>'],
    ["[Reuters](/r/)' report.", '<p><a href="/r/">Reuters</a>’ report.</p>'],
  ],
  'quotes split by emphasis, links, code and images': [
    ['"*Really*," she said.', '<p>“<em>Really</em>,” she said.</p>'],
    ['"[link](/x/)" he said.', '<p>“<a href="/x/">link</a>” he said.</p>'],
    ['**"Never,"** she said.', '<p><strong>“Never,”</strong> she said.</p>'],
    ['*"I was---"* she said.', '<p><em>“I was—”</em> she said.</p>'],
    ['He paused---"*Enough*," she said.', '<p>He paused—“<em>Enough</em>,” she said.</p>'],
    ["'*Tis* the season.", '<p>’<em>Tis</em> the season.</p>'],
    [
      'She called it "[a disgrace](/x/)"---then left.',
      '<p>She called it “<a href="/x/">a disgrace</a>”—then left.</p>',
    ],
    ['"It was *her* idea."', '<p>“It was <em>her</em> idea.”</p>'],
    ['"`npm`" is a tool.', '<p>“<code>npm</code>” is a tool.</p>'],
    ['"![chart](/c.png)" shows it.', '<p>“<img src="/c.png" alt="chart">” shows it.</p>'],
  ],
  'quotes at the start and end of a block': [
    ['"Yes."', '<p>“Yes.”</p>'],
    ['"...and then nothing," she said.', '<p>“…and then nothing,” she said.</p>'],
    ['She said, "Stop."', '<p>She said, “Stop.”</p>'],
    ['"I came in 1990.\n\n"Then I left," she said.', '<p>“I came in 1990.</p>\n<p>“Then I left,” she said.</p>'],
    ['He said  \n"Yes."', '<p>He said<br>\n“Yes.”</p>'],
    ['## "Stop," she said', '<h2>“Stop,” she said</h2>'],
  ],
  'quotes before punctuation': [
    ['He called it "fake".', '<p>He called it “fake”.</p>'],
    ['Was it "fake"?', '<p>Was it “fake”?</p>'],
    ['The "experts": all wrong.', '<p>The “experts”: all wrong.</p>'],
    ['"Yes"; "no"; "maybe".', '<p>“Yes”; “no”; “maybe”.</p>'],
    ['"Why?" "Because."', '<p>“Why?” “Because.”</p>'],
  ],
};

describe.each(Object.entries(QUOTES))('quotes and apostrophes: %s', (_, cases) => {
  it.each(cases)('%s', async (markdown, html) => {
    expect(await render(markdown)).toBe(html);
  });
});
