/**
 * In-process measurements of one input: the bare remark parse, the engine's
 * cold judgement split into its steps, markdownlint, and the engine's
 * re-judgement after a one-character edit. Times are totals over the input's
 * documents, in milliseconds.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { analyse, judgeBill } from '../server/src/engine/lint.js';
import { parseBlocks, ParseCache } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';
import { detectLanguage } from '../server/src/engine/language.js';
import { LineIndex } from '../server/src/engine/text.js';
import { attachMemos } from '../server/src/engine/memo.js';
import { collect, editRounds, elapsed, median, repeat, WARMUP_EDIT_ROUNDS, type Plan } from './timing.js';
import { insertAt, type Doc } from './inputs.js';

export interface EngineSteps {
  parse: number;
  structure: number;
  checks: number;
  total: number;
}

const bareRemark = unified().use(remarkParse).freeze();

export interface ColdColumns {
  /** The floor: remark-parse alone, no plugins, no reduction of the tree. */
  remark: number;
  markdownlint: number;
  /** Cold judgement (a fresh ParseCache for each document); each step and the total are medians of their own. */
  engine: EngineSteps;
}

/**
 * The three cold columns. Below 1 MB they are measured interleaved: each
 * repetition times bare remark, markdownlint and the engine over every
 * document, in an order that rotates from one repetition to the next, so
 * that a slower spell of a shared machine (other jobs, another VM on the
 * host) tends to fall on all three alike. From 1 MB up each column is
 * measured in a block of its own after a collection: there one pass leaves
 * hundreds of megabytes of garbage (bare remark on 5 MB), which interleaved
 * would be charged to the next column, and collecting between passes
 * instead throws away compiled code, which doubled the engine's 1 MB time.
 * Medians of the timed repetitions.
 */
export function coldColumns(docs: Doc[], plan: Plan): ColdColumns {
  const remark: number[] = [];
  const lint: number[] = [];
  const engine: EngineSteps[] = [];
  const passes = [
    () => remark.push(sum(docs, (d) => elapsed(() => bareRemark.parse(d.text)))),
    () => lint.push(sum(docs, (d) => elapsed(() => markdownlint({ strings: { bill: d.text } })))),
    () => {
      const steps = docs.map((d) => coldSteps(d.text));
      engine.push({ parse: sum(steps, (s) => s.parse), structure: sum(steps, (s) => s.structure), checks: sum(steps, (s) => s.checks), total: sum(steps, (s) => s.total) });
    },
  ];
  if (sum(docs, (d) => d.text.length) >= 1_000_000) {
    for (const pass of passes) repeat(pass, plan);
  } else {
    let round = 0;
    repeat(() => {
      for (let k = 0; k < passes.length; k++) passes[(round + k) % passes.length]!();
      round++;
    }, plan);
  }
  // Drop the warm-up passes' samples.
  const timed = <T>(xs: T[]): T[] => xs.slice(plan.warmup);
  const e = timed(engine);
  return {
    remark: median(timed(remark)),
    markdownlint: median(timed(lint)),
    engine: { parse: median(e.map((r) => r.parse)), structure: median(e.map((r) => r.structure)), checks: median(e.map((r) => r.checks)), total: median(e.map((r) => r.total)) },
  };
}

/** The steps of analyse() in server/src/engine/lint.ts, timed one by one. Keep in step with it. */
function coldSteps(text: string): EngineSteps {
  const t0 = performance.now();
  const language = detectLanguage(text);
  const cache = new ParseCache();
  const blocks = parseBlocks(text, cache);
  cache.sweep();
  const t1 = performance.now();
  const bill = buildBill(blocks, language, cache.memos);
  attachMemos(bill, cache.memos);
  const t2 = performance.now();
  judgeBill(bill, {}, new LineIndex(text), cache.memos);
  cache.memos.sweep();
  const t3 = performance.now();
  return { parse: t1 - t0, structure: t2 - t1, checks: t3 - t2, total: t3 - t0 };
}

/**
 * Re-judgement after a one-character edit, with the cache warm from the
 * previous version, as in the language server. Each edit is made and then
 * undone, and both re-judgements are timed, so every timed run sees a cache
 * holding exactly the previous version's chunks. Untimed rounds over the
 * edits come first as a warm-up. The input's figure is the sum over its
 * documents of each document's median.
 */
export function incrementalMs(docs: Doc[], plan: Plan): number {
  return sum(docs, (d) => median(incrementalSamples(d, editRounds(plan))));
}

function incrementalSamples(doc: Doc, rounds: number): number[] {
  collect();
  const cache = new ParseCache();
  analyse(doc.text, {}, cache);
  // Warm-up: untimed rounds over every edit, so that what is timed is the steady state of typing.
  for (let round = 0; round < WARMUP_EDIT_ROUNDS; round++) {
    for (const offset of doc.edits) {
      analyse(insertAt(doc.text, offset), {}, cache);
      analyse(doc.text, {}, cache);
    }
  }
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const offset of doc.edits) {
      const edited = insertAt(doc.text, offset);
      samples.push(elapsed(() => analyse(edited, {}, cache)));
      samples.push(elapsed(() => analyse(doc.text, {}, cache)));
    }
  }
  return samples;
}

function sum<T>(xs: readonly T[], f: (x: T) => number): number {
  let n = 0;
  for (const x of xs) n += f(x);
  return n;
}
