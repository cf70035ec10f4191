/**
 * Where and how a model clause goes into a bill: a new provision numbered in
 * the bill's own style, after the last provision of the Part the lesson
 * belongs to (with an inserted number such as "14A" when that is not the end
 * of the bill, so nothing is renumbered), or — for a lesson met only in part —
 * right after the provision that half-meets it. Pure: text in, edit out.
 */
import type { Bill, Provision } from '../engine/structure/bill.js';
import type { ClauseEntry, Style } from '../library/schema.js';
import { plainText } from '../library/placeholders.js';
import { provisionHeading } from '../library/insert.js';
import { LESSONS } from '../engine/checklist/index.js';
import { compileChecklist } from '../engine/checklist/compile.js';

export interface Insertion {
  /** Offset at which `text` is inserted. */
  offset: number;
  text: string;
  /** How the new provision is named, for the action's title ("section 15"). */
  label: string;
}

/** The drafting style a bill is written in, to prefer clauses in the same style. */
export function billStyle(bill: Bill): Style {
  const main = bill.provisions.filter((p) => p.value !== null);
  if (bill.language === 'ja') return 'ja';
  if (main.some((p) => p.kind === 'Article')) return 'eu';
  if (main.some((p) => p.kind === 'regulation')) return 'uk';
  if (main.some((p) => /^(?:SEC\.|SECTION\s)/.test(bill.blocks[p.headerBlock]!.text.trimStart()))) return 'us';
  return 'commonwealth';
}

/** Clauses for a lesson, those in the bill's own style first. */
export function clausesInOrder(entries: ClauseEntry[], lessonId: string, style: Style): ClauseEntry[] {
  const mine = entries.filter((e) => lessonId in e.lessons && e.lessons[lessonId] === 'met');
  return [...mine.filter((e) => e.style === style), ...mine.filter((e) => e.style !== style)];
}

/** Is the clause (or its opening words) already in the text? Inserting it again would duplicate it. */
export function alreadyPresent(text: string, entry: ClauseEntry): boolean {
  const opening = plainText(entry.text).split('\n')[0]!.slice(0, 80);
  return text.includes(opening);
}

const PLACEMENT = new Map(compileChecklist(LESSONS, 'en').lessons.map((l) => [l.spec.id, l.placement]));

export function clauseInsertion(text: string, bill: Bill, entry: ClauseEntry, lessonId: string, after?: Provision): Insertion | null {
  if (alreadyPresent(text, entry)) return null;
  const main = bill.provisions.filter((p) => p.domain === 'main' && p.value !== null);
  const body = plainText(entry.text);
  if (main.length === 0) {
    const label = provisionHeading(entry.style, 1, entry.title);
    return { offset: text.length, text: `${text.endsWith('\n') ? '' : '\n'}\n## ${label}\n\n${body}\n`, label: 'a new provision' };
  }
  const last = main[main.length - 1]!;
  let ref: Provision = after ?? last;
  if (!after) {
    // The Part whose heading matches the lesson, if the bill has one.
    const placement = PLACEMENT.get(lessonId) ?? [];
    const div = bill.divisions.find((d) => d.title && placement.some((re) => re.test(d.title!)));
    if (div) {
      const inPart = main.filter((p) => p.division === div.label);
      if (inPart.length) ref = inPart[inPart.length - 1]!;
    }
  }
  const number = ref === last ? String(last.value! + 1) : nextInserted(ref, main);
  const heading = headingLike(text, ref, number, entry.title);
  const end = lineEnd(text, ref.span.end);
  return { offset: end, text: `\n\n${heading}\n\n${body}`, label: `${ref.kind} ${number}` };
}

/** "14" → "14A", or "14B" if 14A exists. */
function nextInserted(p: Provision, all: Provision[]): string {
  const base = String(p.value);
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const n = `${base}${letter}`;
    if (!all.some((q) => q.key === n)) return n;
  }
  return `${base}ZA`;
}

/** A heading for the new provision, copied from a neighbour's with the number and caption changed. */
function headingLike(text: string, p: Provision, number: string, title: string): string {
  const start = p.header.start;
  let end = p.header.end;
  while (end < text.length && /[*_]/.test(text[end]!)) end++;
  let header = text.slice(start, Math.min(lineEnd(text, start), end));
  const at = header.indexOf(p.number);
  if (at < 0) return `## ${p.kind} ${number} ${title}`;
  const caption = p.caption && header.lastIndexOf(p.caption) > at ? p.caption : '';
  const newCaption = caption && caption === caption.toUpperCase() ? title.toUpperCase() : title;
  if (caption) {
    const c = header.lastIndexOf(caption);
    header = header.slice(0, c) + newCaption + header.slice(c + caption.length);
  } else {
    header = `${header.trimEnd()} ${newCaption}`;
  }
  return header.slice(0, at) + number + header.slice(at + p.number.length);
}

/** The end of the line holding `offset` (before its line break). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}
