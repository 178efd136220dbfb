import { COLLECTIONS, type DataByKind, type Kind } from '../collections.ts';

/** Stand-ins for required fields a broken file lacks, so its page can still render in `astro dev`. */
const REQUIRED: Record<Kind, Record<string, (id: string) => unknown>> = {
  feedback: { title: (id) => `${id} (has errors)`, submitted: () => '1970-01-01' },
  roadmap: { title: (id) => `${id} (has errors)` },
  changelog: { title: (id) => `${id} (has errors)`, date: () => '1970-01-01' },
};

/**
 * The most of a broken entry's data that passes its schema: fields with
 * errors are dropped, required ones stood in for. Only `astro dev` uses it,
 * to keep serving while a maintainer fixes the file; builds stop on errors.
 */
export function salvageEntryData<K extends Kind>(kind: K, id: string, input: unknown): DataByKind[K] {
  const schema = COLLECTIONS[kind].schema;
  let data: Record<string, unknown> = input !== null && typeof input === 'object' && !Array.isArray(input) ? { ...input } : {};
  for (let attempt = 0; attempt < 4; attempt++) {
    for (const [field, standIn] of Object.entries(REQUIRED[kind])) {
      if (!(field in data)) data[field] = standIn(id);
    }
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const failed = new Set(result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')])));
    // A rule across fields (a duplicate without its target) names one field: drop the fields it ties together.
    if (failed.has('status') || failed.has('duplicateOf') || failed.has('reason')) ['status', 'duplicateOf', 'reason'].forEach((f) => failed.add(f));
    data = Object.fromEntries(Object.entries(data).filter(([key]) => !failed.has(key)));
  }
  return schema.parse(Object.fromEntries(Object.keys(REQUIRED[kind]).map((field) => [field, REQUIRED[kind][field]!(id)])));
}
