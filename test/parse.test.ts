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
