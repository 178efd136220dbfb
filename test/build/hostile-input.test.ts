import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, textOf } from '../helpers/build.ts';
import { tinyPng } from '../helpers/images.ts';

describe('a build of hostile or broken content', () => {
  it('keeps every word of bodies that start with a thematic break or use CR-only line endings', () => {
    const content = copyFixture('basic');
    writeFileSync(
      join(content, 'feedback/ruled.md'),
      '---\ntitle: Ruled\nsubmitted: 2026-01-01\n---\n---\n\nBefore the rule.\n\n---\n\nAfter the rule.\n',
    );
    writeFileSync(join(content, 'feedback/cr-only.md'), '---\rtitle: CR only\rsubmitted: 2026-01-01\r---\rCarriage text.\r');
    writeFileSync(
      join(content, 'changelog/ruled-mdx.mdx'),
      '---\ntitle: Ruled MDX\ndate: 2026-01-03\n---\n---\n\nMDX before.\n\n---\n\nMDX after.\n',
    );
    const build = buildSite(content, 'hostile-kept');
    expect(build.code, build.output).toBe(0);
    expect(textOf(build.read('feedback/ruled/index.html'))).toMatch(/Before the rule\. After the rule\./);
    expect(textOf(build.read('feedback/cr-only/index.html'))).toContain('Carriage text.');
    expect(textOf(build.read('changelog/ruled-mdx/index.html'))).toMatch(/MDX before\. MDX after\./);
  });

  it('stops before rendering, with problems instead of stack traces, on what would crash it or leak', () => {
    const content = copyFixture('basic');
    const site = join(content, 'site.yaml');
    writeFileSync(
      site,
      readFileSync(site, 'utf8')
        .replace(/^language: .*$/m, '')
        .concat('language: en-12\n'),
    );
    writeFileSync(join(content, 'changelog/chart.png'), tinyPng());
    writeFileSync(join(content, 'changelog/text.png'), 'not a picture');
    writeFileSync(join(content, 'changelog/script.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    symlinkSync('/etc/passwd', join(content, 'changelog/passwd.png'));
    writeFileSync(
      join(content, 'changelog/images.md'),
      '---\ntitle: Images\ndate: 2026-01-03\n---\n![a][c] ![b](chart.png?v=2) ![c](text.png) ![d](script.svg) ![e](passwd.png)\n\n[c]: chart.png\n',
    );
    const build = buildSite(content, 'hostile-refused');
    expect(build.code).toBe(2);
    for (const code of ['reference-image', 'image-suffix', 'invalid-image', 'unsafe-svg', 'image-outside-content']) {
      expect(build.output).toContain(`(${code})`);
    }
    expect(build.output).toMatch(/site\.yaml:\d+:\d+ {2}error {2}.*language tag that browsers know/);
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(build.output).not.toContain('root:');
  });
});
