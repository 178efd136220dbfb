import { z } from 'zod';
import { LABELLED_STATUSES, UI_KEYS } from '../i18n/index.ts';
import { didYouMean } from '../suggest.ts';
import { entryId, fieldsAreValid, httpUrl, oneLine } from './fields.ts';

export const areaSchema = z.strictObject({
  id: entryId,
  label: oneLine(60),
  description: z.string().trim().min(1).max(300).optional(),
});

const intakeSchema = z.strictObject({
  label: oneLine(60),
  url: z.union([httpUrl, z.string().regex(/^mailto:[^\s]+$/, { error: 'expected an http(s):// or mailto: address' })]),
  description: z.string().trim().min(1).max(200).optional(),
});

const feedsSchema = z.strictObject({
  /** How many releases each feed carries. */
  items: z.number().int().min(1).max(500).default(30),
  /** Changelog and roadmap activity feeds per declared area, besides the site's. */
  perArea: z.boolean().default(true),
});

const listsSchema = z.strictObject({
  /** Entries per page of every list (feedback, roadmap columns, changelog): pages stay small at any size. */
  pageSize: z.number().int().min(1).max(100).default(30),
  /** Cards per column on the board; each column links to its full list. */
  boardSize: z.number().int().min(1).max(50).default(8),
});

/** How `roadlog notify` digests reach a chat or a service: one message per run. */
export const WEBHOOK_FORMATS = ['slack', 'discord', 'json'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** A webhook of `roadlog notify`: its address, written here or (kept secret) in an environment variable. */
const webhookSchema = z
  .strictObject({
    /** Public in a public repository: a secret address belongs in `env`. */
    url: httpUrl.optional(),
    /** The name of an environment variable that holds the address, such as a CI secret. */
    env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of an environment variable, such as SLACK_WEBHOOK_URL' })
      .optional(),
    /** Without it, Slack and Discord addresses are recognised and anything else gets JSON. */
    format: z.enum(WEBHOOK_FORMATS).optional(),
  })
  .superRefine((hook, ctx) => {
    if ((hook.url === undefined) === (hook.env === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          hook.url === undefined
            ? 'a webhook needs its address: `url`, or `env` naming the environment variable that holds it'
            : 'a webhook takes `url` or `env`, not both',
        params: { rule: 'webhook-address' },
      });
    }
  });

/** Settings of `roadlog notify`. */
const notifySchema = z.strictObject({
  github: z
    .strictObject({
      /**
       * Close a request's GitHub issue when it ships (as completed) or is declined (as not planned):
       * `true` or `false` for both, or `{ shipped, declined }`.
       */
      close: z
        .preprocess(
          (value) => (typeof value === 'boolean' ? { shipped: value, declined: value } : value),
          z.strictObject({ shipped: z.boolean().default(true), declined: z.boolean().default(true) }),
        )
        .prefault({}),
    })
    .prefault({}),
  webhooks: z.array(webhookSchema).default([]),
});

const pluralFormsSchema = z.strictObject({
  zero: z.string().min(1).optional(),
  one: z.string().min(1).optional(),
  two: z.string().min(1).optional(),
  few: z.string().min(1).optional(),
  many: z.string().min(1).optional(),
  other: z.string().min(1),
});

/** `labels:` renames a public status or a board column, with an optional description of it. */
const statusLabelSchema = z.strictObject({
  label: z.string().trim().min(1).max(40),
  description: z.string().trim().min(1).max(200).optional(),
});

/** Every key of a record must be one of `known`: an unknown one is an error with a did-you-mean. */
function knownKeys(field: string, known: readonly string[], what: string, problem: { rule: string }) {
  return (record: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(record)) {
      if (known.includes(key)) continue;
      const hint = didYouMean(key, known);
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `\`${field}\` has no ${what} "${key}"${hint ? `: ${hint}` : ''}`,
        params: problem,
      });
    }
  };
}

/** Settings of `npm run import`. */
const importSchema = z.strictObject({
  /** Issue labels, Canny boards, categories and tags, each mapped to an area id. */
  labels: z.record(z.string(), entryId).default({}),
});

