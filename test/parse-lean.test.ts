/**
 * The parser leaves GFM and front matter out of chunks none of their
 * constructs can start in, and uses GFM tables alone where a table is the only
 * one that can (parse.ts, extensionsFor). That must never change the syntax
 * tree: checked on every chunk of the fixtures and the generated benchmark
 * bill, on hand-picked edge cases, and on random Markdown with and without
 * the characters that trigger the extensions.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { chunkStarts, extensionsFor, parseMarkdown, parseMarkdownFull } from '../server/src/engine/parse.js';
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
    const used = { none: 0, tables: 0, all: 0 };
    for (const f of FIXTURES) {
      const text = fixture(f);
      sameTree(text);
      for (const c of chunks(text)) {
        sameTree(c);
        used[extensionsFor(c)]++;
      }
    }
    for (const c of chunks(generateBill(60_000))) {
      sameTree(c);
      used[extensionsFor(c)]++;
    }
    // Each parser is really used.
    expect(used.none).toBeGreaterThan(100);
    expect(used.tables).toBeGreaterThan(10);
    expect(used.all).toBeGreaterThan(0);
  });

  it('uses the extensions wherever one of their constructs could start', () => {
    for (const t of ['| a | b |\n| - | - |\n| 1 | 2 |', 'a\n:-', 'a\n-:', 'a | b\n--|--\n1 | 2 \\| 3']) {
      expect(extensionsFor(t), t).toBe('tables');
      sameTree(t);
    }
    for (const t of [
      '| a | b |\n| - | - |\n| ~~1~~ | 2 |',
      '| a | b |\n| - | - |\n| www.example.org | [^1] |\n\n[^1]: note',
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
      expect(extensionsFor(t), t).toBe('all');
      sameTree(t);
    }
    expect(extensionsFor('## 1 Designation\n\n(1) The Minister may designate a person.\n\n- (a) first;\n  - (i) nested.\n')).toBe('none');
  });

  it('gives the same tree on random Markdown, with and without the trigger characters', () => {
    const stripped = fc.oneof(markdownDoc, billText).map((t) => t.replace(/[|~@:]|www|\[|\^/gi, ''));
    // Tables (pipes and colons kept), with every other extension's trigger taken out.
    const tablesOnly = fc.oneof(markdownDoc, billText).map((t) => t.replace(/[~@]|www|\/\/|\[|\^/gi, ''));
    fc.assert(
      fc.property(fc.oneof(markdownDoc, billText, stripped, tablesOnly), (text) => {
        sameTree(text);
        for (const c of chunks(text)) sameTree(c);
      }),
      fuzzParams(8),
    );
  }, fuzzTimeout(8, 60));
});
