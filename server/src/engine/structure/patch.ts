/**
 * The bill model after a keystroke, without building it again: when the new
 * version's blocks differ from the last version's in one paragraph or list
 * item only, and that block reads the same to the structure (bill.ts,
 * `readingOf`), the bill is the last one with that block's provision given
 * its sentences afresh and every span after the edit moved. Anything else is
 * built from scratch. The result is the same as a fresh build (tested:
 * test/structure-patch.test.ts).
 *
 * Objects of the last bill that the edit does not move are shared with the
 * new one; nothing of the last bill is changed.
 */
import type { Block } from '../parse.js';
import type { Span } from '../types.js';
import type { Bill, Provision, Sentence } from './bill.js';

/** What a build did with each block, by block index, as a patch needs it. */
export interface BuildTrace {
  /** How the block entered the bill: 0 otherwise, BODY as a provision's body text, PREAMBLE as preamble text. */
  role: Uint8Array;
  /** For blocks whose sentences a provision took: where in the block's text they start; -1 for others. */
  from: Int32Array;
  /** For those blocks: 1 when they were read as not operative (a note, a commentary box), else 0. */
  inert: Uint8Array;
  /** For those blocks: the index of the provision in Bill.provisions. */
  owner: Int32Array;
}

export const BODY = 1;
export const PREAMBLE = 2;

export function newTrace(n: number): BuildTrace {
  return { role: new Uint8Array(n), from: new Int32Array(n).fill(-1), inert: new Uint8Array(n), owner: new Int32Array(n).fill(-1) };
}

/** The one block whose text an edit changed, and how much longer it got. */
export interface BlockEdit {
  index: number;
  delta: number;
}

/**
 * Compare two versions' blocks: null unless exactly one block's text (and
 * text-to-source map) changed, it starts where it did, and every other block
 * is the same but for its offsets, moved by the change in length after it.
 */
export function findBlockEdit(before: readonly Block[], after: readonly Block[]): BlockEdit | null {
  if (before.length !== after.length) return null;
  let index = -1;
  let delta = 0;
  for (let k = 0; k < after.length; k++) {
    const a = before[k]!;
    const b = after[k]!;
    if (a === b) {
      if (index >= 0 && delta !== 0) return null;
      continue;
    }
    if (!sameShape(a, b)) return null;
    if (a.text === b.text && sameNumbers(a.map, b.map)) {
      const shift = index >= 0 ? delta : 0;
      if (b.start !== a.start + shift || b.end !== a.end + shift) return null;
      continue;
    }
    if (index >= 0 || b.start !== a.start) return null;
    index = k;
    delta = b.end - a.end;
  }
  return index < 0 ? null : { index, delta };
}

/** Everything of a block but its text, map and offsets. */
function sameShape(a: Block, b: Block): boolean {
  return (
    a.kind === b.kind &&
    a.depth === b.depth &&
    a.quoted === b.quoted &&
    a.ordinal === b.ordinal &&
    a.plain === b.plain &&
    sameNumbers(a.strong, b.strong) &&
    (a.comments ?? []).length === (b.comments ?? []).length &&
    (a.comments ?? []).every((c, i) => c.offset === b.comments![i]!.offset && c.value === b.comments![i]!.value)
  );
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The last bill with the edit applied. `sentences` gives the edited block's
 * provision its sentences afresh (as the build does, lead-ins included);
 * `preamble` gives a preamble block's sentences.
 */
export function reviseBill(
  last: Bill,
  trace: BuildTrace,
  blocks: Block[],
  edit: BlockEdit,
  sentences: (bill: Bill, p: Provision) => void,
  preamble: (block: Block, index: number) => Sentence[],
): Bill {
  const { index, delta } = edit;
  /** Where the edited block ended: spans from there on move by delta, spans across it grow by delta. */
  const at = last.blocks[index]!.end;
  const move = (s: Span): Span => (s.start >= at ? { start: s.start + delta, end: s.end + delta } : s.end >= at ? { start: s.start, end: s.end + delta } : s);
  const moved = <T extends { span: Span }>(x: T): T => {
    const span = move(x.span);
    return span === x.span ? x : { ...x, span };
  };
  const bill: Bill = {
    ...last,
    blocks,
    title: last.title && moved(last.title),
    divisions: last.divisions.map(moved),
    schedules: last.schedules.map(moved),
  };
  const owner = trace.role[index] === BODY ? trace.owner[index]! : -1;
  bill.provisions = last.provisions.map((p, k) => {
    const span = move(p.span);
    const header = move(p.header);
    if (k === owner) {
      const q: Provision = { ...p, span, header, sentences: [] };
      sentences(bill, q);
      return q;
    }
    return span === p.span && header === p.header ? p : { ...p, span, header };
  });
  if (trace.role[index] === PREAMBLE) {
    const fresh = preamble(blocks[index]!, index);
    const first = last.preamble.findIndex((s) => s.block >= index);
    const before = first < 0 ? last.preamble : last.preamble.slice(0, first);
    const after = first < 0 ? [] : last.preamble.slice(first).filter((s) => s.block !== index);
    bill.preamble = [...before, ...fresh, ...after];
  }
  return bill;
}
