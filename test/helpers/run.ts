import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The same, without blocking the test process: for commands that talk to a
 * server the test itself runs (a blocking spawn would leave it unable to answer).
 */
export function runScriptAsync(script: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
