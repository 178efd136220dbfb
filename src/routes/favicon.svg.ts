import type { APIRoute } from 'astro';
import siteConfig from 'virtual:roadlog/config';
import { faviconSvg } from '../core/view/favicon.ts';

/** The site's icon, drawn in its accent colour. */
export const GET: APIRoute = () => new Response(faviconSvg(siteConfig.accent), { headers: { 'Content-Type': 'image/svg+xml' } });
