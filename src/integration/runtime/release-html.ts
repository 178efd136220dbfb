import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { readFileSync } from 'node:fs';
import type { ReleaseHtml } from '../../core/feeds/feed.ts';
import { formatText } from '../../core/validate/format.ts';
import { mdxRenderProblem } from '../../core/validate/mdx-syntax.ts';
import { isDevServer } from '../dev-state.ts';
import { resolveReferenceMarkers } from '../../core/markdown/references.ts';
import { referenceResolver } from '../../core/view/references.ts';
import { getPublishedCollection, getSiteModel } from './model.ts';

let cached: Promise<ReleaseHtml> | undefined;

/** The attribute Astro's Markdown pipeline puts on an image it will optimize when the entry renders. */
const LOCAL_IMAGE_PLACEHOLDER = /__astro_image_/i;

async function load(): Promise<ReleaseHtml> {
  const html = new Map<string, string>();
  // `[[kind:id]]` references become links with the target's live title and status here, as on the
  // pages, so feeds and the API never carry the unresolved markers.
  const resolve = referenceResolver(await getSiteModel());
  let container: AstroContainer | undefined;
  for (const entry of await getPublishedCollection('changelog')) {
    // Markdown entries arrive rendered, unless they hold an image next to their file: Astro leaves a
    // placeholder for it that only rendering the entry turns into the optimized image. MDX compiles to
    // a component. Both are rendered here the way the release page renders them.
    if (entry.rendered && !LOCAL_IMAGE_PLACEHOLDER.test(entry.rendered.html)) {
      html.set(entry.id, resolveReferenceMarkers(entry.rendered.html, resolve));
      continue;
    }
    container ??= await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
    try {
      const { Content } = await render(entry);
      html.set(entry.id, resolveReferenceMarkers(await container.renderToString(Content), resolve));
    } catch (cause) {
      stopOnRenderFailure(entry.filePath ?? `changelog/${entry.id}`, cause);
    }
  }
  return html;
}

/**
 * An MDX release that fails as it renders is a content mistake: the build
 * stops with a Roadlog message (file, line, what to do) instead of a stack
 * trace. In dev the error goes to Astro's overlay, and the server keeps running.
 */
function stopOnRenderFailure(filePath: string, cause: unknown): never {
  let source: string | undefined;
  try {
    source = readFileSync(filePath, 'utf8');
  } catch {
    source = undefined;
  }
  const problem = mdxRenderProblem(filePath, source, cause);
  if (isDevServer()) throw new Error(formatText([problem]));
  process.stderr.write(`\n${formatText([problem], { sourceLine: (_file, line) => source?.split('\n')[line - 1] })}\n`);
  process.exit(1);
}

/** The HTML of every release's notes, for feeds, the API and the release pages: rendered once per build. */
export function getReleaseHtml(): Promise<ReleaseHtml> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
