/**
 * drafting.cross-reference: references to sections, articles, parts and
 * schedules the bill does not contain. References into other Acts ("section
 * 8B of the Immigration Act", "Article 215 of the Treaty", "22 U.S.C.") and
 * references in text that amends another Act are left alone.
 */
import { KeptByDocument, type Bill } from '../structure/bill.js';
import type { Block } from '../parse.js';
import { numberKey, readNumber } from '../structure/numbers.js';
import { AMENDING, isProseBlock, NO_BLOCKS, proseBlocks, say, spanIn, type DraftingFault } from './common.js';
import { checkJapaneseCrossReferences } from './cross-references-ja.js';
import { memosOf } from '../memo.js';

const NUM = String.raw`(?:\d+(?:\.\d+)*[A-Z]{0,2}\b|[IVXLC]+\b)`;
const SUB = String.raw`(?:\s*\([A-Za-z0-9.]{1,6}\))*`;
const ITEM = `${NUM}${SUB}`;
const REF = new RegExp(
  String.raw`(?:\b(sections?|subsections?|secs?\.|ss?\.|regulations?|regs?\.|articles?|arts?\.|clauses?|rules?|parts?|chapters?|titles?|subtitles?|divisions?|schedules?|annex(?:es)?|appendix|appendices)|(?<![\w§])(§§?))\s+(${ITEM}(?:\s*(?:,|and|or|to|through|–|-)\s*${ITEM})*)`,
  'gi',
);
const UNNUMBERED = /\bthe (Schedule|Annex|Appendix)\b(?!\s+(?:\d|[IVXLC]+\b))/g;
/** What follows a reference into another Act. */
const EXTERNAL_AFTER = new RegExp(
  String.raw`^${SUB}(?:\s*,?\s*(?:paragraph|point|subparagraph|sub-paragraph|item|letter|clause)\s+[\w.()]+)*\s*,?\s*(?:(?:of|in|under)\s+(?:the\s+)?(?!this\b|these\b|that (?:section|part|article|regulation|schedule)\b|(?:part|chapter|division|subtitle|schedule|annex|appendix)\b|title [IVXLC]+\b)(?:[A-Z][\w'’.()-]*|title \d+|that [Aa]ct|said [Aa]ct|the said|(?:19|20)\d\d (?:Act|Regulations?|Order|Law|Rules)\b)|to\s+(?:the\s+)?(?:[A-Z][\w'’.()-]*\s+){0,8}?(?:Act|Treaty|Convention|Regulations?|Law|Code|Order|Agreement|Protocol|Charter|Directive|Decision)\b|\(?\d+\s+U\.?\s?S\.?\s?C\.?|U\.?S\.?C\.?|C\.?F\.?R\.?|TEU\b|TFEU\b|ECHR\b|thereof\b|,?\s*(?:United States Code|Code of Federal Regulations)|of (?:that|the said|said) (?:[Aa]ct|[Rr]egulation|[Ll]aw|[Tt]reaty|[Dd]irective))`,
);

const CONTAINER_BEFORE = /\b(?:sections?|articles?|regulations?|§)\s*[\w.()]+\s+(?:of|in)\s+(?:the\s+)?$/i;
/** A part of a publication, not of the bill: "the Canada Gazette, Part II". */
const PUBLICATION_BEFORE = /\b(?:Gazette|Journal|Register|Reports?)\s*,?\s*$/;

type Family = 'provision' | 'division' | 'schedule';

function familyOf(kw: string): { family: Family; kind: string } {
  const k = kw.toLowerCase().replace(/\.$/, '');
  if (/^(sections?|subsections?|secs?|ss?|regulations?|regs?|articles?|arts?|clauses?|rules?|§§?)$/.test(k)) return { family: 'provision', kind: 'provision' };
  if (/^(schedules?|annex(es)?|appendix|appendices)$/.test(k)) return { family: 'schedule', kind: 'schedule' };
  return { family: 'division', kind: k.replace(/s$/, '') };
}

