import { join, resolve, sep } from 'node:path';
import { SITE_CONFIG_FILE } from '../core/load/site-config.ts';
import { formatText } from '../core/validate/format.ts';
import { validateProject, type ProjectPaths } from '../core/validate/project.ts';
import { devState } from './dev-state.ts';

export interface DevValidator {
  /** Validates again; returns the report to print when the problems changed, else undefined. */
  revalidate: () => string | undefined;
  /** True for a path inside the content folder, site.yaml aside (an edit to it restarts the server). */
  watches: (path: string) => boolean;
}

/**
 * Keeps validation running while `astro dev` serves: after each change in
 * the content folder the whole project is checked again (it is fast), the
 * problems go to the dev panel, and the terminal gets the same text report
 * as `npm run validate`, only when something changed.
 */
export function createDevValidator(
  paths: ProjectPaths,
  options: { color?: boolean; sourceLine?: (file: string, line: number) => string | undefined } = {},
): DevValidator {
  const contentDir = resolve(paths.root, paths.content);
  const siteFile = join(contentDir, SITE_CONFIG_FILE);
  let last = formatText(devState().problems);
  return {
    watches: (path) => resolve(path) !== siteFile && (resolve(path) === contentDir || resolve(path).startsWith(contentDir + sep)),
    revalidate: () => {
      const result = validateProject(paths);
      const state = devState();
      state.problems = result.problems;
      if (result.config) state.lastGoodConfig = result.config;
      const plain = formatText(result.problems);
      if (plain === last) return undefined;
      last = plain;
      return result.problems.length === 0
        ? 'Roadlog: the content is valid again.\n'
        : `Roadlog: content problems (the dev server keeps running):\n\n${formatText(result.problems, options)}`;
    },
  };
}
