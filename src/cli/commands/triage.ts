/**
 * roadlog triage [--format table|markdown|json] [--as-of YYYY-MM-DD] [--stale-days N] [--min-score S] [--limit N]
 * The maintainers' weekly review: unanswered requests, quiet work in progress, likely duplicates, empty releases.
 */
import { computeTriage } from '../../core/insights/triage.ts';
import {
  formatTriageJson,
  formatTriageMarkdown,
  formatTriageTable,
  TRIAGE_FORMATS,
  type TriageFormat,
} from '../../core/insights/triage-format.ts';
import { SIMILARITY_THRESHOLD } from '../../core/insights/similarity.ts';
import { contentDirFromEnv } from '../../core/paths.ts';
import { isCalendarDate } from '../../core/schema/fields.ts';
import { DEFAULT_STALE_DAYS } from '../../core/validate/consistency.ts';
import { formatText, summarize } from '../../core/validate/format.ts';
import { todayIso, validateProject } from '../../core/validate/project.ts';
import { parseCommandLine, sourceLineReader, UsageError, useColor } from '../args.ts';

const DEFAULT_LIMIT = 50;

const USAGE = `Usage: npm run triage -- [--format table|markdown|json] [options]

Lists what needs a maintainer's attention: open requests with no public answer (oldest
first), roadmap items in progress with no recent update, likely duplicates (open requests
whose title resembles another request's, with a score) and releases that ship nothing and
close nothing. Counted from the content, with the same lifecycle as the site.

  --format        table (default), markdown (to paste into an issue) or json
  --as-of         count ages at this day, YYYY-MM-DD (default: today)
  --stale-days    an item in progress is stale after this many days without an
                  update (default ${DEFAULT_STALE_DAYS}, as npm run validate warns)
  --min-score     the lowest title similarity, 0 to 1, listed as a likely
                  duplicate (default ${SIMILARITY_THRESHOLD})
  --limit         rows per list in the table and Markdown, 0 for all (default ${DEFAULT_LIMIT});
                  JSON always lists everything
  --content       the content folder (default: content, or $ROADLOG_CONTENT)

Exit codes: 0 listed, 1 the content has errors (listed anyway; see npm run validate),
2 usage or configuration errors.`;

export const usage = USAGE;

function wholeNumber(value: string, option: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new UsageError(`${option} expects a whole number, got "${value}"`);
  return number;
}

export function run(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: 'string', short: 'f', default: 'table' },
    'as-of': { type: 'string' },
    'stale-days': { type: 'string' },
    'min-score': { type: 'string' },
    limit: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = values.format as TriageFormat;
  if (!TRIAGE_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use ${TRIAGE_FORMATS.join(', ')}`);
  const asOf = values['as-of'] ?? todayIso();
  if (!isCalendarDate(asOf)) throw new UsageError(`--as-of expects a day as YYYY-MM-DD, got "${asOf}"`);
  const staleDays = values['stale-days'] === undefined ? undefined : wholeNumber(values['stale-days'], '--stale-days');
  const limit = values.limit === undefined ? DEFAULT_LIMIT : wholeNumber(values.limit, '--limit');
  const score = values['min-score'];
  if (score !== undefined && !/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(score)) {
    throw new UsageError(`--min-score expects a number from 0 to 1, got "${score}"`);
  }
  const minScore = score === undefined ? undefined : Number(score);

  const root = process.cwd();
  const result = validateProject({ root, content: values.content ?? contentDirFromEnv() }, { today: asOf });
  if (!result.config) {
    process.stderr.write(formatText(result.problems, { color: useColor(process.stderr), sourceLine: sourceLineReader(root) }));
    return 2;
  }
  const triage = computeTriage(result.corpus, result.lifecycle, result.config, { asOf, staleDays, minScore });
  const options = {
    language: result.config.language,
    areaLabels: new Map(result.config.areas.map((area) => [area.id, area.label])),
    limit,
    command: `npm run triage -- --format ${format}`,
  };
  process.stdout.write(
    format === 'json'
      ? formatTriageJson(triage)
      : format === 'markdown'
        ? formatTriageMarkdown(triage, options)
        : formatTriageTable(triage, options),
  );
  const { errors } = summarize(result.problems);
  if (errors > 0) {
    process.stderr.write(
      `\nThe content has ${errors} error${errors === 1 ? '' : 's'}, so these lists may be incomplete: run npm run validate.\n`,
    );
    return 1;
  }
  return 0;
}
