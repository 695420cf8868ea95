import { describe, expect, it } from 'vitest';
import { readFrontmatterYaml } from '../../src/lib/content/frontmatter-yaml.ts';

describe('readFrontmatterYaml', () => {
  it('keeps timestamps as the text written, so a date alone stays a date', () => {
    expect(
      readFrontmatterYaml(
        'publishedAt: 2024-03-05\nupdatedAt: 2024-03-05 10:00:00\ncorrections:\n  - { date: 2024-03-06T09:00:00-05:00, text: Fixed }\n',
      ),
    ).toEqual({
      publishedAt: '2024-03-05',
      updatedAt: '2024-03-05 10:00:00',
      corrections: [{ date: '2024-03-06T09:00:00-05:00', text: 'Fixed' }],
    });
  });

  it('reads everything else as js-yaml does', () => {
    expect(
      readFrontmatterYaml('draft: true\norder: 3\ntags: [a, b]\nbase: &b { x: 1 }\nmerged: { <<: *b, y: 2 }\n'),
    ).toEqual({ draft: true, order: 3, tags: ['a', 'b'], base: { x: 1 }, merged: { x: 1, y: 2 } });
    expect(() => readFrontmatterYaml('headline: "unclosed\n')).toThrow(/unexpected end/);
  });
});
