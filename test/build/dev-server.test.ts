import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, TMP } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

let server: ChildProcess;
let output = '';
let origin = '';
let content: string;
/** Every message the dev server sends to pages over its live-reload socket, with when it came. */
const messages: { at: number; type: string }[] = [];

/** Waits for a condition (the dev server reacts to file changes asynchronously); fails after `ms`. */
async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    let value: T | undefined;
    try {
      value = await check();
    } catch {
      value = undefined; // the server restarts
    }
    if (value !== undefined) return value;
    if (server.exitCode !== null) throw new Error(`the dev server stopped while waiting for ${what}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fetchPage = (path: string) => fetch(new URL(path, origin));
const page = async (path: string) => (await fetchPage(path)).text();
const write = (path: string, text: string) => writeFileSync(join(content, path), text);
const entry = (title: string, extra = '') => `---\ntitle: ${title}\nsubmitted: 2026-01-01\n${extra}---\nBody of ${title}.\n`;

/** Listens on the dev server's live-reload socket as a page does. */
async function listen(): Promise<void> {
  const client = await page('/@vite/client');
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (event) =>
    messages.push({ at: Date.now(), type: (JSON.parse(String(event.data)) as { type: string }).type }),
  );
  await new Promise((resolve) => socket.addEventListener('open', resolve));
}

/** Page reloads asked for since `since`: messages less than 100 ms apart are one reload of the page. */
function reloadsSince(since: number): number {
  const times = messages.filter((message) => message.type === 'full-reload' && message.at >= since).map((message) => message.at);
  return times.filter((time, index) => index === 0 || time - times[index - 1]! > 100).length;
}

/**
 * A project folder of its own for the dev server, sharing the repository's
 * code: Astro keeps files in the project's `.astro/` that builds running
 * beside the tests would otherwise rewrite under the server's feet.
 */
function isolatedRoot(): string {
  const root = mkdtempSync(join(TMP, 'dev-root-'));
  for (const name of ['src', 'public']) symlinkSync(join(PROJECT_ROOT, name), join(root, name));
  // Packages linked one by one, so Vite's dependency cache (node_modules/.vite) is this server's own.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) copyFileSync(join(PROJECT_ROOT, name), join(root, name));
  return root;
}

beforeAll(async () => {
  content = copyFixture('basic');
  write('feedback/typo.md', entry('Typo', 'stauts: under-reveiw\n'));
  write('feedback/broken-yaml.md', '---\ntitle: [oops\nsubmitted: 2026-01-01\n---\nBody.\n');
  // Port 0: a free port, since others run tests on this machine. --ignore-lock: a developer's own dev server
  // may be running. A cache folder of its own changes Astro's config digest, which clears the dev data store
  // (kept in the project's .astro/) of entries from other content folders.
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', '0', '--ignore-lock'], {
    cwd: isolatedRoot(),
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
  await page('/');
  await listen();
});

afterAll(() => {
  server?.kill();
});

describe('npm run dev', () => {
  it('starts although files have errors, and prints them as npm run validate does, a misspelt field and its value at once', () => {
    expect(output).toMatch(/feedback\/typo\.md:4:1 {2}error {2}unknown field "stauts"/);
    expect(output).toMatch(
      /feedback\/typo\.md:4:9 {2}error {2}`stauts` has a value that is not allowed[\s\S]*did you mean "under-review"\?/,
    );
    expect(output).toMatch(/feedback\/broken-yaml\.md:2:8 {2}error/);
    expect(output).not.toMatch(/InvalidContentEntryDataError|\n\s+at .+:\d+:\d+/);
  });

  it('shows an entry that was never valid as a page of its problems, never with made-up values', async () => {
    for (const [path, problem] of [
      ['/feedback/typo/', 'unknown field &quot;stauts&quot;'],
      ['/feedback/broken-yaml/', 'frontmatter is not valid YAML'],
    ] as const) {
      const html = await page(path);
      expect(html).toContain('This entry has errors');
      expect(html).toContain(problem);
      expect(html).not.toMatch(/has errors\)|1970|0 votes/);
    }
  });

  it('keeps showing the last valid version of a file that breaks, with the problems in a panel', async () => {
    write('feedback/typo.md', entry('Typo fixed', 'status: under-review\n'));
    await until(async () => ((await page('/feedback/typo/')).includes('Typo fixed') ? true : undefined), 'the fixed page');
    write('feedback/typo.md', '---\ntitle: [Typo broken again\n---\n');
    const html = await until(async () => {
      const text = await page('/feedback/typo/');
      return text.includes('id="roadlog-dev-problems"') && text.includes('typo.md:2:8') ? text : undefined;
    }, 'the panel on the last valid version');
    expect(html).toMatch(/<h1[^>]*>Typo fixed<\/h1>/);
    expect(html).not.toContain('This entry has errors');
  });

  it('says when the content is valid again, and the panel goes', async () => {
    write('feedback/typo.md', entry('Typo fixed twice'));
    write('feedback/broken-yaml.md', entry('"[oops]"'));
    const html = await until(async () => {
      const text = await page('/feedback/typo/');
      return text.includes('Typo fixed twice') && !text.includes('roadlog-dev-problems') ? text : undefined;
    }, 'the fixed page');
    expect(html).toMatch(/<h1[^>]*>Typo fixed twice<\/h1>/);
    expect(await page('/feedback/broken-yaml/')).toMatch(/<h1[^>]*>\[oops\]<\/h1>/);
    await until(() => (output.includes('Roadlog: the content is valid again.') ? true : undefined), 'the all-clear in the terminal');
  });

  it('reloads open pages once per save: after a valid edit, and after one that breaks the file', async () => {
    await sleep(1500);
    let since = Date.now();
    write('feedback/typo.md', entry('Typo saved once'));
    await until(async () => ((await page('/feedback/typo/')).includes('Typo saved once') ? true : undefined), 'the edit');
    await sleep(1500);
    expect(reloadsSince(since)).toBe(1);

    since = Date.now();
    write('feedback/typo.md', '---\ntitle: [broken\n---\n');
    await until(async () => ((await page('/')).includes('roadlog-dev-problems') ? true : undefined), 'the panel');
    await sleep(1500);
    expect(reloadsSince(since)).toBe(1);
    write('feedback/typo.md', entry('Typo saved once'));
  });

  it('shows a problem made while it runs, in the terminal and on pages, without stopping', async () => {
    write('feedback/faster-search.md', '---\ntitle: Faster search\nsubmitted: 2026-02-11\n---\nSee [[roadmap:dark-mod]].\n');
    await until(
      async () => ((await page('/')).includes('roadmap item &quot;dark-mod&quot; does not exist') ? true : undefined),
      'the panel',
    );
    expect(output).toMatch(/feedback\/faster-search\.md:5:5 {2}error {2}roadmap item "dark-mod" does not exist/);
    expect(server.exitCode).toBeNull();
    write('feedback/faster-search.md', '---\ntitle: Faster search\nsubmitted: 2026-02-11\n---\nFaster, please.\n');
  });

  // One retry: on a loaded machine a file added in the moment a restart renews the watchers can be missed until
  // the next restart (a known race, noted on the issue); the retry's restarts then must pick it up.
  it('keeps reading new and edited files after any number of restarts for site.yaml', { retry: 1 }, async () => {
    const site = join(content, 'site.yaml');
    const original = readFileSync(site, 'utf8');
    for (const round of [1, 2, 3]) {
      writeFileSync(site, original.replace(/^title: .*$/m, `title: Renamed Roadmap ${round}`));
      await until(async () => ((await page('/')).includes(`<title>Renamed Roadmap ${round}`) ? true : undefined), `restart ${round}`);
      write(`feedback/after-restart-${round}.md`, entry(`After restart ${round}`));
      write('feedback/typo.md', entry(`Typo after restart ${round}`));
      await until(async () => {
        const response = await fetchPage(`/feedback/after-restart-${round}/`);
        return response.status === 200 && (await response.text()).includes(`After restart ${round}`) ? true : undefined;
      }, `the new file after restart ${round}`);
      await until(
        async () => ((await page('/feedback/typo/')).includes(`Typo after restart ${round}`) ? true : undefined),
        `the edit after restart ${round}`,
      );
    }
  });

  it('says when site.yaml is valid again after a restart', async () => {
    const site = join(content, 'site.yaml');
    const original = readFileSync(site, 'utf8');
    const before = output.split('Roadlog: the content is valid again.').length;
    writeFileSync(site, original.replace(/^title: .*$/m, 'titel: Misspelt'));
    await until(() => (/site\.yaml:\d+:1 {2}error {2}unknown field "titel"/.test(output) ? true : undefined), 'the site.yaml problem');
    writeFileSync(site, original);
    await until(
      () => (output.split('Roadlog: the content is valid again.').length > before ? true : undefined),
      'the all-clear for site.yaml',
    );
  });
});
