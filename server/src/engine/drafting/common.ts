import type { Block } from '../parse.js';
import { sourceOffset } from '../parse.js';
import type { Span } from '../types.js';
import { STRUCTURE } from '../structure/patterns.js';
import type { Text } from '../checklist/schema.js';
import { fill, JA_DRAFTING } from '../checklist/text-ja.js';

/** English drafting messages by id; the Japanese ones are in ja.json (_drafting), with the same {placeholders}. */
const EN: Record<string, string> = {
  'cross-reference': 'This refers to {ref}, which the bill does not contain. Correct the reference or add {ref}; if it means another Act, name that Act (“{shown} of the … Act”).',
  'cross-reference-ja': 'This refers to {missing}, which the bill does not contain. Correct the reference, or add the provision; if it means another law, name that law before it.',
  'unnumbered-schedule': 'This refers to the {schedule}, but the bill has no {scheduleLower}. Add it, or correct the reference.',
  'defined-term-unused': '“{term}” is defined here but never used in the bill. Remove the definition, or use the term where it is meant.',
  'defined-term-undefined': '“{term}” is in quotation marks as if it were a defined term, but the bill never defines it. Add a definition, or drop the quotation marks.',
  'numbering-duplicate': 'There are two provisions numbered {label}. Renumber one of them, and check every reference to either.',
  'numbering-duplicate-related': 'The first {first}.',
  'numbering-gap': '{Label} follows {prev}: {missing} from the numbering. Renumber, or restore the missing provision.',
  'numbering-missing-one': '{kind} {from} is missing',
  'numbering-missing-range': '{kind}s {from} to {to} are missing',
  'numbering-gap-related': 'The provision before the gap, {prev}.',
  'numbering-backwards': '{Label} comes after {prev}: the numbering runs backwards here.',
  'numbering-backwards-related': 'The provision before it, {prev}.',
};

/** A drafting message in English and Japanese. */
export function say(id: string, params: Record<string, string>): Text {
  const withCap = { ...params, Label: params['label'] ? params['label'].charAt(0).toUpperCase() + params['label'].slice(1) : '' };
  const ja = JA_DRAFTING[id];
  return { en: fill(EN[id]!, withCap), ...(typeof ja === 'string' ? { ja: fill(ja, params) } : {}) };
}

/** A drafting fault before it becomes a finding: the rule, the exact source range, the message. */
export interface DraftingFault {
  rule: 'drafting.cross-reference' | 'drafting.defined-term' | 'drafting.numbering';
  span: Span;
  message: Text;
  related: { span: Span; message: Text }[];
}

/** Source range of text indexes [from, to) in a block. */
export function spanIn(block: Block, from: number, to: number): Span {
  return { start: sourceOffset(block, from), end: Math.max(sourceOffset(block, from), sourceOffset(block, to - 1) + 1) };
}

/** No block indexes: for proseBlocks and isProseBlock, to read text the bill inserts into another Act as prose too. */
export const NO_BLOCKS: ReadonlySet<number> = new Set();

/**
 * Blocks whose text is the bill's own prose: paragraphs, list items and table
 * rows, but not text inserted into another Act (block-quoted, or in quotation
 * marks after an amending lead-in).
 */
export function proseBlocks(blocks: Block[], inserted: ReadonlySet<number>, contents: ReadonlySet<number> = NO_BLOCKS): { block: Block; index: number }[] {
  const out: { block: Block; index: number }[] = [];
  blocks.forEach((block, index) => {
    if (isProseBlock(block, index, inserted, contents)) out.push({ block, index });
  });
  return out;
}

/** Is blocks[index] one proseBlocks gives? */
export function isProseBlock(block: Block, index: number, inserted: ReadonlySet<number>, contents: ReadonlySet<number> = NO_BLOCKS): boolean {
  return !block.quoted && !inserted.has(index) && !contents.has(index) && (block.kind === 'paragraph' || block.kind === 'item' || block.kind === 'row');
}

/** Sentences that amend another Act: references and quotations in them belong to that Act. */
export const AMENDING = STRUCTURE.en.amending;
