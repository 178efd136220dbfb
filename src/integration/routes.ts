import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the pages and endpoints the integration injects: their paths are the site's URLs. */
const ROUTES = new URL('../routes/', import.meta.url);

export interface InjectedRoute {
  pattern: string;
  entrypoint: URL;
}

/**
 * Every page and endpoint of a Roadlog site, from the routes folder laid out
 * as Astro lays out `src/pages/`: `feedback/[id].astro` serves
 * `/feedback/<id>/`, `index.astro` its folder. A new file there is a new
 * route, written once.
 */
export function roadlogRoutes(): InjectedRoute[] {
  const folder = fileURLToPath(ROUTES);
  return listFiles(folder)
    .filter((file) => /\.(astro|ts)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => {
      const path = relative(folder, file).split(sep).join('/');
      const withoutExtension = path.replace(/\.(astro|ts)$/, '');
      const pattern = `/${withoutExtension.replace(/(^|\/)index$/, '')}`;
      return { pattern, entrypoint: new URL(path, ROUTES) };
    })
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}
