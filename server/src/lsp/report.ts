/** The checklist report for one bill, as Markdown with links to the evidence clauses. */
import { AREA_TITLES, LESSONS } from '../engine/checklist/index.js';
import type { LintResult } from '../engine/types.js';
import type { LineIndex } from '../engine/text.js';

const MARK = { met: '✓ met', partial: '◐ partly met', missing: '✗ missing' } as const;

export function checklistReport(uri: string, title: string, result: LintResult, lines: LineIndex): string {
  const n = (s: string) => result.checklist.filter((l) => l.status === s).length;
  const out = [`# Checklist report: ${title}`, '', `**${n('met')} met · ${n('partial')} partly met · ${n('missing')} missing** of ${result.checklist.length} lessons.`, ''];
  let area = '';
  for (const l of result.checklist) {
    if (l.area !== area) {
      area = l.area;
      out.push(`## ${AREA_TITLES[area] ?? area}`, '');
    }
    const spec = LESSONS.find((x) => x.id === l.id)!;
    out.push(`### ${MARK[l.status]} — ${l.title} (\`${l.id}\`)`, '');
    if (l.status !== 'met') out.push(l.status === 'missing' ? spec.missing.en : `Lacks ${l.missingElements.join('; ')}.`, '');
    for (const e of l.evidence) {
      const line = lines.position(e.span.start).line;
      out.push(`- [${e.provision ?? `line ${line + 1}`}](${uri}#L${line + 1}): ${e.text}`);
    }
    if (l.evidence.length) out.push('');
    out.push(`*Why it matters:* ${spec.why.en} *Source:* ${spec.sources.map((s) => `${s.speaker} (${s.document})`).join('; ')}.`, '');
  }
  return out.join('\n');
}
