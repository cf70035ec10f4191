/**
 * The schema every lesson follows. Lessons are data (one file per area);
 * judge.ts is the only code that reads them, so adding a lesson, a synonym or
 * a language is a data change.
 *
 * Patterns are regular-expression sources, matched case-insensitively against
 * one sentence of operative text. `{NAME}` stands for a shared vocabulary
 * entry from vocabulary.ts (e.g. `{LEG}` for the legislature in each
 * tradition), expanded once when the checklist is compiled.
 */
import type { Area, Language, Severity } from '../types.js';

/** A text in each language the messages are written in. English is required. */
export interface Text {
  en: string;
  ja?: string;
}

/** Per drafting language; a language without an entry never matches. */
export type ByLanguage<T> = Partial<Record<Language, T>>;

export interface Cue {
  /** Every pattern must match the sentence. */
  all: string[];
  /** No pattern may match the sentence. */
  none?: string[];
  /** The first pattern must match this many different words or phrases. */
  distinct?: number;
  /** Each pattern must match some sentence in the same scope (not necessarily this one): "an independent reviewer", with the legislature named elsewhere in the provision. */
  alongside?: string[];
}

/**
 * Where an element is looked for, relative to the sentence that anchors the
 * lesson: the same sentence; its clause (the sentence's paragraph or list item
 * and the items nested under it); anywhere in the same provision; the same
 * provision or the one just before or after it (a measure drafted as a pair,
 * like a freeze and the ban on making funds available); anywhere in the
 * bill's operative text.
 */
export type Scope = 'sentence' | 'clause' | 'provision' | 'neighbours' | 'bill';

export interface ElementSpec {
  id: string;
  /** What the element is, as a drafter would name it when it is missing. */
  label: Text;
  cue: ByLanguage<Cue>;
  scope: Scope;
  /** A provision is only a candidate when this element is present. */
  core?: boolean;
  /** The element is present when the cue does NOT match in its scope. */
  absent?: boolean;
  /** Present if present in any candidate provision (events that separate provisions cover). */
  union?: boolean;
  /** Other ways the element can be present, each with its own cue and scope. */
  or?: { cue: ByLanguage<Cue>; scope: Scope }[];
  /** When missing and this cue matches the anchor sentence, say this instead of the label. */
  because?: { cue: ByLanguage<Cue>; label: Text };
}

export interface Variant {
  /** The sentence that makes a provision a candidate for the lesson. */
  anchor: ByLanguage<Cue>;
  elements: ElementSpec[];
}

export interface Source {
  speaker: string;
  document: string;
  paraphrase: string;
  /** The paraphrase in Japanese (ja.json). */
  paraphraseJa?: string;
}

export interface Duty {
  id: string;
  label: Text;
  /**
   * Matches the duty's verb; the nearest modal before it (English) or after it
   * (Japanese) decides. Where the match starts before the verb, a named group
   * `verb` marks it.
   */
  cue: ByLanguage<Cue>;
}

export interface LessonSpec {
  id: string;
  area: Exclude<Area, 'drafting'>;
  title: Text;
  severity: Severity;
  sources: Source[];
  /** One sentence: why the lesson matters, for messages. */
  why: Text;
  /** What the bill lacks when the lesson is missing, as a sentence. */
  missing: Text;
  /**
   * 'anchored': find provisions whose operative text anchors the lesson, then
   * check the elements around the anchor. 'duties': every duty of a listed
   * kind must be mandatory.
   */
  mode: 'anchored' | 'duties';
  variants?: Variant[];
  duties?: Duty[];
  /** Met or missing only: a candidate lacking an element is missing. */
  binary?: boolean;
  /** A candidate with none of its elements counts for nothing (the lesson is missing, not partial). */
  needsOne?: boolean;
  /** The lesson's own partial case: the anchor appears only in a purpose clause or preamble. */
  purposePartial?: Text;
  /**
   * A power to make regulations that "may" provide the measure is partial (How to judge).
   * 'criteria': only a power whose regulations would set the criteria or grounds themselves.
   */
  enabling?: boolean | 'criteria';
  /** Flag the anchor's words, not the whole sentence, when partial. */
  flagAnchorWords?: boolean;
  /** Captions of the provisions where a missing-lesson finding belongs, best first. */
  placement: ByLanguage<string[]>;
}
