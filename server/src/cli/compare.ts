/**
 * magnitsky-lint compare <lesson-id>: every jurisdiction's approach to one
 * lesson side by side, from the clause library, with citations.
 */
import { LESSONS } from '../engine/checklist/index.js';
import { clausesFor, loadLibrary } from '../library/load.js';
import { plainText } from '../library/placeholders.js';
import { citation } from '../library/snippets.js';
import type { ClauseEntry } from '../library/schema.js';
import type { LessonResult } from '../engine/types.js';

export type CompareFormat = 'text' | 'markdown' | 'json' | 'html';

/** The draft's own treatment of the lesson, for a column beside the jurisdictions. */
export interface DraftColumn {
  path: string;
  result: LessonResult;
}

export function compareLesson(lessonId: string, format: CompareFormat, draft?: DraftColumn, entries: ClauseEntry[] = loadLibrary()): string {
  const lesson = LESSONS.find((l) => l.id === lessonId);
  if (!lesson) throw new Error(`unknown lesson "${lessonId}". Run magnitsky-lint --list-rules to see the lesson ids.`);
  const clauses = clausesFor(lessonId, entries);
  const own = draft ? draftSummary(draft) : null;
  if (format === 'json') {
    return (
      JSON.stringify(
        {
          lesson: { id: lesson.id, title: lesson.title.en, why: lesson.why.en },
          ...(draft ? { draft: { path: draft.path, status: draft.result.status, missingElements: draft.result.missingElements, evidence: draft.result.evidence.map((e) => ({ provision: e.provision, text: e.text })) } } : {}),
          clauses: clauses.map((c) => ({ ...c, text: plainText(c.text), status: c.lessons[lessonId], citation: citation(c) })),
        },
        null,
        2,
      ) + '\n'
    );
  }
  if (format === 'html') {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const para = (s: string) => esc(s).split(/\n{2,}/).map((x) => `<p>${x.replace(/\n/g, '<br>')}</p>`).join('');
    const rows = clauses.map(
      (c) => `<tr><th scope="row">${esc(c.jurisdiction)}<div class="src">${esc(citation(c))}</div></th><td class="${c.lessons[lessonId]}">${c.lessons[lessonId] === 'met' ? 'meets the lesson' : 'meets it only in part'}</td><td class="clause">${para(plainText(c.text))}</td><td>${esc(c.note)}</td></tr>`,
    );
    const mine = own ? `<tr class="draft"><th scope="row">Your draft<div class="src">${esc(own.source)}</div></th><td>${esc(own.status)}</td><td class="clause">${para(own.text)}</td><td>${esc(own.note)}</td></tr>` : '';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(lesson.title.en)}</title><style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:var(--vscode-foreground,#1b1b1b);background:var(--vscode-editor-background,#fff)}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #8884;padding:.5rem;vertical-align:top;text-align:left}
thead th{background:#8882}.src{font-weight:normal;font-size:12px;opacity:.8}.clause p{margin:.2rem 0}.met{color:#1a7f37}.partial{color:#9a6700}
tr.draft{background:#8881;outline:2px solid #888}</style></head><body>
<h1>${esc(lesson.title.en)} <code>${esc(lesson.id)}</code></h1><p>${esc(lesson.why.en)}</p>
<table><thead><tr><th>Jurisdiction</th><th>Meets the lesson</th><th>Model clause</th><th>Note</th></tr></thead><tbody>${mine}${rows.join('')}</tbody></table>
<p><em>Model clauses are written by magnitsky-lint in each jurisdiction’s style; they are not the text of any law.</em></p></body></html>
`;
  }
  if (format === 'markdown') {
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
    const rows = clauses.map((c) => `| ${cell(c.jurisdiction)} | ${cell(citation(c))} | ${c.lessons[lessonId]} | ${cell(plainText(c.text))} | ${cell(c.note)} |`);
    return [
      `## ${lesson.title.en} (\`${lesson.id}\`)`,
      '',
      lesson.why.en,
      '',
      '| Jurisdiction | Source | Meets the lesson | Model clause | Note |',
      '| --- | --- | --- | --- | --- |',
      ...(own ? [`| **Your draft** | ${cell(own.source)} | ${own.status} | ${cell(own.text)} | ${cell(own.note)} |`] : []),
      ...rows,
      '',
      'Model clauses are written by magnitsky-lint in each jurisdiction’s style; they are not the text of any law.',
      '',
    ].join('\n');
  }
  const out = [`${lesson.title.en} (${lesson.id})`, lesson.why.en, ''];
  if (own) {
    out.push(`── Your draft · ${own.source} · ${own.status}`);
    out.push(indent(own.text));
    if (own.note) out.push(indent(own.note));
    out.push('');
  }
  for (const c of clauses) {
    out.push(`── ${c.jurisdiction} · ${citation(c)} · ${c.lessons[lessonId] === 'met' ? 'meets the lesson' : 'meets it only in part'}`);
    out.push(indent(plainText(c.text)));
    out.push(indent(`Note: ${c.note}`));
    out.push('');
  }
  out.push('Model clauses are written by magnitsky-lint in each jurisdiction’s style; they are not the text of any law.');
  return out.join('\n') + '\n';
}

function draftSummary(d: DraftColumn): { source: string; status: string; text: string; note: string } {
  const r = d.result;
  const where = r.evidence.map((e) => e.provision).filter((p): p is string => Boolean(p));
  return {
    source: `${d.path}${where.length ? `, ${[...new Set(where)].join(', ')}` : ''}`,
    status: r.status === 'met' ? 'meets the lesson' : r.status === 'partial' ? 'meets it only in part' : 'missing',
    text: r.evidence.length ? r.evidence.map((e) => e.text).join('\n') : '(the draft has no provision on this)',
    note: r.status === 'partial' ? `Lacks: ${r.missingElements.join('; ')}.` : '',
  };
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');
}
