export { sourceLineReader } from '../core/load/source-lines.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export function parseCommandLine<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError((cause as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return Boolean(stream.isTTY);
}

/**
 * Runs a command's main function: usage mistakes exit 2 with the usage text,
 * anything unexpected exits 2 with one line (the stack only with DEBUG=roadlog).
 */
export async function runCommand(usage: string, main: () => Promise<number> | number): Promise<void> {
  // `npm run validate | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'EPIPE') throw cause;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await main();
  } catch (cause) {
    if (cause instanceof UsageError) {
      process.stderr.write(`${cause.message}\n\n${usage}\n`);
    } else {
      const detail = process.env.DEBUG?.includes('roadlog') ? (cause as Error).stack : (cause as Error).message;
      process.stderr.write(`roadlog: unexpected failure: ${detail}\nRun again with DEBUG=roadlog for details, and please report it.\n`);
    }
    process.exitCode = 2;
  }
}

/** `--areas a,b` or `--areas "a, b"` as a list; undefined when the option is absent. */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
