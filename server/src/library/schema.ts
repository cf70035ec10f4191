/**
 * The clause library: model clauses written by this project in the style of
 * each jurisdiction, one JSON file per area in snippets/library/. Every entry
 * says which lessons it satisfies and what the engine must judge when the
 * clause stands alone in a bill (tested), which provision it is modelled on
 * (checked against the shared reference), and a note for students.
 */
import { LESSONS } from '../engine/checklist/index.js';

export type Style = 'us' | 'uk' | 'commonwealth' | 'eu' | 'ja';

export interface ClauseEntry {
  /** Unique id: "<lesson>/<jurisdiction>-<n>", e.g. "oversight.report/us-1". */
  id: string;
  /** Lessons the clause applies, with the status the engine gives a bill holding only this clause. */
  lessons: Record<string, 'met' | 'partial'>;
  /** "United States", "United Kingdom", "Canada", "European Union", "Australia", "Estonia", "Lithuania", "Japan", or "Recommended". */
  jurisdiction: string;
  /** The instrument it follows, by its full name; for a recommended clause, the lesson's source. */
  instrument: string;
  /** The provision it is modelled on, exactly as ../shared/jurisdictions.md cites it; null when that file cannot confirm one. */
  provision: string | null;
  year: number | null;
  /** Modelled on a jurisdiction's approach, or recommended by this project where none got it right. */
  kind: 'modelled' | 'recommended';
  /** The drafting tradition it is written in. */
  style: Style;
  /** Caption for the provision when inserted. */
  title: string;
  /** The clause, written by this project. {{text}} marks a placeholder with its default; the same text is the same placeholder. */
  text: string;
  /** For students: what the clause does well, what practitioners criticised, and where it came from. */
  note: string;
}

export const STYLES: Style[] = ['us', 'uk', 'commonwealth', 'eu', 'ja'];
const LESSON_IDS = new Set(LESSONS.map((l) => l.id));

/** Problems with one entry, in words a contributor can act on; empty when it is sound. */
export function entryProblems(e: unknown, where: string): string[] {
  const out: string[] = [];
  if (typeof e !== 'object' || e === null) return [`${where}: an entry must be an object`];
  const x = e as Record<string, unknown>;
  const str = (k: string) => {
    if (typeof x[k] !== 'string' || (x[k] as string).trim() === '') out.push(`${where}: "${k}" must be a non-empty string`);
  };
  for (const k of ['id', 'jurisdiction', 'instrument', 'title', 'text', 'note']) str(k);
  if (x['provision'] !== null && typeof x['provision'] !== 'string') out.push(`${where}: "provision" must be a string or null`);
  if (x['year'] !== null && typeof x['year'] !== 'number') out.push(`${where}: "year" must be a number or null`);
  if (x['kind'] !== 'modelled' && x['kind'] !== 'recommended') out.push(`${where}: "kind" must be "modelled" or "recommended"`);
  if (!STYLES.includes(x['style'] as Style)) out.push(`${where}: "style" must be one of ${STYLES.join(', ')}`);
  const lessons = x['lessons'];
  if (typeof lessons !== 'object' || lessons === null || Object.keys(lessons).length === 0) out.push(`${where}: "lessons" must map at least one lesson id to "met" or "partial"`);
  else {
    for (const [id, st] of Object.entries(lessons)) {
      if (!LESSON_IDS.has(id)) out.push(`${where}: unknown lesson "${id}"`);
      if (st !== 'met' && st !== 'partial') out.push(`${where}: lesson "${id}" must be "met" or "partial"`);
    }
  }
  if (x['kind'] === 'recommended' && x['jurisdiction'] !== 'Recommended') out.push(`${where}: a recommended clause has jurisdiction "Recommended"`);
  if (typeof x['text'] === 'string' && /\{\{[^}]*$|\{\{\}\}/.test(x['text'])) out.push(`${where}: unbalanced or empty {{placeholder}}`);
  return out;
}
