import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salvageEntryData } from '../../src/core/load/salvage.ts';
import { formatHtmlPanel } from '../../src/core/validate/format-html.ts';
import { devState } from '../../src/integration/dev-state.ts';
import { createDevValidator } from '../../src/integration/dev-validation.ts';
import { tempContent } from '../helpers/content.ts';

describe('validation while astro dev runs', () => {
  it('reports problems when they change, says when the content is valid again, and feeds the page panel', () => {
    const content = tempContent('basic', 'dev-validate');
    devState().problems = [];
    const validator = createDevValidator({ root: dirname(content), content: 'content' });
    expect(validator.revalidate()).toBeUndefined();

    const file = join(content, 'feedback/typo.md');
    writeFileSync(file, '---\ntitle: Typo\nsubmitted: 2026-01-01\nstauts: open\n---\n');
    const report = validator.revalidate();
    expect(report).toContain('content problems (the dev server keeps running)');
    expect(report).toContain('content/feedback/typo.md:4:1  error  unknown field "stauts"');
    expect(devState().problems).toHaveLength(1);
    expect(validator.revalidate()).toBeUndefined();

    rmSync(file);
    expect(validator.revalidate()).toBe('Roadlog: the content is valid again.\n');
    expect(devState().problems).toEqual([]);
  });

  it('watches the content folder but not site.yaml, whose edits restart the server', () => {
    const validator = createDevValidator({ root: '/project', content: 'content' });
    expect(validator.watches('/project/content/feedback/a.md')).toBe(true);
    expect(validator.watches('/project/content/site.yaml')).toBe(false);
    expect(validator.watches('/project/src/pages/index.astro')).toBe(false);
    expect(validator.watches('/project/content-old/a.md')).toBe(false);
  });
});

describe('the dev panel', () => {
  it('lists each problem with where, what and the hint, escaped', () => {
    const html = formatHtmlPanel([
      { severity: 'error', code: 'unknown-field', file: 'content/feedback/a.md', line: 4, column: 1, message: 'unknown field "<b>"', hint: 'did you mean "status"?' },
    ]);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Roadlog: 1 error, 0 warnings in the content');
    expect(html).toContain('<code style="font-weight:bold">content/feedback/a.md:4:1</code>');
    expect(html).toContain('unknown field &quot;&lt;b&gt;&quot;');
    expect(html).toContain('hint: did you mean &quot;status&quot;?');
    expect(formatHtmlPanel([])).toBe('');
  });
});

describe('salvaging a broken entry for astro dev', () => {
  it('keeps the valid fields and stands in for missing required ones', () => {
    expect(salvageEntryData('feedback', 'typo', { title: 'Typo', submitted: '2026-01-01', stauts: 'open', votes: 'lots', areas: ['maps'] })).toEqual({
      title: 'Typo',
      submitted: '2026-01-01',
      votes: 0,
      areas: ['maps'],
    });
    expect(salvageEntryData('changelog', 'v1', null)).toMatchObject({ title: 'v1 (has errors)', date: '1970-01-01' });
    expect(salvageEntryData('feedback', 'dup', { title: 'D', submitted: '2026-01-01', status: 'duplicate' })).toEqual({
      title: 'D',
      submitted: '2026-01-01',
      votes: 0,
      areas: [],
    });
  });
});
