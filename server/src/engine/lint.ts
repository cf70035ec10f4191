/**
 * The engine's entry point: Markdown text in, checklist statuses and findings
 * out. Pure — no files, no editor — so the CLI, the language server and the
 * tests share it.
 */
import { parseBlocks, ParseCache } from './parse.js';
import { attachMemos, Memos } from './memo.js';
import { buildBill, KeptByDocument, type Bill, type Sentence } from './structure/bill.js';
import { compileChecklist, type CompiledChecklist } from './checklist/compile.js';
import { DRAFTING_RULES, LESSONS, RULE_IDS, defaultSeverity } from './checklist/index.js';
import { judgeLessons, type LessonOutcome, type SentenceRef } from './judge.js';
import { checkCrossReferences } from './drafting/cross-references.js';
import { checkNumbering } from './drafting/numbering.js';
import { checkDefinedTerms } from './drafting/defined-terms.js';
import type { DraftingFault } from './drafting/common.js';
import { detectLanguage, isJapanese, localize } from './language.js';
import { fill, JA_COMMON } from './checklist/text-ja.js';
import { lessonMessage } from './messages.js';
import { sourceOffset } from './parse.js';
import { clip, LineIndex } from './text.js';
import { findDirectives, suppressor } from './suppress.js';
import type { Evidence, Finding, Language, LessonResult, LintOptions, LintResult, Severity, Span } from './types.js';

const compiledByLanguage = new Map<Language, CompiledChecklist>();

/** The checklist compiled for a language, once per process. */
export function checklistFor(language: Language): CompiledChecklist {
  let c = compiledByLanguage.get(language);
  if (!c) compiledByLanguage.set(language, (c = compileChecklist(LESSONS, language)));
  return c;
}

const DRAFTING_CHECKS: [string, (bill: Bill) => DraftingFault[]][] = [
  ['drafting.cross-reference', checkCrossReferences],
  ['drafting.numbering', checkNumbering],
  ['drafting.defined-term', checkDefinedTerms],
];

/**
 * Lint one document. Pass the same `cache` for successive versions of a
 * document and only the chunks an edit touched are parsed again.
 */
export function lint(text: string, options: LintOptions = {}, cache?: ParseCache): LintResult {
  return analyse(text, options, cache).result;
}

/** Lint, and keep the bill model and line index for editor features (outline, insertion points). */
export function analyse(text: string, options: LintOptions = {}, cache?: ParseCache): { result: LintResult; bill: Bill; lines: LineIndex } {
  const language = options.language ?? cache?.language(text) ?? detectLanguage(text);
  const blocks = parseBlocks(text, cache);
  cache?.sweep();
  const memos = cache?.memos ?? new Memos();
  const bill = buildBill(blocks, language, memos);
  attachMemos(bill, memos);
  const lines = new LineIndex(text);
  const result = judgeBill(bill, options, lines, memos);
  memos.sweep();
  return { result, bill, lines };
}

/**
 * Judge a bill. With the document's line index, inline disable comments are
 * honoured too. `memos` (kept between versions of a document) spare matching
 * unchanged text again.
 */
