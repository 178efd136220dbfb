/**
 * roadlog validate [--format text|github|json] [--strict]
 * Checks the site configuration and every content file; reports every problem at once.
 */
import { contentDirFromEnv } from '../../core/paths.ts';
import { explainCode, formatExplanation, PROBLEM_CODES } from '../../core/problem-codes.ts';
import { closest } from '../../core/suggest.ts';
import { formatGithub, formatJson, formatText, OUTPUT_FORMATS, type OutputFormat } from '../../core/validate/format.ts';
import { exitCodeFor, validateProject } from '../../core/validate/project.ts';
import { parseCommandLine, sourceLineReader, UsageError, useColor } from '../args.ts';

const USAGE = `Usage: npm run validate -- [--format text|github|json] [--strict] [--content <folder>]
       npm run validate -- --explain <code>

  --format   text (default), github (workflow annotations) or json
  --strict   warnings fail too
  --content  the content folder (default: content, or $ROADLOG_CONTENT)
  --explain  what a problem code means, an example of the mistake and the fix

Exit codes: 0 clean, 1 content errors, 2 usage or configuration errors.`;

export const usage = USAGE;

export function run(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: 'string', short: 'f', default: 'text' },
    strict: { type: 'boolean', default: false },
    content: { type: 'string' },
    explain: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.explain !== undefined) {
    const code = values.explain.trim();
    const explanation = explainCode(code);
    if (!explanation) {
      const suggestion = closest(code, Object.keys(PROBLEM_CODES));
      throw new UsageError(
        `unknown problem code "${code}"${suggestion ? `: did you mean "${suggestion}"?` : ''} (the README lists every code)`,
      );
    }
    process.stdout.write(formatExplanation(code, explanation));
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${values.format}": use ${OUTPUT_FORMATS.join(', ')}`);
  }
  const root = process.cwd();
  const result = validateProject({ root, content: values.content ?? contentDirFromEnv() });
  const output =
    format === 'json'
      ? formatJson(result.problems)
      : format === 'github'
        ? formatGithub(result.problems)
        : formatText(result.problems, { color: useColor(process.stdout), sourceLine: sourceLineReader(root) });
  process.stdout.write(output);
  return exitCodeFor(result, values.strict ?? false);
}
