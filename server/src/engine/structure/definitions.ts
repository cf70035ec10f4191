/**
 * Definitions in the bill: “X” means …, the term “X” includes …, a person
 * “deals with” funds if …, (the “Fund”),
 * referred to as the “Committee”, and citations (may be cited as the “… Act”).
 * Used by the defined-term check and by the judge, which reads a defined term
 * as what its definition says (a “relevant committee” defined as a committee
 * of Parliament is the legislature).
 */
import type { Block } from '../parse.js';
import type { Memos } from '../memo.js';

export interface Definition {
  term: string;
  /** Index of the block in Bill.blocks. */
  block: number;
  /** The quoted term, quotes included, as text indexes in the block. */
  from: number;
  to: number;
  kind: 'definition' | 'inline' | 'citation';
  /** Inside text that amends another Act (a block quote): it defines terms of that Act. */
  quoted: boolean;
  /** What the term is defined as: the rest of the definition, with any items nested under it. */
  meaning: string;
}

const Q_OPEN = "[“\"‘']";
const Q_CLOSE = "[”\"’']";
const TERM = `${Q_OPEN}([^”"’\\n]{1,80}?)${Q_CLOSE}`;
const DEFINITION = new RegExp(`(?:${TERM}(?:\\s*(?:,|and|or)\\s*${TERM})?(?:\\s*,?\\s*as used in (?:this|these) [\\w ]{1,30}?,?)?\\s+(?:means|mean|includes|include|has the (?:same )?meaning|have the (?:same )?meanings?|refers to|shall mean|is defined)\\b|\\b(?:an?|the) ${TERM}\\s+(?:is|are) (?:a|an|any|the)\\b|\\b(?:an?|the) [\\w-]+ ${TERM}(?:\\s+[\\w-]+){0,4}?\\s+(?:if|where|when)\\b)`, 'gi');
const INLINE = new RegExp(`(?:\\((?:in this [\\w ]+)?(?:the |a |an )?${TERM}\\)|(?:referred to|known) as (?:the |a |an )?${TERM}|hereinafter (?:the )?${TERM})`, 'g');
const JA_TOWA = /「([^」\n]{1,40})」とは、/g;
const JA_INLINE = /（以下[^「」（）\n]{0,20}「([^」\n]{1,40})」という。?）/g;
/** An item of a definitions article: "一　人道支援　食料…の提供をいう。" (term, then a full-width space, then the meaning). */
const JA_ITEM = /^[\s\u3000]*[一二三四五六七八九十]+[\s\u3000]+([^\s\u3000。、「」（）]{1,30})([\s\u3000]+)(?=.*(?:をいう|をいい))/;
/** Names rather than terms: “may be cited as the …”, “recognised … as Human Rights Day”. */
const CITATION = new RegExp(`(?:cited|called|known|recogni[sz]ed|designated|entitled|styled|\\bas|\\bthis (?:act|law|bill|regulation|order)s? (?:is|are)) (?:as )?(?:the )?${TERM}`, 'gi');

/** Blocks whose text is the bill's own prose: paragraphs, list items and table rows outside block quotes. */
export function isProse(block: Block): boolean {
  return !block.quoted && isText(block);
}

function isText(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'item' || block.kind === 'row';
}

/** A definition as found in one block's text, before its index, nested items and insertion are known. */
type LocalDefinition = Omit<Definition, 'block' | 'quoted'>;

/**
 * Every definition in the blocks. With `memos`, what each block's own text
 * defines is remembered between versions of a document (see memo.ts); only
 * the nested items a definition takes in are read afresh.
 */
export function findDefinitions(blocks: Block[], inserted: ReadonlySet<number> = new Set(), memos?: Memos): Definition[] {
  return definitionsIn(blocks, 0, blocks.length, inserted, memos);
}

/**
 * The definitions after an edit inside block `edited` that left every other
 * block's text where it was (structure/patch.ts): the last version's, with
 * those of the blocks that can read the edited one found again (the block
 * itself, and the NESTED_MAX before it, whose definitions may take it in as a
 * nested item). The same as findDefinitions (tested); the memos of the blocks
 * not read again are kept for the next full build.
 */
