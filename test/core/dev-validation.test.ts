import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlPanel, formatHtmlProblemPage } from '../../src/core/validate/format-html.ts';
import { devState } from '../../src/integration/dev-state.ts';
import { createDevValidator } from '../../src/integration/dev-validation.ts';
import { tempContent } from '../helpers/content.ts';

describe('validation while astro dev runs', () => {
  it('reports problems when they change, says when the content is valid again, and feeds the page panel', () => {
    const content = tempContent('basic', 'dev-validate');
    devState().problems = [];
    const validator = createDevValidator({ root: dirname(content), content: 'content' });
    expect(validator.revalidate()).toEqual({ reload: false });

    const file = join(content, 'feedback/typo.md');
    writeFileSync(file, '---\ntitle: Typo\nsubmitted: 2026-01-01\nstauts: open\n---\n');
    const broken = validator.revalidate(file);
    expect(broken.report).toContain('content problems (the dev server keeps running)');
    expect(broken.report).toContain('content/feedback/typo.md:4:1  error  unknown field "stauts"');
    // Nothing is stored for a broken file, so Astro will not reload the pages: the panel needs a reload of its own.
    expect(broken.reload).toBe(true);
    expect(devState().problems).toHaveLength(1);
    expect(devState().brokenEntries['/feedback/typo/']?.problems.map((problem) => problem.code)).toEqual(['unknown-field']);
    expect(validator.revalidate(file)).toEqual({ reload: false });

    writeFileSync(file, '---\ntitle: Typo\nsubmitted: 2026-01-01\nstatus: open\n---\n');
    // A valid file is stored by the content loader, and Astro reloads the pages for it: one reload, not two.
    expect(validator.revalidate(file)).toEqual({ report: 'Roadlog: the content is valid again.\n', reload: false });
    expect(devState().problems).toEqual([]);
    expect(devState().brokenEntries).toEqual({});

    writeFileSync(file, '---\ntitle: [Typo\n---\n');
    expect(validator.revalidate(file).reload).toBe(true);
    rmSync(file);
    // A file that was never stored is gone: only the panel changes, so the pages reload for it.
    expect(validator.revalidate(file)).toEqual({ report: 'Roadlog: the content is valid again.\n', reload: true });
  });

  it('watches the content folder but not site.yaml, whose edits restart the server, and the public folder', () => {
    const validator = createDevValidator({ root: '/project', content: 'content' });
    expect(validator.watches('/project/content/feedback/a.md')).toBe(true);
    expect(validator.watches('/project/content/site.yaml')).toBe(false);
    expect(validator.watches('/project/src/pages/index.astro')).toBe(false);
    expect(validator.watches('/project/content-old/a.md')).toBe(false);
    expect(validator.watches('/project/public/logo.svg')).toBe(true);
    expect(createDevValidator({ root: '/project', content: 'content', publicDir: '/assets' }).watches('/assets/logo.svg')).toBe(true);
  });

  it('reports a logo removed from public/, and reloads the pages when it is back', () => {
    const content = tempContent('basic', 'dev-logo');
    const logo = join(dirname(content), 'public/logo.svg');
    devState().problems = [];
    const validator = createDevValidator({ root: dirname(content), content: 'content' });
    expect(validator.revalidate()).toEqual({ reload: false });
    const svg = readFileSync(logo);
    rmSync(logo);
    const missing = validator.revalidate(logo);
    expect(missing.report).toContain('content/site.yaml:19:7  error  logo "/logo.svg" is not in public/');
    expect(missing.reload).toBe(true);
    writeFileSync(logo, svg);
    expect(validator.revalidate(logo)).toEqual({ report: 'Roadlog: the content is valid again.\n', reload: true });
  });
});

describe('the dev panel', () => {
  it('lists each problem with where, what and the hint, escaped', () => {
    const html = formatHtmlPanel([
      {
        severity: 'error',
        code: 'unknown-field',
        file: 'content/feedback/a.md',
        line: 4,
        column: 1,
        message: 'unknown field "<b>"',
        hint: 'did you mean "status"?',
      },
    ]);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Roadlog: 1 error, 0 warnings in the content');
    expect(html).toContain('<code style="font-weight:bold">content/feedback/a.md:4:1</code>');
    expect(html).toContain('unknown field &quot;&lt;b&gt;&quot;');
    expect(html).toContain('hint: did you mean &quot;status&quot;?');
    expect(formatHtmlPanel([])).toBe('');
  });
});

describe('the page of an entry that was never valid', () => {
  it('names the file and lists its problems, escaped', () => {
    const html = formatHtmlProblemPage('content/feedback/a.md', [
      {
        severity: 'error',
        code: 'yaml-syntax',
        file: 'content/feedback/a.md',
        line: 2,
        column: 8,
        message: 'frontmatter is not valid YAML: <x>',
      },
    ]);
    expect(html).toContain('<h1 style="font-size:1.5rem;margin:0 0 .5rem">This entry has errors</h1>');
    expect(html).toContain('<code>content/feedback/a.md</code> has not been valid');
    expect(html).toContain('content/feedback/a.md:2:8');
    expect(html).toContain('frontmatter is not valid YAML: &lt;x&gt;');
    expect(html).not.toContain('1970');
  });
});
