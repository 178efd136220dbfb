import { relative, resolve, sep } from 'node:path';
import { isInside, pathKind, realPath } from '../load/inside.ts';
import { createLocator } from '../load/locator.ts';
import type { ProjectRead } from '../load/project.ts';
import { displayPath, readSource } from '../load/read-source.ts';
import { SITE_CONFIG_FILE } from '../load/site-config.ts';
import { error, type Position, type Problem } from '../problems.ts';

/** Astro's default public folder, relative to the project root. */
export const DEFAULT_PUBLIC_DIR = 'public';

/**
 * A logo written as a site path (`/logo.svg`) is a file the build copies from
 * the public folder: when it is not there, or is a folder, every page shows a
 * broken image. A full URL is the host's to serve and is not checked.
 */
export function checkLogo(project: ProjectRead): Problem[] {
  const logo = project.config?.logo;
  if (logo === undefined || !logo.startsWith('/')) return [];
  const publicDir = resolve(project.paths.root, project.paths.publicDir ?? DEFAULT_PUBLIC_DIR);
  const absolute = resolve(publicDir, `.${safeDecode(logo)}`);
  const boundary = realPath(publicDir) ?? publicDir;
  const kind = isInside(publicDir, absolute) ? pathKind(absolute, boundary) : 'outside';
  if (kind === 'file') return [];
  const file = displayPath(project.display, SITE_CONFIG_FILE);
  const position = logoPosition(resolve(project.contentDir, SITE_CONFIG_FILE), file);
  const what =
    kind === 'directory' ? 'is a folder in public/, not a file' : kind === 'outside' ? 'leads outside public/' : 'is not in public/';
  return [
    error({
      code: 'missing-logo',
      file,
      ...position,
      message: `logo "${logo}" ${what}: every page would show a broken image`,
      found: logo,
      expected: `a file at ${relative(project.paths.root, absolute).split(sep).join('/')}`,
      hint: 'put the file in public/ or change `logo` (a full https:// address works too)',
    }),
  ];
}

/** Where the value of `logo` sits in site.yaml, read again only when there is a problem to point at. */
function logoPosition(siteFile: string, display: string): Position {
  const start = { line: 1, column: 1 };
  const source = readSource(siteFile, display);
  return source.ok ? createLocator(source.text, 1, start)(['logo']) : start;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
