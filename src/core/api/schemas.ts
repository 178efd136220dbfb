import { z } from 'zod';
import { CHANGE_TYPES, changelogSchema, type ChangeType } from '../schema/changelog.ts';
import { feedbackFields } from '../schema/feedback.ts';
import { entryId, isoDate, title } from '../schema/fields.ts';
import { roadmapSchema, roadmapUpdateSchema } from '../schema/roadmap.ts';
import { areaSchema, siteConfigSchema } from '../schema/site.ts';
import { FEEDBACK_PUBLIC_STATUSES, ROADMAP_PUBLIC_STATUSES } from '../statuses.ts';

/**
 * The JSON API's format, version 1. Records reuse the content schemas' field
 * definitions, so a rule such as "a title has at most 140 characters" or "an
 * id is lowercase with single hyphens" is written once and holds in the
 * published JSON Schemas too. Absent values are `null`, never missing.
 *
 * Versioning: fields may be added within v1; removing or renaming a field,
 * changing its type or meaning, or adding a status value needs /api/v2/.
 */
export const API_VERSION = 1 as const;

const pageUrl = z.url().describe('Absolute URL of the page on the site');

const entryLink = z.strictObject({ id: entryId, title, url: pageUrl }).describe('Another entry: its id, title and page');

const votedLink = entryLink.extend({
  votes: z.int().min(0).describe('Its votes, with those of requests merged into it'),
});

const shipment = z
  .strictObject({
    release: entryLink,
    version: changelogSchema.shape.version.unwrap().nullable(),
    date: isoDate.describe('The release day'),
  })
  .describe('The release that shipped it: the earliest one that names it');

export const roadmapRecord = roadmapSchema
  .pick({ title: true, areas: true })
  .extend({
    id: entryId,
    url: pageUrl,
    status: z.enum(ROADMAP_PUBLIC_STATUSES).describe('Derived: `shipped` once a release ships the item'),
    label: z.string().describe('The status as the site names it, in its language and with its `labels:`; `status` is the stable id'),
    target: roadmapSchema.shape.target.unwrap().nullable().describe('The public horizon, such as 2026-Q4; null once shipped'),
    votes: z.int().min(0).describe('Votes summed over linked requests and their duplicates'),
    requests: z.array(votedLink).describe('Linked requests (duplicates excluded), most votes first'),
    shipped: shipment.nullable(),
    reason: z.string().nullable().describe('For a cancelled item: the note of its last update'),
    updates: z
      .array(roadmapUpdateSchema.extend({ status: roadmapUpdateSchema.shape.status.unwrap().nullable() }))
      .describe('The public history, oldest first'),
  })
  .describe('A roadmap item');

export const feedbackRecord = feedbackFields
  .pick({ title: true, submitted: true, votes: true, areas: true })
  .extend({
    id: entryId,
    url: pageUrl,
    status: z.enum(FEEDBACK_PUBLIC_STATUSES).describe('Derived from the roadmap item, the releases and the request itself'),
    label: z.string().describe('The status as the site names it, in its language and with its `labels:`; `status` is the stable id'),
    explanation: z.string().describe('Where the request stands and why, in one sentence'),
    totalVotes: z.int().min(0).describe('Its votes plus those of every request merged into it'),
    reason: z.string().nullable().describe('For a declined request: the public answer'),
    roadmap: entryLink.nullable().describe('The roadmap item that answers it (its canonical request’s, when merged)'),
    shipped: shipment.nullable(),
    duplicateOf: entryLink.nullable().describe('For a merged request: the request it duplicates'),
    canonical: entryLink.nullable().describe('For a merged request: the request that stays open at the end of the chain'),
    duplicates: z.array(entryLink).describe('Requests merged into this one'),
    source: feedbackFields.shape.source.unwrap().nullable().describe('Where the request was made'),
    author: feedbackFields.shape.author.unwrap().nullable(),
  })
  .describe('A customer request');

export const changelogRecord = changelogSchema
  .pick({ title: true, date: true, changes: true, areas: true })
  .extend({
    id: entryId,
    url: pageUrl,
    version: changelogSchema.shape.version.unwrap().nullable(),
    summary: z.string().describe('The first paragraph of the notes, as plain text (full notes: the JSON Feed)'),
    ships: z.array(entryLink).describe('Roadmap items this release is the first to ship'),
    closes: z.array(entryLink).describe('Requests this release answers directly'),
    answers: z.array(votedLink).describe('Every request it answers, directly or through an item it ships; most votes first'),
  })
  .describe('A release');

const siteRecord = z.strictObject({
  title: siteConfigSchema.shape.title,
  description: siteConfigSchema.shape.description,
  url: pageUrl.describe('The home page'),
  language: siteConfigSchema.shape.language,
});

const areaRecord = areaSchema.extend({
  description: areaSchema.shape.description.unwrap().nullable(),
  url: pageUrl,
});

function apiDocument<K extends string, R extends z.ZodType>(kind: K, record: R, description: string) {
  return z
    .strictObject({
      $schema: z.url().describe('The JSON Schema of this document'),
      version: z.literal(API_VERSION).describe('The format version; a breaking change moves to /api/v2/'),
      kind: z.literal(kind),
      site: siteRecord,
      page: pageUrl.describe('The page of the site that lists these entries'),
      areas: z.array(areaRecord).describe('The areas declared in the site configuration'),
      items: z.array(record),
    })
    .describe(description);
}

