import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryBytes: number;
  node: string;
  astro: string;
  os: string;
  /** 1-minute load average when the run started: a busy machine makes timings noisy. */
  loadAtStart: number;
  loadAtEnd?: number;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1]!.trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(projectRoot: string): MachineInfo {
  const astro = JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  return {
    cores: availableParallelism(),
    cpu: cpuModel(),
    memoryBytes: totalmem(),
    node: process.version,
    astro: astro.version,
    os: `${type()} ${release()}`,
    loadAtStart: loadavg()[0]!,
  };
}
