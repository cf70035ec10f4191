/** Repetition and medians. */

/** How many untimed warm-up runs, then how many timed runs. */
export interface Plan {
  warmup: number;
  runs: number;
}

/**
 * Fewer repetitions for bigger inputs, so that the whole run stays within a few minutes on two cores. (Until run N,
 * 5 runs at 1 MB and 3 at 5 MB: the 5 MB ÷ 1 MB ratios, cold and incremental, then moved between 4.6× and 6.2× from
 * one run to the next on this VM, runs M and N in docs/benchmarks.md.)
 */
export function planFor(bytes: number): Plan {
  if (bytes <= 20_000) return { warmup: 5, runs: 20 };
  if (bytes <= 400_000) return { warmup: 3, runs: 10 };
  if (bytes <= 2_000_000) return { warmup: 2, runs: 7 };
  return { warmup: 1, runs: 5 };
}

/**
 * Timed rounds over a document's edits in the incremental and server columns: more for small inputs, which are
 * quick and noisier, and at least three (ten samples, one round, gave a 1 MB server figure that moved from 25 to
 * 40 ms between runs).
 */
export function editRounds(plan: Plan): number {
  return Math.max(3, Math.round(plan.runs / 5));
}

/**
 * Untimed rounds over a document's edits before the timed ones, in both columns: what is timed is steady typing.
 * A language server that has just opened a bill has compiled its cold path (the open) but not the edit path, which
 * V8 compiles as it runs: rounds of ten edits of the 100 KB bill, right after the open, had medians of about 19, 18,
 * 12, 15 and 11 ms, and 6–9 ms from the sixth round on (docs/benchmarks.md, Method; the 10 KB bill settled after
 * about eight rounds, the 1 MB bill after two). Two rounds, as until run L, timed that compiling. What the first
 * round costs is reported on its own (ServerResult.firstEditsMs).
 */
export const WARMUP_EDIT_ROUNDS = 8;

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds one call takes. */
export function elapsed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Collect garbage (when node runs with --expose-gc) so that one
 * measurement's garbage is not charged to the next. Only before the warm-up:
 * a forced full collection also throws away compiled code and regular
 * expressions, which roughly doubled the time of the run that followed it
 * (measured on this engine), so collecting before every timed run would
 * measure recompilation rather than the engine.
 */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Run `fn` plan.warmup times untimed, then plan.runs times, returning what each timed run returned. */
export function repeat<T>(fn: () => T, plan: Plan): T[] {
  collect();
  for (let i = 0; i < plan.warmup; i++) fn();
  const out: T[] = [];
  for (let i = 0; i < plan.runs; i++) out.push(fn());
  return out;
}
