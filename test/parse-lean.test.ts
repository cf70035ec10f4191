/**
 * The parser leaves GFM and front matter out of chunks none of their
 * constructs can start in (parse.ts, needsExtensions). That must never change
 * the syntax tree: checked on every chunk of the fixtures and the generated
 * benchmark bill, on hand-picked edge cases, and on random Markdown with and
 * without the characters that trigger the extensions.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { chunkStarts, needsExtensions, parseMarkdown, parseMarkdownFull } from '../server/src/engine/parse.js';
import { generateBill } from '../bench/generate.js';
import { fixture } from './helpers.js';
import { fuzzParams, fuzzTimeout, markdownDoc, billText } from './fuzz/arbitraries.js';

const FIXTURES = readdirSync(new URL('../test-fixtures/', import.meta.url)).filter((f) => f.endsWith('.md') && f !== 'README.md');

function chunks(text: string): string[] {
  const starts = chunkStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

const sameTree = (text: string) => expect(parseMarkdown(text), JSON.stringify(text.slice(0, 200))).toEqual(parseMarkdownFull(text));

describe('parsing without the GFM and front matter extensions where they cannot apply', () => {
  it('gives the same tree for every chunk of every fixture and of a generated bill', () => {
    let lean = 0;
    for (const f of FIXTURES) {
      const text = fixture(f);
      sameTree(text);
      for (const c of chunks(text)) {
        sameTree(c);
        if (!needsExtensions(c)) lean++;
      }
    }
    for (const c of chunks(generateBill(60_000))) {
      sameTree(c);
      if (!needsExtensions(c)) lean++;
    }
    expect(lean).toBeGreaterThan(100); // the lean parser is really used
  });

  it('uses the extensions wherever one of their constructs could start', () => {
    for (const t of [
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'a\n:-',
      'a\n-:',
      '~~gone~~',
      'see www.example.org',
      'see WWW.EXAMPLE.ORG',
      'see https://example.org',
      'mail x@example.org',
      'mailto:x@example.org',
      'a[^1]\n\n[^1]: note',
      '- [ ] task',
      '- [x] done',
      '- [X] done',
      '---\ntitle: x\n---\n',
      '+++\ntitle = "x"\n+++\n',
      '\ufeff---\ntitle: x\n---\n',
    ]) {
      expect(needsExtensions(t), t).toBe(true);
      sameTree(t);
    }
    expect(needsExtensions('## 1 Designation\n\n(1) The Minister may designate a person.\n\n- (a) first;\n  - (i) nested.\n')).toBe(false);
  });

  it('gives the same tree on random Markdown, with and without the trigger characters', () => {
    const stripped = fc.oneof(markdownDoc, billText).map((t) => t.replace(/[|~@:]|www|\[|\^/gi, ''));
    fc.assert(
      fc.property(fc.oneof(markdownDoc, billText, stripped), (text) => {
        sameTree(text);
        for (const c of chunks(text)) sameTree(c);
      }),
      fuzzParams(8),
    );
  }, fuzzTimeout(8, 60));
});
