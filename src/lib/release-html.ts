import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import type { ReleaseHtml } from '../core/feeds/feed.ts';
import { resolveReferenceMarkers } from '../core/markdown/references.ts';
import { referenceResolver } from '../core/view/references.ts';
import { getSiteModel } from './model.ts';

let cached: Promise<ReleaseHtml> | undefined;

/** The attribute Astro's Markdown pipeline puts on an image it will optimize when the entry renders. */
const LOCAL_IMAGE_PLACEHOLDER = /__astro_image_/i;

async function load(): Promise<ReleaseHtml> {
  const html = new Map<string, string>();
  // `[[kind:id]]` references become links with the target's live title and status here, as on the
  // pages, so feeds and the API never carry the unresolved markers.
  const resolve = referenceResolver(await getSiteModel());
  let container: AstroContainer | undefined;
  for (const entry of await getCollection('changelog')) {
    // Markdown entries arrive rendered, unless they hold an image next to their file: Astro leaves a
    // placeholder for it that only rendering the entry turns into the optimized image. MDX compiles to
    // a component. Both are rendered here the way the release page renders them.
    if (entry.rendered && !LOCAL_IMAGE_PLACEHOLDER.test(entry.rendered.html)) {
      html.set(entry.id, resolveReferenceMarkers(entry.rendered.html, resolve));
      continue;
    }
    container ??= await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
    const { Content } = await render(entry);
    html.set(entry.id, resolveReferenceMarkers(await container.renderToString(Content), resolve));
  }
  return html;
}

/** The HTML of every release's notes, for feeds and the API: rendered once per build. */
export function getReleaseHtml(): Promise<ReleaseHtml> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
