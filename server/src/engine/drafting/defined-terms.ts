/**
 * drafting.defined-term: terms defined but never used, and terms used in
 * quotation marks as if defined but never defined.
 */
import type { Bill } from '../structure/bill.js';
import { AMENDING, proseBlocks, spanIn, type DraftingFault } from './common.js';
import type { Block } from '../parse.js';

const Q_OPEN = '[“"‘]';
const Q_CLOSE = '[”"’]';
const TERM = `${Q_OPEN}([^”"’\\n]{1,80}?)${Q_CLOSE}`;
/** “X” means / the term “X” includes / “X” has the meaning … */
const DEFINITION = new RegExp(`${TERM}(?:\\s*(?:,|and|or)\\s*${TERM})?\\s+(?:means|mean|includes|include|has the (?:same )?meaning|have the (?:same )?meanings?|refers to|shall mean|is defined)\\b`, 'g');
/** (the “Committee”), referred to as the “Fund”, hereinafter “the Regulation” */
const INLINE = new RegExp(`(?:\\((?:in this [\\w ]+)?(?:the |a |an )?${TERM}\\)|(?:referred to|known) as (?:the )?${TERM}|hereinafter (?:the )?${TERM})`, 'g');
const CITATION = new RegExp(`(?:cited as|called|known as) (?:the )?${TERM}`, 'g');
const QUOTED = /[“"]([^”"\n]{1,80}?)[”"]/g;

interface Definition {
  term: string;
  block: Block;
  from: number;
  to: number;
}

export function checkDefinedTerms(bill: Bill): DraftingFault[] {
  const prose = proseBlocks(bill.blocks);
  const defs: Definition[] = [];
  const defined = new Set<string>();
  /** Quoted text positions that are definitions or citations: not uses, not undefined terms. */
  const skip = new Map<Block, [number, number][]>();
  const mark = (b: Block, from: number, to: number): void => {
    let l = skip.get(b);
    if (!l) skip.set(b, (l = []));
    l.push([from, to]);
  };

  for (const { block } of prose) {
    const text = block.text;
    for (const re of [DEFINITION, INLINE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        for (let g = 1; g < m.length; g++) {
          const term = m[g];
          if (!term) continue;
          const from = text.indexOf(term, m.index) - 1;
          defs.push({ term, block, from, to: from + term.length + 2 });
          defined.add(norm(term));
          mark(block, from, from + term.length + 2);
        }
      }
    }
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
      defined.add(norm(m[1]!));
      const from = text.indexOf(m[1]!, m.index) - 1;
      mark(block, from, from + m[1]!.length + 2);
    }
  }

  const faults: DraftingFault[] = [];

  // Defined but never used: one pass over the text with every term at once.
  if (defs.length > 0) {
    const terms = [...new Set(defs.map((d) => norm(d.term)))].sort((a, b) => b.length - a.length);
    const any = new RegExp(`(?<![\\w-])(?:${terms.map(escape).join('|')})(?:s|es)?(?![\\w-])`, 'gi');
    const used = new Set<string>();
    for (const { block } of prose) {
      const spans = skip.get(block) ?? [];
      any.lastIndex = 0;
      for (let m = any.exec(block.text); m; m = any.exec(block.text)) {
        if (spans.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
        used.add(stem(norm(m[0]), terms));
      }
    }
    const reported = new Set<string>();
    for (const d of defs) {
      const key = norm(d.term);
      if (used.has(key) || reported.has(key)) continue;
      reported.add(key);
      faults.push({
        rule: 'drafting.defined-term',
        span: spanIn(d.block, d.from, d.to),
        message: `“${d.term}” is defined here but never used in the bill. Remove the definition, or use the term where it is meant.`,
        related: [],
      });
    }
  }

  // Quoted as if defined, but never defined.
  const flagged = new Set<string>();
  for (const { block } of prose) {
    const text = block.text;
    if (AMENDING.test(text)) continue;
    const spans = skip.get(block) ?? [];
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      if (spans.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
      const term = m[1]!.trim();
      if (term.split(/\s+/).length > 6 || !/[A-Za-z\u3040-\u9fff]/.test(term) || /[.!?;:]$/.test(term)) continue;
      const key = norm(term);
      if (defined.has(key) || flagged.has(key)) continue;
      flagged.add(key);
      faults.push({
        rule: 'drafting.defined-term',
        span: spanIn(block, m.index, m.index + m[0].length),
        message: `“${term}” is in quotation marks as if it were a defined term, but the bill never defines it. Add a definition, or drop the quotation marks.`,
        related: [],
      });
    }
  }
  return faults;
}

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Map a plural match back to its defined term. */
function stem(s: string, terms: string[]): string {
  if (terms.includes(s)) return s;
  for (const t of terms) if (s === `${t}s` || s === `${t}es`) return t;
  return s;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
