/**
 * Memos of derived facts, keyed by text, kept from one version of a document
 * to the next: what a sentence's text matches does not depend on where the
 * sentence sits, so after an edit only the text the edit touched is matched
 * again. Each analysis is a generation; entries a generation did not use are
 * dropped once they outnumber those it did, so a memo holds at most about two
 * versions' worth of entries.
 * Values must be treated as immutable by everyone who reads them.
 */
export class Generational<V> {
  private map = new Map<string, { v: V; gen: number }>();
  private gen = 0;
  /** Entries used in the current generation. */
  private live = 0;
  used = true;

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.gen !== this.gen) {
      e.gen = this.gen;
      this.live++;
    }
    return e.v;
  }

  set(key: string, value: V): void {
    const e = this.map.get(key);
    if (!e) {
      this.map.set(key, { v: value, gen: this.gen });
      this.live++;
      return;
    }
    e.v = value;
    if (e.gen !== this.gen) {
      e.gen = this.gen;
      this.live++;
    }
  }

  /**
   * Keep every entry through this generation's sweep: the analysis reused
   * what they gave last time without asking. Not past about twice what the
   * last ordinary sweep kept: a long run of such generations (typing inside
   * one paragraph for an hour) must not grow the memo without end. Past that,
   * the sweep drops what this generation did not use, and the next analysis
   * that asks reads it again.
   */
  hold(): void {
    this.used = true;
    if (this.map.size <= 2 * this.keptLast + 4096) this.held = true;
  }
  private held = false;
  /** Entries the last ordinary sweep kept. */
  private keptLast = 0;

  /** End a generation. Entries it did not use are dropped once they outnumber those it did (so at most about twice the live set is kept). */
  sweep(): void {
    if (!this.held) {
      if (this.map.size > 2 * this.live + 256) for (const [k, e] of this.map) if (e.gen !== this.gen) this.map.delete(k);
      this.keptLast = this.map.size;
    }
    this.held = false;
    this.gen++;
    this.live = 0;
  }

  get size(): number {
    return this.map.size;
  }
}

/** Named memos; a memo no analysis used since the last sweep is dropped whole. */
export class Memos {
  private tables = new Map<string, Generational<unknown>>();

  table<V>(name: string): Generational<V> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Generational<unknown>()));
    t.used = true;
    return t as Generational<V>;
  }

  /** Call once per analysis, after it. */
  sweep(): void {
    for (const [name, t] of this.tables) {
      if (!t.used) this.tables.delete(name);
      else {
        t.used = false;
        t.sweep();
      }
    }
  }
}

const byBill = new WeakMap<object, Memos>();

/** Hand a bill's memos to the checks that take only the bill (the drafting checks). */
export function attachMemos(bill: object, memos: Memos): void {
  byBill.set(bill, memos);
}

/** The memos attached to a bill, if any. */
export function memosOf(bill: object): Memos | undefined {
  return byBill.get(bill);
}