export function reviseDefinitions(last: readonly Definition[], blocks: Block[], edited: number, inserted: ReadonlySet<number>, memos?: Memos): Definition[] {
  const from = Math.max(0, edited - NESTED_MAX);
  const to = edited + 1;
  if (memos) for (const name of MEMO_TABLES) memos.table(name).hold();
  const fresh = definitionsIn(blocks, from, to, inserted, memos);
  // The list is in block order: the last version's before `from`, the fresh ones, the last version's after `edited`.
  let lo = 0;
  while (lo < last.length && last[lo]!.block < from) lo++;
  let hi = lo;
  while (hi < last.length && last[hi]!.block < to) hi++;
  return [...last.slice(0, lo), ...fresh, ...last.slice(hi)];
}

/** The memo tables of what a block's own text defines: a list item is read with the Baltic item form, a paragraph without it. */
const MEMO_TABLES = ['definitions-items', 'definitions'] as const;

/** The definitions of blocks [from, to), in block order. */
function definitionsIn(blocks: Block[], from: number, to: number, inserted: ReadonlySet<number>, memos?: Memos): Definition[] {
  const memoOfItems = memos?.table<LocalDefinition[]>(MEMO_TABLES[0]);
  const memoOfOthers = memos?.table<LocalDefinition[]>(MEMO_TABLES[1]);
  const out: Definition[] = [];
  for (let index = from; index < to; index++) {
    const block = blocks[index]!;
    if (!isText(block)) continue;
    const memo = block.kind === 'item' ? memoOfItems : memoOfOthers;
    const key = block.strong ? `${block.text}\u0000${block.strong.join(',')}` : block.text;
    let local = memo?.get(key);
    if (!local) {
      // The block alone, read as if nothing were nested under it; the nested text is added below.
      local = findDefinitionsIn([block], 0).map(({ block: _b, quoted: _q, ...d }) => d);
      memo?.set(key, local);
    }
    if (local.length === 0) continue;
    const suffix = local.some((d) => d.kind === 'definition') ? nested(blocks, index) : '';
    for (const d of local) out.push({ ...d, block: index, meaning: d.kind === 'definition' ? d.meaning + suffix : d.meaning, quoted: block.quoted || inserted.has(index) });
  }
  return out;
}

/** The definitions in blocks[index] alone (nested items are not read: the blocks given end there). */
/** "4) sanctions subject — a person …": a Baltic definition in translation, the number Markdown's list marker or the text's own. */
const BALTIC_TERM = String.raw`((?!(?:has|have|is|are|was|were|who|which|that|the|a|an|in|on|by|to|if|where)\b)[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})\s+[—–]\s+\S`;
const BALTIC_ITEM = new RegExp(String.raw`^\s*(?:\d+\)\s+)?` + BALTIC_TERM);
const BALTIC_PARAGRAPH = new RegExp(String.raw`^\s*\d+\)\s+` + BALTIC_TERM);

