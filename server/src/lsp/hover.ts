/** Hover on a flagged clause or term: the lesson, its source, what is missing, and how others did it — in the reader's locale. */
import type { Hover } from 'vscode-languageserver/node.js';
import { LESSONS } from '../engine/checklist/index.js';
import { localize } from '../engine/language.js';
import type { Finding, LintResult } from '../engine/types.js';
import { clausesFor, loadLibrary } from '../library/load.js';
import { plainText } from '../library/placeholders.js';
import { ruleDocUrl } from './convert.js';
import type { Style } from '../library/schema.js';
import { inBillOrder } from './insert-clause.js';
import { clauseCitation, joinList, jurisdictionName, sourceParts, statusWord, ui } from './ui-text.js';

export function hoverAt(result: LintResult, offset: number, lineStart: number, lineEnd: number, style: Style, locale?: string): Hover | null {
  // Findings under the pointer; failing that, any finding on the same line (a missing lesson sits on a heading).
  let hits = result.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (hits.length === 0) hits = result.findings.filter((f) => f.span.start >= lineStart && f.span.start <= lineEnd);
  if (hits.length === 0) return null;
  return { contents: { kind: 'markdown', value: hits.slice(0, 4).map((f) => describe(f, result, style, locale)).join('\n\n---\n\n') } };
}

function describe(f: Finding, result: LintResult, style: Style, locale: string | undefined): string {
  const url = ruleDocUrl(f.rule, locale);
  const lesson = LESSONS.find((l) => l.id === f.rule);
  // (A lesson whose check failed: its finding says so, and is shown as it is.)
  const r = result.failures.some((x) => x.rule === f.rule) ? undefined : result.checklist.find((l) => l.id === f.rule);
  if (!lesson || !r) return `${ui('hover.finding', locale, { rule: f.rule, message: f.message })}\n\n${ui('hover.about', locale, { url })}`;
  const sources = lesson.sources.map((s) => ui('hover.source', locale, sourceParts(s, locale)));
  const out = [
    ui('hover.heading', locale, { title: localize(lesson.title, locale), id: lesson.id, status: statusWord(r.status === 'missing' ? 'missing' : 'partial', locale) }),
    '',
    r.status === 'missing' ? localize(lesson.missing, locale) : ui('hover.lacks', locale, { elements: joinList(r.missingElements, locale) }),
    '',
    ui('hover.why', locale, { why: localize(lesson.why, locale) }),
    '',
    ui('hover.sources', locale, { sources: sources.join(ui('hover.source-separator', locale)) }),
  ];
  let clauses: ReturnType<typeof clausesFor> = [];
  try {
    clauses = clausesFor(lesson.id, loadLibrary()).filter((c) => c.lessons[lesson.id] === 'met');
  } catch {
    clauses = [];
  }
  // Clauses in the bill's own drafting style and language first: a Japanese bill sees the Japanese model
  // clauses, then how other jurisdictions did it; an English bill no Japanese ones. One example per
  // jurisdiction and provision: variants of the same clause in another drafting style add nothing here.
  const seen = new Set<string>();
  const picked = inBillOrder(clauses, style, style === 'ja')
    .filter((c) => {
      const key = `${c.jurisdiction}|${c.provision ?? c.id}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, 3);
  if (picked.length) {
    out.push('', ui('hover.others', locale));
    for (const c of picked) {
      const text = plainText(c.text).replace(/\s+/g, ' ');
      out.push(ui('hover.other', locale, { jurisdiction: jurisdictionName(c.jurisdiction, locale), citation: clauseCitation(c, locale), text: text.length > 220 ? `${text.slice(0, 219)}…` : text }));
    }
  }
  out.push('', ui('hover.rule-link', locale, { url }));
  return out.join('\n');
}
