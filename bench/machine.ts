/** The machine line printed with the results. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  kernel: string;
}

export function describeMachine(): Machine {
  return { cpu: cpuModel(), cores: cpus().length, memoryGb: totalmem() / 1024 ** 3, node: process.version, kernel: release() };
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(1)} GB RAM, Node ${m.node}, Linux ${m.kernel}`;
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}
