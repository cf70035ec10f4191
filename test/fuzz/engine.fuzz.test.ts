/**
 * Property tests of the engine (issue #5) on random Markdown and random
 * bill-shaped documents: it never throws and reports every lesson; every range
 * lies inside the document; the chunked, cached parse agrees with a fresh
 * parse of the whole text after any sequence of edits, used as the language
 * server uses it; the result is deterministic. Run settings and a longer run:
 * see arbitraries.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, lint } from '../../server/src/engine/lint.js';
import { chunkStarts, ParseCache, parseBlocks, warmParseCache, wholeDocumentBlocks, type Block } from '../../server/src/engine/parse.js';
import { LESSONS } from '../../server/src/engine/checklist/index.js';
import { LineIndex } from '../../server/src/engine/text.js';
import { fileReport } from '../../server/src/cli/report.js';
import type { LintResult, Span } from '../../server/src/engine/types.js';
import { anyDoc, applyEdit, billDoc, edits, fuzzParams, fuzzTimeout, markdownDoc, resolveEdit } from './arbitraries.js';

/** Lines as an editor counts them: LF, CRLF and a lone CR each end one. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Every span the result holds, with a name for the message. */
function spansOf(r: LintResult): [string, Span][] {
  return [
    ...r.findings.flatMap((f, i): [string, Span][] => [[`findings[${i}] ${f.rule}`, f.span], ...f.related.map((x, j): [string, Span] => [`findings[${i}].related[${j}]`, x.span])]),
    ...r.checklist.flatMap((l) => l.evidence.map((e, j): [string, Span] => [`${l.id}.evidence[${j}]`, e.span])),
    ...r.notes.map((n, i): [string, Span] => [`notes[${i}]`, n.span]),
  ];
}

/**
 * Bugs this fuzzer found (issue #5), all fixed; each keeps a test of its own below.
 *
 * BUG 1 — a leading byte-order mark shifted every range one character early.
 * BUG 2 — with CRLF, the "\r" stayed in a block's text, and the structure code, which splits lines at "\n",
 *   counted it as text: (a) ranges could end between "\r" and "\n", one column past the end of the line; (b) a bold
 *   heading of more than 24 characters with text on the next line read as emphasis, not as a provision.
 * BUG 3 — chunkStarts did not see a backtick fence indented by one to three spaces, and cut inside it.
 * BUG 4 — chunkStarts ended front matter at "---", "+++" or "...", whatever opened it; remark-frontmatter needs
 *   the same fence.
 * BUG 5 — the map from a block's plain text back to the source assumed each inline text node was as long as its
 *   source: after an indented continuation line, a backslash escape or a character reference (`&amp;`) every
 *   range in the block was early, and a node without a position (a GFM autolink) mapped before the block.
 * (Bugs 6 and 7 are in quickfix.fuzz.test.ts.)
 * BUG 8 — chunkStarts took a fence at the margin after a list item's fence, which the item's end closes, for
 *   the closing fence, and cut inside the code block that opens.
 *
 * UPSTREAM (micromark 4.0.3, open PR micromark/micromark#228): after an indented code block and a blank line, an
 *   ordered list that does not start at 1 is read as a paragraph. A chunk cut between the two hides it, so the
 *   chunked parse differs from the whole one; not a bug of this project, and set aside below.
 */
const codeThenOrderedList = (text: string) => /^(?: {4}|\t).*\S.*\r?\n(?:[ \t]*\r?\n)+ {0,3}(?:0*[2-9]|\d{2,})[.)](?:[ \t]|\r?$)/m.test(text);
/**
 * UPSTREAM (micromark): a code fence or a <pre> block left open in a list item, which a heading at the margin ends,
 * takes in the blank lines before the heading — all of them at the end of a document (so at the end of a chunk cut
 * at that heading), all but the last line ending otherwise. Blocks are compared without a code or HTML block's
 * trailing blank lines; no check reads them.
 */
