import type { Block } from '../parse.js';
import { sourceOffset } from '../parse.js';
import type { Span } from '../types.js';
import { STRUCTURE } from '../structure/patterns.js';

/** A drafting fault before it becomes a finding: the rule, the exact source range, the message. */
export interface DraftingFault {
  rule: 'drafting.cross-reference' | 'drafting.defined-term' | 'drafting.numbering';
  span: Span;
  message: string;
  related: { span: Span; message: string }[];
}

/** Source range of text indexes [from, to) in a block. */
export function spanIn(block: Block, from: number, to: number): Span {
  return { start: sourceOffset(block, from), end: Math.max(sourceOffset(block, from), sourceOffset(block, to - 1) + 1) };
}

/**
 * Blocks whose text is the bill's own prose: paragraphs, list items and table
 * rows, but not text inserted into another Act (block-quoted, or in quotation
 * marks after an amending lead-in).
 */
export function proseBlocks(blocks: Block[], inserted: ReadonlySet<number>): { block: Block; index: number }[] {
  const out: { block: Block; index: number }[] = [];
  blocks.forEach((block, index) => {
    if (!block.quoted && !inserted.has(index) && (block.kind === 'paragraph' || block.kind === 'item' || block.kind === 'row')) out.push({ block, index });
  });
  return out;
}

/** Sentences that amend another Act: references and quotations in them belong to that Act. */
export const AMENDING = STRUCTURE.en.amending;
