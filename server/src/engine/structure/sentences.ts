/**
 * Sentences of a block's text. Lessons are judged within a sentence (an
 * element tied to its verb) or within a provision, so the cut matters: cut at
 * a full stop or semicolon followed by a capital, a bracketed label or a
 * quote; at a colon followed by a bracketed label; after a Japanese full stop
 * outside brackets.
 * Abbreviations ("U.S.C. 2656", "s. 4") are followed by digits or lower case
 * and are not cut.
 */
export interface SentenceSpan {
  text: string;
  from: number;
  to: number;
}

const CUT = /(?<=[.;!?])\s+(?=[A-Z(“"‘'[])|(?<=:)\s+(?=\()|(?<=[。])/g;

const OPEN = new Set(['（', '「', '『']);
const CLOSE = new Set(['）', '」', '』']);

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  // Bracket depth up to `scanned`: a Japanese full stop inside brackets ("（以下「指定」という。）") ends no sentence.
  let depth = 0;
  let scanned = 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(text); m; m = CUT.exec(text)) {
    if (m[0].length === 0) {
      for (; scanned < m.index; scanned++) {
        const c = text[scanned]!;
        if (OPEN.has(c)) depth++;
        else if (CLOSE.has(c) && depth > 0) depth--;
      }
      if (depth > 0) {
        CUT.lastIndex++;
        continue;
      }
    }
    push(out, text, from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) CUT.lastIndex++;
  }
  push(out, text, from, text.length);
  return out;
}

/**
 * The longest sentence judged as one. The longest in the fixtures and evaluation bills is under 700 characters;
 * a longer run without a full stop is pasted data, not drafting. The checklist's patterns may scan a sentence from
 * each place a cue matches, so a cap keeps the judgement linear in the length of the text (a 1 MB "sentence" took
 * half a minute): longer runs are cut at a space.
 */
const MAX_SENTENCE = 4000;

function push(out: SentenceSpan[], text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  while (to - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE);
    const cut = space > from + MAX_SENTENCE / 2 ? space : from + MAX_SENTENCE;
    push(out, text, from, cut);
    from = cut;
    while (from < to && /\s/.test(text[from]!)) from++;
  }
  // A hard-wrapped line is one sentence: line breaks become spaces (same length, so offsets hold).
  if (to > from) out.push({ text: text.slice(from, to).replace(/[\r\n\t]/g, ' '), from, to });
}
