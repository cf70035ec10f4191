/**
 * magnitsky-lint compare <lesson-id>: every jurisdiction's approach to one
 * lesson side by side, from the clause library, with citations.
 */
import { LESSONS } from '../engine/checklist/index.js';
import { clausesFor, loadLibrary } from '../library/load.js';
import { plainText } from '../library/placeholders.js';
import type { ClauseEntry } from '../library/schema.js';
import type { LessonResult } from '../engine/types.js';
import { localize } from '../engine/language.js';
import { clauseCitation, joinList, jurisdictionName, ui } from '../lsp/ui-text.js';

export type CompareFormat = 'text' | 'markdown' | 'json' | 'html';

/** The draft's own treatment of the lesson, for a column beside the jurisdictions. */
export interface DraftColumn {
  path: string;
  result: LessonResult;
}

/** Every jurisdiction's clause for a lesson; `locale` sets the language of the tool's words (the clauses and notes are the library's). */
export function compareLesson(lessonId: string, format: CompareFormat, draft?: DraftColumn, entries: ClauseEntry[] = loadLibrary(), locale?: string): string {
  const lesson = LESSONS.find((l) => l.id === lessonId);
  if (!lesson) throw new Error(`unknown lesson "${lessonId}". Run magnitsky-lint --list-rules to see the lesson ids.`);
  const clauses = clausesFor(lessonId, entries);
  const own = draft ? draftSummary(draft, locale) : null;
  const t = (key: Parameters<typeof ui>[0], params?: Record<string, string>) => ui(key, locale, params);
  const title = localize(lesson.title, locale);
  const why = localize(lesson.why, locale);
  const meets = (c: ClauseEntry) => (c.lessons[lessonId] === 'met' ? t('compare.meets') : t('compare.partly'));
  const citation = (c: ClauseEntry) => clauseCitation(c, locale);
  const jurisdiction = (c: ClauseEntry) => jurisdictionName(c.jurisdiction, locale);
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
      (c) => `<tr><th scope="row">${esc(jurisdiction(c))}<div class="src">${esc(citation(c))}</div></th><td class="${c.lessons[lessonId]}">${meets(c)}</td><td class="clause">${para(plainText(c.text))}</td><td>${esc(c.note)}</td></tr>`,
    );
    const mine = own ? `<tr class="draft"><th scope="row">${esc(t('compare.your-draft'))}<div class="src">${esc(own.source)}</div></th><td>${esc(own.status)}</td><td class="clause">${para(own.text)}</td><td>${esc(own.note)}</td></tr>` : '';
    return `<!doctype html><html lang="${locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:var(--vscode-foreground,#1b1b1b);background:var(--vscode-editor-background,#fff)}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #8884;padding:.5rem;vertical-align:top;text-align:left}
thead th{background:#8882}.src{font-weight:normal;font-size:12px;opacity:.8}.clause p{margin:.2rem 0}.met{color:#1a7f37}.partial{color:#9a6700}
tr.draft{background:#8881;outline:2px solid #888}</style></head><body>
<h1>${esc(title)} <code>${esc(lesson.id)}</code></h1><p>${esc(why)}</p>
<table><thead><tr><th>${esc(t('compare.jurisdiction'))}</th><th>${esc(t('compare.meets-header'))}</th><th>${esc(t('compare.clause'))}</th><th>${esc(t('compare.note'))}</th></tr></thead><tbody>${mine}${rows.join('')}</tbody></table>
<p><em>${esc(t('compare.disclaimer'))}</em></p></body></html>
`;
  }
  if (format === 'markdown') {
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
    const rows = clauses.map((c) => `| ${cell(jurisdiction(c))} | ${cell(citation(c))} | ${c.lessons[lessonId]} | ${cell(plainText(c.text))} | ${cell(c.note)} |`);
    return [
      `## ${title} (\`${lesson.id}\`)`,
      '',
      why,
      '',
      `| ${t('compare.jurisdiction')} | ${t('compare.source')} | ${t('compare.meets-header')} | ${t('compare.clause')} | ${t('compare.note')} |`,
      '| --- | --- | --- | --- | --- |',
      ...(own ? [`| **${t('compare.your-draft')}** | ${cell(own.source)} | ${own.status} | ${cell(own.text)} | ${cell(own.note)} |`] : []),
      ...rows,
      '',
      t('compare.disclaimer'),
      '',
    ].join('\n');
  }
  const out = [`${title} (${lesson.id})`, why, ''];
  if (own) {
    out.push(`── ${t('compare.your-draft')} · ${own.source} · ${own.status}`);
    out.push(indent(own.text));
    if (own.note) out.push(indent(own.note));
    out.push('');
  }
  for (const c of clauses) {
    out.push(`── ${jurisdiction(c)} · ${citation(c)} · ${meets(c)}`);
    out.push(indent(plainText(c.text)));
    out.push(indent(`Note: ${c.note}`));
    out.push('');
  }
  out.push(t('compare.disclaimer'));
  return out.join('\n') + '\n';
}

function draftSummary(d: DraftColumn, locale: string | undefined): { source: string; status: string; text: string; note: string } {
  const r = d.result;
  const where = r.evidence.map((e) => e.provision).filter((p): p is string => Boolean(p));
  return {
    source: `${d.path}${where.length ? `, ${[...new Set(where)].join(', ')}` : ''}`,
    status: ui(r.status === 'met' ? 'compare.meets' : r.status === 'partial' ? 'compare.partly' : 'compare.missing', locale),
    text: r.evidence.length ? r.evidence.map((e) => e.text).join('\n') : ui('compare.none', locale),
    note: r.status === 'partial' ? ui('compare.lacks', locale, { elements: joinList(r.missingElements, locale) }) : '',
  };
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');
}
