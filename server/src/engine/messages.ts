/** The words of lesson findings: what is missing and why it matters, for lawyers. */
import type { LessonOutcome } from './judge.js';
import type { Text } from './checklist/schema.js';
import { localize } from './language.js';

export function lessonMessage(o: LessonOutcome, locale: string | undefined): string {
  const spec = o.lesson.spec;
  const why = localize(spec.why, locale);
  if (o.status === 'missing') return `${localize(spec.missing, locale)} ${why}`;
  const where = o.anchor?.provision ? capitalise(o.anchor.provision.label) : 'The bill';
  return `${where} only partly meets “${localize(spec.title, locale)}”: it lacks ${list(o.missing, locale)}. ${why}`;
}

export function list(items: Text[], locale: string | undefined): string {
  const words = items.map((t) => localize(t, locale));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join('; ')}; and ${words[words.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
