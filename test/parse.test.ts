import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { parseBlocks, wholeDocumentBlocks, ParseCache, chunkStarts, warmParseCache } from '../server/src/engine/parse.js';
import { lint } from '../server/src/engine/lint.js';
import { fixture } from './helpers.js';
import { generateBill } from '../bench/generate.js';

const FIXTURES = readdirSync(new URL('../test-fixtures/', import.meta.url)).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('chunked parsing', () => {
  it('gives the same blocks as a whole-document parse, for every fixture', () => {
    for (const f of FIXTURES) {
      const text = fixture(f);
      expect(parseBlocks(text), f).toEqual(wholeDocumentBlocks(text));
    }
  });

  it('parses missing chunks together, and gives each the blocks a parse of it alone gives', () => {
    for (const f of [...FIXTURES, 'generated']) {
      const text = f === 'generated' ? generateBill(120_000) : fixture(f);
      // One chunk at a time (as after an edit) …
      const single = new ParseCache();
      for (const c of single.chunks(text)) single.get(c.text);
      // … and a fresh cache, which parses runs of chunks in one call.
      expect(parseBlocks(text, new ParseCache()), f).toEqual(parseBlocks(text, single));
    }
  });

  it('reads as plain text only the chunk the parser gives up on, not the rest of its batch', () => {
    const dense = '*_'.repeat(3000);
    const text = `# Bill\n\n## 1 Scope\n\nThe **Minister** may designate.\n\n## 2 Noise\n\n${dense}\n\n## 3 Report\n\nThe *Minister* must report.\n`;
    const blocks = parseBlocks(text);
    // (The chunk that gives up is the heading and its paragraph.)
    expect(blocks.filter((b) => b.plain).map((b) => b.text.slice(0, 12))).toEqual(['## 2 Noise', '*_*_*_*_*_*_']);
    expect(blocks.find((b) => b.text === 'The Minister may designate.')?.strong).toEqual([4, 12]);
    const single = new ParseCache();
    for (const c of single.chunks(text)) single.get(c.text);
    expect(blocks).toEqual(parseBlocks(text, single));
  });

  it('does not cut inside code fences, HTML comments or front matter', () => {
    const text = '---\ntitle: x\n\n# not a heading\n---\n\n# Bill\n\n```\n# inside\n```\n\n<!--\n# hidden\n-->\n\n## 1 Real\n\nText.\n';
    const starts = chunkStarts(text);
    for (const s of starts.slice(1)) expect(text.slice(s).startsWith('# Bill') || text.slice(s).startsWith('## 1 Real')).toBe(true);
    expect(parseBlocks(text)).toEqual(wholeDocumentBlocks(text));
  });

  it('after an edit, cuts only around it, and the cut is the same as a fresh one', () => {
    const provisions = Array.from({ length: 12 }, (_, i) => `## ${i + 1} Provision\n\nThe Minister must report on matter ${i + 1}.\n\n${'Text of the provision. '.repeat(120)}\n`).join('\n');
    const base = `---\ntitle: Bill\n# a YAML comment, not a heading\n---\n\n# Sanctions Bill\n\n${provisions}`;
    const at = (needle: string) => base.indexOf(needle);
    const edits: [string, (t: string) => string][] = [
      ['a letter typed in a provision', (t) => t.slice(0, at('matter 7')) + 'x' + t.slice(at('matter 7'))],
      ['a heading made plain text', (t) => t.replace('## 5 Provision', 'x## 5 Provision')],
      ['a code fence opened, running to the end', (t) => t.replace('## 4 Provision\n', '## 4 Provision\n\n```\n')],
      ['a fence opened and closed', (t) => t.replace('## 4 Provision\n', '## 4 Provision\n\n```\n## not a heading\n```\n')],
      ['an HTML comment opened', (t) => t.replace('## 9 Provision\n', '## 9 Provision\n\n<!--\n')],
      ['a blank line deleted between provisions', (t) => t.replace('matter 3.\n\n', 'matter 3.\n')],
      ['the front matter closed later', (t) => t.replace('---\n\n# Sanctions', '--\n\n# Sanctions')],
      ['text typed in the front matter', (t) => t.replace('title: Bill', 'title: Bills')],
      ['the title edited', (t) => t.replace('# Sanctions Bill', '# Sanctions Bill 2026')],
      ['the last provision cut short', (t) => t.slice(0, at('## 12 Provision') + 20)],
      ['text added at the end', (t) => t + '\n## 13 Added\n\nMore.\n'],
      ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
      ['a lone CR', (t) => t.replace('matter 2.\n', 'matter 2.\r')],
    ];
    for (const [what, edit] of edits) {
      const cache = new ParseCache();
      parseBlocks(base, cache);
      const before = cache.chunks(base);
      const text = edit(base);
      expect(text, what).not.toBe(base);
      const chunks = cache.chunks(text);
      expect(chunks.map((c) => c.start), what).toEqual(chunkStarts(text));
      expect(chunks.map((c) => c.text).join(''), what).toBe(text);
      expect(parseBlocks(text, cache), what).toEqual(wholeDocumentBlocks(text));
      if (what === 'a letter typed in a provision') {
        // The chunks before the edit are the last version's; those after it are the last version's text, moved.
        const edited = chunks.findIndex((c) => c.text.includes('xmatter 7'));
        expect(chunks.slice(0, edited - 1).every((c, i) => c === before[i]), what).toBe(true);
        expect(chunks.slice(edited + 1).every((c, i) => c.text === before[edited + 1 + i]!.text && c.start === before[edited + 1 + i]!.start + 1), what).toBe(true);
      }
      // … and back again.
      expect(cache.chunks(base).map((c) => c.start), `${what}, undone`).toEqual(chunkStarts(base));
    }
  });

  it('parses whole when link reference definitions reach across chunks', () => {
    const text = '# Bill\n\nSee [the Act][a].\n\n## 1 X\n\n[a]: https://example.org\n';
    expect(parseBlocks(text)).toEqual(wholeDocumentBlocks(text));
  });

  it('after edits, reuses unchanged chunks and judges exactly as a fresh parse', () => {
    const base = fixture('sample-bill.md');
    const cache = new ParseCache();
    lint(base, {}, cache);
    let text = base;
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const inserts = ['x', ' ', '\n', '\n\n', '## 9 New\n\n', 'shall ', 'may ', '(a) ', '`', '-->', '<!--', '```\n'];
    for (let i = 0; i < 60; i++) {
      const at = rand(text.length + 1);
      if (rand(3) === 0 && text.length > 10) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rand(20)));
      else text = text.slice(0, at) + inserts[rand(inserts.length)] + text.slice(at);
      const incremental = lint(text, {}, cache);
      const fresh = lint(text);
      expect(incremental).toEqual(fresh);
    }
  });

  it('parses a long bill in slices that a newer edit can stop, and what was parsed is reused with the same result', async () => {
    const long = Array.from({ length: 40 }, (_, i) => fixture('sample-bill.md').replace(/^# .*$/m, `# Part ${i + 1}`)).join('\n');
    const cache = new ParseCache();
    let turns = 0;
    // Stopped at the first turn it gives the event loop: only part of the bill is parsed.
    const finished = await warmParseCache(long, cache, () => ++turns >= 1, 0);
    expect(finished).toBe(false);
    expect(cache.size).toBeGreaterThan(0);
    expect(cache.size).toBeLessThan(chunkStarts(long).length);
    // Run to the end, then judged: exactly as a fresh, unsliced run.
    expect(await warmParseCache(long, cache, () => false, 0)).toBe(true);
    expect(lint(long, {}, cache)).toEqual(lint(long));
  });
});
