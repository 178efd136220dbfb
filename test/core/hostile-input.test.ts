import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/core/load/load-collection.ts';
import { parseSiteConfig } from '../../src/core/load/site-config.ts';
import { maskCodeSpans } from '../../src/core/markdown/prose-lines.ts';
import { imagePaths } from '../../src/core/validate/body-images.ts';
import { formatGithub, formatText } from '../../src/core/validate/format.ts';
import { validateProject } from '../../src/core/validate/project.ts';
import { tinyPng } from '../helpers/images.ts';
import { bodyRenderer } from '../helpers/markdown.ts';

const SITE = 'title: T\ndescription: D\nurl: https://t.example\nintake:\n  - label: L\n    url: https://t.example/new\n';

/** A PNG header that claims 100,000 × 100,000 pixels. */
function hugePng(): Buffer {
  const png = tinyPng();
  png.writeUInt32BE(100_000, 16);
  png.writeUInt32BE(100_000, 20);
  return png;
}

/** Nine levels of lists of aliases: billions of values once expanded. */
function aliasBomb(field: string): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `---\ntitle: Bomb\nsubmitted: 2026-01-01\n${levels.join('\n')}\n${field}: *i\n---\nBody.\n`;
}

describe('YAML aliases', () => {
  it('are refused in frontmatter at their line, without expanding them', { timeout: 20_000 }, () => {
    for (const field of ['title', 'areas']) {
      const result = parseEntry('feedback', 'bomb', 'feedback/bomb.md', aliasBomb(field));
      expect(result.problems).toMatchObject([{ code: 'yaml-alias', file: 'feedback/bomb.md', line: 5 }]);
      expect(result.problems[0]!.message.length).toBeLessThan(200);
    }
  });

  it('are refused in site.yaml too', () => {
    const result = parseSiteConfig(`${SITE}areas: &x [a]\nother: *x\n`, 'site.yaml');
    expect(result.problems).toMatchObject([{ code: 'yaml-alias', line: 8, column: 8 }]);
  });

  it('with an unknown tag are reported at the tag', () => {
    const result = parseEntry('feedback', 'tag', 'feedback/tag.md', '---\ntitle: T\nsubmitted: 2026-01-01\nareas: !custom [a]\n---\n');
    expect(result.problems).toMatchObject([{ code: 'yaml-syntax', line: 4, column: 8, message: expect.stringContaining('YAML tag') }]);
  });

  it('with a standard tag Roadlog does not read (!!binary) are reported at the tag', () => {
    const result = parseEntry(
      'feedback',
      'binary',
      'feedback/binary.md',
      '---\ntitle: T\nauthor: !!binary aGVsbG8=\nsubmitted: 2026-01-01\n---\n',
    );
    expect(result.problems).toMatchObject([{ code: 'yaml-syntax', line: 3, column: 9, message: expect.stringContaining('YAML tag') }]);
  });

  it('leave an asterisk in a quoted or plain value alone', () => {
    const result = parseEntry('feedback', 'star', 'feedback/star.md', '---\ntitle: "*bold* idea" and * more\nsubmitted: 2026-01-01\n---\n');
    expect(result.problems.map((problem) => problem.code)).not.toContain('yaml-alias');
  });
});

describe('scans over customer text', () => {
  it('mask code spans in linear time, as CommonMark pairs them', { timeout: 20_000 }, () => {
    expect(maskCodeSpans('a `b` c ``d`e`` f `g')).toBe('a     c         f `g');
    expect(maskCodeSpans('``a` `b``')).toBe('         ');
    // Took minutes with the old regex.
    const line = '`a` ``b'.repeat(20_000);
    expect(maskCodeSpans(line)).toHaveLength(line.length);
  });

  it('find image paths in linear time', { timeout: 20_000 }, () => {
    expect(imagePaths('A ![chart](chart.png) and ![b]( <my file.png> "t") ![c](d)')).toMatchObject([
      { path: 'chart.png', column: 12 },
      { path: 'my file.png', column: 34 },
      { path: 'd', column: 57 },
    ]);
    expect(imagePaths('![![x](y)')).toEqual([{ path: 'y', column: 8, start: 0 }]);
    // Each took minutes with the old regex.
    expect(imagePaths('![['.repeat(400_000))).toEqual([]);
    expect(imagePaths(`${'!['.repeat(200_000)}](   `)).toEqual([]);
    expect(imagePaths('![a](< '.repeat(100_000))).toHaveLength(100_000);
  });
});

