/**
 * The second step of `npm run build`: writes the Pagefind search index of the
 * site that `astro build` just wrote (dist/, or $ROADLOG_OUT_DIR).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { writeSearchIndex } from './lib/search-index.ts';

const USAGE = `Usage: node scripts/search-index.ts [--out <folder>]

  --out  the built site (default: dist, or $ROADLOG_OUT_DIR)

npm run build runs it after astro build.`;

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const outDir = resolve(values.out ?? (process.env.ROADLOG_OUT_DIR || 'dist'));
  if (!existsSync(resolve(outDir, 'index.html'))) throw new UsageError(`no built site in ${outDir}: run astro build first`);
  const pages = await writeSearchIndex(outDir);
  process.stdout.write(`search index: ${pages} ${pages === 1 ? 'page' : 'pages'} in ${resolve(outDir, 'pagefind')}\n`);
  return 0;
});
