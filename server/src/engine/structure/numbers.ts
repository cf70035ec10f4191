/** Reading provision numbers: Arabic, Roman, full-width and kanji numerals. */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanToInt(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(u)) return null;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]!]!;
    const next = ROMAN[u[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const KANJI_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function kanjiToInt(s: string): number | null {
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in KANJI_UNIT) {
      total += (digit < 0 ? 1 : digit) * KANJI_UNIT[ch]!;
      digit = -1;
    } else {
      digit = digit < 0 ? KANJI_DIGIT[ch]! : digit * 10 + KANJI_DIGIT[ch]!;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Full-width digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The sortable value of a number as written: "12" → 12, "12A" → 12 (suffix "A"),
 * "IV" → 4, "十二" → 12, "十の二" → 10 (suffix "-2"). Returns null when it is not a number.
 */
export function readNumber(raw: string): { value: number; suffix: string } | null {
  const s = asciiDigits(raw.trim());
  // A branch number: 第十条の二 is "十の二" → 10 with suffix "-2", between 第十条 and 第十一条.
  const branch = /^(.+?)の(.+)$/.exec(s);
  if (branch) {
    const main = readNumber(branch[1]!);
    const sub = readNumber(branch[2]!);
    return main && sub && main.suffix === '' ? { value: main.value, suffix: `-${sub.value}` } : null;
  }
  let m = /^(\d+)([A-Za-z]*)$/.exec(s);
  if (m) return { value: Number(m[1]), suffix: m[2]!.toUpperCase() };
  // Latvian inserted sections, "Section 13.1" (13 with a superscript 1): between sections 13 and 14.
  m = /^(\d+)\.(\d+)$/.exec(s);
  if (m) return { value: Number(m[1]), suffix: `.${Number(m[2])}` };
  const roman = romanToInt(s);
  if (roman !== null) return { value: roman, suffix: '' };
  const kanji = kanjiToInt(s);
  if (kanji !== null) return { value: kanji, suffix: '' };
  m = /^([A-Z])$/.exec(s);
  if (m) return { value: m[1]!.charCodeAt(0) - 64, suffix: '' };
  return null;
}

/** A canonical key for matching a reference to a provision: "12A", "4". */
export function numberKey(raw: string): string | null {
  const n = readNumber(raw);
  return n ? `${n.value}${n.suffix}` : null;
}

/** 15 → "十五", 123 → "百二十三", 2026 → "二千二十六": the numerals of Japanese article numbers. */
export function kanjiNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const digits = '〇一二三四五六七八九';
  let out = '';
  for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
    const d = Math.floor(n / unit) % 10;
    if (d > 0) out += (d > 1 ? digits[d]! : '') + name;
  }
  const ones = n % 10;
  return out + (ones > 0 ? digits[ones]! : '');
}
