/**
 * The memos kept between versions of a document (memo.ts). A patched version
 * (structure/patch.ts) does not ask again for the facts of unchanged text, so
 * it holds the memos through its sweep; a long run of such versions must
 * still not grow them without end.
 */
import { describe, expect, it } from 'vitest';
import { Generational } from '../server/src/engine/memo.js';

describe('memos between versions', () => {
  it('drops what a version did not use once it outnumbers what it did', () => {
    const g = new Generational<number>();
    for (let i = 0; i < 1000; i++) g.set(`old ${i}`, i);
    g.sweep();
    g.get('old 1');
    g.sweep();
    expect(g.size).toBe(1);
  });

  it('keeps every entry through a held sweep, but not past about twice what the last ordinary sweep kept', () => {
    const g = new Generational<number>();
    for (let i = 0; i < 100; i++) g.set(`text ${i}`, i);
    g.sweep();
    let largest = 0;
    for (let k = 0; k < 20_000; k++) {
      // Typing inside one paragraph: each version adds the facts of one new text and asks for nothing else.
      g.set(`typed ${k}`, k);
      g.hold();
      g.sweep();
      largest = Math.max(largest, g.size);
      if (k === 10) expect(g.get('text 0')).toBe(0);
    }
    expect(largest).toBeLessThanOrEqual(2 * 100 + 4096 + 1);
  });
});