/** A reference in a text that may point into the bill (the tests that need only the text are passed). */
interface TextReference {
  /** The keyword ("sections") and the numbers after it ("4 and 21"), as matched. */
  1: string;
  2: string;
  0: string;
  kw: string;
  index: number;
  /** Followed by "of this title". */
  ofThisTitle: boolean;
}

interface UnnumberedSchedule {
  0: string;
  1: string;
  index: number;
}

function referencesIn(text: string): TextReference[] {
  const out: TextReference[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m; m = REF.exec(text)) {
    const kw = m[1] ?? m[2]!;
    const list = m[3]!;
    if (/^[IVXLC]+$/.test(list.trim()) && /^(sections?|regulations?|articles?|clauses?|rules?|§§?)$/i.test(kw)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (EXTERNAL_AFTER.test(after)) continue;
    // "section 1201(i) of title 8": the title is where the section lives, not a reference of its own.
    if (CONTAINER_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (PUBLICATION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // References in a sentence that amends another Act point into that Act,
    // except the bill's own schedules that hold the amendments ("the enactments specified in Schedule 2").
    const own = /\b(?:specified|set out|listed|contained) in (?:the )?$/i.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (!own && AMENDING.test(sentenceAround(text, m.index))) continue;
    out.push({ 0: m[0], 1: kw, 2: list, kw, index: m.index, ofThisTitle: /^(?:\s*\([A-Za-z0-9.]{1,6}\))*\s*of this title\b/i.test(after) });
  }
  return out;
}

function unnumberedIn(text: string): UnnumberedSchedule[] {
  const out: UnnumberedSchedule[] = [];
  UNNUMBERED.lastIndex = 0;
  for (let m = UNNUMBERED.exec(text); m; m = UNNUMBERED.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (EXTERNAL_AFTER.test(after) || AMENDING.test(sentenceAround(text, m.index))) continue;
    out.push({ 0: m[0], 1: m[1]!, index: m.index });
  }
  return out;
}

/** What a block's references gave: its faults, and the provisions whose subsections were counted for them. */
interface BlockFaults {
  faults: DraftingFault[];
  counted: string[];
}

/**
 * The faults of each block with any, by block index in the bill's order, kept
 * per document (by its memos) for the bill they were found in. A bill patched
 * from that one (an edit inside one block, structure/patch.ts) has the same
 * provisions, divisions and schedules: only the edited block, and blocks that
 * counted the subsections of the provision the edit rebuilt, are read again;
 * the others' faults move with the text.
 */
const keptFaults = new KeptByDocument<Map<number, BlockFaults>>();

export function checkCrossReferences(bill: Bill): DraftingFault[] {
  if (bill.language === 'ja') return checkJapaneseCrossReferences(bill);
  const kept = keptFaults.carried(bill);
  let byBlock: Map<number, BlockFaults>;
  if (kept) {
    const { block: edited, delta, rebuilt } = kept.revision;
    const q = rebuilt >= 0 ? bill.provisions[rebuilt]! : null;
    const rebuiltKey = q && q.domain === 'main' ? q.key : null;
    const read = blockReader(bill);
    // The texts of the blocks not read again: keep what they gave for the next full reading.
    for (const name of ['drafting-references', 'drafting-unnumbered']) memosOf(bill)!.table(name).hold();
    const again = [edited];
    byBlock = new Map();
    for (const [index, entry] of kept.state) {
      if (index === edited) continue;
      if (rebuiltKey !== null && entry.counted.includes(rebuiltKey)) again.push(index);
      else byBlock.set(index, index > edited && delta !== 0 ? { ...entry, faults: entry.faults.map((f) => ({ ...f, span: { start: f.span.start + delta, end: f.span.end + delta } })) } : entry);
    }
    for (const index of again) {
      const block = bill.blocks[index]!;
      if (!isProseBlock(block, index, NO_BLOCKS, bill.contents)) continue;
      const entry = read(block, index);
      if (entry.faults.length > 0 || entry.counted.length > 0) byBlock.set(index, entry);
    }
    byBlock = new Map([...byBlock].sort((a, b) => a[0] - b[0]));
  } else {
    const read = blockReader(bill);
    byBlock = new Map();
    // (Text the bill inserts into another Act is read too: references from it are checked against the series it inserts.)
    for (const { block, index } of proseBlocks(bill.blocks, NO_BLOCKS, bill.contents)) {
      const entry = read(block, index);
      if (entry.faults.length > 0 || entry.counted.length > 0) byBlock.set(index, entry);
    }
  }
  keptFaults.keep(bill, byBlock);
  const faults: DraftingFault[] = [];
  for (const entry of byBlock.values()) faults.push(...entry.faults);
  return faults;
}

/** The faults of one block of the bill, with what it takes from the whole bill worked out once. */
function blockReader(bill: Bill): (block: Block, index: number) => BlockFaults {
  const provisions = new Set<string>();
  let maxDigits = 0;
  for (const p of bill.provisions) {
    if (p.key !== null && p.domain === 'main') provisions.add(p.key);
    if (p.value !== null) maxDigits = Math.max(maxDigits, String(p.value).length);
  }
  const divisions = new Set(bill.divisions.map((d) => `${d.kind.toLowerCase()}:${d.key}`));
  const schedules = new Set(bill.schedules.map((s) => s.key ?? ''));
  const hasSchedule = bill.schedules.length > 0;
  const hasTitles = bill.divisions.some((d) => /^title$/i.test(d.kind));

  const exists = (family: Family, kind: string, raw: string): boolean => {
    const key = numberKey(raw);
    if (key === null) return true;
    if (family === 'provision') return provisions.has(key);
    if (family === 'schedule') return schedules.has(key) || (schedules.has('') && bill.schedules.length === 1 && key === '1');
    return divisions.has(`${kind}:${key}`);
  };

  // Sections the bill inserts into another Act in a decimal series ("Section 13.1" … "13.8"): a reference
  // from the inserted text to a number of that series the bill does not insert ("Section 13.10") dangles.
  const insertedSeries = new Map<number, Set<string>>();
  for (const p of bill.provisions) {
    if (!p.domain.startsWith('inserted:') || p.key === null || !p.key.includes('.')) continue;
    let keys = insertedSeries.get(p.value!);
    if (!keys) insertedSeries.set(p.value!, (keys = new Set()));
    keys.add(p.key);
  }
  const danglesInSeries = (raw: string): boolean => {
    const n = readNumber(raw);
    const keys = n && n.suffix.startsWith('.') ? insertedSeries.get(n.value) : undefined;
    return keys !== undefined && !keys.has(numberKey(raw)!);
  };

  // What each block's text says, read once per text (memoised between versions of a document, see memo.ts).
  const memos = memosOf(bill);
  const refMemo = memos?.table<TextReference[]>('drafting-references');
  const schMemo = memos?.table<UnnumberedSchedule[]>('drafting-unnumbered');
  // A provision's own marker at the start of its paragraph ("**Article 1 (Enforcement Date)** This Act …") is not a reference
  const markers = new Set(bill.provisions.filter((p) => !p.asHeading && p.value !== null).map((p) => p.headerBlock));
  return (block, index) => {
    const faults: DraftingFault[] = [];
    const counted: string[] = [];
    const inserted = bill.inserted.has(index);
    if (inserted && insertedSeries.size === 0) return { faults, counted };
    const text = block.text;
    let refs = refMemo?.get(text);
    if (!refs) {
      refs = referencesIn(text);
      refMemo?.set(text, refs);
    }
    for (const m of refs) {
      // (Nor, after an amending item's number, the provision of the amended Act it names: "1  Subsection 4(1)".)
      if (markers.has(index) && /^(?:\d+[A-Z]{0,2}\.?)?$/.test(text.slice(0, m.index).trim())) continue;
      const kw = m.kw;
      // Codified text says "section 2304 of this title" for its Code title; a bill with no titles of its own means the same.
      if (!hasTitles && m.ofThisTitle) continue;
      const { family, kind } = familyOf(kw);
      const items = m[2]!.split(/\s*(?:,|and|or|to|through|–|-)\s*/);
      let offset = m.index + m[0].indexOf(m[2]!);
      for (const item of items) {
        const at = text.indexOf(item, offset);
        offset = at + item.length;
        const raw = /^[^\s(]+/.exec(item)![0];
        const n = readNumber(raw);
        if (!n) continue;
        // Four-digit section numbers in a bill numbered in ones or tens are references into codified law.
        if (family === 'provision' && String(n.value).length >= 4 && String(n.value).length > maxDigits) continue;
        // "subsection 7(5)" when section 7 ends at subsection (3).
        const found = !inserted && exists(family, kind, raw);
        const sub = found && family === 'provision' ? /^\((\d+)\)/.exec(item.slice(raw.length)) : null;
        if (sub !== null) counted.push(numberKey(raw)!);
        const beyond = sub !== null && Number(sub[1]) > lastSubsection(bill, numberKey(raw)!);
        if (!beyond && (inserted ? !(family === 'provision' && danglesInSeries(raw)) : found)) continue;
        const from = item === items[0] ? m.index : at;
        const to = at + item.length;
        const shown = text.slice(from, to);
        faults.push({
          rule: 'drafting.cross-reference',
          span: spanIn(block, from, to),
          message: say('cross-reference', { ref: beyond ? `subsection ${raw}(${sub![1]})` : describe(family, kw, raw), shown: shown.trim() }),
          related: [],
        });
      }
    }
    if (!hasSchedule && !inserted) {
      let unnumbered = schMemo?.get(text);
      if (!unnumbered) {
        unnumbered = unnumberedIn(text);
        schMemo?.set(text, unnumbered);
      }
      for (const m of unnumbered) {
        faults.push({
          rule: 'drafting.cross-reference',
          span: spanIn(block, m.index + 4, m.index + m[0].length),
          message: say('unnumbered-schedule', { schedule: m[1]!, scheduleLower: m[1]!.toLowerCase() }),
          related: [],
        });
      }
    }
    return { faults, counted };
  };
}

/** The highest numbered subsection ("(3)") the bill's provision with this key has; Infinity when it has none to go by. */
function lastSubsection(bill: Bill, key: string): number {
  const p = bill.provisions.find((x) => x.key === key && x.domain === 'main');
  if (!p) return Infinity;
  let last = 0;
  for (const s of p.sentences) {
    const m = /^\s*\((\d+)\)\s/.exec(s.text);
    if (m) last = Math.max(last, Number(m[1]));
  }
  return last === 0 ? Infinity : last;
}

/** "sections 4 and 21" → "section 21"; "Art. 9" → "Article 9"; "Schedule 3". */
function describe(family: Family, kw: string, raw: string): string {
  const k = kw.toLowerCase().replace(/\.$/, '');
  const word =
    /^(?:secs?|ss?|sections?|§§?)$/.test(k) ? 'section'
    : /^(?:arts?|articles?)$/.test(k) ? 'Article'
    : /^(?:regs?|regulations?)$/.test(k) ? 'regulation'
    : family === 'schedule' ? kw.replace(/(?:e?s)$/i, '').replace(/^./, (c) => c.toUpperCase()).replace(/^Annexe$/, 'Annex').replace(/^Appendice$/, 'Appendix')
    : kw.replace(/s$/i, '').replace(/^./, (c) => c.toUpperCase());
  return `${word} ${raw}`;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at), 0);
  let end = text.indexOf('. ', at);
  if (end < 0) end = text.length;
  return text.slice(start, end);
}
