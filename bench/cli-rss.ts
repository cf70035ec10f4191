/**
 * Peak RSS of one cold run of the real CLI on a file, as a user running
 * `magnitsky-lint bill.md` would see it. A preloaded module prints
 * process.resourceUsage().maxRSS as the process exits.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/magnitsky-lint.js', import.meta.url));
const REPORT_MAXRSS = `data:text/javascript,${encodeURIComponent('process.on("exit", () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`));')}`;

export interface CliRun {
  peakRssMb: number;
  wallMs: number;
}

export function cliColdRun(file: string): CliRun {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', REPORT_MAXRSS, CLI, '--no-config', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  const kb = /maxrss=(\d+)/.exec(run.stderr);
  // The CLI exits 1 when it has findings; only a missing report is a failure here.
  if (!kb) throw new Error(`the CLI run failed (exit ${run.status}): ${run.stderr}`);
  return { peakRssMb: Number(kb[1]) / 1024, wallMs };
}
