/**
 * npm run new -- <feedback|roadmap|changelog> "Title" [options]
 * Scaffolds an entry with a valid id and frontmatter; never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { KINDS, type Kind } from '../../core/collections.ts';
import { contentDirFromEnv } from '../../core/paths.ts';
import { planNewEntry } from '../../core/scaffold/new-entry.ts';
import { loadProjectIndex } from '../../core/scaffold/project-index.ts';
import { formatText } from '../../core/validate/format.ts';
import { problemKey } from '../../core/problems.ts';
import { todayIso, validateProject } from '../../core/validate/project.ts';
import { listOption, parseCommandLine, sourceLineReader, UsageError, useColor } from '../args.ts';

const USAGE = `Usage: npm run new -- <feedback|roadmap|changelog> "Title" [options]

Writes content/<kind>/<id>.md with an id made from the title and today's date,
prints its path, and never overwrites an existing file.

  all kinds     --areas a,b        areas declared in content/site.yaml
                --id <id>          choose the id instead of deriving it
                --date YYYY-MM-DD  instead of today (submitted / release date)
                --internal         visibility: internal, kept off the published site
  feedback      --roadmap <id>     the roadmap item that answers the request
                --votes <n>  --source <url>  --author <name>
  roadmap       --status later|next|now|paused   (default later)
                --target <horizon> such as 2026-Q4
  changelog     --version <v>      the id becomes v<version>, such as v2-3-0
                --ships a,b        roadmap items this release delivers
                --closes a,b       requests it answers directly
                --changes new,improved,fixed,deprecated,removed,security
                --mdx              write an .mdx file
  --content <folder>  the content folder (default: content, or $ROADLOG_CONTENT)`;

export const usage = USAGE;

export function run(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, {
    id: { type: 'string' },
    date: { type: 'string' },
    areas: { type: 'string' },
    roadmap: { type: 'string' },
    votes: { type: 'string' },
    source: { type: 'string' },
    author: { type: 'string' },
    status: { type: 'string' },
    target: { type: 'string' },
    version: { type: 'string' },
    ships: { type: 'string' },
    closes: { type: 'string' },
    changes: { type: 'string' },
    mdx: { type: 'boolean' },
    internal: { type: 'boolean' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [kind, title, ...rest] = positionals;
  if (kind === undefined) throw new UsageError('say which kind of entry to create');
  if (!KINDS.includes(kind as Kind)) throw new UsageError(`unknown kind "${kind}": use ${KINDS.join(', ')}`);
  if (title === undefined) throw new UsageError(`give the ${kind} entry a title, in quotes`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (put the title in quotes)`);

  const root = process.cwd();
  const contentDir = resolve(root, values.content ?? contentDirFromEnv());
  const display = relative(root, contentDir).split(sep).join('/') || '.';
  const loaded = loadProjectIndex(contentDir, display);
  if (!loaded.ok) {
    process.stderr.write(formatText(loaded.problems, { color: useColor(process.stderr), sourceLine: sourceLineReader(root) }));
    return 2;
  }
  const plan = planNewEntry(
    {
      kind: kind as Kind,
      title,
      id: values.id,
      date: values.date,
      areas: listOption(values.areas),
      roadmap: values.roadmap,
      votes: values.votes,
      source: values.source,
      author: values.author,
      status: values.status,
      target: values.target,
      version: values.version,
      ships: listOption(values.ships),
      closes: listOption(values.closes),
      changes: listOption(values.changes),
      mdx: values.mdx,
      internal: values.internal,
    },
    loaded.index,
    todayIso(),
  );
  if (!plan.ok) throw new UsageError(plan.problems.join('\n'));

  const path = join(contentDir, plan.file);
  // What the new file changes elsewhere (a release closing a declined request) is only visible to the whole
  // project's validation: compare before and after, and say what appeared.
  const before = new Set(validateProject({ root, content: contentDir }).problems.map(problemKey));
  mkdirSync(dirname(path), { recursive: true });
  try {
    // `wx`: fail rather than replace a file that appeared in the meantime.
    writeFileSync(path, plan.text, { flag: 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
    process.stderr.write(`${display}/${plan.file} already exists; nothing was overwritten.\n`);
    return 1;
  }
  process.stdout.write(`${display}/${plan.file}\n`);
  const appeared = validateProject({ root, content: contentDir }).problems.filter((problem) => !before.has(problemKey(problem)));
  if (appeared.length > 0) {
    process.stderr.write(`\nThe new file is written, and with it npm run validate reports:\n\n`);
    process.stderr.write(formatText(appeared, { color: useColor(process.stderr), sourceLine: sourceLineReader(root) }));
  }
  return 0;
}
