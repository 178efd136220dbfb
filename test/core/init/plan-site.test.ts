import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_DEFAULTS, areaIds, planSite, siteYaml, type SiteAnswers } from '../../../src/core/init/plan-site.ts';
import { parseEntry } from '../../../src/core/load/load-collection.ts';
import { parseSiteConfig } from '../../../src/core/load/site-config.ts';

const VERSIONS = { roadlog: '1.4.0', astro: '^7.0.0', node: '24.11.0' };

const answers = (overrides: Partial<SiteAnswers> = {}): SiteAnswers => ({
  ...ANSWER_DEFAULTS('acme-app'),
  ...overrides,
});

describe('the default answers', () => {
  it('name the site after its folder, in title case', () => {
    expect(ANSWER_DEFAULTS('acme-app')).toEqual({
      title: 'Acme App Roadmap',
      description: 'What customers asked for, what we are building, and what shipped.',
      url: 'https://roadmap.example.com',
      base: '/',
      language: 'en',
      intake: 'mailto:feedback@example.com',
      areas: [],
    });
    expect(ANSWER_DEFAULTS('my_new.site').title).toBe('My New Site Roadmap');
    expect(ANSWER_DEFAULTS(' --spaced--  out ').title).toBe('Spaced Out Roadmap');
    expect(ANSWER_DEFAULTS('---').title).toBe('Our Roadmap');
  });
});

describe('area ids', () => {
  it('are made from the labels, unique, and never empty', () => {
    expect(areaIds(['Mobile app', 'Billing', 'Mobile App', 'mobile app', '!!!', '???'])).toEqual([
      { id: 'mobile-app', label: 'Mobile app' },
      { id: 'billing', label: 'Billing' },
      { id: 'mobile-app-2', label: 'Mobile App' },
      { id: 'mobile-app-3', label: 'mobile app' },
      { id: 'area', label: '!!!' },
      { id: 'area-2', label: '???' },
    ]);
    expect(areaIds([])).toEqual([]);
  });
});

describe('site.yaml', () => {
  it('writes every answer, with the areas commented out when there are none', () => {
    const { text, problems } = siteYaml(answers());
    expect(problems).toEqual([]);
    expect(text).toMatchSnapshot();
  });

  it('lists the areas with their ids, quoting what YAML would misread', () => {
    const { text, problems } = siteYaml(answers({ title: 'Acme: the roadmap', areas: ['Mobile app', 'yes'], base: '/roadmap/' }));
    expect(problems).toEqual([]);
    expect(text).toContain('title: "Acme: the roadmap"\n');
    expect(text).toContain('base: "/roadmap/"\n');
    expect(text).toContain(
      '# Parts of the product that requests, items and releases can belong to (`areas: [id]`).\nareas:\n  - id: mobile-app\n    label: Mobile app\n  - id: "yes"\n    label: "yes"\n',
    );
    const config = parseSiteConfig(text, 'content/site.yaml').config!;
    expect(config.title).toBe('Acme: the roadmap');
    expect(config.areas).toEqual([
      { id: 'mobile-app', label: 'Mobile app' },
      { id: 'yes', label: 'yes' },
    ]);
  });

  it('reports what validation finds in answers that do not make a site', () => {
    const { problems } = siteYaml(answers({ url: 'not a url' }));
    expect(problems.map((problem) => [problem.file, problem.line, problem.message])).toEqual([
      ['content/site.yaml', 5, '`url`: expected a full http:// or https:// address'],
      ['content/site.yaml', 5, 'expected the address alone, without a path, such as https://example.com (a path goes in `base`)'],
    ]);
  });
});

describe('a new site', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-07-15T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has every file a site needs, the workflows given, and nothing else', () => {
    const files = planSite(answers(), 'acme-app', VERSIONS, new Map([['validate.yml', 'name: Validate\n']]));
    expect([...files.keys()]).toEqual([
      'package.json',
      'astro.config.mjs',
      'src/content.config.ts',
      'tsconfig.json',
      '.gitignore',
      'content/site.yaml',
      'content/feedback/_example.md',
      'content/roadmap/_example.md',
      'content/changelog/_example.md',
      '.github/workflows/validate.yml',
      'README.md',
    ]);
    expect(files.get('.github/workflows/validate.yml')).toBe('name: Validate\n');
    expect(Object.fromEntries(files)).toMatchSnapshot();
  });

  it('depends on the versions given and is named after its folder', () => {
    const pkg = JSON.parse(planSite(answers(), 'Acme App!', VERSIONS, new Map()).get('package.json')!);
    expect(pkg.name).toBe('acme-app');
    expect(pkg.dependencies).toEqual({ astro: '^7.0.0', roadlog: '^1.4.0' });
    expect(pkg.devDependencies).toEqual({ node: '24.11.0' });
    expect(JSON.parse(planSite(answers(), '!!!', VERSIONS, new Map()).get('package.json')!).name).toBe('roadmap');
  });

  it('writes drafts that pass validation, in the first area when there are areas', () => {
    const files = planSite(answers({ areas: ['Mobile app', 'Billing'] }), 'acme', VERSIONS, new Map());
    for (const [kind, path] of [
      ['feedback', 'content/feedback/_example.md'],
      ['roadmap', 'content/roadmap/_example.md'],
      ['changelog', 'content/changelog/_example.md'],
    ] as const) {
      const text = files.get(path)!;
      expect(text).toContain('\nareas: [mobile-app]\n');
      expect(parseEntry(kind, '_example', path, text).problems).toEqual([]);
    }
    expect(files.get('content/roadmap/_example.md')).toContain('target: 2026-Q4\nupdates:\n  - date: 2026-07-15\n');
    expect(files.get('README.md')!.startsWith('# Acme App Roadmap\n')).toBe(true);
  });
});
