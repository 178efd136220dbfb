import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

let server: ChildProcess;
let output = '';
let origin = '';
let content: string;

/** Waits for a condition (the dev server reacts to file changes asynchronously); fails after `ms`. */
async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (server.exitCode !== null) throw new Error(`the dev server stopped while waiting for ${what}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const page = async (path: string) => (await fetch(new URL(path, origin))).text();

beforeAll(async () => {
  content = copyFixture('basic');
  writeFileSync(join(content, 'feedback/typo.md'), '---\ntitle: Typo\nsubmitted: 2026-01-01\nstauts: open\n---\nBody.\n');
  writeFileSync(join(content, 'feedback/broken-yaml.md'), '---\ntitle: [oops\nsubmitted: 2026-01-01\n---\nBody.\n');
  // Port 0: a free port, since others run tests on this machine. --ignore-lock: a developer's own dev server
  // may be running. A cache folder of its own changes Astro's config digest, which clears the dev data store
  // (kept in the project's .astro/) of entries from other content folders.
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', '0', '--ignore-lock'], {
    cwd: PROJECT_ROOT,
    env: {
      // As a maintainer runs it: not in Vitest's test mode, which turns off Astro's reloading.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      ROADLOG_CONTENT: content,
      ROADLOG_CACHE_DIR: join(dirname(content), 'cache'),
    },
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  origin = await until(() => /Local\s+(http:\/\/localhost:\d+)\//.exec(output)?.[1], 'the dev server to start', 90_000);
});

afterAll(() => {
  server?.kill();
});

describe('npm run dev', () => {
  it('starts although a file has errors, and prints them as npm run validate does', () => {
    expect(output).toMatch(/feedback\/typo\.md:4:1 {2}error {2}unknown field "stauts"/);
    expect(output).not.toMatch(/InvalidContentEntryDataError|\n\s+at .+:\d+:\d+/);
  });

  it('renders the broken entry from what is valid in it, with a panel that lists the problems', async () => {
    const html = await page('/feedback/typo/');
    expect(html).toMatch(/<h1[^>]*>Typo<\/h1>/);
    expect(html).toContain('id="roadlog-dev-problems"');
    expect(html).toContain('unknown field &quot;stauts&quot;');
    // Frontmatter that is not even YAML: the page stands in for the title.
    expect(await page('/feedback/broken-yaml/')).toMatch(/<h1[^>]*>broken-yaml \(has errors\)<\/h1>/);
  });

  it('validates again when content changes: the panel goes once the file is fixed, and pages show the edit', async () => {
    writeFileSync(join(content, 'feedback/typo.md'), '---\ntitle: Typo fixed\nsubmitted: 2026-01-01\nstatus: open\n---\nBody.\n');
    writeFileSync(join(content, 'feedback/broken-yaml.md'), '---\ntitle: "[oops]"\nsubmitted: 2026-01-01\n---\nBody.\n');
    const html = await until(async () => {
      const text = await page('/feedback/typo/');
      return text.includes('Typo fixed') && !text.includes('roadlog-dev-problems') ? text : undefined;
    }, 'the fixed page');
    expect(html).toMatch(/<h1[^>]*>Typo fixed<\/h1>/);
    await until(() => (output.includes('Roadlog: the content is valid again.') ? true : undefined), 'the all-clear in the terminal');
  });

  it('shows a problem made while it runs, in the terminal and on pages, without stopping', async () => {
    writeFileSync(join(content, 'feedback/faster-search.md'), '---\ntitle: Faster search\nsubmitted: 2026-02-11\n---\nSee [[roadmap:dark-mod]].\n');
    await until(async () => ((await page('/')).includes('roadmap item &quot;dark-mod&quot; does not exist') ? true : undefined), 'the panel');
    expect(output).toMatch(/feedback\/faster-search\.md:5:5 {2}error {2}roadmap item "dark-mod" does not exist/);
    expect(server.exitCode).toBeNull();
  });

  it('reloads when site.yaml changes', async () => {
    const site = join(content, 'site.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^title: .*$/m, 'title: Renamed Roadmap'));
    await until(async () => {
      try {
        return (await page('/')).includes('<title>Renamed Roadmap') ? true : undefined;
      } catch {
        return undefined; // the server restarts
      }
    }, 'the new site title');
  });
});
