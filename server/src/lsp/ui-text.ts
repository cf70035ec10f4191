/**
 * The words of the editor's interface — hover, code lens, checklist report,
 * quick-fix titles, completion labels, the status bar and the client's
 * prompts — in English here and in Japanese in ../engine/checklist/ui-ja.json.
 * Only words: every count, status and choice comes from the engine unchanged,
 * so which language they are shown in never changes a judgement.
 */
import { CONFIG_PROBLEMS } from '../config.js';
import { AREA_TITLES, AREA_TITLES_JA, LESSONS } from '../engine/checklist/index.js';
import type { Source } from '../engine/checklist/schema.js';
import { IPAC_2023, JFIR_2021, TOKYO_2021 } from '../engine/checklist/sources.js';
import { fill, JA_DOCUMENTS, JA_SPEAKERS, JA_UI } from '../engine/checklist/text-ja.js';
import { isJapanese, localize } from '../engine/language.js';
import type { LessonResult, Status } from '../engine/types.js';
import type { ClauseEntry } from '../library/schema.js';
import { citation } from '../library/snippets.js';

export const UI_EN = {
  'status.met': 'met',
  'status.partial': 'partly met',
  'status.missing': 'missing',
  'list.separator': '; ',
  counts: '{met} met · {partial} partial · {missing} missing',
  lens: 'Checklist: {met} met · {partial} partial · {missing} missing',
  'status.tooltip': 'magnitsky-lint checklist for this bill — click for the full report',
  'hover.heading': '**{title}** · `{id}` · {status}',
  'hover.lacks': 'Lacks {elements}.',
  'hover.why': '*Why:* {why}',
  'hover.sources': '*Source:* {sources}',
  'hover.source': '{speaker} — {paraphrase}',
  'hover.source-separator': ' ',
  'hover.others': '*How others did it:*',
  'hover.other': '- **{jurisdiction}** ({citation}): {text}',
  'hover.rule-link': '[The rule, with examples]({url})',
  'hover.about': '[About this check]({url})',
  'hover.finding': '**{rule}** — {message}',
  'report.title': '# Checklist report: {title}',
  'report.summary': '**{met} met · {partial} partly met · {missing} missing** of {total} lessons.',
  'report.mark.met': '✓ met',
  'report.mark.partial': '◐ partly met',
  'report.mark.missing': '✗ missing',
  'report.lesson': '### {mark} — {title} (`{id}`)',
  'report.line': 'line {line}',
  'report.why': '*Why it matters:* {why} *Source:* {sources}.',
  'report.source': '{speaker} ({document})',
  'report.source-separator': '; ',
  'fix.insert': 'Insert model clause for “{lesson}” ({source}) as {label}',
  'fix.source': '{jurisdiction}, {provision}',
  'fix.twin': '{source}: {title}',
  'fix.new-provision': 'a new provision',
  'fix.define': 'Add a definition of “{term}” to {provision}',
  'fix.disable-line': 'Disable {rule} for this line',
  'fix.disable-file': 'Disable {rule} for this file',
  'edit.insert': 'Insert {title}',
  'completion.label': '{lesson} — {jurisdiction}',
  'completion.recommended': 'recommended',
  'citation.recommended': "magnitsky-lint's own model, not enacted law",
  'citation.modelled': 'modelled on {instrument}{provision}{year}',
  'citation.year': ' ({year})',
  'client.open-bill-report': 'Open a draft bill (a Markdown file) to see its checklist report.',
  'client.open-bill-insert': 'Open a draft bill (a Markdown file) to insert a model clause.',
  'client.pick-area': 'Insert model clause (1/3): area',
  'client.pick-lesson': 'Insert model clause (2/3): lesson',
  'client.pick-jurisdiction': 'Insert model clause (3/3): jurisdiction',
  'client.already': 'That model clause is already in the bill.',
  'client.compare-pick': 'Compare jurisdictions: which lesson?',
  'client.compare-title': 'Compare: {title}',
  'role.purpose': 'purpose',
  'role.preliminary': 'preliminary',
  'role.definitions': 'definitions',
  'compare.meets': 'meets the lesson',
  'compare.partly': 'meets it only in part',
  'compare.missing': 'missing',
  'compare.your-draft': 'Your draft',
  'compare.jurisdiction': 'Jurisdiction',
  'compare.source': 'Source',
  'compare.meets-header': 'Meets the lesson',
  'compare.clause': 'Model clause',
  'compare.note': 'Note',
  'compare.none': '(the draft has no provision on this)',
  'compare.lacks': 'Lacks: {elements}.',
  'compare.disclaimer': 'Model clauses are written by magnitsky-lint in each jurisdiction’s style; they are not the text of any law.',
  'settings.unknown-rule': 'The setting magnitskyLint.rules names an unknown rule “{rule}”; it is ignored.',
  'settings.bad-rule': 'The setting magnitskyLint.rules.{rule} must be "error", "warning", "information", "hint", "off", true or false; it is ignored.',
  'settings.config-problem': 'magnitsky-lint: the configuration file {file}: {problem} Linting goes on with the default settings.',
  ...CONFIG_PROBLEMS,
} as const;

