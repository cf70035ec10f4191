/** The checklist report for one bill, as Markdown with links to the evidence clauses, in the reader's locale. */
import { LESSONS } from '../engine/checklist/index.js';
import { localize } from '../engine/language.js';
import type { LintResult } from '../engine/types.js';
import type { LineIndex } from '../engine/text.js';
import { areaTitle, counts, joinList, sourceParts, ui } from './ui-text.js';

export function checklistReport(uri: string, title: string, result: LintResult, lines: LineIndex, locale?: string): string {
  const out = [ui('report.title', locale, { title }), '', ui('report.summary', locale, { ...counts(result.checklist), total: result.checklist.length }), ''];
  let area = '';
  for (const l of result.checklist) {
    if (l.area !== area) {
      area = l.area;
      out.push(`## ${areaTitle(area, locale)}`, '');
    }
    const spec = LESSONS.find((x) => x.id === l.id)!;
    out.push(ui('report.lesson', locale, { mark: ui(`report.mark.${l.status}`, locale), title: l.title, id: l.id }), '');
    if (l.status !== 'met') out.push(l.status === 'missing' ? localize(spec.missing, locale) : ui('hover.lacks', locale, { elements: joinList(l.missingElements, locale) }), '');
    for (const e of l.evidence) {
      const line = lines.position(e.span.start).line;
      out.push(`- [${e.provision ?? ui('report.line', locale, { line: line + 1 })}](${uri}#L${line + 1}): ${e.text}`);
    }
    if (l.evidence.length) out.push('');
    const sources = spec.sources.map((s) => ui('report.source', locale, sourceParts(s, locale))).join(ui('report.source-separator', locale));
    out.push(ui('report.why', locale, { why: localize(spec.why, locale), sources }), '');
  }
  return out.join('\n');
}
