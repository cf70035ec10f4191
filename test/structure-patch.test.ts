/**
 * After an edit inside one paragraph or list item that leaves the structure
 * as it was, the bill model is the last one with that provision rebuilt
 * (structure/patch.ts), not a fresh build. It must be the same bill a fresh
 * build gives, every time: checked here on every English fixture and
 * evaluation bill and a generated bill, with random sequences of the edits
 * most likely to change what a block is — words and markers typed at the
 * start, the end or the middle of a paragraph (provision numbers, "means",
 * lead-in dashes and colons, quotation marks, amending words, capitals, bold,
 * line breaks) and text deleted.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseBlocks, ParseCache } from '../server/src/engine/parse.js';
import { buildBill, type Bill } from '../server/src/engine/structure/bill.js';
import { detectLanguage } from '../server/src/engine/language.js';
import { generateBill } from '../bench/generate.js';
import { billFiles } from './helpers.js';
import { fuzzParams, fuzzTimeout } from './fuzz/arbitraries.js';

const BILLS = billFiles()
  .map((path) => readFileSync(path, 'utf8'))
  .filter((text) => detectLanguage(text) === 'en')
  .concat([generateBill(20_000)]);

/** What is typed: ordinary words, and the marks and words the structure reads. */
const TYPED = [
  'x',
  'e',
  ' ',
  'X',
  'shall ',
  'may ',
  'means ',
  ' means',
  'includes ',
  '—',
  ':',
  ' -',
  ' and',
  '.',
  ';',
  '“',
  '”',
  '"',
  '(1) ',
  '(a) ',
  '12 ',
  '5. ',
  'Section 4 ',
  'SEC. 3. ',
  'PART 2 ',
  'SCHEDULE',
  'Schedule 1',
  'ANNEX',
  'Explanatory note: ',
  'Commentary: ',
  'Insert:',
  'is amended ',
  'by inserting ',
  'Whereas ',
  'The purpose of this Act is ',
  'REPORTS',
  '**',
  '*',
  '\n',
  'Table of contents',
  '1 Short title\n2 Interpretation',
];

type Edit = { block: number; where: 'start' | 'end' | 'middle'; offset: number; kind: 'type' | 'delete'; what: number; size: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  block: fc.nat(),
  where: fc.constantFrom('start' as const, 'end' as const, 'middle' as const),
  offset: fc.nat(),
  kind: fc.constantFrom('type' as const, 'type' as const, 'delete' as const),
  what: fc.nat(TYPED.length - 1),
  size: fc.integer({ min: 1, max: 4 }),
});

/** Apply an edit inside one of the text's paragraphs or list items (source offsets of the parsed blocks). */
function apply(text: string, e: Edit): string {
  const blocks = parseBlocks(text).filter((b) => b.kind === 'paragraph' || b.kind === 'item');
  if (blocks.length === 0) return text;
  const b = blocks[e.block % blocks.length]!;
  const span = Math.max(1, b.end - b.start);
  const at = e.where === 'start' ? b.start + Math.min(span - 1, e.offset % 6) : e.where === 'end' ? Math.max(b.start, b.end - (e.offset % 4)) : b.start + (e.offset % span);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(Math.min(text.length, at + e.size));
  return text.slice(0, at) + TYPED[e.what] + text.slice(at);
}

function fresh(text: string): Bill {
  return buildBill(parseBlocks(text), 'en');
}

describe('the bill after an edit inside a paragraph (structure/patch.ts)', () => {
  it('is the bill a fresh build gives, after any sequence of edits to any English bill', () => {
    let patched = 0;
    let edits = 0;
    fc.assert(
      fc.property(fc.nat(BILLS.length - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, seq) => {
        const cache = new ParseCache();
        let text = BILLS[which]!;
        let last = buildBill(parseBlocks(text, cache), 'en', cache.memos);
        cache.sweep();
        cache.memos.sweep();
        for (const e of seq) {
          text = apply(text, e);
          const bill = buildBill(parseBlocks(text, cache), 'en', cache.memos);
          cache.sweep();
          cache.memos.sweep();
          expect(bill).toEqual(fresh(text));
          edits++;
          // A fresh build makes every provision anew; a patch keeps those the edit did not touch.
          if (bill.provisions.some((p) => last.provisions.includes(p))) patched++;
          last = bill;
        }
      }),
      fuzzParams(8),
    );
    // Most edits inside a paragraph leave the structure as it was: the patch must be what is tested.
    expect(patched / edits).toBeGreaterThan(0.4);
  }, fuzzTimeout(8, 300));

  it('keeps the provisions an edit does not reach, and rebuilds the one it does', () => {
    const text = generateBill(20_000);
    const cache = new ParseCache();
    const before = buildBill(parseBlocks(text, cache), 'en', cache.memos);
    const target = before.provisions[10]!;
    const block = before.blocks[target.blocks[1]!]!;
    const at = block.start + 20;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const after = buildBill(parseBlocks(edited, cache), 'en', cache.memos);
    expect(after).toEqual(fresh(edited));
    expect(after.provisions[9]).toBe(before.provisions[9]);
    expect(after.provisions[10]).not.toBe(target);
    expect(after.provisions[10]!.sentences.map((s) => s.text).join(' ')).toContain('x');
    // Later provisions are moved by one character, their sentences shared.
    expect(after.provisions[11]!.span.start).toBe(before.provisions[11]!.span.start + 1);
    expect(after.provisions[11]!.sentences).toBe(before.provisions[11]!.sentences);
  });

  it("reads a definition's nested items again when one of them is edited, up to the twelfth item under it", () => {
    const items = 'abcdefghijklm'.split('').map((l) => `- (${l}) the conduct listed as item ${l};`);
    const text = `# A Bill\n\n## 1 Interpretation\n\n(1) In this Act, “serious conduct” means—\n\n${items.join('\n')}\n\n## 2 Designation\n\n(1) The Minister may designate a person responsible for serious conduct.\n`;
    const meaningAfter = (typed: string, item: string): { meaning: string; patched: boolean } => {
      const cache = new ParseCache();
      const before = buildBill(parseBlocks(text, cache), 'en', cache.memos);
      cache.sweep();
      cache.memos.sweep();
      const at = text.indexOf(`listed as item ${item}`) + 'listed'.length;
      const edited = text.slice(0, at) + typed + text.slice(at);
      const after = buildBill(parseBlocks(edited, cache), 'en', cache.memos);
      expect(after).toEqual(fresh(edited));
      const d = after.definitions.find((x) => x.term === 'serious conduct')!;
      // (A patched bill shares the sentences of the provisions the edit only moved.)
      return { meaning: d.meaning, patched: after.provisions[1]!.sentences === before.provisions[1]!.sentences };
    };
    // The twelfth item is the last a definition takes in: editing it changes the definition's meaning.
    const twelfth = meaningAfter(' (amended)', 'l');
    expect(twelfth.patched).toBe(true);
    expect(twelfth.meaning).toContain('listed (amended) as item l');
    // The thirteenth is not part of it.
    const thirteenth = meaningAfter(' (amended)', 'm');
    expect(thirteenth.patched).toBe(true);
    expect(thirteenth.meaning).not.toContain('item m');
  });
});