export function judgeBill(bill: Bill, options: LintOptions = {}, lines?: LineIndex, memos?: Memos): LintResult {
  const locale = options.locale;
  const failures: LintResult['failures'] = [];
  const findings: Finding[] = [];
  const severityOf = (id: string): Severity | 'off' => options.rules?.[id] ?? defaultSeverity(id) ?? 'warning';

  let outcomes: LessonOutcome[] = [];
  try {
    outcomes = judgeLessons(bill, checklistFor(bill.language), memos, (lesson, e) => {
      if (severityOf(lesson.spec.id) !== 'off') failures.push({ rule: lesson.spec.id, message: errorText(e) });
    });
  } catch (e) {
    // Nothing could be judged (the bill's shared reading failed): every lesson that is on is a failure.
    for (const l of LESSONS) if (severityOf(l.id) !== 'off') failures.push({ rule: l.id, message: errorText(e) });
  }
  const checklist: LessonResult[] = outcomes.map((o) => ({
    id: o.lesson.spec.id,
    area: o.lesson.spec.area,
    title: localize(o.lesson.spec.title, locale),
    status: o.status,
    missingElements: o.missing.map((m) => localize(m, locale)),
    evidence: o.evidence.map((r) => evidenceOf(bill, r)),
  }));
  // A lesson whose check failed still has its row (the report's contract lists every lesson): reported missing,
  // saying why, beside the error finding that names the failure.
  if (checklist.length < LESSONS.length) {
    const judged = new Set(checklist.map((l) => l.id));
    const failed = LESSONS.filter((l) => !judged.has(l.id)).map((l) => ({
      id: l.id,
      area: l.area,
      title: localize(l.title, locale),
      status: 'missing' as const,
      missingElements: [isJapanese(locale) ? '検査できませんでした（エラーの診断を参照）' : 'not checked: the check failed (see the error finding)'],
      evidence: [],
    }));
    checklist.push(...failed);
    const order = new Map(LESSONS.map((l, i) => [l.id, i]));
    checklist.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  const placed = placements(bill);
  for (const o of outcomes) {
    const severity = severityOf(o.lesson.spec.id);
    if (o.status === 'met' || severity === 'off') continue;
    const span = o.status === 'missing' ? placement(bill, o, placed, lines?.text) : anchorSpan(bill, o);
    findings.push({
      rule: o.lesson.spec.id,
      severity,
      message: lessonMessage(o, locale),
      span,
      related: o.evidence.map((r) => ({ span: sentenceSpan(bill, r), message: isJapanese(locale) ? fill(JA_COMMON['evidence']!, { sentence: clipped(r.sentence, 100) }) : `Evidence: ${clipped(r.sentence, 100)}` })),
      status: o.status,
    });
  }

  for (const [id, check] of DRAFTING_CHECKS) {
    const severity = severityOf(id);
    if (severity === 'off') continue;
    try {
      for (const f of check(bill)) {
        findings.push({ rule: f.rule, severity, message: localize(f.message, locale), span: f.span, related: f.related.map((r) => ({ span: r.span, message: localize(r.message, locale) })) });
      }
    } catch (e) {
      failures.push({ rule: id, message: errorText(e) });
    }
  }
  // A check that failed is reported as a finding of its own, so the editor and the CLI show it where the others are.
  for (const x of failures) findings.push({ rule: x.rule, severity: 'error', message: failureMessage(x.rule, x.message, locale), span: bill.title?.span ?? { start: 0, end: 0 }, related: [] });
  const notes: LintResult['notes'] = [];
  if (lines) {
    const directives = findDirectives(bill.blocks, lines, new Set(RULE_IDS));
    const off = suppressor(directives);
    // (Without directives nothing is switched off, and the lines of the document need not be found.)
    if (directives.length > 0) {
      for (let i = findings.length - 1; i >= 0; i--) {
        if (off(findings[i]!.rule, lines.position(findings[i]!.span.start).line)) findings.splice(i, 1);
      }
    }
    for (const d of directives) {
      for (const u of d.unknown) {
        const message = isJapanese(locale) ? fill(JA_COMMON['unknown-rule']!, { rule: u }) : `This magnitsky-lint comment names an unknown rule “${u}”; it has no effect. The rule ids are listed in the documentation.`;
        notes.push({ span: { start: d.offset, end: d.offset }, message });
      }
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  const plain = bill.blocks.find((b) => b.plain);
  if (plain) {
    notes.push({
      span: { start: plain.start, end: plain.start },
      message: isJapanese(locale)
        ? JA_COMMON['plain-text']!
        : 'Part of this document could not be read as Markdown (it is nested too deeply), so it was checked as plain text: headings, lists and quotations there are not recognised.',
    });
  }
  return { language: bill.language, checklist, findings, failures, notes };
}

/** A failed check, in plain words: which check did not run, that the others did, and what to do. */
function failureMessage(rule: string, error: string, locale: string | undefined): string {
  const spec = [...LESSONS, ...DRAFTING_RULES].find((r) => r.id === rule);
  const title = spec ? localize(spec.title, locale) : rule;
  return isJapanese(locale)
    ? `magnitsky-lint は、この文書について「${title}」（${rule}）を確認できませんでした（内部エラー：${error}）。ほかの確認は行われています。この結果は不具合として報告してください。`
    : `magnitsky-lint could not check “${title}” (${rule}) in this document: the check stopped with an internal error (${error}). The other checks ran. This is a fault in magnitsky-lint, not in the bill; please report it.`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function sentenceSpan(bill: Bill, r: SentenceRef): Span {
  const b = bill.blocks[r.sentence.block]!;
  const start = sourceOffset(b, r.sentence.from);
  const end = sourceOffset(b, r.sentence.to - 1) + 1;
  return { start, end: Math.max(start, end) };
}

function evidenceOf(bill: Bill, r: SentenceRef): Evidence {
  return { span: sentenceSpan(bill, r), text: clipped(r.sentence, 160), provision: r.provision?.label ?? null };
}

/**
 * A sentence's text clipped for an evidence line, kept with the sentence: every lesson's evidence is clipped on
 * every keystroke, and the sentences of provisions an edit did not touch are the same objects from one version to
 * the next (structure/patch.ts).
 */
const clips = { 100: new WeakMap<Sentence, string>(), 160: new WeakMap<Sentence, string>() };
function clipped(s: Sentence, max: 100 | 160): string {
  let c = clips[max].get(s);
  if (c === undefined) clips[max].set(s, (c = clip(s.text, max)));
  return c;
}

/** A partial lesson is flagged on the clause that half-meets it (or its words, for undefined terms). */
function anchorSpan(bill: Bill, o: LessonOutcome): Span {
  const a = o.anchor!;
  if (o.lesson.spec.flagAnchorWords && a.words && a.words[1] > a.words[0]) {
    const b = bill.blocks[a.sentence.block]!;
    const start = sourceOffset(b, a.sentence.from + a.words[0]);
    return { start, end: sourceOffset(b, a.sentence.from + a.words[1] - 1) + 1 };
  }
  return sentenceSpan(bill, a);
}

/**
 * For each placement pattern, the index of the first operative provision
 * whose caption it matches (-1: none), filled as asked. A bill patched from
 * the last one (an edit inside a paragraph) has the same captions and roles,
 * so the last answers are kept with the document's memos.
 */
const keptPlacements = new KeptByDocument<Map<RegExp, number>>();

function placements(bill: Bill): Map<RegExp, number> {
  const found = keptPlacements.carried(bill)?.state ?? new Map<RegExp, number>();
  keptPlacements.keep(bill, found);
  return found;
}

/** A missing lesson goes on the most relevant provision's heading, or the title. */
function placement(bill: Bill, o: LessonOutcome, found: Map<RegExp, number>, text?: string): Span {
  const compiled = o.lesson;
  for (const re of compiled.placement) {
    let at = found.get(re);
    if (at === undefined) found.set(re, (at = bill.provisions.findIndex((x) => x.role === 'operative' && x.caption && re.test(x.caption))));
    if (at >= 0) return bill.provisions[at]!.header;
  }
  if (bill.title) return bill.title.span;
  const first = bill.blocks.find((b) => b.kind !== 'frontmatter' && b.kind !== 'html');
  if (!first) return { start: 0, end: 0 };
  if (text === undefined) return { start: first.start, end: Math.min(first.end, first.start + 200) };
  // At most its first 200 characters, a line break counting as one: the same with CRLF as with LF, and never
  // between a "\r" and its "\n".
  let end = first.start;
  for (let n = 0; n < 200 && end < first.end; n++) end += text.startsWith('\r\n', end) ? 2 : 1;
  while (end > first.start && /\s/.test(text[end - 1]!)) end--;
  return { start: first.start, end };
}
