import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTriage } from '../../../src/core/insights/triage.ts';
import { formatTriageJson, formatTriageMarkdown, formatTriageTable } from '../../../src/core/insights/triage-format.ts';
import { validateProject } from '../../../src/core/validate/project.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/** `roadlog triage` over the fixtures, in its three formats, pinned whole: what a maintainer reads and what a script parses. */
function triageOf(fixture: string, options: { staleDays?: number; minScore?: number } = {}) {
  const result = validateProject({ root: join(FIXTURES, fixture), content: 'content' }, { today: '2026-06-01', env: {} });
  const triage = computeTriage(result.corpus, result.lifecycle, result.config!, { asOf: '2026-06-01', ...options });
  return { triage, areaLabels: new Map(result.config!.areas.map((area) => [area.id, area.label])) };
}

describe('the triage report', () => {
  it.each([
    ['triage', {}],
    ['basic', {}],
    ['triage', { staleDays: 5, minScore: 0.2 }],
  ] as const)('of %s %o', (fixture, options) => {
    const { triage, areaLabels } = triageOf(fixture, options);
    const format = { language: 'en', areaLabels, limit: 2, command: 'npm run triage' };
    expect({
      table: formatTriageTable(triage, format),
      tableUnlimited: formatTriageTable(triage, { ...format, limit: 0 }),
      markdown: formatTriageMarkdown(triage, format),
      markdownGerman: formatTriageMarkdown(triage, { ...format, language: 'de', limit: 50 }),
      json: JSON.parse(formatTriageJson(triage)),
    }).toMatchSnapshot();
  });
});
