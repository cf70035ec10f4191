/**
 * Public types of the engine. No editor or protocol types here: the engine is
 * text in, findings out, shared by the CLI, the language server and the tests.
 */

export type Status = 'met' | 'partial' | 'missing';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Area =
  | 'oversight'
  | 'civil-society'
  | 'humanitarian'
  | 'evidence'
  | 'scope'
  | 'measures'
  | 'coordination'
  | 'drafting';

/** A drafting language the engine can read. */
export type Language = 'en' | 'ja';

/** Half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence {
  span: Span;
  /** The clause text, trimmed for display. */
  text: string;
  /** The provision it sits in, e.g. "section 4" or "Article 7"; null outside any provision. */
  provision: string | null;
}

export interface LessonResult {
  id: string;
  area: Area;
  title: string;
  status: Status;
  /** Labels of the elements that are missing (empty when met, or all labels when missing). */
  missingElements: string[];
  evidence: Evidence[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Clauses the finding rests on, shown as related information. */
  related: { span: Span; message: string }[];
  /** For lesson findings: the status that caused it. */
  status?: Status;
}

export interface LintOptions {
  /** Force a language instead of detecting it from the text. */
  language?: Language;
  /** Locale for messages; judgement never depends on it. */
  locale?: string;
  /** Rule settings: severity override or 'off'. Unknown ids are reported by config loading, not here. */
  rules?: Record<string, Severity | 'off'>;
}

export interface LintResult {
  language: Language;
  checklist: LessonResult[];
  findings: Finding[];
  /** Rules that threw: reported on their own so the others still report. */
  failures: { rule: string; message: string }[];
  /** Things the user should know about how the document was read. */
  notes: { span: Span; message: string }[];
}
