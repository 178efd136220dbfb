import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './paths.ts';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts with the Node that runs the tests (the pinned one). */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
