import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Where the command's output goes (a log file), instead of the terminal. */
  log?: string;
  /** Milliseconds between memory samples. */
  sampleEvery?: number;
}

export interface RunResult {
  code: number | null;
  /** Wall-clock time from spawn to exit. */
  ms: number;
  /**
   * Peak resident memory in bytes: the larger of the highest VmHWM of any
   * process of the tree (the kernel's own high-water mark) and the highest
   * sampled sum of VmRSS over the tree. Undefined where /proc is missing.
   */
  peakRss?: number;
  output: string;
}

/** Reads `VmRSS` and `VmHWM` (kB) from /proc/<pid>/status. */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (!rss || !hwm) return undefined;
    return { rss: Number(rss[1]) * 1024, hwm: Number(hwm[1]) * 1024 };
  } catch {
    return undefined;
  }
}

/** The process and its descendants, through /proc/<pid>/task/<tid>/children. */
function processTree(root: number): number[] {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    seen.push(pid);
    try {
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return seen;
}

/**
 * Runs a shell command and measures its wall time and the peak memory of its
 * process tree. Memory is sampled from /proc (Linux), which costs far less
 * than the builds it watches: a handful of small file reads per sample.
 */
export function runMeasured(command: string, options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    const log = options.log ? createWriteStream(options.log) : undefined;
    const collect = (chunk: Buffer) => {
      chunks.push(chunk);
      log?.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);

    let peakHwm = 0;
    let peakSum = 0;
    let sampled = false;
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const memory = memoryOf(pid);
        if (!memory) continue;
        sampled = true;
        sum += memory.rss;
        peakHwm = Math.max(peakHwm, memory.hwm);
      }
      peakSum = Math.max(peakSum, sum);
    };
    const timer = setInterval(sample, options.sampleEvery ?? 50);
    child.on('error', (cause) => {
      clearInterval(timer);
      reject(cause);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      log?.end();
      resolve({
        code,
        ms,
        peakRss: sampled ? Math.max(peakHwm, peakSum) : undefined,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
