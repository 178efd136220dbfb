import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/core/validate/project.ts';
import { tempContent } from '../helpers/content.ts';

const TODAY = '2026-11-24';

/** A copy of the basic fixture (`logo: /logo.svg`, with public/logo.svg beside content/), and its logo problems. */
function project() {
  const content = tempContent('basic', 'logo');
  const root = dirname(content);
  const setLogo = (logo: string) => {
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^logo: .*$/m, `logo: ${logo}`));
  };
  const logoProblems = (publicDir?: string) =>
    validateProject({ root, content: 'content', publicDir }, { today: TODAY, env: {} }).problems.filter(
      (problem) => problem.code === 'missing-logo',
    );
  return { root, setLogo, logoProblems };
}

describe('a local logo', () => {
  it('passes when it is a file in public/', () => {
    expect(project().logoProblems()).toEqual([]);
  });

  it('is reported at its line in site.yaml when public/ does not have it', () => {
    const { root, logoProblems } = project();
    rmSync(join(root, 'public/logo.svg'));
    expect(logoProblems()).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'content/site.yaml',
        line: 19,
        column: 7,
        found: '/logo.svg',
        expected: 'a file at public/logo.svg',
        hint: expect.stringContaining('put the file in public/ or change `logo`'),
      }),
    ]);
  });

  it('is reported when it names a folder', () => {
    const { root, logoProblems } = project();
    rmSync(join(root, 'public/logo.svg'));
    mkdirSync(join(root, 'public/logo.svg'));
    expect(logoProblems()).toMatchObject([{ file: 'content/site.yaml', line: 19, message: expect.stringContaining('is a folder') }]);
  });

  it('is reported when it leads outside public/, by a symlink or an encoded ".."', () => {
    const { root, setLogo, logoProblems } = project();
    writeFileSync(join(root, 'secret.svg'), '<svg/>');
    rmSync(join(root, 'public/logo.svg'));
    symlinkSync(join(root, 'secret.svg'), join(root, 'public/logo.svg'));
    expect(logoProblems()).toMatchObject([{ line: 19, message: expect.stringContaining('leads outside public/') }]);
    setLogo('/%2e%2e/secret.svg');
    expect(logoProblems()).toMatchObject([{ line: 19, message: expect.stringContaining('leads outside public/') }]);
  });

  it('is looked for in the public folder Astro uses, and by its decoded name', () => {
    const { root, setLogo, logoProblems } = project();
    renameSync(join(root, 'public'), join(root, 'static'));
    expect(logoProblems()).toHaveLength(1);
    expect(logoProblems('static')).toEqual([]);
    expect(logoProblems(join(root, 'static'))).toEqual([]);
    renameSync(join(root, 'static/logo.svg'), join(root, 'static/our logo.svg'));
    setLogo('/our%20logo.svg');
    expect(logoProblems('static')).toEqual([]);
  });
});

describe('a logo at a full address', () => {
  it('is not checked: the host serves it', () => {
    const { root, setLogo, logoProblems } = project();
    rmSync(join(root, 'public'), { recursive: true });
    setLogo('https://acme.example/logo.svg');
    expect(logoProblems()).toEqual([]);
  });
});
