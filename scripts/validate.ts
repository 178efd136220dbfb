/**
 * npm run validate [-- --format text|github|json] [--strict]
 * Checks the site configuration and every content file; reports every problem at once.
 */
// Started by validate.mjs, which turns Node's compile cache on before these modules load.
import { contentDirFromEnv } from '../src/core/paths.ts';
import { formatGithub, formatJson, formatText, OUTPUT_FORMATS, type OutputFormat } from '../src/core/validate/format.ts';
import { exitCodeFor, validateProject } from '../src/core/validate/project.ts';
import { parseCommandLine, runCommand, sourceLineReader, UsageError, useColor } from './lib/cli.ts';

const USAGE = `Usage: npm run validate -- [--format text|github|json] [--strict] [--content <folder>]

  --format   text (default), github (workflow annotations) or json
  --strict   warnings fail too
  --content  the content folder (default: content, or $ROADLOG_CONTENT)

Exit codes: 0 clean, 1 content errors, 2 usage or configuration errors.`;

await runCommand(USAGE, () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    format: { type: 'string', short: 'f', default: 'text' },
    strict: { type: 'boolean', default: false },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
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
});
