import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TMP } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

/**
 * Roadlog as a team installs it: `npm pack`, a site made by `roadlog init`,
 * the tarball installed there from the npm registry's dependencies, and the
 * site built with `npm run build` and with `astro build`.
 */

let work: string;
let site: string;
let tarball: string;
let packed: string[];

/** The pinned Node first on PATH, as npm scripts of this repository run. */
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  NO_COLOR: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
};

function sh(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function files(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return found;
}

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  work = mkdtempSync(join(TMP, 'package-'));
  const pack = sh('npm', ['pack', '--json', '--pack-destination', work], PROJECT_ROOT);
  expect(pack.code, pack.output).toBe(0);
  const [report] = JSON.parse(pack.output.slice(pack.output.indexOf('['), pack.output.lastIndexOf(']') + 1)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(work, report!.filename);
  packed = report!.files.map((file) => file.path);

  site = join(work, 'acme');
  const init = sh(
    process.execPath,
    [
      join(PROJECT_ROOT, 'bin/roadlog.mjs'),
      'init',
      site,
      '--title',
      'Acme Roadmap',
      '--url',
      'https://roadmap.acme.example',
      '--areas',
      'Billing,Mobile app',
    ],
    work,
  );
  expect(init.code, init.output).toBe(0);
  // A request, an item and a release, so the site has pages to search.
  writeFileSync(
    join(site, 'content/feedback/invoice-export.md'),
    '---\ntitle: Export invoices as PDF\nsubmitted: 2026-05-07\nvotes: 4\nareas: [billing]\nroadmap: pdf-invoices\n---\nOur accountant needs PDFs.\n',
  );
  writeFileSync(
    join(site, 'content/roadmap/pdf-invoices.md'),
    '---\ntitle: PDF invoices\nstatus: now\nareas: [billing]\n---\nInvoices as PDF files.\n',
  );
  writeFileSync(
    join(site, 'content/changelog/v1-0.md'),
    '---\ntitle: "1.0"\ndate: 2026-06-01\nversion: 1.0.0\nchanges: [new]\n---\nThe first release.\n',
  );
  const install = sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], site);
  expect(install.code, install.output).toBe(0);
}, 600_000);

describe('the published package', () => {
  it('ships the integration, the loader, the compiled command and a licence, and no demo content, tests or bench', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'bin/roadlog.mjs',
        'compiled/cli/main.js',
        'src/integration/index.ts',
        'src/loader/index.ts',
      ]),
    );
    expect(packed.filter((path) => /^(content|test|scripts|\.ci)\//.test(path) || path.includes('fixtures'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(site, 'node_modules/roadlog/package.json'), 'utf8')) as {
      private?: boolean;
      license: string;
      peerDependencies: Record<string, string>;
    };
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe('MIT');
    expect(Object.keys(manifest.peerDependencies)).toEqual(['astro']);
  });

  it('builds a site made by roadlog init with npm run build and with astro build alike, search included', () => {
    const viaNpm = sh('npm', ['run', 'build'], site);
    expect(viaNpm.code, viaNpm.output).toBe(0);
    expect(viaNpm.output).not.toMatch(/\[WARN\]/);
    renameSync(join(site, 'dist'), join(site, 'dist-npm'));
    const viaAstro = sh(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], site);
    expect(viaAstro.code, viaAstro.output).toBe(0);

    const npmFiles = files(join(site, 'dist-npm'));
    const astroFiles = files(join(site, 'dist'));
    expect([...astroFiles.keys()].sort()).toEqual([...npmFiles.keys()].sort());
    for (const [path, bytes] of npmFiles) expect(astroFiles.get(path)?.equals(bytes), path).toBe(true);

    for (const page of [
      'index.html',
      'roadmap/index.html',
      'feedback/invoice-export/index.html',
      'roadmap/pdf-invoices/index.html',
      'changelog/v1-0/index.html',
      'areas/mobile-app/index.html',
      'api/v1/feedback.json',
      'changelog/rss.xml',
      'sitemap.xml',
    ]) {
      expect(npmFiles.has(page), page).toBe(true);
    }
    expect(npmFiles.get('feedback/invoice-export/index.html')!.toString()).toContain('PDF invoices');
    const entry = JSON.parse(npmFiles.get('pagefind/pagefind-entry.json')!.toString()) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(3);
    // Drafts are never published.
    expect([...npmFiles.keys()].filter((path) => path.includes('example'))).toEqual([]);
  });

  it('checks the site with npx roadlog validate, naming the file and line of a mistake', () => {
    const draft = join(site, 'content/feedback/typo.md');
    cpSync(join(site, 'content/feedback/invoice-export.md'), draft);
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('votes: 4', 'vots: 4'));
    const run = sh('npx', ['roadlog', 'validate'], site);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/content\/feedback\/typo\.md:4:1 {2}error {2}unknown field "vots"/);
    expect(run.output).toContain('did you mean "votes"?');
    const json = sh('npx', ['roadlog', 'validate', '--format', 'json'], site);
    expect((JSON.parse(json.output.trim().split('\n\n')[0]!) as { errors: number }).errors).toBe(1);
  });
});