export const roadmapDocument = apiDocument('roadmap', roadmapRecord, 'Every roadmap item, by id');
export const feedbackDocument = apiDocument('feedback', feedbackRecord, 'Every request, merged ones included, by id');
export const changelogDocument = apiDocument('changelog', changelogRecord, 'Every release, newest first').extend({
  feeds: z.strictObject({ rss: pageUrl, atom: pageUrl, json: pageUrl }).describe('The changelog feeds'),
  // An object with one property per type rather than a record: strict validators accept it as it is.
  changeLabels: z
    .strictObject(Object.fromEntries(CHANGE_TYPES.map((type) => [type, z.string().min(1)])) as Record<ChangeType, z.ZodString>)
    .describe('How the site names each change type'),
});

const days = (what: string) =>
  z.number().min(0).nullable().describe(`${what} in whole days, to one decimal place; null with nothing to measure`);

const leadTimeRecord = z
  .strictObject({
    median: days('The median'),
    p75: days('The 75th percentile'),
    p90: days('The 90th percentile'),
    count: z.int().min(0).describe('Shipped requests measured'),
  })
  .describe(
    'Days from a request’s submission to the release that shipped it (0 when the release came first); percentiles by linear interpolation between ranks, as NumPy and spreadsheets compute them',
  );

const count = (what: string) => z.int().min(0).describe(what);

const answeredRecord = z
  .strictObject({
    count: count('Requests with a public answer: any status but open'),
    share: z.number().min(0).max(1).nullable().describe('`count` over `requests`, to three decimal places; null without requests'),
    unanswered: count('Open requests'),
    unansweredAfter30Days: count('Open requests submitted 30 days or more before `asOf`'),
    unansweredAfter90Days: count('Open requests submitted 90 days or more before `asOf`'),
  })
  .describe('How many requests got a public answer');

const quarterRecord = z.strictObject({
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .describe('A calendar quarter, such as 2026-Q3'),
  releases: count('Releases dated in the quarter'),
  requestsShipped: count('Requests those releases shipped'),
  votesAnswered: count('Their votes, with those of duplicates merged into them'),
  leadTimeDaysMedian: days('The median lead time of those requests'),
  leadTimeDays: leadTimeRecord,
});

const monthRecord = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .describe('A calendar month, such as 2026-08'),
  requests: count('Requests submitted in the month'),
});

const wantedRecord = votedLink
  .extend({
    submitted: isoDate,
    status: z.enum(['open', 'under-review']),
    ageDays: z.int().describe('Whole days from `submitted` to `asOf`'),
  })
  .describe('A request waiting for a decision');

const scopeFigures = z.strictObject({
  requests: count('Requests; duplicates merged into another are not counted separately'),
  shipped: count('Requests a release shipped, through a roadmap item or `closes`'),
  leadTimeDays: leadTimeRecord,
  answered: answeredRecord,
  statuses: z
    .strictObject(
      Object.fromEntries(FEEDBACK_PUBLIC_STATUSES.map((status) => [status, count(`Requests ${status}`)])) as Record<
        (typeof FEEDBACK_PUBLIC_STATUSES)[number],
        z.ZodInt
      >,
    )
    .describe('Requests by public status; `merged` counts the duplicates left out of `requests`'),
});

/** The series of a scope: the document's own for the whole site, and each area's. */
const series = {
  quarters: z
    .array(quarterRecord)
    .describe('Every quarter from the first release to `asOf`, oldest first, by the date of the shipping release'),
  months: z.array(monthRecord).describe('Every month from the first request to `asOf`, oldest first'),
  mostWanted: z.array(wantedRecord).describe('The most voted requests still open or under review, most votes first'),
};

export const insightsDocument = z
  .strictObject({
    $schema: z.url().describe('The JSON Schema of this document'),
    version: z.literal(API_VERSION).describe('The format version; a breaking change moves to /api/v2/'),
    kind: z.literal('insights'),
    site: siteRecord,
    page: pageUrl.describe('The insights page'),
    asOf: isoDate.nullable().describe('The day ages are counted at: the newest date in the content; null without content'),
    overall: scopeFigures.describe('The whole site'),
    areas: z
      .array(
        scopeFigures.extend({ id: entryId, label: areaSchema.shape.label, url: pageUrl.describe('The area’s insights page'), ...series }),
      )
      .describe('The same figures and series for each declared area; a request in two areas counts in both'),
    ...series,
  })
  .describe('How requests are answered: lead times, answer rate, shipments and demand, computed from the content at build time');

export type RoadmapDocument = z.output<typeof roadmapDocument>;
export type FeedbackDocument = z.output<typeof feedbackDocument>;
export type FeedbackRecord = FeedbackDocument['items'][number];
export type ChangelogDocument = z.output<typeof changelogDocument>;
export type InsightsDocument = z.output<typeof insightsDocument>;

export const API_DOCUMENTS = {
  roadmap: roadmapDocument,
  feedback: feedbackDocument,
  changelog: changelogDocument,
  insights: insightsDocument,
} as const;
export type ApiKind = keyof typeof API_DOCUMENTS;

/** The published JSON Schema (draft 2020-12) of one API document, identified by its own URL. */
export function apiJsonSchema(kind: ApiKind, schemaUrl: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(API_DOCUMENTS[kind], {
    target: 'draft-2020-12',
    io: 'output',
    // The content fields carry input defaults (`votes: 0`, `areas: []`); in the API those fields are always
    // present, so a `default` would only mislead a reader of the schema into thinking they may be left out.
    override: ({ jsonSchema }) => {
      delete jsonSchema.default;
    },
  });
  return { $schema, $id: schemaUrl, title: `Roadlog ${kind} API, version ${API_VERSION}`, ...rest };
}