function openCodeTrimmed(text: string, blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'code' && b.kind !== 'html') return b;
    const source = text.slice(b.start, b.end);
    return { ...b, text: b.text.replace(/[\r\n]+$/, ''), end: b.start + source.replace(/[\r\n]+$/, '').length };
  });
}
const betweenCrAndLf = (text: string, offset: number) => offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;

/** The result is whole and every range lies inside the text, as offsets and as the CLI's 1-based lines and columns. */
function expectWellFormed(text: string, r: LintResult): void {
  expect(r.failures).toEqual([]); // a rule that threw is caught and reported here: for the fuzzer, that is a crash
  expect(r.checklist.map((l) => l.id)).toEqual(LESSONS.map((l) => l.id));
  expect(r.checklist).toHaveLength(26);
  for (const l of r.checklist) {
    expect(['met', 'partial', 'missing'], l.id).toContain(l.status);
    // A lesson with no elements (say, measures.entry-ban) is missing with no labels; partial always names what lacks.
    if (l.status === 'met') expect(l.missingElements, l.id).toEqual([]);
    if (l.status === 'partial') expect(l.missingElements.length, l.id).toBeGreaterThan(0);
  }
  for (const [name, s] of spansOf(r)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), name).toBe(true);
    expect(s.start, name).toBeGreaterThanOrEqual(0);
    expect(s.end, `${name} ends before it starts`).toBeGreaterThanOrEqual(s.start);
    expect(s.end, name).toBeLessThanOrEqual(text.length);
  }
  const lines = linesOf(text);
  const report = fileReport('fuzz.md', text, r);
  const inside = (what: string, line: number, column: number, slack = 0) => {
    expect(line, `${what}: line`).toBeGreaterThanOrEqual(1);
    expect(line, `${what}: line`).toBeLessThanOrEqual(lines.length);
    expect(column, `${what}: column`).toBeGreaterThanOrEqual(1);
    expect(column, `${what}: column`).toBeLessThanOrEqual(lines[line - 1]!.length + 1 + slack);
  };
  report.diagnostics.forEach((d, i) => {
    inside(d.rule, d.line, d.column);
    inside(`${d.rule} end`, d.endLine, d.endColumn);
    expect(betweenCrAndLf(text, r.findings[i]!.span.end), `${d.rule} ends between "\\r" and "\\n"`).toBe(false);
    expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), `${d.rule}: end before start`).toBe(true);
    for (const x of d.related) inside(`${d.rule} related`, x.line, x.column);
  });
  for (const n of report.notes) inside('note', n.line, n.column);
}

