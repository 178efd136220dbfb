import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { entryOfFile } from '../core/collections.ts';
import { isInside } from '../core/load/inside.ts';
import { SITE_CONFIG_FILE } from '../core/load/site-config.ts';
import { DEFAULT_PUBLIC_DIR } from '../core/validate/logo.ts';
import type { Problem } from '../core/problems.ts';
import { formatText } from '../core/validate/format.ts';
import { validateProject, type ProjectPaths, type ValidationResult } from '../core/validate/project.ts';
import { createLinks } from '../core/urls.ts';
import { devState } from './dev-state.ts';

export interface DevValidation {
  /** The report to print, when the problems changed. */
  report?: string;
  /**
   * Whether open pages must reload to show the new problems. Not when the
   * change was a valid entry: the content loader stores it and Astro reloads
   * the pages itself, and a second reload would only flash the page.
   */
  reload: boolean;
}

export interface DevValidator {
  /** Validates again after a change to `changedPath`. */
  revalidate: (changedPath?: string) => DevValidation;
  /** True for a path inside the content folder, site.yaml aside (an edit to it restarts the server), or the public folder. */
  watches: (path: string) => boolean;
}

type FormatOptions = { color?: boolean; sourceLine?: (file: string, line: number) => string | undefined };

/**
 * Keeps validation running while `astro dev` serves: after each change in
 * the content folder the whole project is checked again (it is fast), the
 * problems go to the dev panel, and the terminal gets the same text report
 * as `npm run validate`, only when something changed.
 */
export function createDevValidator(paths: ProjectPaths, options: FormatOptions = {}): DevValidator {
  const contentDir = resolve(paths.root, paths.content);
  const siteFile = join(contentDir, SITE_CONFIG_FILE);
  const publicDir = resolve(paths.root, paths.publicDir ?? DEFAULT_PUBLIC_DIR);
  const inContent = (path: string) => resolve(path) !== siteFile && isInside(contentDir, resolve(path));
  return {
    // The public folder too: adding or removing the logo there changes what validation says about site.yaml.
    watches: (path) => inContent(path) || isInside(publicDir, resolve(path)),
    revalidate: (changedPath) => {
      const before = devState().problems;
      const result = validateProject(paths);
      const report = recordDevProblems(result, paths, before, options);
      if (report === undefined) return { reload: false };
      const storedByLoader =
        changedPath !== undefined &&
        inContent(changedPath) &&
        (existsSync(changedPath)
          ? isValidEntry(result, changedPath)
          : !before.some((problem) => resolve(paths.root, problem.file) === resolve(changedPath)));
      return { report, reload: !storedByLoader };
    },
  };
}

/**
 * Puts a validation's problems where the dev server shows them (the panel,
 * the pages of entries that have no valid version) and returns the text to
 * print when they differ from `before`: the problems, or that the content is
 * valid again. The same after a restart (an edit to site.yaml) as after an
 * edit to an entry.
 */
export function recordDevProblems(
  result: ValidationResult,
  paths: ProjectPaths,
  before: readonly Problem[],
  options: FormatOptions = {},
): string | undefined {
  const state = devState();
  state.problems = result.problems;
  if (result.config) state.lastGoodConfig = result.config;
  state.brokenEntries = brokenEntries(result, paths, state.lastGoodConfig?.base ?? '/');
  if (formatText(result.problems) === formatText(before)) return undefined;
  return result.problems.length === 0
    ? 'Roadlog: the content is valid again.\n'
    : `Roadlog: content problems (the dev server keeps running):\n\n${formatText(result.problems, options)}`;
}

/** The pages of entry files that fail validation on their own, with their problems. */
function brokenEntries(result: ValidationResult, paths: ProjectPaths, base: string): Record<string, { file: string; problems: Problem[] }> {
  const links = createLinks(base);
  const contentDir = resolve(paths.root, paths.content);
  const pages: Record<string, { file: string; problems: Problem[] }> = {};
  for (const problem of result.problems) {
    if (problem.severity !== 'error') continue;
    const entry = entryOfFile(relative(contentDir, resolve(paths.root, problem.file)).split(sep).join('/'));
    if (!entry || result.corpus[entry.kind].some((valid) => valid.id === entry.id)) continue;
    const page = (pages[links.entry(entry.kind, entry.id)] ??= { file: problem.file, problems: [] });
    page.problems.push(problem);
  }
  return pages;
}

function isValidEntry(result: ValidationResult, path: string): boolean {
  const absolute = resolve(path);
  return [...result.corpus.feedback, ...result.corpus.roadmap, ...result.corpus.changelog].some((entry) => entry.path === absolute);
}
