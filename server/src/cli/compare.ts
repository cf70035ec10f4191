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

export type CompareFormat = 'text' | 'markdown' | 'json';

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
