import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/integration/options.ts';
import { ASTRO, buildSite, copyFixture, TMP } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

/** An astro.config.mjs of its own for one build: roadlog() with these options, and more Astro settings (as source text). */
function configWith(options: string, astroSettings = ''): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'config-'));
  const file = join(dir, 'astro.config.mjs');
  const integration = join(PROJECT_ROOT, 'src/integration/index.ts');
  writeFileSync(
    file,
    `import { defineConfig } from 'astro/config';\nimport roadlog from ${JSON.stringify(integration)};\nexport default defineConfig({ ${astroSettings}integrations: [roadlog(${options})] });\n`,
  );
  // Astro joins --config to the project root: give it a relative path.
  return relative(PROJECT_ROOT, file);
}

describe('roadlog() options', () => {
  it('are checked like content: an unknown option gets a did-you-mean, a wrong value says what was expected', () => {
    expect(parseOptions({ contnet: 'docs' }).problems.map((problem) => [problem.code, problem.hint])).toEqual([
      ['unknown-option', 'did you mean "content"?'],
    ]);
    expect(parseOptions({ customCss: './brand.css' }).problems.map((problem) => [problem.code, problem.expected])).toEqual([
      ['invalid-option', 'a list of stylesheet paths'],
    ]);
    expect(parseOptions(undefined)).toEqual({ options: { content: 'content', customCss: [], search: true }, problems: [] });
  });

  it('stop the build with the problem and no stack trace', () => {
    const content = copyFixture('basic');
    const build = buildSite(content, 'bad-options', {}, { steps: [[ASTRO, 'build', '--config', configWith("{ contnet: 'docs' }")]] });
    expect(build.code).toBe(2);
    expect(build.output).toMatch(/astro\.config\.mjs {2}error {2}roadlog\(\): unknown option "contnet"/);
    expect(build.output).toContain('did you mean "content"?');
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("look for the logo in Astro's publicDir, and stop the build when it is not there", () => {
    const content = copyFixture('basic');
    const publicDir = mkdtempSync(join(TMP, 'public-'));
    const settings = `publicDir: ${JSON.stringify(publicDir)}, `;
    const build = buildSite(content, 'logo-public-dir', {}, { steps: [[ASTRO, 'build', '--config', configWith('', settings)]] });
    expect(build.code).toBe(1);
    expect(build.output).toMatch(/site\.yaml:19:7 {2}error {2}logo "\/logo\.svg" is not in public\/.*\(missing-logo\)/);
    expect(build.output).toContain(`expected: a file at ${relative(PROJECT_ROOT, join(publicDir, 'logo.svg'))}`);
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("add the stylesheets of customCss after Roadlog's own, and can leave the search index out", () => {
    const content = copyFixture('basic');
    const css = join(mkdtempSync(join(TMP, 'css-')), 'brand.css');
    writeFileSync(css, ':root { --radius: 3px; }\n.brand-marker-7f3 { color: rebeccapurple; }\n');
    const build = buildSite(
      content,
      'custom-css',
      {},
      { steps: [[ASTRO, 'build', '--config', configWith(`{ customCss: [${JSON.stringify(css)}], search: false }`)]] },
    );
    expect(build.code, build.output).toBe(0);
    const stylesheets = readdirSync(join(build.outDir, '_astro')).filter((name) => name.endsWith('.css'));
    const styles = stylesheets.map((name) => readFileSync(join(build.outDir, '_astro', name), 'utf8')).join('\n');
    expect(styles).toContain('.brand-marker-7f3');
    // After Roadlog's own tokens, so the site's value wins.
    expect(styles.lastIndexOf('--radius:3px')).toBeGreaterThan(styles.indexOf('--radius:'));
    expect(readdirSync(build.outDir)).not.toContain('pagefind');
  });
});