describe('engine, fuzzed', () => {
  it('never throws on random Markdown or bills; reports all 26 lessons; every range lies inside the document', () => {
    fc.assert(
      fc.property(anyDoc, (text) => {
        expectWellFormed(text, lint(text));
      }),
      fuzzParams(4),
    );
  }, fuzzTimeout(4, 40));

  it('parses in chunks exactly as a whole-document parse, with at most one block per line', () => {
    fc.assert(
      fc.property(anyDoc, (text) => {
        fc.pre(!codeThenOrderedList(text)); // UPSTREAM
        const blocks = parseBlocks(text);
        expect(openCodeTrimmed(text, blocks)).toEqual(openCodeTrimmed(text, wholeDocumentBlocks(text)));
        // Structural bounds (no super-linear blow-up): blocks, chunks and text-to-source map entries grow with the text.
        const lineCount = new LineIndex(text).lineCount;
        expect(blocks.length).toBeLessThanOrEqual(lineCount);
        expect(chunkStarts(text).length).toBeLessThanOrEqual(lineCount);
        // (Blocks are not always in order of their start: a list item whose first paragraph follows an HTML
        // comment starts at its marker, before the comment's block. Not asserted; see the report of issue #5.)
        for (const b of blocks) {
          expect(b.start).toBeGreaterThanOrEqual(0);
          expect(b.end).toBeGreaterThanOrEqual(b.start);
          expect(b.end).toBeLessThanOrEqual(text.length);
          expect(b.map.length / 2).toBeLessThanOrEqual(b.text.length + 1);
        }
      }),
      fuzzParams(4),
    );
  }, fuzzTimeout(4, 40));

  it('never runs super-linearly: eight copies of a random document cost at most a few times eight times one copy', () => {
    // A bounded, non-flaky check of growth, not of speed (speed is measured in bench/). It compares two runs in the
    // same process on the same document, so machine and load largely cancel out: CPU time of this process (not
    // wall time), the fastest of three runs each, one copy of at least 16 KB against eight copies. Linear work
    // gives a ratio of about 8; the bound is 32, four times that, to absorb garbage collection and JIT warm-up
    // (which, if anything, slows the smaller run). A quadratic step gives 64 once it dominates — as the 1 MB
    // sentence and the dense emphasis paragraph of test/hostile.test.ts did before their fixes (4× the text took
    // 14× and 16× the time).
    const cpu = (f: () => void) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = process.cpuUsage();
        f();
        const t = process.cpuUsage(t0);
        best = Math.min(best, t.user + t.system);
      }
      return best;
    };
    fc.assert(
      fc.property(anyDoc, (doc) => {
        const unit = doc.length === 0 ? 'x\n\n' : doc + '\n\n';
        const one = unit.repeat(Math.ceil(16_384 / unit.length));
        const eight = one.repeat(8);
        // UPSTREAM: remark's own parse of a whole document is quadratic in some constructs (hundreds of setext
        // headings: 16 KB take it 3 s, 64 KB 40 s). The engine parses a document in chunks of about 2 KB cut at
        // blank lines and headings, which bounds that; a document that cannot be cut (no such line outside code
        // and front matter, or link reference definitions and footnotes, which reach across chunks) is parsed
        // whole, and is set aside here. See the report of issue #5.
        fc.pre(chunkStarts(eight).length >= 8 && !/^ {0,3}\[[^\]]+\]:/m.test(doc));
        const small = cpu(() => lint(one));
        const large = cpu(() => lint(eight));
        expect(large / Math.max(small, 1_000), `one copy ${Math.round(small / 1000)} ms, eight ${Math.round(large / 1000)} ms`).toBeLessThan(32);
      }),
      { ...fuzzParams(0.2), endOnFailure: true },
    );
  }, fuzzTimeout(0.2, 3000));

  it('puts the range of a dangling cross-reference on the words of the reference', () => {
    // Clean and noisy bills (continuation lines, escapes, character references: bug 5 below).
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(billDoc({ noise: false }), billDoc()), ({ text }) => {
        for (const f of lint(text).findings) {
          const shown = /\(“(.+?) of the … Act”\)/.exec(f.message)?.[1];
          if (f.rule !== 'drafting.cross-reference' || !shown) continue;
          checked++;
          const squash = (x: string) => x.replace(/[*_`~\\]/g, '').replace(/\s+/g, ' ').trim();
          expect(squash(text.slice(f.span.start, f.span.end)), f.message).toBe(squash(shown));
        }
      }),
      fuzzParams(2),
    );
    expect(checked, 'no dangling cross-reference was generated').toBeGreaterThan(0);
  }, fuzzTimeout(2, 40));

  it('after every edit of a random sequence, cuts the new version (from the last one’s chunks) exactly as a fresh cut', () => {
    fc.assert(
      fc.property(anyDoc, edits, (initial, sequence) => {
        const cache = new ParseCache();
        let text = initial;
        parseBlocks(text, cache);
        for (const e of sequence) {
          text = applyEdit(text, resolveEdit(text, e));
          const chunks = cache.chunks(text);
          const starts = chunkStarts(text);
          expect(chunks.map((c) => c.start)).toEqual(starts);
          expect(chunks.map((c) => c.text)).toEqual(starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length)));
          parseBlocks(text, cache);
        }
      }),
      fuzzParams(4),
    );
  }, fuzzTimeout(4, 40));

  it('after every edit of a random sequence, judges with the server’s reused cache exactly as a fresh run', async () => {
    // As the server does: each version is parsed in slices into the document's one cache (warmParseCache),
    // and a newer edit can stop that early; only a version that is not superseded is analysed.
    const step = fc.record({ mode: fc.constantFrom<'warm' | 'direct' | 'superseded'>('warm', 'warm', 'direct', 'superseded'), turns: fc.nat(4) });
    await fc.assert(
      fc.asyncProperty(anyDoc, edits, fc.array(step, { minLength: 12, maxLength: 12 }), async (initial, sequence, modes) => {
        const cache = new ParseCache();
        let text = initial;
        /** Chunks looked up since the cache last swept: the most it may hold after the next analysis. */
        let looked = 0;
        const judgeAndCompare = (label: string) => {
          const incremental = analyse(text, {}, cache);
          const fresh = analyse(text);
          expect(incremental.result, label).toEqual(fresh.result);
          expect(incremental.bill, label).toEqual(fresh.bill);
          expect(cache.size, `${label}: the cache keeps chunks no version uses`).toBeLessThanOrEqual(looked + chunkStarts(text).length);
          looked = 0;
        };
        judgeAndCompare('version 1');
        for (let i = 0; i < sequence.length; i++) {
          text = applyEdit(text, resolveEdit(text, sequence[i]!));
          const { mode, turns } = modes[i]!;
          const last = i === sequence.length - 1;
          if (mode === 'superseded' && !last) {
            let n = 0;
            await warmParseCache(text, cache, () => n++ >= turns, 0);
            looked += chunkStarts(text).length;
            continue;
          }
          if (mode === 'warm') expect(await warmParseCache(text, cache, () => false, 0)).toBe(true);
          judgeAndCompare(`version ${i + 2}`);
        }
      }),
      fuzzParams(1),
    );
  }, fuzzTimeout(1, 600));

  it('is deterministic: the same text twice, with or without a cache, gives the same result; the locale changes only the words', () => {
    fc.assert(
      fc.property(anyDoc, (text) => {
        const first = lint(text);
        expect(lint(text)).toEqual(first);
        expect(lint(text, {}, new ParseCache())).toEqual(first);
        const ja = lint(text, { locale: 'ja' });
        expect(ja.checklist.map((l) => [l.id, l.status, l.evidence.map((e) => e.span)])).toEqual(first.checklist.map((l) => [l.id, l.status, l.evidence.map((e) => e.span)]));
        expect(ja.findings.map((f) => [f.rule, f.severity, f.span])).toEqual(first.findings.map((f) => [f.rule, f.severity, f.span]));
      }),
      fuzzParams(2),
    );
  }, fuzzTimeout(2, 80));

  it('judges a bill the same with CRLF line endings as with LF, with findings on the same lines and columns', () => {
    fc.assert(
      fc.property(fc.oneof(billDoc({ noise: false }).map((d) => d.text), billDoc().map((d) => d.text), markdownDoc), (raw) => {
        const lf = raw.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = lint(lf);
        const b = lint(crlf);
        expect(b.checklist.map((l) => [l.id, l.status])).toEqual(a.checklist.map((l) => [l.id, l.status]));
        const at = (text: string, r: LintResult) => {
          const index = new LineIndex(text);
          return r.findings.map((f) => [f.rule, index.position(f.span.start), index.position(f.span.end)]);
        };
        expect(at(crlf, b)).toEqual(at(lf, a));
      }),
      fuzzParams(2),
    );
  }, fuzzTimeout(2, 40));

  // Bug 1 (found by this fuzzer, issue #5, fixed): remark drops a leading byte-order mark and counts offsets from
  // after it, so in a file that starts with U+FEFF every range was one character early (the CLI reads files with
  // their BOM). Shrunk counterexample: "\ufeff# Bill\n\nSee section 99.\n" flagged " section 9" (offsets 12–22)
  // instead of "section 99" (13–23). (A document with nothing in it places its findings at 0, BOM or not.)
  it('bug 1: a leading byte-order mark changes no judgement and shifts every range by exactly one', () => {
    fc.assert(
      fc.property(anyDoc, (raw) => {
        const text = raw.replace(/^\ufeff/, '');
        const plain = lint(text);
        const bom = lint('\ufeff' + text);
        expect(bom.checklist.map((l) => [l.id, l.status])).toEqual(plain.checklist.map((l) => [l.id, l.status]));
        const shifted = (s: Span) => (s.start === 0 && s.end === 0 && bom.findings.every((f) => f.span.end === 0) ? [0, 0] : [s.start + 1, s.end + 1]);
        expect(bom.findings.map((f) => [f.rule, f.span.start, f.span.end])).toEqual(plain.findings.map((f) => [f.rule, ...shifted(f.span)]));
        expect(openCodeTrimmed('\ufeff' + text, parseBlocks('\ufeff' + text))).toEqual(openCodeTrimmed('\ufeff' + text, wholeDocumentBlocks('\ufeff' + text)));
      }),
      fuzzParams(1),
    );
    const text = '\ufeff# Bill\n\nSee section 99.\n';
    const f = lint(text).findings.find((x) => x.rule === 'drafting.cross-reference')!;
    expect(text.slice(f.span.start, f.span.end)).toBe('section 99');
  }, fuzzTimeout(1, 80));

  // Bug 2 (found by this fuzzer, issue #5, fixed). Shrunk counterexamples, with CRLF:
  //   "SEC. 1. DESIGNATION.\r\nThe Minister may designate a person.\r\n": section 1's header span was 0–21, taking
  //   in the "\r" (with LF, 0–20), so the missing lessons placed on it ended at line 1, column 22 of a 20-character
  //   line (CLI JSON and SARIF; editors clamp it);
  //   "x".repeat(199) + "\r\ny\r\n": missing lessons placed on the first block ended at offset 200, between "\r" and "\n".
  it('bug 2a: with CRLF, no range ends between "\\r" and "\\n"', () => {
    for (const text of ['SEC. 1. DESIGNATION.\r\nThe Minister may designate a person.\r\n', 'x'.repeat(199) + '\r\ny\r\n']) {
      const r = lint(text);
      expect(r.findings.length).toBeGreaterThan(0);
      expect(r.findings.filter((f) => betweenCrAndLf(text, f.span.end)).map((f) => f.rule)).toEqual([]);
    }
    // And on the same lines and columns as with LF.
    const lf = 'SEC. 1. DESIGNATION.\nThe Minister may designate a person.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const ends = (t: string) => lint(t).findings.map((f) => new LineIndex(t).position(f.span.end));
    expect(ends(crlf)).toEqual(ends(lf));
  });

  // Bug 2 (b), fixed. Shrunk counterexample: "**1 Humanitarian exemptions**\n(1) The Minister must report to Parliament
  // every year on the operation of this Act.\n" — with LF, section 1 meets measures.mandatory and partly meets
  // oversight.report; with CRLF there was no section 1 and humanitarian.exemption was partly met instead.
  // (Blocks now read every line ending as "\n".)
  it('bug 2b: a bold provision heading followed by text is read the same with CRLF', () => {
    const lf = '**1 Humanitarian exemptions**\n(1) The Minister must report to Parliament every year on the operation of this Act.\n';
    const statuses = (t: string) => lint(t).checklist.map((l) => [l.id, l.status]);
    expect(statuses(lf.replace(/\n/g, '\r\n'))).toEqual(statuses(lf));
    expect(statuses(lf).find(([id]) => id === 'oversight.report')![1]).toBe('partial');
  });

  // Bug 3 (found by this fuzzer, issue #5, fixed). Shrunk counterexample: "# Bill\n\n ```\n# inside a code block\n ```\n".
  // chunkStarts cut at "# inside…", so lint read it as a heading where a whole parse has one code block
  // (it skipped `fence.index + 3` characters, not the indent and the fence, and found the fence's own third backtick).
  it('bug 3: a backtick fence indented by 1–3 spaces is parsed the same in chunks as whole', () => {
    const text = '# Bill\n\n ```\n# inside a code block\n ```\n';
    expect(parseBlocks(text)).toEqual(wholeDocumentBlocks(text));
    expect(parseBlocks(text).map((b) => b.kind)).toEqual(['heading', 'code']);
  });

  // Bug 4 (found by this fuzzer, issue #5, fixed). Shrunk counterexample: "---\n# not a heading\n...\n\n# \n- ".
  // Below, in a bill: chunkStarts took "..." as the end of the front matter and cut at "# Sanctions Bill", so the
  // chunked parse read "- (a) …" as a list item; remark, which does not close YAML front matter with "...", reads
  // the whole text without front matter and "- (a) …" as a paragraph.
  it('bug 4: front matter closed by "..." is parsed the same in chunks as whole; front matter closed by its own fence is still read', () => {
    const text = '---\ntitle: Draft\n...\n\n# Sanctions Bill\n\n- (a) The Minister may designate a person.\n';
    expect(parseBlocks(text)).toEqual(wholeDocumentBlocks(text));
    const closed = '---  \ntitle: Draft\n# a YAML comment\n---\n\n# Sanctions Bill\n\n- (a) The Minister may designate a person.\n';
    expect(parseBlocks(closed)).toEqual(wholeDocumentBlocks(closed));
    expect(parseBlocks(closed).map((b) => b.kind)).toEqual(['frontmatter', 'heading', 'item']);
  });

  // Bug 8 (found by a long run of this fuzzer, issue #5, fixed). chunkStarts followed code fences indented 0–3
  // spaces from the margin, not from a list item's content: a fence in a list item that the item's end closes, then
  // a new fence opened at the margin, was taken for the fence closing. Shrunk example below: the parser reads the
  // last "  ```" as opening a code block that runs to the end; chunkStarts read it as closing one, and cut before
  // "# Not code". Both readings are now followed until they agree.
  it('bug 8: a list item’s fence closed by the item’s end, then a fence at the margin, is parsed the same in chunks as whole', () => {
    const text = '- a\n  ```\n x\n  ```\n' + 'y\n\n'.repeat(700) + '# Not code\n';
    expect(parseBlocks(text)).toEqual(wholeDocumentBlocks(text));
    // A fence in a list item that closes in it still lets the text after it be cut.
    const closed = '- a\n\n  ```\n  # code\n  ```\n\n' + 'y\n\n'.repeat(700) + '# Heading\n';
    expect(chunkStarts(closed).length).toBeGreaterThan(1);
    expect(parseBlocks(closed)).toEqual(wholeDocumentBlocks(closed));
  });

  // Bug 5 (found by this fuzzer, issue #5, fixed). Shrunk counterexamples (each flagged the wrong words):
  //   "- (a) The Minister may act\n  under section 99 of this Act."  → "r section " (the indent of line 2 was not counted)
  //   "Tom &amp; Jerry: see section 99."                             → "see sectio" (4 characters early)
  //   "Under \\(the rules\\) of section 99 the Minister may act."     → "f section " (1 per escape)
  //   "x\n\n[\\](https://example.org/\\) section 99"                → "Se"… and the chunked parse differed from the whole
  // (inlineText in server/src/engine/parse.ts mapped each text node with one [textIndex, sourceOffset] pair.)
  it('bug 5: ranges after an indented continuation line, a block quote marker, an escape or an entity still cover their words', () => {
    for (const body of [
      '- (a) The Minister may act\n  under section 99 of this Act.',
      'Tom &amp; Jerry: see section 99.',
      'Under \\(the rules\\) of section 99 the Minister may act.',
      '[\\](https://example.org/\\) section 99',
      '1. The Minister may act\n   under &#169; and section 99.',
      'The Minister &copy; may act\r\n   under section 99 of this Act.',
    ]) {
      const text = `# Sanctions Bill\n\n## 1 Designation\n\nThe Minister may designate a person.\n\n## 2 Other\n\n${body}\n`;
      const f = lint(text).findings.find((x) => x.rule === 'drafting.cross-reference')!;
      expect(text.slice(f.span.start, f.span.end), body).toBe('section 99');
    }
  });
});
