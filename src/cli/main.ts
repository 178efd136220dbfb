/**
 * The `roadlog` command: one entry point for every maintainer command, each
 * loaded only when asked for, so `roadlog validate` loads nothing else.
 */
import { runCommand } from './args.ts';

interface Command {
  usage: string;
  run: (argv: string[]) => number | Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'check content/site.yaml and every entry; report every problem at once',
    load: () => import('./commands/validate.ts'),
  },
  new: { summary: 'scaffold a request, roadmap item or release; never overwrites', load: () => import('./commands/new.ts') },
  import: { summary: 'import GitHub issues, Canny posts or a CHANGELOG.md', load: () => import('./commands/import.ts') },
  init: { summary: 'start a new Roadlog site in an empty folder', load: () => import('./commands/init.ts') },
  notify: {
    summary: 'tell customers whose request moved: GitHub comments and webhook digests',
    load: () => import('./commands/notify.ts'),
  },
  triage: {
    summary: 'list unanswered requests, quiet work in progress, likely duplicates, empty releases',
    load: () => import('./commands/triage.ts'),
  },
};

const USAGE = `Usage: roadlog <command> [options]   (in a Roadlog site: npm run <command> -- [options])

${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

roadlog <command> --help explains a command.`;

export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    await runCommand(USAGE, () => {
      if (name === undefined || name === '--help' || name === '-h') {
        process.stdout.write(`${USAGE}\n`);
        return name === undefined ? 2 : 0;
      }
      process.stderr.write(`roadlog: unknown command "${name}"\n\n${USAGE}\n`);
      return 2;
    });
    return;
  }
  const loaded = await command.load();
  await runCommand(loaded.usage, () => loaded.run(rest));
}
