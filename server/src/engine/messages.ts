/** The words of lesson findings: what is missing and why it matters, for lawyers. */
import type { LessonOutcome } from './judge.js';
import type { Text } from './checklist/schema.js';
import { localize } from './language.js';

export function lessonMessage(o: LessonOutcome, locale: string | undefined): string {
  const spec = o.lesson.spec;
  const why = localize(spec.why, locale);
  if (o.status === 'missing') return `${localize(spec.missing, locale)} ${why}`;
  const where = o.anchor?.provision ? ` in ${o.anchor.provision.label}` : o.anchor ? ' in the preamble or purpose clause' : '';
  return `${localize(spec.title, locale)}${where} is incomplete: it lacks ${list(o.missing, locale)}. ${why}`;
}

export function list(items: Text[], locale: string | undefined): string {
  const words = items.map((t) => localize(t, locale));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join('; ')}; and ${words[words.length - 1]}`;
}
