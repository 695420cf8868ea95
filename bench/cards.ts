/**
 * `node bench/cards.ts`: what a share card costs to draw, in CPU milliseconds per card and PNG bytes,
 * over 300 headlines of every kind (short, long, accented, Cyrillic, Greek, capitals, words longer
 * than a line). CPU is the whole process's (process.cpuUsage counts every thread: the main thread's
 * messages and the workers' drawing). The machine is shared, so it measures rounds of fresh headlines
 * and reports each and their median. Starting the workers (fonts, each section's frame) is not counted;
 * the first round still pays for their code warming up and the first characters they measure.
 *
 *   node bench/cards.ts              # 3 rounds of 300 cards
 *   node bench/cards.ts --rounds 5
 */
import { parseArgs } from 'node:util';
import { renderSocialCard } from '../src/build/social-card-renderer.ts';

const { values: options } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });

const WORDS = [
  'harbor',
  'council',
  'approves',
  'ferry',
  'budget',
  'seawall',
  'zoning',
  'midnight',
  'residents',
  'library',
  'transit',
  'record',
];
const HEADLINES: ((index: number) => string)[] = [
  (index) => `${WORDS[index % WORDS.length]} reopens`,
  (index) => Array.from({ length: 8 + (index % 20) }, (_, word) => WORDS[(index + word * 7) % WORDS.length]).join(' '),
  (index) => `Économie : la région prévoit une hausse des dépenses pour l’hôpital n° ${index}`,
  (index) => `Мэр представил бюджет: библиотеки получат больше денег ${index}`,
  (index) => `Donaudampfschifffahrtsgesellschaftskapitänsmütze${'x'.repeat(index % 30)} sinks ${index}`,
  (index) => `BREAKING: COUNCIL APPROVES A SWEEPING OVERHAUL OF WATERFRONT ZONING ${index}`,
  (index) => `Η Βουλή ενέκρινε τον προϋπολογισμό ${index}; Đà Nẵng mở cửa lại cầu Rồng`,
];
const SECTIONS = ['City', 'Business', 'Économie', 'Мир'];
const CARDS = 300;

const cards = (round: number) =>
  Array.from({ length: CARDS }, (_, card) => {
    const index = round * CARDS + card;
    return {
      headline: HEADLINES[index % HEADLINES.length]!(index).slice(0, 200),
      section: SECTIONS[index % SECTIONS.length]!,
      publication: 'The Meridian Post',
    };
  });

const rounds = Number(options.rounds);
// Starts the workers, reads the fonts and draws each section's frame, on every worker.
await Promise.all(
  cards(rounds)
    .slice(0, 4 * SECTIONS.length)
    .map((content) => renderSocialCard(content)),
);

const results = [];
for (let round = 0; round < rounds; round += 1) {
  const batch = cards(round);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const drawn = await Promise.all(batch.map((content) => renderSocialCard(content)));
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const result = {
    cpuMs: (user + system) / 1000 / batch.length,
    wallMs: wall / batch.length,
    kib: drawn.reduce((sum, card) => sum + card.png.length, 0) / 1024 / batch.length,
  };
  results.push(result);
  console.log(
    `round ${round + 1}: ${result.cpuMs.toFixed(2)} ms CPU per card, ${result.wallMs.toFixed(2)} ms wall per card, ${result.kib.toFixed(1)} KiB per PNG`,
  );
}
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  `median of ${results.length} rounds of ${CARDS} cards: ${median(results.map((result) => result.cpuMs)).toFixed(2)} ms CPU per card, ${median(results.map((result) => result.kib)).toFixed(1)} KiB per PNG`,
);
