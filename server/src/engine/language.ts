import type { Language } from './types.js';

/** How much of a document decides its language: detectLanguage reads no further. */
export const LANGUAGE_SAMPLE = 20_000;

/**
 * A bill is Japanese when kana and kanji outnumber Latin letters in its first
 * 20,000 characters. HTML comments are not counted: a magnitsky-lint-disable
 * comment must not switch the language a bill is read in.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 60 && sample.startsWith('<!--', i)) {
      const end = sample.indexOf('-->', i + 4);
      if (end >= 0) {
        i = end + 2;
        continue;
      }
    }
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk > latin / 3 ? 'ja' : 'en';
}

/** A Japanese locale ("ja", "ja-JP")? */
export function isJapanese(locale: string | undefined): boolean {
  return locale?.toLowerCase().startsWith('ja') ?? false;
}

/** Pick a text in the locale ("ja", "ja-JP"), falling back to English. */
export function localize(t: { en: string; ja?: string }, locale: string | undefined): string {
  return isJapanese(locale) && t.ja ? t.ja : t.en;
}
