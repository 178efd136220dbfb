import { KINDS, type Corpus, type Entry, type Kind } from '../collections.ts';
import { fileOf, type Lifecycle } from '../lifecycle/derive.ts';
import { isInternal } from '../lifecycle/published.ts';
import { findReferences, isReferenceKind } from '../markdown/references.ts';
import { error, type Problem } from '../problems.ts';

const NOUNS: Record<Kind, string> = { feedback: 'request', roadmap: 'roadmap item', changelog: 'release' };

/**
 * A public entry may depend on an internal one only where the site can say the
 * outcome without naming it (a request linked to an internal item shows the
 * item's status). Everywhere else the public page would have to name or link
 * the internal entry: a request merged into an internal one, a public item or
 * request shipped by an internal release, a body that references an internal
 * entry. Those are errors, so the published site never needs to.
 */
export function checkVisibility(corpus: Corpus, lifecycle: Lifecycle): Problem[] {
  const problems: Problem[] = [];
  const byId = Object.fromEntries(
    KINDS.map((kind) => [kind, new Map((corpus[kind] as Entry[]).map((entry) => [entry.id, entry]))]),
  ) as Record<Kind, Map<string, Entry>>;
  const internal = (kind: Kind, id: string) => {
    const entry = byId[kind].get(id);
    return entry !== undefined && isInternal(entry);
  };
  const report = (entry: Entry, path: readonly PropertyKey[], message: string, hint: string) =>
    problems.push(error({ code: 'names-internal-entry', file: fileOf(entry), ...(entry.locate?.(path, 'value') ?? {}), message, hint }));

  for (const request of corpus.feedback) {
    const target = request.data.duplicateOf;
    if (isInternal(request) || request.data.status !== 'duplicate' || target === undefined || !internal('feedback', target)) continue;
    report(
      request,
      ['duplicateOf'],
      `public request is merged into "${target}", which is internal: its page would have to name it`,
      `make this request internal too (visibility: internal), or make "${target}" public`,
    );
  }
  for (const release of corpus.changelog) {
    if (!isInternal(release)) continue;
    const state = lifecycle.releases.get(release.id);
    for (const [field, kind, shipped] of [
      ['ships', 'roadmap', state?.ships ?? []],
      ['closes', 'feedback', state?.closes ?? []],
    ] as const) {
      for (const id of shipped) {
        if (internal(kind, id)) continue;
        report(
          release,
          [field, release.data[field].indexOf(id)],
          `internal release ships public ${NOUNS[kind]} "${id}": its page would have to name this release`,
          `make this release public, make "${id}" internal too, or ship it in a public release`,
        );
      }
    }
  }
  for (const kind of KINDS) {
    for (const entry of corpus[kind] as Entry[]) {
      if (isInternal(entry) || entry.body === undefined || !entry.body.includes('[[')) continue;
      for (const reference of findReferences(entry.body)) {
        if (!isReferenceKind(reference.kind) || !internal(reference.kind, reference.id)) continue;
        problems.push(
          error({
            code: 'names-internal-entry',
            file: fileOf(entry),
            line: (entry.bodyLine ?? 1) + reference.line - 1,
            column: reference.column,
            found: reference.raw,
            message: `public ${NOUNS[kind]} references ${NOUNS[reference.kind]} "${reference.id}", which is internal`,
            hint: 'remove the reference, or make one of the two entries match the other’s visibility',
          }),
        );
      }
    }
  }
  return problems;
}
