/** The words of lesson findings: what is missing and why it matters, for lawyers, in the reader's language. */
import type { LessonOutcome } from './judge.js';
import type { Text } from './checklist/schema.js';
import { isJapanese, localize } from './language.js';
import { fill, JA_COMMON } from './checklist/text-ja.js';

export function lessonMessage(o: LessonOutcome, locale: string | undefined): string {
  const spec = o.lesson.spec;
  const why = localize(spec.why, locale);
  const ja = isJapanese(locale);
  if (o.status === 'missing') return ja ? fill(JA_COMMON['missing']!, { missing: localize(spec.missing, locale), why }) : `${localize(spec.missing, locale)} ${why}`;
  const label = o.anchor?.provision?.label;
  if (ja) return fill(JA_COMMON['partial']!, { where: label ?? JA_COMMON['the bill']!, title: localize(spec.title, locale), missing: list(o.missing, locale), why });
  const where = label ? capitalise(label) : 'The bill';
  return `${where} only partly meets “${localize(spec.title, locale)}”: it lacks ${list(o.missing, locale)}. ${why}`;
}

export function list(items: Text[], locale: string | undefined): string {
  const words = items.map((t) => localize(t, locale));
  if (isJapanese(locale)) return words.join(JA_COMMON['list-separator'] ?? '、');
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join('; ')}; and ${words[words.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
