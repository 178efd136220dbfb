// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkReferences } from './src/core/markdown/references.ts';
import { mdxRehypePlugins, safeMarkdownRehypePlugins } from './src/core/markdown/safety.ts';
import roadlog, { siteBase } from './src/integration/index.ts';
import { sitemapAlias } from './src/integration/sitemap-alias.ts';

// `[[roadmap:id]]` cross-references, in .md and .mdx alike.
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
const remarkPlugins = [[remarkReferences, { base: siteBase }]];

// The site URL and base path come from content/site.yaml, set by the roadlog integration.
export default defineConfig({
  outDir: process.env.ROADLOG_OUT_DIR || './dist',
  cacheDir: process.env.ROADLOG_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Release notes and requests rarely carry code; highlighting would cost build time at scale.
    syntaxHighlight: false,
    // Astro 7 runs remark and rehype plugins only through the unified processor.
    processor: unified({ remarkPlugins, rehypePlugins: safeMarkdownRehypePlugins }),
  },
  integrations: [
    roadlog(),
    mdx({ processor: unified({ remarkPlugins, rehypePlugins: mdxRehypePlugins }) }),
    // sitemap-index.xml, from the site and base path that roadlog sets; then the same index as sitemap.xml.
    sitemap(),
    sitemapAlias(),
  ],
});