export const siteConfigSchema = z
  .strictObject({
    title: oneLine(80),
    description: z.string().trim().min(1).max(300),
    /** Public address of the site, without the base path: https://roadmap.example.com */
    url: httpUrl.refine((url) => /^[a-z]+:\/\/[^/?#]+\/?$/i.test(url), {
      error: 'expected the address alone, without a path, such as https://example.com (a path goes in `base`)',
    }),
    /** Where the site lives below `url`, for example `/roadmap/` on GitHub Pages project sites. */
    base: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+)?$/, {
        error: 'expected a path that starts with "/", such as "/" or "/roadmap/"',
      })
      .refine((base) => !hasDotSegment(base), {
        error: 'expected a path without "." or ".." parts, such as "/roadmap/"',
      })
      .default('/'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag such as "en" or "en-GB"' })
      .refine(isLanguageTag, { error: 'expected a language tag that browsers know, such as "en" or "en-GB"' })
      .default('en'),
    intake: z.array(intakeSchema).min(1, { error: 'give at least one place where customers send feedback' }),
    areas: z.array(areaSchema).default([]),
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour written as #rrggbb' })
      .default('#4f46e5'),
    /** A file in `public/` (such as `/logo.svg`) or a full URL. */
    logo: z
      .union([
        httpUrl,
        z
          .string()
          .regex(/^\/[^\s?#\\]+$/, { error: 'expected a file in public/ such as /logo.svg, or a full https:// address' })
          .refine((path) => !hasDotSegment(path), { error: 'expected a file in public/ such as /logo.svg, without ".." parts' }),
      ])
      .optional(),
    /**
     * Whether changelog entries may be MDX. MDX is code that runs at build time with the
     * builder's rights: sites that accept pull requests from outside the team set this to false.
     */
    allowMdx: z.boolean().default(true),
    feeds: feedsSchema.prefault({}),
    lists: listsSchema.prefault({}),
    import: importSchema.optional(),
    notify: notifySchema.prefault({}),
    /** Any UI string of the site's catalogue, by key (README: "Words of the site"). */
    ui: z
      .record(z.string(), z.union([z.string().min(1), pluralFormsSchema]))
      .superRefine(knownKeys('ui', UI_KEYS, 'string', { rule: 'unknown-ui-string' }))
      .default({}),
    /** New names (and descriptions) for public statuses and board columns. */
    labels: z
      .record(z.string(), statusLabelSchema)
      .superRefine(knownKeys('labels', LABELLED_STATUSES, 'status', { rule: 'unknown-status-label' }))
      .default({}),
  })
  .superRefine(
    (config, ctx) => {
      const seen = new Map<string, number>();
      config.areas.forEach((area, index) => {
        const first = seen.get(area.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['areas', index, 'id'],
            message: `area "${area.id}" is declared twice (first as area ${first + 1})`,
          });
        } else {
          seen.set(area.id, index);
        }
      });
    },
    { when: (payload) => fieldsAreValid(payload.issues, ['areas']) },
  )
  .superRefine(
    (config, ctx) => {
      const areas = config.areas.map((area) => area.id);
      for (const [label, area] of Object.entries(config.import?.labels ?? {})) {
        if (areas.includes(area)) continue;
        const hint = didYouMean(area, areas);
        ctx.addIssue({
          code: 'custom',
          path: ['import', 'labels', label],
          message: `label "${label}" maps to area "${area}", which is not declared under \`areas\`${hint ? `: ${hint}` : ''}`,
          params: { rule: 'unknown-area' },
        });
      }
    },
    { when: (payload) => fieldsAreValid(payload.issues, ['areas', 'import']) },
  );

/** Whether a path has a `.` or `..` part, which would lead elsewhere than it reads. */
function hasDotSegment(path: string): boolean {
  return path.split('/').some((segment) => segment === '.' || segment === '..');
}

/** Whether `Intl` (and so every date and number on the pages) accepts a language tag: `en-12` passes the pattern but not this. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type Area = SiteConfig['areas'][number];
