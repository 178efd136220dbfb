import { KINDS, type Corpus, type Entry, type Kind } from '../collections.ts';
import { isValidId } from '../ids.ts';
import { fileOf } from '../lifecycle/derive.ts';
import { findReferences, isReferenceKind } from '../markdown/references.ts';
import { error, type Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';

/**
 * Every `[[kind:id]]` in a body must name an existing entry: an error at the
 * reference's own line and column in the file, with did-you-mean.
 */
export function checkBodyReferences(corpus: Corpus, partial?: Corpus): Problem[] {
  const problems: Problem[] = [];
  const all = (kind: Kind) => [...corpus[kind], ...(partial?.[kind] ?? [])] as Entry[];
  let ids: Record<Kind, Set<string>> | undefined;
  for (const kind of KINDS) {
    for (const entry of all(kind)) {
      if (entry.body === undefined || !entry.body.includes('[[')) continue;
      ids ??= Object.fromEntries(KINDS.map((k) => [k, new Set(all(k).map((e) => e.id))])) as Record<Kind, Set<string>>;
      for (const reference of findReferences(entry.body)) {
        const problem = checkOne(reference.kind, reference.id, ids);
        if (!problem) continue;
        problems.push(
          error({
            code: 'unknown-reference',
            file: fileOf(entry),
            line: (entry.bodyLine ?? 1) + reference.line - 1,
            column: reference.column,
            found: reference.raw,
            ...problem,
          }),
        );
      }
    }
  }
  return problems;
}

function checkOne(kind: string, id: string, ids: Record<Kind, Set<string>>): Pick<Problem, 'message' | 'expected' | 'hint'> | undefined {
  if (!isReferenceKind(kind)) {
    const hint = didYouMean(kind, KINDS);
    return {
      message: `"${kind}" is not a kind of entry to reference`,
      expected: '[[feedback:<id>]], [[roadmap:<id>]] or [[changelog:<id>]]',
      hint: hint ?? 'write the kind in lowercase: feedback, roadmap or changelog',
    };
  }
  if (ids[kind].has(id)) return undefined;
  const noun = kind === 'feedback' ? 'request' : kind === 'roadmap' ? 'roadmap item' : 'release';
  if (!isValidId(id)) {
    return { message: `"${id}" is not a valid id`, expected: 'lowercase letters, digits and single hyphens, as in the file name' };
  }
  return {
    message: `${noun} "${id}" does not exist`,
    expected: `the id of a file in the ${kind} folder`,
    hint: didYouMean(id, ids[kind]) ?? `check the file name in the ${kind} folder, or remove the reference`,
  };
}