export type UiKey = keyof typeof UI_EN;

/** A frame of the interface in the locale, its {placeholders} filled. */
export function ui(key: UiKey, locale: string | undefined, params: Record<string, string | number> = {}): string {
  const frame = (isJapanese(locale) ? (JA_UI[key] as string | undefined) : undefined) ?? UI_EN[key];
  return fill(frame, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

/** The locale messages are shown in: the setting, or the editor's display language when it is "auto". */
export function resolveLocale(setting: string | undefined, displayLocale: string | undefined): string | undefined {
  return !setting || setting === 'auto' ? displayLocale : setting;
}

export function statusWord(status: Status, locale: string | undefined): string {
  return ui(`status.${status}`, locale);
}

/** "14 met · 5 partial · 7 missing", counted from the checklist. */
export function counts(checklist: Pick<LessonResult, 'status'>[]): Record<Status, number> {
  const n = (s: Status) => checklist.filter((l) => l.status === s).length;
  return { met: n('met'), partial: n('partial'), missing: n('missing') };
}

export function lensTitle(checklist: Pick<LessonResult, 'status'>[], locale: string | undefined): string {
  return ui('lens', locale, counts(checklist));
}

export function joinList(items: string[], locale: string | undefined): string {
  return items.join(ui('list.separator', locale));
}

export function lessonTitle(id: string, locale: string | undefined): string {
  const l = LESSONS.find((x) => x.id === id);
  return l ? localize(l.title, locale) : id;
}

export function areaTitle(area: string, locale: string | undefined): string {
  return (isJapanese(locale) ? AREA_TITLES_JA[area] : undefined) ?? AREA_TITLES[area] ?? area;
}

export function jurisdictionName(j: string, locale: string | undefined): string {
  return (isJapanese(locale) ? JA_UI.jurisdictions[j] : undefined) ?? j;
}

const DOCUMENT_KEYS: Record<string, string> = { [TOKYO_2021]: 'TOKYO_2021', [IPAC_2023]: 'IPAC_2023', [JFIR_2021]: 'JFIR_2021' };

/** A lesson's source in the locale: who said it, where, and (for the hover) what. */
export function sourceParts(s: Source, locale: string | undefined): { speaker: string; document: string; paraphrase: string } {
  if (!isJapanese(locale)) return { speaker: s.speaker, document: s.document, paraphrase: s.paraphrase };
  const key = DOCUMENT_KEYS[s.document];
  return { speaker: JA_SPEAKERS[s.speaker] ?? s.speaker, document: (key && JA_DOCUMENTS[key]) || s.document, paraphrase: s.paraphraseJa ?? s.paraphrase };
}

/** Where a clause comes from, in the tool's words. */
export function clauseCitation(e: ClauseEntry, locale: string | undefined): string {
  if (!isJapanese(locale)) return citation(e);
  if (e.kind === 'recommended') return ui('citation.recommended', locale);
  return ui('citation.modelled', locale, { instrument: e.instrument, provision: e.provision ? ` ${e.provision}` : '', year: e.year ? ui('citation.year', locale, { year: e.year }) : '' });
}

/** "United States, §1264" — the clause's jurisdiction and provision, as quick-fix titles name it. */
export function clauseSource(e: ClauseEntry, locale: string | undefined): string {
  const jurisdiction = jurisdictionName(e.jurisdiction, locale);
  return e.provision ? ui('fix.source', locale, { jurisdiction, provision: e.provision }) : jurisdiction;
}

export function insertFixTitle(lessonId: string, e: ClauseEntry, twin: boolean, label: string, locale: string | undefined): string {
  const source = twin ? ui('fix.twin', locale, { source: clauseSource(e, locale), title: e.title }) : clauseSource(e, locale);
  return ui('fix.insert', locale, { lesson: lessonTitle(lessonId, locale), source, label });
}

export function disableFixTitle(rule: string, scope: 'line' | 'file', locale: string | undefined): string {
  return ui(scope === 'line' ? 'fix.disable-line' : 'fix.disable-file', locale, { rule });
}

/** A clause as a completion item's words: label, the note beside it, and where it comes from. */
export function completionText(e: ClauseEntry, locale: string | undefined): { label: string; description: string; detail: string } {
  const lessonId = Object.keys(e.lessons)[0]!;
  return {
    label: ui('completion.label', locale, { lesson: lessonTitle(lessonId, locale), jurisdiction: jurisdictionName(e.jurisdiction, locale) }),
    description: e.kind === 'recommended' ? ui('completion.recommended', locale) : (e.provision ?? e.instrument),
    detail: clauseCitation(e, locale),
  };
}
