/** Hover on a flagged clause or term: the lesson, its source, what is missing, and how others did it. */
import type { Hover } from 'vscode-languageserver/node.js';
import { LESSONS } from '../engine/checklist/index.js';
import type { Finding, LintResult } from '../engine/types.js';
import { clausesFor, loadLibrary } from '../library/load.js';
import { citation } from '../library/snippets.js';
import { plainText } from '../library/placeholders.js';
import { ruleDocUrl } from './convert.js';
import type { Style } from '../library/schema.js';

export function hoverAt(result: LintResult, offset: number, lineStart: number, lineEnd: number, style: Style): Hover | null {
  // Findings under the pointer; failing that, any finding on the same line (a missing lesson sits on a heading).
  let hits = result.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (hits.length === 0) hits = result.findings.filter((f) => f.span.start >= lineStart && f.span.start <= lineEnd);
  if (hits.length === 0) return null;
  return { contents: { kind: 'markdown', value: hits.slice(0, 4).map((f) => describe(f, result, style)).join('\n\n---\n\n') } };
}

function describe(f: Finding, result: LintResult, style: Style): string {
  const lesson = LESSONS.find((l) => l.id === f.rule);
  if (!lesson) return `**${f.rule}** — ${f.message}\n\n[About this check](${ruleDocUrl(f.rule)})`;
  const r = result.checklist.find((l) => l.id === f.rule)!;
  const out = [
    `**${lesson.title.en}** · \`${lesson.id}\` · ${r.status === 'missing' ? 'missing' : 'partly met'}`,
    '',
    r.status === 'missing' ? lesson.missing.en : `Lacks ${r.missingElements.join('; ')}.`,
    '',
    `*Why:* ${lesson.why.en}`,
    '',
    `*Source:* ${lesson.sources.map((s) => `${s.speaker} — ${s.paraphrase}`).join(' ')}`,
  ];
  let clauses: ReturnType<typeof clausesFor> = [];
  try {
    clauses = clausesFor(lesson.id, loadLibrary()).filter((c) => c.lessons[lesson.id] === 'met');
  } catch {
    clauses = [];
  }
  // One example per jurisdiction and provision: variants of the same clause in another drafting style add nothing here.
  const seen = new Set<string>();
  const picked = [...clauses.filter((c) => c.style === style), ...clauses.filter((c) => c.style !== style)]
    .filter((c) => {
      const key = `${c.jurisdiction}|${c.provision ?? c.id}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, 3);
  if (picked.length) {
    out.push('', '*How others did it:*');
    for (const c of picked) {
      const text = plainText(c.text).replace(/\s+/g, ' ');
      out.push(`- **${c.jurisdiction}** (${citation(c)}): ${text.length > 220 ? `${text.slice(0, 219)}…` : text}`);
    }
  }
  out.push('', `[The rule, with examples](${ruleDocUrl(f.rule)})`);
  return out.join('\n');
}
