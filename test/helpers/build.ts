import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, PROJECT_ROOT } from './paths.ts';

export const TMP = join(PROJECT_ROOT, 'test/.tmp');
export const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** What `npm run build` runs (see package.json): `astro build`, which writes the search index too. */
export const BUILD_STEPS: readonly (readonly string[])[] = [[ASTRO, 'build']];

export interface Build {
  code: number | null;
  output: string;
  outDir: string;
  /** Reads a built file, such as `feedback/a/index.html`. */
  read: (path: string) => string;
}

/**
 * Builds a content folder into a fresh output folder with the real Astro
 * build, as `npm run build` does. Each build gets its own cache folder so
 * parallel test files never share Astro's data store.
 */
export function buildSite(
  contentDir: string,
  name: string,
  env: Record<string, string> = {},
  options: { cacheDir?: string; steps?: readonly (readonly string[])[] } = {},
): Build {
  mkdirSync(TMP, { recursive: true });
  const work = mkdtempSync(join(TMP, `${name}-`));
  const outDir = join(work, 'dist');
  const buildEnv = {
    ...process.env,
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ROADLOG_CONTENT: contentDir,
    ROADLOG_OUT_DIR: outDir,
    // A shared cache folder, when given, is how tests rebuild the way a second `npm run build` does.
    ROADLOG_CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
    ...env,
  };
  let output = '';
  let code: number | null = 0;
  for (const step of options.steps ?? BUILD_STEPS) {
    const result = spawnSync(process.execPath, step, { cwd: PROJECT_ROOT, encoding: 'utf8', env: buildEnv });
    output += `${result.stdout}\n${result.stderr}\n`;
    code = result.status;
    if (code !== 0) break;
  }
  return {
    code,
    output,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
  };
}

/** A private copy of a fixture's content, to change without touching the fixture. */
export function copyFixture(name: string): string {
  mkdirSync(TMP, { recursive: true });
  const target = join(mkdtempSync(join(TMP, `${name}-content-`)), 'content');
  cpSync(join(FIXTURES, name, 'content'), target, { recursive: true });
  copyPublic(join(FIXTURES, name), dirname(target));
  return target;
}

/**
 * A fixture's public folder (where its `logo` is) goes beside the copied content folder: validation
 * run with the copy's folder as root finds the logo there, as it would in a real project.
 */
export function copyPublic(fixtureDir: string, projectDir: string): void {
  const source = join(fixtureDir, 'public');
  if (existsSync(source)) cpSync(source, join(projectDir, 'public'), { recursive: true });
}

/** The text of an HTML fragment, tags removed and whitespace collapsed, as a reader sees it. */
export function textOf(html: string): string {
  return (
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      // Inline elements join their neighbours; block elements separate them.
      .replace(/<\/?(?:a|strong|em|span|time|code|abbr|b|i|kbd|small|mark|data)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A made-up built site: files by path, written into a fresh folder under test/.tmp. */
export function writeSite(name: string, files: Record<string, string>): string {
  mkdirSync(TMP, { recursive: true });
  const dist = mkdtempSync(join(TMP, `${name}-`));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}