describe('files that are not what they seem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadlog-hostile-'));
  const outside = mkdtempSync(join(tmpdir(), 'roadlog-outside-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  mkdirSync(join(dir, 'feedback'));
  writeFileSync(join(dir, 'site.yaml'), SITE);
  const put = (name: string, content: string) => writeFileSync(join(dir, 'feedback', name), content);
  const entry = (body: string) => `---\ntitle: T\nsubmitted: 2026-01-01\n---\n${body}\n`;
  writeFileSync(join(outside, 'secret.md'), entry('Secret.'));
  writeFileSync(join(outside, 'evil.png'), 'not an image');
  execFileSync('mkfifo', [join(dir, 'feedback', 'pipe.md')]);
  symlinkSync(join(outside, 'secret.md'), join(dir, 'feedback', 'linked.md'));
  symlinkSync(join(outside, 'evil.png'), join(dir, 'feedback', 'evil.png'));
  put('inside.md', entry('Fine.'));
  symlinkSync(join(dir, 'feedback', 'inside.md'), join(dir, 'feedback', 'alias-inside.md'));
  writeFileSync(join(dir, 'feedback', 'chart.png'), tinyPng());
  writeFileSync(join(dir, 'feedback', 'photo.jpg'), tinyPng());
  writeFileSync(join(dir, 'feedback', 'huge.png'), hugePng());
  put('text.png', 'just text');
  put('notes.txt', 'text');
  put('script.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
  put('handler.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect onclick="alert(1)"/></svg>');
  put('clean.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>');
  put(
    'images.md',
    entry('![a](chart.png?v=2) ![b](chart.png#small)\n![c](../../../../../etc/passwd.png)\n![d](evil.png)\n![e](chart.png)'),
  );
  put(
    'references.md',
    entry('![a][c] ![c] ![b][] and ![d](chart.png) [c]\n\n[c]: chart.png\n[B]: <chart.png>\n[r]: https://x.example/r.png\n![r]'),
  );
  put(
    'files.md',
    entry('![a](text.png)\n![b](photo.jpg)\n![c](huge.png)\n![d](notes.txt)\n![e](script.svg)\n![f](handler.svg)\n![g](clean.svg)'),
  );
  const result = validateProject({ root: dir, content: '.' }, { today: '2026-11-24' });
  const find = (name: string) => result.problems.filter((problem) => problem.file === `feedback/${name}`);

  it('skips a named pipe with a warning instead of blocking on it', () => {
    expect(find('pipe.md')).toMatchObject([{ code: 'not-a-file', severity: 'warning' }]);
  });

  it('refuses a site.yaml that is a named pipe instead of blocking on it', () => {
    const fifo = mkdtempSync(join(tmpdir(), 'roadlog-fifo-'));
    try {
      execFileSync('mkfifo', [join(fifo, 'site.yaml')]);
      expect(validateProject({ root: fifo, content: '.' }).problems).toMatchObject([{ code: 'unreadable-file', file: 'site.yaml' }]);
    } finally {
      rmSync(fifo, { recursive: true, force: true });
    }
  });

  it('refuses an entry that is a symlink out of the content folder, and reads one that stays in it', () => {
    expect(find('linked.md')).toMatchObject([{ code: 'outside-content', severity: 'error' }]);
    expect(find('alias-inside.md')).toEqual([]);
  });

  it('refuses image paths with a query or fragment, and images that leave the content folder', () => {
    expect(find('images.md')).toMatchObject([
      { code: 'image-suffix', line: 5, column: 6 },
      { code: 'image-suffix', line: 5, column: 26 },
      { code: 'image-outside-content', line: 6, column: 6 },
      { code: 'image-outside-content', line: 7, column: 6 },
    ]);
  });

  it('refuses reference-style images of local files, which the build leaves unresolved', () => {
    expect(find('references.md')).toMatchObject([
      { code: 'reference-image', line: 5, column: 1, found: 'chart.png' },
      { code: 'reference-image', line: 5, column: 9 },
      { code: 'reference-image', line: 5, column: 14 },
    ]);
  });

  it('refuses images that are not what their name says, too large, or scripted', () => {
    expect(find('files.md')).toMatchObject([
      { code: 'invalid-image', line: 5, message: 'image "text.png" is not a PNG file' },
      {
        code: 'invalid-image',
        line: 6,
        message: 'image "photo.jpg" is not a JPG file (it holds a PNG image)',
        hint: 'rename it to end in .png',
      },
      { code: 'image-too-large', line: 7 },
      { code: 'invalid-image', line: 8 },
      { code: 'unsafe-svg', line: 9 },
      { code: 'unsafe-svg', line: 10 },
    ]);
  });
});

describe('links in raw HTML', () => {
  it('that a browser resolves to another host are marked as leaving the site', async () => {
    const render = await bodyRenderer();
    const html = await render(
      '<a href="/\\evil.example/a">a</a> <a href=" //evil.example/c">c</a> <a href="https:/\\evil.example/d">d</a> <a href="/roadmap/">site</a> <a href="../x/">up</a>',
    );
    for (const text of ['a', 'c', 'd']) expect(html).toMatch(new RegExp(`rel="noopener noreferrer"[^>]*>${text}<`));
    expect(html).toMatch(/href="\/roadmap\/">site</);
    expect(html).toMatch(/href="..\/x\/">up</);
  });
});

describe('the site configuration', () => {
  const check = (extra: string) => parseSiteConfig(`${SITE}${extra}`, 'site.yaml').problems.map((problem) => problem.message);

  it('refuses a base path that climbs, a url with a path, a language Intl refuses, a logo that leaves public/', () => {
    expect(check('base: /../\n')).toEqual([expect.stringContaining('without "." or ".." parts')]);
    expect(parseSiteConfig(SITE.replace('https://t.example', 'https://t.example/roadmap/'), 'site.yaml').problems).toMatchObject([
      { line: 3, message: expect.stringContaining('a path goes in `base`') },
    ]);
    expect(check('language: en-12\n')).toEqual([expect.stringContaining('a language tag that browsers know')]);
    expect(check('logo: ../../../etc/passwd\n')).toHaveLength(1);
    expect(check('logo: /../../etc/passwd\n')).toHaveLength(1);
    expect(check('logo: /logo.svg\nlanguage: de-CH\nbase: /roadmap/\n')).toEqual([]);
    expect(check('logo: https://cdn.example/logo.svg\n')).toEqual([]);
  });

  it('with allowMdx: false refuses MDX releases and leaves them out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadlog-mdx-'));
    try {
      mkdirSync(join(dir, 'changelog'));
      writeFileSync(join(dir, 'site.yaml'), `${SITE}allowMdx: false\n`);
      writeFileSync(join(dir, 'changelog', 'v1.mdx'), '---\ntitle: One\ndate: 2026-01-01\n---\nimport x from "node:child_process";\n');
      writeFileSync(join(dir, 'changelog', 'v2.md'), '---\ntitle: Two\ndate: 2026-01-02\n---\nPlain.\n');
      const result = validateProject({ root: dir, content: '.' }, { today: '2026-11-24' });
      expect(result.problems).toMatchObject([{ code: 'mdx-not-allowed', file: 'changelog/v1.mdx', line: 1 }]);
      expect(result.corpus.changelog.map((entry) => entry.id)).toEqual(['v2']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('values that would change on the way to the page', () => {
  const problems = (frontmatter: string) =>
    parseEntry('feedback', 'x', 'feedback/x.md', `---\n${frontmatter}\n---\nBody.\n`).problems.map(({ code, line, column }) => ({
      code,
      line,
      column,
    }));

  it('refuses years before 1000, which would be shown as 1900-1999', () => {
    expect(problems('title: Old\nsubmitted: 0026-05-01')).toEqual([{ code: 'invalid-year', line: 3, column: 12 }]);
    expect(problems('title: Old\nsubmitted: 1026-05-01')).toEqual([]);
  });

  it('refuses control characters written as YAML escapes in one-line fields', () => {
    expect(problems('title: "Bell\\x07"\nsubmitted: 2026-05-01')).toEqual([{ code: 'control-character', line: 2, column: 8 }]);
    expect(problems('title: "Nul\\0"\nsubmitted: 2026-05-01\nauthor: "\\e[2J"')).toMatchObject([
      { code: 'control-character', line: 2 },
      { code: 'control-character', line: 4 },
    ]);
  });
});

describe('validate output', () => {
  it('shows control characters from content escaped, in text and GitHub formats', () => {
    const problem = {
      severity: 'error' as const,
      code: 'unknown-field',
      file: 'feedback/x\u001b]0;pwned\u0007.md',
      line: 2,
      column: 1,
      message: 'field "\u001b[2J" is not known',
      found: '\u202eevil',
    };
    for (const output of [formatText([problem], { sourceLine: () => 'a \u001b[31mred\u001b[0m line' }), formatGithub([problem])]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(output).toContain('\\u001b[2J');
    }
  });
});
