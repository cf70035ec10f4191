/** The documents measured: generated bills of several sizes, and the test fixtures as one set. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateBill } from './generate.js';
import { planFor, type Plan } from './timing.js';

export interface Doc {
  name: string;
  text: string;
  /** Offsets inside words of provision text where a one-character edit is made. */
  edits: number[];
}

export interface Input {
  label: string;
  bytes: number;
  /** Timed columns are totals over these documents. */
  docs: Doc[];
  plan: Plan;
}

/** Different one-character edits per document for the incremental and server columns. */
export const EDITS_PER_DOC = 5;

const GENERATED: [string, number][] = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];

const FIXTURES = fileURLToPath(new URL('../test-fixtures/', import.meta.url));

export function generatedInputs(): Input[] {
  return GENERATED.map(([label, size]) => {
    const text = generateBill(size);
    return { label, bytes: Buffer.byteLength(text), docs: [{ name: `generated-${label.replace(' ', '')}.md`, text, edits: editOffsets(text) }], plan: planFor(size) };
  });
}

/** Every fixture bill (the README is documentation, not a bill), as one aggregated input. */
export function fixturesInput(): Input {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  const docs = names.map((name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    return { name, text, edits: editOffsets(text) };
  });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  // Each file is small; the plan follows the size of one, the total is what is timed.
  return { label: `fixtures (${docs.length} files, ${Math.round(bytes / 1024)} KB)`, bytes, docs, plan: planFor(10_000) };
}

/**
 * Offsets for one-character edits: in the middle of a long word of a
 * subsection paragraph ("(2) The Minister must…"), starting from the middle
 * of the document and spread over several paragraphs. Documents without
 * numbered subsections fall back to plain paragraphs.
 */
export function editOffsets(text: string, count = EDITS_PER_DOC): number[] {
  const mid = text.length >> 1;
  for (const kind of [/^\(\d+\) \S/, /^[A-Za-z]/]) {
    const lines = paragraphLines(text, kind);
    const ordered = [...lines.filter((l) => l.start >= mid), ...lines.filter((l) => l.start < mid).reverse()];
    const stride = Math.max(1, Math.min(3, Math.floor(ordered.length / count)));
    const offsets: number[] = [];
    for (let i = 0; i < ordered.length && offsets.length < count; i += stride) {
      const at = wordMiddle(ordered[i]!.text);
      if (at !== null) offsets.push(ordered[i]!.start + at);
    }
    if (offsets.length > 0) return offsets;
  }
  throw new Error('no paragraph to edit');
}

function paragraphLines(text: string, kind: RegExp): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && kind.test(line)) out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** Index in the middle of the first word of at least six letters, or null. */
function wordMiddle(line: string): number | null {
  const m = /[A-Za-z]{6,}/.exec(line);
  return m ? m.index + (m[0].length >> 1) : null;
}

/** The text with one character inserted. */
export function insertAt(text: string, offset: number, ch = 'x'): string {
  return text.slice(0, offset) + ch + text.slice(offset);
}
