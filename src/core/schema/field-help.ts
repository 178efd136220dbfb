import type { z } from 'zod';
import { CHANGE_TYPES, FEEDBACK_STATUSES, ROADMAP_STATUSES } from '../statuses.ts';
import { title, VISIBILITIES } from './fields.ts';
import { siteConfigSchema, WEBHOOK_FORMATS } from './site.ts';

/** What each field expects, in the words of the README's content format. */
export type FieldHelp = Record<string, string>;

const list = (values: readonly string[]) => values.join(', ');

type Sized = { minLength?: number | null; maxLength?: number | null; minValue?: number | null; maxValue?: number | null; isInt?: boolean };

/** The schema inside optional, default and nullable wrappers. */
function inner(schema: z.ZodType): z.ZodType & Sized {
  let current = schema as z.ZodType & { unwrap?: () => z.ZodType; removeDefault?: () => z.ZodType };
  for (let depth = 0; depth < 5 && typeof current.unwrap === 'function'; depth++) current = current.unwrap() as typeof current;
  return current as z.ZodType & Sized;
}

/** "text of 1 to 140 characters", from the field's own limits: a limit is written once, on the schema. */
export function textHelp(schema: z.ZodType): string {
  const { minLength, maxLength } = inner(schema);
  if (maxLength == null) return 'text';
  return `text of ${minLength ?? 0} to ${maxLength} characters`;
}

/** "a whole number from 1 to 500", from the field's own limits. */
export function wholeNumberHelp(schema: z.ZodType): string {
  const { minValue, maxValue } = inner(schema);
  if (minValue != null && maxValue != null) return `a whole number from ${minValue} to ${maxValue}`;
  return minValue != null ? `a whole number, ${minValue} or more` : 'a whole number';
}

const TITLE = textHelp(title);
const VISIBILITY = `one of ${list(VISIBILITIES)}: internal keeps the entry off the published site`;

export const FEEDBACK_FIELDS: FieldHelp = {
  title: TITLE,
  submitted: 'the day the request was made, as YYYY-MM-DD',
  votes: 'a whole number, 0 or more',
  areas: 'a list of area ids declared in content/site.yaml',
  status: `one of ${list(FEEDBACK_STATUSES)}`,
  roadmap: 'the id of the roadmap item that answers this request',
  duplicateOf: 'the id of the request this one duplicates',
  reason: 'the public answer to a declined request',
  source: 'the http(s) address where the request was made',
  author: 'a public display name',
  visibility: VISIBILITY,
};

export const ROADMAP_FIELDS: FieldHelp = {
  title: TITLE,
  status: `one of ${list(ROADMAP_STATUSES)}`,
  areas: 'a list of area ids declared in content/site.yaml',
  target: 'a public horizon such as 2026-Q4',
  updates: 'a list of { date, status, note }, oldest first',
  date: 'the day of the update, as YYYY-MM-DD',
  note: 'what changed, in a sentence',
  visibility: VISIBILITY,
};

export const CHANGELOG_FIELDS: FieldHelp = {
  title: TITLE,
  date: 'the release day, as YYYY-MM-DD',
  version: 'a version label such as 2.3 or 2.3.1',
  changes: `a list of ${list(CHANGE_TYPES)}`,
  ships: 'a list of roadmap item ids this release delivers',
  closes: 'a list of request ids this release answers directly',
  areas: 'a list of area ids declared in content/site.yaml',
  visibility: VISIBILITY,
};

export const SITE_FIELDS: FieldHelp = {
  title: `the site title, ${textHelp(siteConfigSchema.shape.title)}`,
  description: 'one sentence that describes the site',
  url: 'the public address, such as https://roadmap.example.com',
  base: 'the path below the address, such as / or /roadmap/',
  language: 'a language tag such as en',
  intake: 'a list of { label, url } where customers send feedback',
  'intake.url': 'where customers send feedback: an https:// or mailto: address',
  areas: 'a list of { id, label, description }',
  id: 'an id: lowercase letters, digits and single hyphens',
  label: 'a short name',
  accent: 'a colour written as #rrggbb',
  logo: 'a file in public/ such as /logo.svg, or a full URL',
  feeds: '{ items, perArea }',
  items: wholeNumberHelp(siteConfigSchema.shape.feeds.unwrap().shape.items),
  perArea: 'true or false',
  lists: '{ pageSize, boardSize }',
  pageSize: wholeNumberHelp(siteConfigSchema.shape.lists.unwrap().shape.pageSize),
  boardSize: wholeNumberHelp(siteConfigSchema.shape.lists.unwrap().shape.boardSize),
  import: '{ labels }: settings of npm run import',
  labels: 'label: area id lines, such as "type: export": exports',
  notify: '{ github, webhooks }: settings of npm run notify',
  github: '{ close }',
  close: 'true or false (close the GitHub issue of a shipped or declined request), or { shipped, declined }',
  shipped: 'true or false: close the issue as completed when its request ships',
  declined: 'true or false: close the issue as not planned when its request is declined',
  webhooks: 'a list of { url or env, format }',
  'webhooks.url': 'the webhook address, https://… (public in a public repository: prefer env)',
  env: 'the name of an environment variable that holds the webhook address, such as SLACK_WEBHOOK_URL',
  format: `one of ${list(WEBHOOK_FORMATS)}`,
};

/** Statuses customers see but maintainers never write; each has a way to get there. */
const DERIVED_STATUS_HINTS: Record<string, string> = {
  planned: 'a request becomes planned by linking it to a roadmap item: `roadmap: <roadmap id>`',
  'in-progress': 'a request is in progress when its roadmap item has `status: now`',
  progress: 'a request is in progress when its roadmap item has `status: now`',
  shipped: 'a request ships when a changelog entry ships its roadmap item, or lists it in `closes`',
  merged: 'write `status: duplicate` with `duplicateOf: <feedback id>`',
};

const ROADMAP_STATUS_HINTS: Record<string, string> = {
  shipped: 'an item ships when a changelog entry lists it in `ships`',
  planned: 'use later, next or now',
  'in-progress': 'use `now` for work in progress',
  done: 'an item ships when a changelog entry lists it in `ships`',
};

/** Explains a status a maintainer cannot write, when the typo is close to one. */
export function derivedStatusHint(kind: 'feedback' | 'roadmap', value: string): string | undefined {
  const table = kind === 'feedback' ? DERIVED_STATUS_HINTS : ROADMAP_STATUS_HINTS;
  const normalized = value.toLowerCase().replace(/[\s_]+/g, '-');
  for (const [status, hint] of Object.entries(table)) {
    if (normalized === status || (normalized.length >= 4 && closeTo(normalized, status))) {
      return `customers see "${status}", but it is not written by hand: ${hint}`;
    }
  }
  return undefined;
}

function closeTo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let same = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) same++;
  return same >= Math.min(a.length, b.length) - 2;
}
