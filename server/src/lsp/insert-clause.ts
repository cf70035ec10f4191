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
import { kanjiNumeral } from '../engine/structure/numbers.js';
import { LESSONS } from '../engine/checklist/index.js';
import { compileChecklist } from '../engine/checklist/compile.js';
import { say } from '../engine/drafting/common.js';
import { ui } from './ui-text.js';

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

/**
 * Clauses in the order a bill wants them: its own drafting style first, then its own language
 * (Japanese clauses first for a Japanese bill). Clauses in the other language come last, and
 * only when `otherLanguage` is set: a Japanese clause is no model for an English bill.
 */
export function inBillOrder(entries: ClauseEntry[], style: Style, otherLanguage: boolean): ClauseEntry[] {
  const sameLanguage = (e: ClauseEntry) => (e.style === 'ja') === (style === 'ja');
  const mine = entries.filter(sameLanguage);
  const ordered = [...mine.filter((e) => e.style === style), ...mine.filter((e) => e.style !== style)];
  return otherLanguage || ordered.length === 0 ? [...ordered, ...entries.filter((e) => !sameLanguage(e))] : ordered;
}

/** Clauses that meet a lesson, to insert into a bill: in its style first, and in its language. */
export function clausesInOrder(entries: ClauseEntry[], lessonId: string, style: Style): ClauseEntry[] {
  return inBillOrder(entries.filter((e) => lessonId in e.lessons && e.lessons[lessonId] === 'met'), style, false);
}

/** Is the clause (or its opening words) already in the text? Inserting it again would duplicate it. */
export function alreadyPresent(text: string, entry: ClauseEntry): boolean {
  const opening = plainText(entry.text).split('\n')[0]!.slice(0, 80);
  return text.includes(opening);
}

const PLACEMENT = new Map(compileChecklist(LESSONS, 'en').lessons.map((l) => [l.spec.id, l.placement]));

export function clauseInsertion(text: string, bill: Bill, entry: ClauseEntry, lessonId: string, after?: Provision, locale?: string): Insertion | null {
  if (alreadyPresent(text, entry)) return null;
  const main = bill.provisions.filter((p) => p.domain === 'main' && p.value !== null);
  const body = plainText(entry.text);
  if (main.length === 0) {
    const label = provisionHeading(entry.style, 1, entry.title);
    return { offset: text.length, text: `${text.endsWith('\n') ? '' : '\n'}\n## ${label}\n\n${body}\n`, label: ui('fix.new-provision', locale) };
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
  if (bill.language === 'ja') return japaneseInsertion(text, ref, last, main, entry.title, body);
  const number = ref === last ? String(last.value! + 1) : nextInserted(ref, main);
  const heading = headingLike(text, ref, number, entry.title);
  const end = lineEnd(text, ref.span.end);
  return { offset: end, text: `\n\n${heading}\n\n${body}`, label: `${ref.kind} ${number}` };
}

/**
 * A Japanese article after `ref`: the next article number in kanji (第十五条) after the last
 * article of the main provisions, or a branch number (第十条の二) inside them, so that nothing is
 * renumbered; set as the bill sets its articles — a heading "### 第十五条（見出し）", or the Diet's
 * form with the caption on its own line before "第十五条　…".
 */
function japaneseInsertion(text: string, ref: Provision, last: Provision, main: Provision[], title: string, body: string): Insertion {
  let article: string;
  if (ref === last) article = `第${kanjiNumeral(last.value! + 1)}条`;
  else {
    // After the last branch of the same article (第十条の二 before 第十条の三), never between them.
    ref = main.filter((p) => p.value === ref.value).pop() ?? ref;
    let k = 2;
    while (main.some((p) => p.key === `${ref.value}-${k}`)) k++;
    article = `第${kanjiNumeral(ref.value!)}条の${kanjiNumeral(k)}`;
  }
  const end = lineEnd(text, ref.span.end);
  const headerLine = text.slice(text.lastIndexOf('\n', ref.header.start) + 1, lineEnd(text, ref.header.start));
  if (ref.asHeading) {
    const hashes = /^#+/.exec(headerLine)?.[0] ?? '###';
    return { offset: end, text: `\n\n${hashes} ${article}（${title}）\n\n${body}`, label: article };
  }
  // Line by line (caption directly above the article) or with blank lines between, as the bill does.
  const before = text.slice(0, text.lastIndexOf('\n', ref.header.start) + 1);
  const sep = ref.caption && /（[^）\n]*）\n$/.test(before) && !/\n\n$/.test(before) ? '\n' : '\n\n';
  const paras = body.split(/\n{2,}/).join(sep);
  return { offset: end, text: `${sep}（${title}）${sep}${article}　${paras}`, label: article };
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

const SENTINEL = '\u0000';
/** The engine's own "never defined" frames, in every language, as patterns that capture the term. */
const UNDEFINED_TERM: RegExp[] = Object.values(say('defined-term-undefined', { term: SENTINEL }))
  .filter((f): f is string => typeof f === 'string')
  .map((f) => new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(SENTINEL, '(.+?)')}$`));

/** The term a "quoted but never defined" finding names, whichever language its message is in. */
export function undefinedTerm(message: string): string | undefined {
  for (const re of UNDEFINED_TERM) {
    const m = re.exec(message);
    if (m) return m[1];
  }
  return undefined;
}

/** A definition of the term for the bill's definitions provision, in the bill's own form. */
export function definitionInsertion(text: string, bill: Bill, term: string): Insertion | null {
  const defs = bill.provisions.find((q) => q.role === 'definitions');
  if (!defs) return null;
  if (bill.language === 'ja') return { offset: defs.span.end, text: `\n\nこの法律において「${term}」とは、［定義］をいう。`, label: defs.label };
  const quote = text.includes('“') ? ['“', '”'] : ['"', '"'];
  return { offset: defs.span.end, text: `\n\n${quote[0]}${term}${quote[1]} means [definition];`, label: defs.label };
}
