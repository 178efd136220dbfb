import type { Corpus, Entry } from '../collections.ts';
import { fileOf } from '../lifecycle/derive.ts';
import { error, type Problem } from '../problems.ts';
import type { SiteConfig } from '../schema/site.ts';
import { didYouMean } from '../suggest.ts';

/**
 * Every id a file names must exist: Astro's `reference()` only reshapes a
 * value, so referential integrity is checked here, with did-you-mean hints.
 */
export function checkReferences(corpus: Corpus, config: SiteConfig | undefined, partial?: Corpus): Problem[] {
  const problems: Problem[] = [];
  // A file that exists but has errors of its own is still a valid target: no cascade of messages.
  const ids = {
    feedback: new Set([...corpus.feedback, ...(partial?.feedback ?? [])].map((entry) => entry.id)),
    roadmap: new Set([...corpus.roadmap, ...(partial?.roadmap ?? [])].map((entry) => entry.id)),
    area: config ? new Set(config.areas.map((area) => area.id)) : undefined,
  };

  const check = (entry: Entry, path: (string | number)[], value: string, target: 'feedback' | 'roadmap' | 'area') => {
    const known = ids[target];
    if (!known || known.has(value)) return;
    const suggestion = didYouMean(value, known);
    const folder = `${contentFolderOf(entry)}/${target}`;
    const where = target === 'area' ? `declared in ${contentFolderOf(entry)}/site.yaml` : `in ${folder}/`;
    problems.push(
      error({
        code: target === 'area' ? 'unknown-area' : 'unknown-reference',
        file: fileOf(entry),
        ...(entry.locate ? entry.locate(path) : {}),
        message: `${target === 'area' ? 'area' : target === 'roadmap' ? 'roadmap item' : 'request'} "${value}" does not exist`,
        expected: `an id ${where}`,
        found: value,
        hint:
          suggestion ??
          (target === 'area'
            ? `declare it under \`areas\` in ${contentFolderOf(entry)}/site.yaml, or use one of: ${[...known].join(', ') || 'none declared yet'}`
            : `create ${folder}/${value}.md, or fix the id`),
      }),
    );
  };

  // Partial entries (files with schema errors) may lack any field: hence the `?? []`.
  const checkAreas = (entry: Entry, areas: string[] | undefined) => {
    for (const [i, area] of (areas ?? []).entries()) check(entry, ['areas', i], area, 'area');
  };

  for (const source of partial ? [corpus, partial] : [corpus]) {
    for (const entry of source.feedback) {
      checkAreas(entry, entry.data.areas);
      if (entry.data.roadmap !== undefined) check(entry, ['roadmap'], entry.data.roadmap, 'roadmap');
      if (entry.data.duplicateOf !== undefined && entry.data.duplicateOf !== entry.id) {
        check(entry, ['duplicateOf'], entry.data.duplicateOf, 'feedback');
      }
    }
    for (const entry of source.roadmap) checkAreas(entry, entry.data.areas);
    for (const entry of source.changelog) {
      checkAreas(entry, entry.data.areas);
      for (const [i, id] of (entry.data.ships ?? []).entries()) check(entry, ['ships', i], id, 'roadmap');
      for (const [i, id] of (entry.data.closes ?? []).entries()) check(entry, ['closes', i], id, 'feedback');
    }
  }
  return problems;
}

/** The content folder as shown in messages, taken from the entry's own path. */
function contentFolderOf(entry: Entry): string {
  const file = fileOf(entry);
  return file.split('/').slice(0, -2).join('/') || 'content';
}
