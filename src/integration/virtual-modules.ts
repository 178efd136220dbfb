import { isAbsolute, resolve } from 'node:path';
import type { SiteConfig } from '../core/schema/site.ts';

/** The validated site configuration, for routes and components. */
export const CONFIG_MODULE = 'virtual:roadlog/config';
/** The site's own stylesheets (`customCss`), imported after Roadlog's. */
export const USER_CSS_MODULE = 'virtual:roadlog/user-css';

/**
 * How the integration hands what it knows to the code Vite loads (routes,
 * components, middleware): as modules generated from this build's
 * configuration, never through state shared between module instances.
 */
export function virtualModules(siteConfig: SiteConfig, customCss: readonly string[], root: string) {
  const modules: Record<string, string> = {
    [CONFIG_MODULE]: `export default ${JSON.stringify(siteConfig)};`,
    // A path is the site's file; anything else is a package specifier, resolved as an import would be.
    [USER_CSS_MODULE]: customCss
      .map((entry) => JSON.stringify(entry.startsWith('.') || isAbsolute(entry) ? resolve(root, entry) : entry))
      .map((specifier) => `import ${specifier};`)
      .join('\n'),
  };
  const resolved = new Map(Object.keys(modules).map((id) => [`\0${id}`, id]));
  return {
    name: 'roadlog:virtual-modules',
    resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
    load: (id: string) => {
      const name = resolved.get(id);
      return name === undefined ? undefined : modules[name];
    },
  };
}
