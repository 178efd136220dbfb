import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * @astrojs/sitemap names its index `sitemap-index.xml`; crawlers and people look
 * for `sitemap.xml` first, and the spec promises that address. A sitemap index
 * may live at any URL, so the same file is published under both names.
 * List this integration after sitemap(): hooks run in the order of the list.
 */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'roadlog:sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          await copyFile(`${out}/sitemap-index.xml`, `${out}/sitemap.xml`);
        } catch {
          logger.warn('sitemap-index.xml is missing, so sitemap.xml was not written');
        }
      },
    },
  };
}
