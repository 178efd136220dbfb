import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { bodyPipeline } from '../../src/core/markdown/pipeline.ts';

/** Renders a Markdown body as the site does: Astro's Sätteri processor with the options astro.config.mjs gives it. */
export async function bodyRenderer(base = '/') {
  const processor = await createSatteriMarkdownProcessor({ ...bodyPipeline({ base: () => base }), syntaxHighlight: false });
  return async (markdown: string) => (await processor.render(markdown)).code;
}
