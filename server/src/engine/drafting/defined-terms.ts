/**
 * drafting.defined-term: terms defined but never used, and terms used in
 * quotation marks as if defined but never defined.
 */
import { KeptByDocument, type Bill } from '../structure/bill.js';
import { AMENDING, isProseBlock, NO_BLOCKS, say, spanIn, type DraftingFault } from './common.js';
import type { Block } from '../parse.js';
import { memosOf } from '../memo.js';

/** A term in double quotes, or in single quotes as EU acts write them ('funds'; an apostrophe inside a word is not a quote). */
const QUOTED = /[“"]([^”"\n]{1,80}?)[”"]|(?<![\w’'])[‘']([^’'\n]{1,80}?)[’'](?!\w)/g;
/** What stands before the term in a US definition: "(2) FINANCIAL INSTITUTION.—The term “". */
const US_CAPTION = /^\s*(?:\(\w{1,6}\)\s*)?[A-Z][A-Z0-9 ,'’()-]*?\.?\s*(?:[—–]|--)\s*(?:[Tt]he terms?\s+)?[“"]?$/;

/** Text in quotation marks that reads like a term (not in a sentence that amends another Act). */
interface QuotedTerm {
  index: number;
  0: string;
  term: string;
}

function quotedIn(text: string): QuotedTerm[] {
  const out: QuotedTerm[] = [];
  if (AMENDING.test(text)) return out;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const term = (m[1] ?? m[2])!.trim();
    if (term.split(/\s+/).length > 6 || !/[A-Za-z\u3040-\u9fff]/.test(term) || /[.!?;:]$/.test(term)) continue;
    out.push({ index: m.index, 0: m[0], term });
  }
  return out;
}

/** A definition or inline definition of the bill's own (not of an Act it amends, not a citation). */
interface TermDefinition {
  term: string;
  block: Block;
  from: number;
  to: number;
  kind: string;
}

/** What one block gives the check: the terms it uses, and the text it quotes as if defined. */
interface BlockTerms {
  /** Defined terms used in the block (not in its own definitions or citations); null when not read for uses. */
  uses: string[] | null;
  /** Quoted text that reads like a term, outside definitions and citations; null when not the bill's own prose. */
  quoted: QuotedTerm[] | null;
}

/**
 * What the last version of a document gave, block by block, and the reading
 * it depends on beyond each block's own text: the definitions (their terms
 * make the pattern of uses; their places are not uses), the inserted text
 * and the contents lines. After an edit inside one block (structure/patch.ts)
 * with the same reading, only that block is read again.
 */
const keptTerms = new KeptByDocument<{ reading: string; byBlock: BlockTerms[] }>();

export function checkDefinedTerms(bill: Bill): DraftingFault[] {
  const defs: TermDefinition[] = [];
  const defined = new Set<string>();
  /** Quoted text positions that are definitions or citations: not uses, not undefined terms. */
  const skip = new Map<Block, [number, number][]>();
  for (const d of bill.definitions) {
    if (d.quoted) continue; // terms of the Act being amended
    const block = bill.blocks[d.block]!;
    defined.add(norm(d.term));
    let l = skip.get(block);
    if (!l) skip.set(block, (l = []));
    l.push([d.from, d.to]);
    if (d.kind !== 'citation') defs.push({ term: d.term, block, from: d.from, to: d.to, kind: d.kind });
  }
  const byBlock = termsByBlock(bill, defs, skip);

  const faults: DraftingFault[] = [];
  // Defined but never used.
  const used = new Set<string>();
  for (const entry of byBlock) if (entry.uses) for (const term of entry.uses) used.add(term);
  const reported = new Set<string>();
  for (const d of defs) {
    const key = norm(d.term);
    if (used.has(key) || reported.has(key)) continue;
    reported.add(key);
    faults.push({
      rule: 'drafting.defined-term',
      span: spanIn(d.block, d.from, d.to),
      message: say('defined-term-unused', { term: d.term }),
      related: [],
    });
  }

  // Quoted as if defined, but never defined.
  const flagged = new Set<string>();
  byBlock.forEach((entry, index) => {
    if (!entry.quoted) return;
    for (const m of entry.quoted) {
      const term = m.term;
      const key = norm(term);
      if (defined.has(key) || flagged.has(key)) continue;
      flagged.add(key);
      faults.push({
        rule: 'drafting.defined-term',
        span: spanIn(bill.blocks[index]!, m.index, m.index + m[0].length),
        message: say('defined-term-undefined', { term }),
        related: [],
      });
    }
  });
  return faults;
}

/** What each block gives (see BlockTerms): read afresh, or after an edit inside one block, that block only. */
function termsByBlock(bill: Bill, defs: TermDefinition[], skip: Map<Block, [number, number][]>): BlockTerms[] {
  const reading = JSON.stringify([bill.definitions.map((d) => [d.term, d.block, d.from, d.to, d.kind, d.quoted]), [...bill.inserted], [...bill.contents]]);
  const kept = keptTerms.carried(bill);
  const read = blockTermsReader(bill, defs, skip);
  let byBlock: BlockTerms[];
  if (kept && kept.state.reading === reading) {
    // The texts of the blocks not read again: keep what they gave for the next full reading.
    for (const name of ['drafting-quoted', ...(read.usesTable ? [read.usesTable] : [])]) memosOf(bill)!.table(name).hold();
    byBlock = kept.state.byBlock.slice();
    byBlock[kept.revision.block] = read.block(kept.revision.block);
  } else {
    byBlock = bill.blocks.map((_, index) => read.block(index));
  }
  keptTerms.keep(bill, { reading, byBlock });
  return byBlock;
}

const NOTHING: BlockTerms = { uses: null, quoted: null };

/** Reads one block for the check, with what it needs from the whole bill worked out once. */
function blockTermsReader(bill: Bill, defs: TermDefinition[], skip: Map<Block, [number, number][]>): { block: (index: number) => BlockTerms; usesTable: string | null } {
  const memos = memosOf(bill);
  let uses: ((block: Block) => string[]) | null = null;
  let usesTable: string | null = null;
  if (defs.length > 0) {
    // Every term at once: one pass over a block's text finds them all.
    const terms = [...new Set(defs.map((d) => norm(d.term)))].sort((a, b) => b.length - a.length);
    const forms = terms.map((t) => ({ term: t, re: new RegExp(`^(?:${formOf(t)})$`, 'i') }));
    const any = new RegExp(`(?<![\\w-])(?:${terms.map(formOf).join('|')})(?![\\w-])`, 'gi');
    // A term's own definition ("… means a credit institution or a financial institution within the meaning of …")
    // is not a use of it: the stretch from the term to the next definition in the block, or the block's end.
    const ownDefinition = new Map<Block, { term: string; from: number; to: number }[]>();
    for (const d of defs) {
      if (d.kind !== 'definition') continue;
      let l = ownDefinition.get(d.block);
      if (!l) ownDefinition.set(d.block, (l = []));
      l.push({ term: norm(d.term), from: d.from, to: d.block.text.length });
    }
    for (const [block, l] of ownDefinition) {
      l.sort((a, b) => a.from - b.from);
      // A US caption before the first term ("(2) FINANCIAL INSTITUTION.—The term …") is part of its definition.
      const first = l[0]!;
      if (US_CAPTION.test(block.text.slice(0, first.from))) first.from = 0;
      for (let k = 0; k + 1 < l.length; k++) l[k]!.to = l[k + 1]!.from;
    }
    // Where the terms occur in each text, memoised per set of terms (see memo.ts).
    usesTable = `drafting-term-uses:${any.source}`;
    const usesMemo = memos?.table<{ index: number; 0: string }[]>(usesTable);
    uses = (block) => {
      const spans = skip.get(block) ?? [];
      const own = ownDefinition.get(block) ?? [];
      let found = usesMemo?.get(block.text);
      if (!found) {
        found = [];
        any.lastIndex = 0;
        for (let m = any.exec(block.text); m; m = any.exec(block.text)) found.push({ index: m.index, 0: m[0] });
        usesMemo?.set(block.text, found);
      }
      const out: string[] = [];
      for (const m of found) {
        if (spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
        const hit = norm(m[0]);
        const term = forms.find((f) => f.re.test(hit))?.term ?? hit;
        if (own.some((o) => o.term === term && m.index >= o.from && m.index < o.to)) continue;
        out.push(term);
      }
      return out;
    };
  }
  const quotedMemo = memos?.table<QuotedTerm[]>('drafting-quoted');
  const quoted = (block: Block): QuotedTerm[] => {
    let found = quotedMemo?.get(block.text);
    if (!found) {
      found = quotedIn(block.text);
      quotedMemo?.set(block.text, found);
    }
    const spans = skip.get(block) ?? [];
    return found.filter((m) => !spans.some(([a, b]) => m.index >= a && m.index < b));
  };
  return {
    usesTable,
    block: (index) => {
      const block = bill.blocks[index]!;
      // A use in text the bill inserts into another Act is still a use ("designated person" in an inserted Part);
      // text quoted as if defined counts only in the bill's own prose.
      if (!isProseBlock(block, index, NO_BLOCKS, bill.contents)) return NOTHING;
      return { uses: uses ? uses(block) : null, quoted: bill.inserted.has(index) ? null : quoted(block) };
    },
  };
}

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The forms in which a defined term is used: its plural, and for a verb
 * defined in the third person ("deals with") the other forms of the verb
 * ("deal with", "dealing with", "dealt with").
 */
function formOf(term: string): string {
  const words = term.split(' ');
  if (words.length > 1 && /^[a-z]{3,}s$/.test(words[0]!)) {
    const verb = words[0]!.replace(/e?s$/, '');
    return `${escape(verb)}(?:s|es|e|ing|ed|t)?\\s+${escape(words.slice(1).join(' '))}`;
  }
  return `${escape(term)}(?:s|es)?`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