function findDefinitionsIn(blocks: Block[], index: number): Definition[] {
  const out: Definition[] = [];
  const inserted: ReadonlySet<number> = new Set();
  [blocks[index]!].forEach((block) => {
    if (!isText(block)) return;
    const text = block.text;
    const taken: [number, number][] = [];
    const add = (kind: Definition['kind'], term: string, at: number, meaning: string) => {
      const from = text.indexOf(term, at) - 1;
      if (taken.some(([a, b]) => from >= a && from < b)) return;
      taken.push([from, from + term.length + 2]);
      out.push({ term, block: index, from, to: from + term.length + 2, kind, meaning, quoted: block.quoted || inserted.has(index) });
    };
    // **term** means …
    const st = block.strong ?? [];
    for (let k = 0; k + 1 < st.length; k += 2) {
      const [a, b] = [st[k]!, st[k + 1]!];
      const term = text.slice(a, b).trim();
      if (!term || term.length > 80) continue;
      const after = text.slice(b, b + 40);
      const m = /^\s*(?:means|includes|has the (?:same )?meaning|refers to)\b/.exec(after);
      if (!m) continue;
      taken.push([a, b]);
      out.push({ term, block: index, from: a, to: b, kind: 'definition', meaning: text.slice(b + m[0].length) + nested(blocks, index), quoted: block.quoted || inserted.has(index) });
    }
    // Japanese: 「指定」とは、…をいう; （以下「審議会」という。）; and in a 定義 article, items "一　人道支援　…をいう。".
    JA_TOWA.lastIndex = 0;
    for (let m = JA_TOWA.exec(text); m; m = JA_TOWA.exec(text)) {
      const from = m.index;
      out.push({ term: m[1]!, block: index, from, to: from + m[1]!.length + 2, kind: 'definition', meaning: text.slice(m.index + m[0].length) + nested(blocks, index), quoted: block.quoted || inserted.has(index) });
      taken.push([from, from + m[1]!.length + 2]);
    }
    JA_INLINE.lastIndex = 0;
    for (let m = JA_INLINE.exec(text); m; m = JA_INLINE.exec(text)) {
      const from = m.index + m[0].indexOf('「');
      if (taken.some(([a, b]) => from >= a && from < b)) continue;
      out.push({ term: m[1]!, block: index, from, to: from + m[1]!.length + 2, kind: 'inline', meaning: '', quoted: block.quoted || inserted.has(index) });
    }
    const item = JA_ITEM.exec(text);
    if (item) {
      const from = item[0].length - item[1]!.length - item[2]!.length;
      out.push({ term: item[1]!, block: index, from, to: from + item[1]!.length, kind: 'definition', meaning: text.slice(item[0].length) + nested(blocks, index), quoted: block.quoted || inserted.has(index) });
    }
    // Civil-law style: 1.1. "Designated person" — a natural or legal person …
    const dash = new RegExp(`^\\s*(?:[\\d.]+\\s+|\\(\\w{1,4}\\)\\s*)?${TERM}\\s*[—–:]\\s`).exec(text);
    if (dash) add('definition', dash[1]!, dash.index, text.slice(dash.index + dash[0].length) + nested(blocks, index));
    // Baltic laws in translation, unquoted: "4) sanctions subject — a person in respect of whom …".
    const plain = (block.kind === 'item' ? BALTIC_ITEM : BALTIC_PARAGRAPH).exec(text);
    if (!dash && plain) {
      const from = text.indexOf(plain[1]!);
      out.push({ term: plain[1]!, block: index, from, to: from + plain[1]!.length, kind: 'definition', meaning: text.slice(plain[0].length - 1) + nested(blocks, index), quoted: block.quoted || inserted.has(index) });
    }
    for (const [re, kind] of [
      [CITATION, 'citation'],
      [DEFINITION, 'definition'],
      [INLINE, 'inline'],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const meaning = kind === 'definition' ? text.slice(m.index + m[0].length) + nested(blocks, index) : '';
        for (let g = 1; g < m.length; g++) if (m[g]) add(kind, m[g]!, m.index, meaning);
      }
    }
  });
  return out;
}

/** How many blocks after a definition's own can continue it (nested). */
const NESTED_MAX = 12;

/** Text of the list items or labelled paragraphs that continue a definition ending in "means—": at most NESTED_MAX blocks. */
function nested(blocks: Block[], index: number): string {
  const own = blocks[index]!;
  if (!/(?:[—–:-]|\b(?:means|includes|the following))\s*$|次に掲げる/.test(own.text)) return '';
  const parts: string[] = [];
  for (let k = index + 1; k < blocks.length && parts.length < NESTED_MAX; k++) {
    const b = blocks[k]!;
    const isChild = own.kind === 'item' ? b.kind === 'item' && b.depth > own.depth : /^\s*\(\w{1,4}\)|^[\s\u3000]*[イロハニホヘトチリヌルヲワカヨタレソツネナラム][\s\u3000]/.test(b.text) || b.kind === 'item';
    if (!isChild) break;
    parts.push(b.text);
  }
  return parts.length ? ' ' + parts.join(' ') : '';
}
