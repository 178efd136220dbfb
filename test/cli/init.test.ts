import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/core/load/site-config.ts';
import { TMP } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';
import { runScript } from '../helpers/run.ts';

const folder = (name: string) => {
  mkdirSync(TMP, { recursive: true });
  return join(mkdtempSync(join(TMP, 'init-')), name);
};

/** Every file below a folder, by relative path. */
function files(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return found;
}

const FLAGS = ['--title', 'Acme Roadmap', '--url', 'https://roadmap.acme.example', '--areas', 'Billing,Mobile app'];

describe('roadlog init', () => {
  it('writes a small site whose settings validate, with a draft of each kind of entry', () => {
    const target = folder('acme');
    const run = runScript('bin/roadlog.mjs', ['init', target, ...FLAGS]);
    expect(run.code, run.stderr).toBe(0);
    const written = files(target);
    expect([...written.keys()].sort()).toEqual([
      '.github/workflows/deploy.yml',
      '.github/workflows/validate.yml',
      '.gitignore',
      'README.md',
      'astro.config.mjs',
      'content/changelog/_example.md',
      'content/feedback/_example.md',
      'content/roadmap/_example.md',
      'content/site.yaml',
      'package.json',
      'src/content.config.ts',
      'tsconfig.json',
    ]);
    const site = parseSiteConfig(written.get('content/site.yaml')!, 'content/site.yaml');
    expect(site.problems).toEqual([]);
    expect(site.config).toMatchObject({
      title: 'Acme Roadmap',
      url: 'https://roadmap.acme.example',
      areas: [
        { id: 'billing', label: 'Billing' },
        { id: 'mobile-app', label: 'Mobile app' },
      ],
    });
    expect(written.get('astro.config.mjs')).toContain('integrations: [roadlog()]');
    const manifest = JSON.parse(written.get('package.json')!) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['astro', 'roadlog']);
    expect(manifest.scripts).toMatchObject({ build: 'astro build', validate: 'roadlog validate', new: 'roadlog new' });
    // The site starts with the same workflows as Roadlog's own demo.
    expect(written.get('.github/workflows/deploy.yml')).toBe(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8'));
    expect(run.stdout).toContain('npm install');
  });

  it('refuses a folder that is not empty, exits non-zero and writes nothing', () => {
    const target = folder('taken');
    mkdirSync(target);
    writeFileSync(join(target, 'notes.txt'), 'mine');
    const run = runScript('bin/roadlog.mjs', ['init', target, ...FLAGS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not an empty folder: nothing was written');
    expect([...files(target).keys()]).toEqual(['notes.txt']);
  });

  it('refuses settings that would not validate, naming the problem, and writes nothing', () => {
    const target = folder('bad-url');
    const run = runScript('bin/roadlog.mjs', ['init', target, '--url', 'roadmap.acme.example']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/url/);
    expect(run.stderr).toContain('Nothing was written');
    expect(existsSync(target)).toBe(false);
  });

  it('asks for each setting in a terminal, and the answers make the same site as the flags', () => {
    const byFlags = folder('acme');
    expect(runScript('bin/roadlog.mjs', ['init', byFlags, ...FLAGS]).code).toBe(0);
    const byPrompts = folder('acme');
    // `script` gives the command a terminal; empty answers keep the defaults shown in brackets.
    const answers = ['Acme Roadmap', '', 'https://roadmap.acme.example', '', '', 'Billing,Mobile app', ''].join('\n');
    const command = `${JSON.stringify(process.execPath)} bin/roadlog.mjs init ${JSON.stringify(byPrompts)}`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, input: `${answers}\n`, encoding: 'utf8' });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('Site title (Acme Roadmap)');
    expect(run.stdout).toContain('Parts of the product, comma-separated');
    const a = files(byFlags);
    const b = files(byPrompts);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });
});
