/**
 * The checklist's words in Japanese (ja.json): lesson titles, reasons, what is
 * missing, element labels, sources' paraphrases, and the frames of messages.
 * index.ts sets them beside the English; which language a message is in never
 * changes a judgement.
 */
import ja from './ja.json' with { type: 'json' };
import jaUi from './ui-ja.json' with { type: 'json' };
import type { LessonSpec, Text } from './schema.js';

interface LessonText {
  title: string;
  why: string;
  missing: string;
  elements?: Record<string, string>;
  because?: Record<string, string>;
  sources?: string[];
  duties?: Record<string, string>;
  purposePartial?: string;
}

const TEXT = ja as unknown as Record<string, unknown>;

/** Frames and words of messages ("{where}は「{title}」を一部しか満たしていません…"). */
export const JA_COMMON = TEXT['_common'] as Record<string, string>;
/** Drafting-fault message templates by id. */
export const JA_DRAFTING = TEXT['_drafting'] as Record<string, string> & { words: Record<string, string> };
export const JA_AREAS = (TEXT['_areas'] ?? {}) as Record<string, string>;
export const JA_DRAFTING_RULES = (TEXT['_draftingRules'] ?? {}) as Record<string, string>;

const withJa = (t: Text, ja: string | undefined): void => {
  if (ja && !t.ja) t.ja = ja;
};

export function addJapaneseText(lessons: LessonSpec[]): void {
  for (const l of lessons) {
    const t = TEXT[l.id] as LessonText | undefined;
    if (!t) continue;
    withJa(l.title, t.title);
    withJa(l.why, t.why);
    withJa(l.missing, t.missing);
    if (l.purposePartial) withJa(l.purposePartial, t.purposePartial);
    for (const v of l.variants ?? []) {
      for (const e of v.elements) {
        withJa(e.label, t.elements?.[e.id]);
        if (e.because) withJa(e.because.label, t.because?.[e.id]);
      }
    }
    for (const d of l.duties ?? []) withJa(d.label, t.duties?.[d.id]);
    l.sources.forEach((s, i) => {
      const p = t.sources?.[i];
      if (p && !s.paraphraseJa) s.paraphraseJa = p;
    });
  }
}

/** Fill a frame's {placeholders}. */
export function fill(frame: string, params: Record<string, string>): string {
  return frame.replace(/\{(\w+)\}/g, (whole, k: string) => params[k] ?? whole);
}

/** Speakers' names in katakana, keyed by their English form. */
export const JA_SPEAKERS = (TEXT['_speakers'] ?? {}) as Record<string, string>;
/** The source documents' names in Japanese, keyed by the constant's name in sources.ts. */
export const JA_DOCUMENTS = (TEXT['_documents'] ?? {}) as Record<string, string>;

/** The words of the editor's interface (ui-ja.json); the English frames are in lsp/ui-text.ts. */
export const JA_UI = jaUi as unknown as Record<string, string> & { jurisdictions: Record<string, string> };
