import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/load/frontmatter.ts';
import { uniqueId } from '../../../src/core/scaffold/project-index.ts';
import { renderEntryFile, yamlString } from '../../../src/core/scaffold/yaml-write.ts';

describe('writing frontmatter values', () => {
  it.each([
    'Export to CSV',
    'Export: CSV',
    '3.10',
    'yes',
    'null',
    '#hashtag first',
    '- starts like a list',
    'He said "no"',
    'Ends with a space ',
    'Crème brûlée, s’il vous plaît',
    '[not a list]',
    'a # b',
    'tab\there',
    '2026-01-01',
  ])('reads %j back exactly as written', (value) => {
    expect((parseYaml(`title: ${yamlString(value)}`) as { title: unknown }).title).toBe(value);
  });

  it('keeps simple titles plain, as a maintainer would write them', () => {
    expect(yamlString('Export to CSV')).toBe('Export to CSV');
    expect(yamlString('Export: CSV')).toBe('"Export: CSV"');
  });

  it('writes dates plain, lists in flow style, and leaves out empty values', () => {
    const text = renderEntryFile(
      [
        ['title', 'A'],
        ['submitted', { date: '2026-01-02' }],
        ['areas', ['exports', 'api']],
        ['roadmap', undefined],
        ['closes', []],
      ],
      'Body\r\n',
    );
    expect(text).toBe('---\ntitle: A\nsubmitted: 2026-01-02\nareas: [exports, api]\n---\nBody\n');
  });
});

describe('unique ids', () => {
  it('adds -2, -3 … , ignores letter case as case-insensitive file systems do, and skips reserved ids', () => {
    expect(uniqueId('csv-export', ['other'], 'feedback')).toBe('csv-export');
    expect(uniqueId('csv-export', ['CSV-Export'], 'feedback')).toBe('csv-export-2');
    expect(uniqueId('csv-export', ['csv-export', 'csv-export-2'], 'feedback')).toBe('csv-export-3');
    // The URLs of list pages are never an entry's: /feedback/recent/, /roadmap/now/.
    expect(uniqueId('recent', [], 'feedback')).toBe('recent-2');
    expect(uniqueId('now', [], 'roadmap')).toBe('now-2');
    expect(uniqueId('now', [], 'feedback')).toBe('now');
  });
});
