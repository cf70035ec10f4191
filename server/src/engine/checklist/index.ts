/**
 * The checklist: every lesson of ../shared/checklist.md, in its order, plus
 * the drafting rules' metadata. Ids are the public contract.
 */
import type { LessonSpec, Source, Text } from './schema.js';
import type { Severity } from '../types.js';
import { OVERSIGHT } from './oversight.js';
import { CIVIL_SOCIETY } from './civil-society.js';
import { HUMANITARIAN_LESSONS } from './humanitarian.js';
import { EVIDENCE } from './evidence.js';
import { SCOPE } from './scope.js';
import { MEASURES } from './measures.js';
import { COORDINATION } from './coordination.js';
import { JA_CUES } from './cues-ja.js';
import { addJapaneseText, JA_AREAS, JA_DRAFTING_RULES } from './text-ja.js';

export const LESSONS: LessonSpec[] = withJapanese([...OVERSIGHT, ...CIVIL_SOCIETY, ...HUMANITARIAN_LESSONS, ...EVIDENCE, ...SCOPE, ...MEASURES, ...COORDINATION]);

/** Add each lesson's Japanese cues (cues-ja.ts) beside its English ones; a cue written in place wins. */
function withJapanese(lessons: LessonSpec[]): LessonSpec[] {
  for (const l of lessons) {
    const ja = JA_CUES[l.id];
    if (!ja) continue;
    (l.variants ?? []).forEach((v, i) => {
      const anchor = ja.anchors?.[i];
      if (anchor && !v.anchor.ja) v.anchor.ja = anchor;
      for (const e of v.elements) {
        const c = ja.elements?.[e.id];
        if (c && !e.cue.ja) e.cue.ja = c;
        const b = ja.because?.[e.id];
        if (b && e.because && !e.because.cue.ja) e.because.cue.ja = b;
        (ja.or?.[e.id] ?? []).forEach((o, k) => {
          const alt = e.or?.[k];
          if (alt && !alt.cue.ja) alt.cue.ja = o;
        });
      }
    });
    for (const d of l.duties ?? []) {
      const c = ja.duties?.[d.id];
      if (c && !d.cue.ja) d.cue.ja = c;
    }
    if (ja.placement && !l.placement.ja) l.placement.ja = ja.placement;
  }
  addJapaneseText(lessons);
  return lessons;
}

/** How each area is named for readers, in Japanese. */
export const AREA_TITLES_JA: Record<string, string> = JA_AREAS;

/** How each area is named for readers. */
export const AREA_TITLES: Record<string, string> = {
  oversight: 'Oversight by the legislature',
  'civil-society': 'Civil society',
  humanitarian: 'Humanitarian carve-outs',
  evidence: 'Criteria and evidence',
  scope: 'Scope of designations',
  measures: 'Measures',
  coordination: 'Coordination and transparency',
  drafting: 'Drafting',
};

export interface DraftingRuleSpec {
  id: string;
  area: 'drafting';
  title: Text;
  severity: Severity;
  sources: Source[];
}

export const DRAFTING_RULES: DraftingRuleSpec[] = [
  { id: 'drafting.cross-reference', area: 'drafting', title: { en: 'References to provisions the bill does not contain' }, severity: 'warning', sources: [] },
  { id: 'drafting.defined-term', area: 'drafting', title: { en: 'Defined terms never used, or quoted terms never defined' }, severity: 'warning', sources: [] },
  { id: 'drafting.numbering', area: 'drafting', title: { en: 'Skipped or duplicated provision numbers' }, severity: 'warning', sources: [] },
].map((r) => (JA_DRAFTING_RULES[r.id] ? { ...r, title: { ...r.title, ja: JA_DRAFTING_RULES[r.id] } } : r)) as DraftingRuleSpec[];

/** Every rule id the tool knows, lessons first. */
export const RULE_IDS: string[] = [...LESSONS.map((l) => l.id), ...DRAFTING_RULES.map((d) => d.id)];

export function defaultSeverity(id: string): Severity | undefined {
  return LESSONS.find((l) => l.id === id)?.severity ?? DRAFTING_RULES.find((d) => d.id === id)?.severity;
}
