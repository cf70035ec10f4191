/**
 * Memos of derived facts, keyed by text, kept from one version of a document
 * to the next: what a sentence's text matches does not depend on where the
 * sentence sits, so after an edit only the text the edit touched is matched
 * again. Two generations: an entry not used during one analysis is dropped at
 * the next sweep, so a memo holds about one version's worth of entries.
 * Values must be treated as immutable by everyone who reads them.
 */
export class Generational<V> {
  private cur = new Map<string, V>();
  private prev = new Map<string, V>();
  used = true;

  get(key: string): V | undefined {
    let v = this.cur.get(key);
    if (v === undefined) {
      v = this.prev.get(key);
      if (v !== undefined) this.cur.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.cur.set(key, value);
  }

  sweep(): void {
    this.prev = this.cur;
    this.cur = new Map();
  }

  get size(): number {
    return this.cur.size + this.prev.size;
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
