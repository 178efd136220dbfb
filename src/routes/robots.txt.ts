import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { getSiteModel } from '../integration/runtime/model.ts';
import { textResponse } from '../integration/runtime/responses.ts';

// Crawlers read robots.txt only at the root of a host: under a base path this file
// helps only when the host's own robots.txt does not exist or points here.
export const GET: APIRoute = async () => {
  const { config, links } = await getSiteModel();
  return textResponse(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config.url, links.sitemap)}\n`, 'text/plain');
};
