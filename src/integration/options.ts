import { z } from 'zod';
import { error, type Problem } from '../core/problems.ts';
import { closest } from '../core/suggest.ts';

/**
 * Pages Astro renders at once: rendering one overlaps writing the others (BENCHMARKS.md has the effect).
 * `ROADLOG_BUILD_CONCURRENCY` overrides it.
 */
export const PAGE_CONCURRENCY = 4;

/** What a site may set in `roadlog({ ... })`. Everything about the content itself lives in `content/site.yaml`. */
export const optionsSchema = z.strictObject({
  /**
   * The content folder, relative to the project root: `site.yaml` and the
   * `feedback/`, `roadmap/` and `changelog/` folders. `ROADLOG_CONTENT`
   * overrides it (tests, benchmarks).
   * @default 'content'
   */
  content: z.string().trim().min(1, { error: 'give a folder, such as "content"' }).default('content'),
  /**
   * Stylesheets added after Roadlog's own, to restyle the site without
   * forking it: paths relative to the project root (`./src/styles/brand.css`)
   * or package specifiers. The custom properties Roadlog's styles read are
   * listed in the README; they are the stable part.
   * @default []
   */
  customCss: z.array(z.string().trim().min(1)).default([]),
  /**
   * Build the Pagefind search index after each build.
   * @default true
   */
  search: z.boolean().default(true),
});

export type RoadlogOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;

/** The options, checked like content: every mistake at once, each with what was expected and a hint. */
export function parseOptions(input: unknown): { options?: ResolvedOptions; problems: Problem[] } {
  const result = optionsSchema.safeParse(input ?? {});
  if (result.success) return { options: result.data, problems: [] };
  const known = Object.keys(optionsSchema.shape);
  return {
    problems: result.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) =>
          error({
            code: 'unknown-option',
            file: 'astro.config.mjs',
            message: `roadlog(): unknown option "${key}"`,
            expected: `one of ${known.join(', ')}`,
            found: key,
            hint: closest(key, known) ? `did you mean "${closest(key, known)}"?` : 'remove it; site settings belong in content/site.yaml',
          }),
        );
      }
      const field = issue.path.join('.') || 'the options';
      return [
        error({
          code: 'invalid-option',
          file: 'astro.config.mjs',
          message: `roadlog(): \`${field}\` ${/^[A-Z]/.test(issue.message) ? 'is not valid' : issue.message}`,
          expected:
            field === 'customCss' || field.startsWith('customCss.')
              ? 'a list of stylesheet paths'
              : field === 'search'
                ? 'true or false'
                : 'a folder path',
        }),
      ];
    }),
  };
}
