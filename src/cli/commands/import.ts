/**
 * npm run import -- <github|canny|changelog> <file> [--dry-run] [--content <folder>]
 * Creates entries from an export; a second run with the same file changes nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { COLLECTIONS } from '../../core/collections.ts';
import { createAreaMapper } from '../../core/import/areas.ts';
import { applyImport, formatImportReport } from '../../core/import/apply.ts';
import { parseCannyCsv } from '../../core/import/canny.ts';
import { readCollectionFiles } from '../../core/import/existing.ts';
import { parseGithubIssues } from '../../core/import/github.ts';
import { parseKeepAChangelog, planChangelogImport } from '../../core/import/keep-a-changelog.ts';
import { planFeedbackImport } from '../../core/import/plan-feedback.ts';
import type { ImportAction } from '../../core/import/types.ts';
import { loadSiteConfig } from '../../core/load/site-config.ts';
import { contentDirFromEnv } from '../../core/paths.ts';
import { formatText } from '../../core/validate/format.ts';
import { parseCommandLine, sourceLineReader, UsageError, useColor } from '../args.ts';

const USAGE = `Usage: npm run import -- <source> <file> [--dry-run] [--content <folder>]

  github <issues.json>     issues exported with
                           gh issue list --state all --limit 1000 --json number,title,body,url,createdAt,labels,reactionGroups,state
  canny <posts.csv>        Canny's post export
  changelog <CHANGELOG.md> a Keep a Changelog file: one release per version

Requests are found again by their source URL: a second run changes nothing,
a newer export updates only votes. Labels, boards, categories and tags become
areas (see "import.labels" in content/site.yaml).

  --dry-run  show what would change, write nothing
  --content  the content folder (default: content, or $ROADLOG_CONTENT)`;

const SOURCES = { github: 'GitHub import', canny: 'Canny import', changelog: 'Changelog import' } as const;
type Source = keyof typeof SOURCES;

export const usage = USAGE;

export function run(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, {
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [source, input, ...rest] = positionals;
  if (source === undefined) throw new UsageError('say what to import: github, canny or changelog');
  if (!(source in SOURCES)) throw new UsageError(`unknown source "${source}": use ${Object.keys(SOURCES).join(', ')}`);
  if (input === undefined)
    throw new UsageError(
      `give the file to import, as in: npm run import -- ${source} ${source === 'changelog' ? 'CHANGELOG.md' : source === 'canny' ? 'posts.csv' : 'issues.json'}`,
    );
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!existsSync(input) || !statSync(input).isFile()) throw new UsageError(`${input}: no such file`);

  const root = process.cwd();
  const contentDir = resolve(root, values.content ?? contentDirFromEnv());
  const display = relative(root, contentDir).split(sep).join('/') || '.';
  const color = useColor(process.stderr);
  const site = loadSiteConfig(contentDir, display);
  if (!site.config) {
    process.stderr.write(formatText(site.problems, { color, sourceLine: sourceLineReader(root) }));
    return 2;
  }
  const text = readFileSync(input, 'utf8');
  const kind = source === 'changelog' ? 'changelog' : 'feedback';
  const existing = readCollectionFiles(kind, contentDir, display);
  if (existing.problems.length) {
    process.stderr.write(formatText(existing.problems, { color, sourceLine: sourceLineReader(root) }));
    process.stderr.write(`\nNothing was imported: fix the files above first, so that no entry is imported twice.\n`);
    return 1;
  }

  let actions: ImportAction[];
  if (source === 'changelog') {
    actions = planChangelogImport(parseKeepAChangelog(text), existing.files, display);
  } else {
    const parsed = (source as Source) === 'github' ? parseGithubIssues(text) : parseCannyCsv(text);
    if (!parsed.ok) {
      process.stderr.write(`${input}: ${parsed.message}\n`);
      return 2;
    }
    actions = planFeedbackImport(parsed.records, { existing: existing.files, display, mapArea: createAreaMapper(site.config) });
  }
  const dryRun = values['dry-run'] ?? false;
  const done = dryRun ? actions : applyImport(actions, root, join(contentDir, COLLECTIONS[kind].folder));
  process.stdout.write(formatImportReport(SOURCES[source as Source], done, { dryRun }));
  return 0;
}
