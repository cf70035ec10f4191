/**
 * magnitsky-lint matrix <files…>: bills × lessons (met / partial / missing)
 * as a Markdown table, CSV, or a self-contained HTML page that shows the
 * evidence clause when the pointer rests on a cell.
 */
import { AREA_TITLES, LESSONS } from '../engine/checklist/index.js';
import type { FileReport } from './report.js';

export type MatrixFormat = 'markdown' | 'csv' | 'html';

const MARK = { met: '✓', partial: '◐', missing: '✗' } as const;

export function formatMatrix(files: FileReport[], format: MatrixFormat): string {
  if (format === 'csv') return csv(files);
  if (format === 'html') return html(files);
  return markdown(files);
}

function markdown(files: FileReport[]): string {
  const head = `| Lesson | ${files.map((f) => f.path.replace(/\|/g, '\\|')).join(' | ')} |`;
  const sep = `| --- | ${files.map(() => ':---:').join(' | ')} |`;
  const rows = LESSONS.map((l) => `| ${l.title.en} (\`${l.id}\`) | ${files.map((f) => statusOf(f, l.id)).map((s) => `${MARK[s]} ${s}`).join(' | ')} |`);
  const totals = `| **Met · partial · missing** | ${files.map((f) => counts(f)).join(' | ')} |`;
  return [head, sep, ...rows, totals, '', '✓ met · ◐ partial · ✗ missing', ''].join('\n');
}

function csv(files: FileReport[]): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['file', ...LESSONS.map((l) => l.id)].map(q).join(',')];
  for (const f of files) lines.push([f.path, ...LESSONS.map((l) => statusOf(f, l.id))].map(q).join(','));
  return lines.join('\n') + '\n';
}

function html(files: FileReport[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const areas = [...new Set(LESSONS.map((l) => l.area))];
  const body: string[] = [];
  for (const area of areas) {
    body.push(`<tr class="area"><th colspan="${files.length + 1}"><span>${esc(AREA_TITLES[area] ?? area)}</span></th></tr>`);
    for (const l of LESSONS.filter((x) => x.area === area)) {
      const cells = files.map((f) => {
        const item = f.checklist.find((c) => c.id === l.id);
        const status = item?.status ?? 'missing';
        const ev = item?.evidence[0];
        const detail = [
          `${l.title.en}: ${status}`,
          ev ? `Evidence (${ev.provision ?? `line ${ev.line}`}): ${ev.text}` : 'No provision of the bill counts as evidence.',
          item && item.missingElements.length && status !== 'missing' ? `Lacks: ${item.missingElements.join('; ')}` : '',
        ]
          .filter(Boolean)
          .join('\n');
        return `<td class="${status}" tabindex="0" title="${esc(detail)}"><span aria-hidden="true">${MARK[status]}</span> ${status}<div class="tip">${esc(detail).replace(/\n/g, '<br>')}</div></td>`;
      });
      body.push(`<tr><th scope="row"><a href="#" title="${esc(l.why.en)}">${esc(l.title.en)}</a><br><code>${esc(l.id)}</code></th>${cells.join('')}</tr>`);
    }
  }
  const totals = files.map((f) => `<td>${esc(counts(f))}</td>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>magnitsky-lint: checklist matrix</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #ccc; padding: .35rem .6rem; vertical-align: top; }
  thead th { position: sticky; top: 0; background: #f4f4f4; writing-mode: horizontal-tb; max-width: 12rem; }
  th[scope=row] { text-align: left; font-weight: normal; max-width: 22rem; position: sticky; left: 0; z-index: 1; background: #fff; }
  tr.area th span { position: sticky; left: .6rem; }  /* the area stays in view when the table scrolls sideways */
  th[scope=row] a { color: inherit; text-decoration: none; font-weight: 600; }
  tr.area th { background: #e8e8f4; text-align: left; }
  td { text-align: center; position: relative; white-space: nowrap; cursor: help; }
  td.met { background: #dff3e3; } td.partial { background: #fff1c7; } td.missing { background: #fbdcdc; }
  td .tip { display: none; position: absolute; z-index: 2; left: 50%; top: 100%; width: 26rem; white-space: normal; text-align: left;
            background: #fff; border: 1px solid #888; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: .5rem; font-size: 13px; }
  td:hover .tip, td:focus .tip { display: block; }
  caption { text-align: left; font-size: 1.2rem; font-weight: 600; margin-bottom: .6rem; }
  .legend { margin-top: 1rem; color: #444; }
</style>
</head>
<body>
<table>
<caption>Checklist matrix: ${files.length} bill${files.length === 1 ? '' : 's'} × ${LESSONS.length} lessons</caption>
<thead><tr><th>Lesson</th>${files.map((f) => `<th scope="col">${esc(f.path)}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
<tr><th scope="row"><strong>Met · partial · missing</strong></th>${totals}</tr>
</tbody>
</table>
<p class="legend">✓ met · ◐ partial · ✗ missing. Rest the pointer on a cell (or focus it) to see the clause that counts as evidence and what is missing.</p>
</body>
</html>
`;
}

function statusOf(f: FileReport, id: string): 'met' | 'partial' | 'missing' {
  return f.checklist.find((c) => c.id === id)?.status ?? 'missing';
}

function counts(f: FileReport): string {
  const n = (s: string) => f.checklist.filter((c) => c.status === s).length;
  return `${n('met')} · ${n('partial')} · ${n('missing')}`;
}
