/**
 * roadlog init <folder> [--title ...] [--url ...] [--intake ...] [--areas "A,B"] [--language ...] [--base ...]
 * Starts a team's own Roadlog site in an empty folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { ANSWER_DEFAULTS, planSite, type SiteAnswers, siteYaml } from '../../core/init/plan-site.ts';
import { formatText } from '../../core/validate/format.ts';
import { listOption, parseCommandLine, UsageError, useColor } from '../args.ts';

const USAGE = `Usage: npx roadlog init <folder> [options]   (in this repository: npm run init -- <folder> [options])

Writes a new Roadlog site into <folder>, which must be empty or not exist yet:
package.json, astro.config.mjs with roadlog(), content/site.yaml, a draft of each
kind of entry, GitHub workflows for pull requests and Pages, and a README.
In a terminal without options it asks for each setting; with options it asks nothing.

  --title <text>        the site's title (default: "<Folder> Roadmap")
  --description <text>  one sentence about the site
  --url <address>       where it will be published, such as https://roadmap.acme.example
  --base <path>         the path below that address, such as /roadmap/ (default /)
  --intake <address>    where customers send feedback: https://... or mailto:...
  --areas <labels>      parts of the product, comma-separated: "Billing,Mobile app"
  --language <tag>      the site's language, such as en or de (default en)`;

export const usage = USAGE;

/** The packages a new site depends on, from this package's own manifest. */
function versions(): { roadlog: string; astro: string; node: string } {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
    peerDependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return {
    roadlog: manifest.version,
    astro: manifest.peerDependencies?.astro ?? '^7.3.5',
    node: manifest.devDependencies?.node ?? '^24.0.0',
  };
}

/** The workflows of Roadlog's own demo site: the same files a new site starts with. */
function workflows(): Map<string, string> {
  const folder = new URL('../../../.github/workflows/', import.meta.url);
  const files = new Map<string, string>();
  for (const name of ['validate.yml', 'deploy.yml']) files.set(name, readFileSync(new URL(name, folder), 'utf8'));
  return files;
}

const QUESTIONS: { key: keyof SiteAnswers; question: string }[] = [
  { key: 'title', question: 'Site title' },
  { key: 'description', question: 'One sentence about the site' },
  { key: 'url', question: 'Where it will be published (https://...)' },
  { key: 'base', question: 'Path below that address' },
  { key: 'intake', question: 'Where customers send feedback (https://... or mailto:...)' },
  { key: 'areas', question: 'Parts of the product, comma-separated (empty for none)' },
  { key: 'language', question: 'Language of the site (en, de, fr, es, pt-BR, ja)' },
];

/**
 * Asks for each setting, the default in brackets. Lines are read as a queue, so answers typed (or pasted)
 * ahead of their question are kept. Undefined when input ends before the last question (Ctrl+D).
 */
async function ask(defaults: SiteAnswers): Promise<SiteAnswers | undefined> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const lines = prompt[Symbol.asyncIterator]();
  const answers = { ...defaults };
  try {
    for (const { key, question } of QUESTIONS) {
      const current = key === 'areas' ? defaults.areas.join(', ') : String(defaults[key]);
      process.stdout.write(`${question}${current ? ` (${current})` : ''}: `);
      const line = await lines.next();
      if (line.done) return undefined;
      const reply = String(line.value).trim();
      if (!reply) continue;
      if (key === 'areas') answers.areas = listOption(reply) ?? [];
      else answers[key] = reply;
    }
  } finally {
    prompt.close();
  }
  return answers;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    title: { type: 'string' },
    description: { type: 'string' },
    url: { type: 'string' },
    base: { type: 'string' },
    intake: { type: 'string' },
    areas: { type: 'string' },
    language: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [folder, ...rest] = positionals;
  if (folder === undefined) throw new UsageError('say which folder to create the site in, as in: npx roadlog init my-roadmap');
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const target = resolve(folder);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    process.stderr.write(`${folder} is not an empty folder: nothing was written. Choose a new folder for the site.\n`);
    return 1;
  }

  const defaults = ANSWER_DEFAULTS(basename(target));
  const given = Object.values(values).some((value) => value !== undefined);
  let answers: SiteAnswers = {
    title: values.title ?? defaults.title,
    description: values.description ?? defaults.description,
    url: values.url ?? defaults.url,
    base: values.base ?? defaults.base,
    language: values.language ?? defaults.language,
    intake: values.intake ?? defaults.intake,
    areas: listOption(values.areas) ?? defaults.areas,
  };
  if (!given && process.stdin.isTTY) {
    const asked = await ask(answers);
    if (!asked) {
      process.stderr.write('\nStopped before the last question: nothing was written.\n');
      return 1;
    }
    answers = asked;
  }

  const { problems } = siteYaml(answers);
  if (problems.length > 0) {
    process.stderr.write(formatText(problems, { color: useColor(process.stderr) }));
    process.stderr.write('\nNothing was written: fix the settings above (see --help).\n');
    return 2;
  }
  const files = planSite(answers, basename(target), versions(), workflows());
  for (const [path, text] of files) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text, { flag: 'wx' });
  }
  const shown = folder;
  process.stdout.write(
    `Created ${answers.title} in ${shown}: ${files.size} files.\n\nNext:\n  cd ${shown}\n  npm install\n  npm run dev\n\nThen add your first request with: npm run new -- feedback "A request"\n`,
  );
  return 0;
}
