/**
 * Bill × compiled checklist → a status for each lesson, with the missing
 * elements and the clauses that count as evidence. Elements are looked for
 * around the sentence that anchors the lesson (its sentence, clause or
 * provision), never collected from words scattered over the bill.
 */
import { fill, JA_COMMON } from './checklist/text-ja.js';
import { KeptByDocument, revisionOf, type Bill, type Provision, type Revision, type Sentence } from './structure/bill.js';
import type { CompiledChecklist, CompiledCue, CompiledLesson, CompiledVariant } from './checklist/compile.js';
import { cueMayMatch, matchCue } from './checklist/compile.js';
import { bitsOf, holds, mayCrossJoin, mayMatch } from './checklist/prefilter.js';
import { STRUCTURE } from './structure/patterns.js';
import { numberKey } from './structure/numbers.js';
import type { Status } from './types.js';
import type { Scope, Text } from './checklist/schema.js';
import { Memos, type Generational } from './memo.js';

export interface SentenceRef {
  sentence: Sentence;
  provision: Provision | null;
  /** The matched words inside the sentence (indexes into sentence.text), when the lesson flags words. */
  words?: [number, number];
}

export interface LessonOutcome {
  lesson: CompiledLesson;
  status: Status;
  /** Labels of missing elements. */
  missing: Text[];
  /** The anchoring clause of the best candidate, where the finding goes when partial. */
  anchor: SentenceRef | null;
  evidence: SentenceRef[];
}

interface Candidate {
  provision: Provision;
  anchor: Sentence;
  words: [number, number];
  present: boolean[];
  /** Where each present element was found. */
  where: (Sentence | null)[];
  labels: (Text | null)[];
  enablingOnly: boolean;
}

const RANK: Record<Status, number> = { missing: 0, partial: 1, met: 2 };

/** What a cue found in a pool when the match has no sentence of its own: the anchor asking. */
const ANCHOR = Symbol('anchor');

/**
 * What one text matches, memoised by the text (see memo.ts): cue matches,
 * plain regular expression tests, the anchors it holds and the duty it states.
 */
interface Facts {
  cues: Map<CompiledCue, RegExpExecArray | null>;
  tests: Map<RegExp, boolean>;
  /** Every anchor of the checklist that matches, with its match. */
  anchors?: { cue: CompiledCue; m: RegExpExecArray }[];
  duties?: Map<CompiledLesson, DutyFact | null>;
  /** For cues counted over a pool: the distinct matches of their first pattern in this text. */
  distinct?: Map<CompiledCue, string[]>;
}

interface DutyFact {
  m: RegExpExecArray;
  mandatory: boolean;
  duty: Text;
}

/**
 * Judge every lesson. With `memos` (kept by the caller between versions of a
 * document), what each sentence's text matches is remembered, so unchanged
 * text is not matched again; the outcome is the same either way (tested).
 */
export function judgeLessons(
  bill: Bill,
  compiled: CompiledChecklist,
  memos: Memos = new Memos(),
  onFailure?: (lesson: CompiledLesson, error: unknown) => void,
  /** 'exhaustive' looks at every candidate, never stopping when the rest cannot change the result (for tests: the answer is the same). */
  search: 'bounded' | 'exhaustive' = 'bounded',
): LessonOutcome[] {
  const ctx = new Context(bill, compiled, memos);
  ctx.exhaustive = search === 'exhaustive';
  const out: LessonOutcome[] = [];
  for (const lesson of compiled.lessons) {
    // With `onFailure`, a lesson whose judgement throws is left out and handed to it; the others are still judged.
    try {
      out.push(lesson.spec.mode === 'duties' ? judgeDuties(ctx, lesson) : judgeAnchored(ctx, lesson));
    } catch (e) {
      if (!onFailure) throw e;
      onFailure(lesson, e);
    }
  }
  return out;
}

/** Shared per-bill state: operative sentences and caches. */
class Context {
  /** Operative sentences of the provisions, in the bill's order (made when first asked). */
  get operative(): { sentence: Sentence; provision: Provision }[] {
    return this.readSentences().operative;
  }
  /** Purpose text: of the provisions, then the preamble. */
  get purpose(): Sentence[] {
    return this.readSentences().purpose;
  }
  private sentences: { operative: { sentence: Sentence; provision: Provision }[]; purpose: Sentence[] } | null = null;
  private readSentences(): { operative: { sentence: Sentence; provision: Provision }[]; purpose: Sentence[] } {
    if (!this.sentences) {
      const operative: { sentence: Sentence; provision: Provision }[] = [];
      const purpose: Sentence[] = [];
      for (const p of this.bill.provisions) {
        for (const s of p.sentences) {
          if (s.operative) operative.push({ sentence: s, provision: p });
          else if (s.purpose) purpose.push(s);
        }
      }
      for (const s of this.bill.preamble) purpose.push(s);
      this.sentences = { operative, purpose };
    }
    return this.sentences;
  }
  /** Look at every candidate (see judgeLessons). */
  exhaustive = false;
  private billCache = new Map<CompiledCue, Sentence | null>();
  private texts = new Map<Sentence, string>();
  private incorporated = new Map<Provision, Sentence[]>();
  private clauses = new Map<Sentence, Sentence[]>();
  private near = new Map<Provision, Sentence[]>();
  private owners: WeakMap<Sentence, number> | null = null;
  private anchorIndex: Map<CompiledCue, Listed<{ m: RegExpExecArray }>[]> | null = null;
  /** Defined terms that stand for a vocabulary entry, with the words of their definition that say so. */
  private aliases: { term: RegExp; meaning: string }[] = [];
  private factsBy = new Map<Sentence, Facts>();
  private factTable: Generational<Facts>;
  private textTable: Generational<string>;
  private refTable: Generational<Record<string, string | undefined>[]>;

  constructor(
    readonly bill: Bill,
    readonly compiled: CompiledChecklist,
    memos: Memos,
  ) {
    for (const d of bill.definitions) {
      if (d.kind !== 'definition') continue;
      for (const a of compiled.aliases) {
        const m = a.re.exec(d.meaning);
        // What the term is, near the start of its definition ("the Committee" means the Joint Committee of …),
        // not a word deep in it ("involved person" … "freedom of expression, assembly or association").
        if (m && m.index <= 60) {
          const escaped = d.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          this.aliases.push({ term: new RegExp(`(?<![\\w-])${escaped}s?(?![\\w-])`, 'i'), meaning: m[0] });
        }
      }
    }
    // Facts are keyed by the text matched, which already holds what the aliases add; the text itself
    // depends on the aliases, so its memo is one per set of aliases.
    this.factTable = memos.table<Facts>(`judge:${bill.language}`);
    this.refTable = memos.table(`judge-refs:${bill.language}`);
    const reading = `${bill.language}:${this.aliases.map((a) => `${a.term.source}\u0001${a.meaning}`).join('\u0002')}`;
    this.textTable = memos.table<string>(`judge-text:${reading}`);
    let kept = keptJudgements.get(memos);
    if (!kept || kept.reading !== reading) keptJudgements.set(memos, (kept = { reading, byAnchor: new WeakMap(), bill: null, somewhere: new Map(), anchors: null, duties: new Map() }));
    // What the last version found anywhere in the bill still holds where the edit did not reach (see carried).
    const revision = revisionOf(bill);
    if (revision && kept.bill === revision.previous) {
      this.carried = { revision, somewhere: kept.somewhere };
      // What is kept stands for the facts of text not asked again: keep those for the next full judgement.
      for (const t of [this.factTable, this.textTable, this.refTable]) t.hold();
    }
    kept.bill = bill;
    kept.somewhere = this.somewhere;
    this.kept = kept;
  }

  /** What judging this document keeps for its next version. */
  private kept: KeptJudgement;

  /**
   * A candidate's elements: evaluate(), or for a variant whose elements are
   * all looked for in the anchor's own clause or sentence, what the last
   * version of the document found for the same anchor in the same provision
   * (the same sentences and blocks).
   * (The bill model shares unchanged provisions and sentences between
   * versions, structure/patch.ts, and what a clause holds depends on nothing
   * else; how text reads depends on the defined terms, so the kept
   * evaluations go when those change.) The caller may change what it is given.
   */
  evaluation(p: Provision, anchor: Sentence, v: CompiledVariant): Candidate {
    if (!isLocal(v)) return evaluate(this, p, anchor, v);
    let byVariant = this.kept.byAnchor.get(anchor);
    const hit = byVariant?.get(v);
    // (A provision the edit only moved is a copy with the same sentences and blocks.)
    if (hit && hit.provision.sentences === p.sentences && hit.provision.blocks === p.blocks) return { ...copyOf(hit.c), provision: p };
    const c = evaluate(this, p, anchor, v);
    if (!byVariant) this.kept.byAnchor.set(anchor, (byVariant = new Map()));
    byVariant.set(v, { provision: p, c: copyOf(c) });
    return c;
  }

  /** The memoised facts of a sentence's text. */
  facts(s: Sentence): Facts {
    let f = this.factsBy.get(s);
    if (!f) {
      const t = this.text(s);
      f = this.factTable.get(t);
      if (!f) this.factTable.set(t, (f = { cues: new Map(), tests: new Map() }));
      this.factsBy.set(s, f);
    }
    return f;
  }

  /** matchCue against the sentence's text, memoised. */
  match(cue: CompiledCue, s: Sentence): RegExpExecArray | null {
    const f = this.facts(s);
    let r = f.cues.get(cue);
    if (r === undefined) f.cues.set(cue, (r = matchCue(cue, this.text(s))));
    return r;
  }

  /** A (non-global) regular expression tested against the sentence's text, memoised. */
  test(re: RegExp, s: Sentence): boolean {
    const f = this.facts(s);
    let r = f.tests.get(re);
    if (r === undefined) {
      const t = this.text(s);
      f.tests.set(re, (r = mayMatch(re, t) && re.test(t)));
    }
    return r;
  }

  /** The operative sentences an anchor matches, in the bill's order, with the index of their provision. */
  anchored(cue: CompiledCue): Listed<{ m: RegExpExecArray }>[] {
    if (!this.anchorIndex) {
      this.anchorIndex = this.perProvision<CompiledCue, { m: RegExpExecArray }>(this.kept.anchors, (sentence, add) => {
        for (const { cue, m } of this.anchorsIn(sentence)) add(cue, { m });
      });
      this.kept.anchors = { bill: this.bill, lists: this.anchorIndex };
    }
    return this.anchorIndex.get(cue) ?? [];
  }

  /** The operative sentences that state a duty of the lesson's kinds, in the bill's order, with the modal that governs it. */
  duties(lesson: CompiledLesson): Listed<DutyFact>[] {
    const lists = this.perProvision<CompiledLesson, DutyFact>(this.kept.duties.get(lesson) ?? null, (sentence, add) => {
      const hit = this.dutyIn(lesson, sentence);
      if (hit) add(lesson, hit);
    });
    this.kept.duties.set(lesson, { bill: this.bill, lists });
    return lists.get(lesson) ?? [];
  }

  /** The first duty of the lesson's kinds a sentence states under a modal (memoised with its facts). */
  private dutyIn(lesson: CompiledLesson, sentence: Sentence): DutyFact | null {
    const f = this.facts(sentence);
    if (!f.duties) f.duties = new Map();
    let hit = f.duties.get(lesson);
    if (hit === undefined) {
      hit = null;
      const text = this.text(sentence);
      for (const d of lesson.duties) {
        if (!d.cue) continue;
        const m = matchCue(d.cue, text);
        if (!m) continue;
        const verb = m.indices?.groups?.['verb'];
        const [from, to] = verb ?? [m.index, m.index + m[0].length];
        const modal = governingModal(this.compiled, text, from, to);
        if (modal === null) continue;
        hit = { m, mandatory: modal, duty: d.spec.label };
        break;
      }
      f.duties.set(lesson, hit);
    }
    return hit;
  }

  /** Every anchor of the checklist that a sentence's text matches (memoised with its facts). */
  private anchorsIn(sentence: Sentence): { cue: CompiledCue; m: RegExpExecArray }[] {
    const f = this.facts(sentence);
    if (!f.anchors) {
      const text = this.text(sentence);
      const bits = bitsOf(text);
      f.anchors = [];
      for (const a of this.compiled.anchors) {
        // Most anchors lack their words in a given sentence: those are ruled out without a call or a memo entry.
        if (!cueMayMatch(a, bits)) continue;
        let m = f.cues.get(a);
        if (m === undefined) f.cues.set(a, (m = matchCue(a, text)));
        if (m) f.anchors.push({ cue: a, m });
      }
    }
    return f.anchors;
  }

  /**
   * Lists, by key, of what the operative sentences hold (`read` adds what one
   * holds), in the bill's order: made from every provision, or, for a bill
   * patched from the one the kept lists were made for, those lists with the
   * rebuilt provision's part made again (a list it does not touch is kept as
   * it is).
   */
  private perProvision<K, T>(kept: { bill: Bill; lists: Map<K, Listed<T>[]> } | null, read: (sentence: Sentence, add: (key: K, item: T) => void) => void): Map<K, Listed<T>[]> {
    const own = (at: number, into: Map<K, Listed<T>[]>): void => {
      for (const sentence of this.bill.provisions[at]!.sentences) {
        if (!sentence.operative) continue;
        read(sentence, (key, item) => {
          let list = into.get(key);
          if (!list) into.set(key, (list = []));
          list.push({ sentence, at, ...item });
        });
      }
    };
    const revision = this.carried?.revision;
    if (kept && revision && kept.bill === revision.previous) {
      const r = revision.rebuilt;
      // (An edit in the preamble changes no provision.)
      if (r < 0) return kept.lists;
      const fresh = new Map<K, Listed<T>[]>();
      own(r, fresh);
      const out = new Map<K, Listed<T>[]>();
      for (const key of new Set([...kept.lists.keys(), ...fresh.keys()])) {
        const list = replacePart(kept.lists.get(key) ?? [], r, fresh.get(key) ?? []);
        if (list.length > 0) out.set(key, list);
      }
      return out;
    }
    const all = new Map<K, Listed<T>[]>();
    for (let at = 0; at < this.bill.provisions.length; at++) own(at, all);
    return all;
  }

  /**
   * The provision a sentence belongs to (the first that holds it). By index,
   * kept for the document's next version: a patched bill shares every
   * sentence but those of the provision it rebuilt, at the same index.
   */
  provisionOf(s: Sentence): Provision | null {
    if (!this.owners) {
      const carried = keptOwners.carried(this.bill);
      const add = (owners: WeakMap<Sentence, number>, at: number) => {
        for (const x of this.bill.provisions[at]!.sentences) if (!owners.has(x)) owners.set(x, at);
      };
      if (carried) {
        this.owners = carried.state;
        if (carried.revision.rebuilt >= 0) add(this.owners, carried.revision.rebuilt);
      } else {
        this.owners = new WeakMap();
        for (let at = 0; at < this.bill.provisions.length; at++) add(this.owners, at);
      }
      keptOwners.keep(this.bill, this.owners);
    }
    const at = this.owners.get(s);
    return at === undefined ? null : this.bill.provisions[at]!;
  }

  /** The text lessons are matched against: the sentence with its lead-in, and what its defined terms stand for. */
  text(s: Sentence): string {
    let t = this.texts.get(s);
    if (t === undefined) {
      t = this.textTable.get(s.context);
      if (t !== undefined) {
        this.texts.set(s, t);
        return t;
      }
      t = s.context;
      // A Japanese full stop inside brackets ("（以下「指定」という。）") does not end the clause a pattern reads across.
      if (this.bill.language === 'ja') t = t.replace(/（[^（）]*）/g, (m) => m.replace(/。/g, '、'));
      // A defined term reads as what it is defined as: "the Committee [standing committee of the Assembly]".
      for (const a of this.aliases) t = t.replace(a.term, (m) => `${m} ${a.meaning}`);
      this.texts.set(s, t);
      this.textTable.set(s.context, t);
    }
    return t;
  }

  /**
   * Operative sentences of a provision, with the text of the provisions and
   * schedules it incorporates by reference ("an activity described in
   * regulation 3"), two levels deep.
   */
  provisionPool(p: Provision): Sentence[] {
    let pool = this.incorporated.get(p);
    if (!pool) {
      pool = p.sentences.filter((s) => s.operative).concat(this.definitionSentences(p));
      const seen = new Set<Provision>([p]);
      let frontier = [p];
      for (let depth = 0; depth < 2 && frontier.length; depth++) {
        const next: Provision[] = [];
        for (const q of frontier) {
          for (const target of this.references(q)) {
            if (seen.has(target)) continue;
            seen.add(target);
            next.push(target);
            // The text of the provision taken in, not the notes or commentary printed with it.
            pool = pool.concat(target.sentences.filter((s) => s.operative || s.purpose));
          }
        }
        frontier = next;
      }
      this.incorporated.set(p, pool);
    }
    return pool;
  }

  /** Sentences of the definitions of the terms a provision uses: a defined term carries its definition. */
  private definitionSentences(p: Provision): Sentence[] {
    if (!this.definitionIndex) {
      this.definitionIndex = [];
      // The provision of each block that holds a definition (a long bill has thousands of blocks and a few dozen such).
      const wanted = new Set<number>();
      for (const d of this.bill.definitions) if (d.kind === 'definition') wanted.add(d.block);
      const owner = new Map<number, Provision>();
      for (const q of this.bill.provisions) for (const b of q.blocks) if (wanted.has(b)) owner.set(b, q);
      for (const d of this.bill.definitions) {
        if (d.kind !== 'definition') continue;
        const q = owner.get(d.block);
        if (!q || this.compiled.actors.test(d.term)) continue;
        const first = q.sentences.find((x) => x.block === d.block);
        if (!first) continue;
        const sentences = this.clause(q, first);
        const escaped = d.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        this.definitionIndex.push({ term: new RegExp(`(?<![\\w-])${escaped}s?(?![\\w-])`, 'i'), sentences, home: q });
      }
    }
    const out: Sentence[] = [];
    for (const d of this.definitionIndex) {
      if (d.home === p) continue;
      if (p.sentences.some((s) => s.operative && d.term.test(s.text))) out.push(...d.sentences);
    }
    return out;
  }
  private definitionIndex: { term: RegExp; sentences: Sentence[]; home: Provision }[] | null = null;

  /** What a sentence incorporates by reference ("described in section 3", "the Schedule"), memoised by its text. */
  private incorporations(s: Sentence): Record<string, string | undefined>[] {
    let refs = this.refTable.get(s.text);
    if (!refs) {
      const re = STRUCTURE[this.bill.language].incorporation;
      refs = [];
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) refs.push({ ...(m.groups ?? {}) });
      this.refTable.set(s.text, refs);
    }
    return refs;
  }

  private references(p: Provision): Provision[] {
    const out: Provision[] = [];
    // Its own text, and in a Japanese bill the definitions of the terms it uses, which often point to a
    // table ("「重大な人権侵害行為」とは、別表第一に掲げる行為をいう").
    for (const s of this.bill.language === 'ja' ? [...p.sentences, ...this.definitionSentences(p)] : p.sentences) {
      if (!s.operative) continue;
      for (const g of this.incorporations(s)) {
        const num = g['num'] ?? g['num2'] ?? g['num3'] ?? g['num4'];
        let target: Provision | undefined;
        if (num !== undefined) {
          const key = numberKey(num);
          target = this.bill.provisions.find((x) => x.key === key && x.domain === 'main');
        } else if (g['sch']) {
          const key = g['snum'] ? numberKey(g['snum']) : null;
          const sch = this.bill.schedules.find((x) => key === null || x.key === key);
          target = sch ? this.bill.provisions.find((x) => x.label === sch.label && x.value === null) : undefined;
        }
        if (target && target !== p) out.push(target);
      }
    }
    return out;
  }

  /**
   * The most elements of the variant any candidate can have, or 'none' when
   * no candidate can count (a core element, or for a met-or-missing lesson any
   * element, is nowhere in the bill). Exact, not a guess: an element counts as
   * possible unless no sentence any pool can hold matches one of its cues.
   */
  ceiling(spec: CompiledLesson['spec'], v: CompiledVariant): number | 'none' {
    let n = 0;
    for (const e of v.elements) {
      const possible = e.spec.absent === true || e.alts.some((alt) => alt.cue !== null && (alt.scope === 'bill' ? this.inBill(alt.cue) !== null : this.anywhere(alt.cue)));
      if (possible) n++;
      else if (e.spec.core || spec.binary) return 'none';
    }
    return n;
  }

  /** Whether some sentence that a pool can hold (operative or purpose text) matches the cue; memoised per run. */
  private anywhere(cue: CompiledCue): boolean {
    let r = this.somewhere.get(cue);
    if (r === undefined) {
      r = this.carry(cue) ?? (cue.distinct > 1 ? this.distinctAnywhere(cue) : this.plainAnywhere(cue));
      this.somewhere.set(cue, r);
    }
    return r.found;
  }
  private somewhere = new Map<CompiledCue, Somewhere>();
  /** The last version's answers, when this bill is that one patched (structure/patch.ts). */
  private carried: { revision: Revision; somewhere: Map<CompiledCue, Somewhere> } | null = null;

  private plainAnywhere(cue: CompiledCue): Somewhere {
    const hit = this.operative.find((o) => this.match(cue, o.sentence) !== null)?.sentence ?? this.purpose.find((s) => this.match(cue, s) !== null);
    return hit ? { found: true, by: [hit] } : { found: false, seen: null };
  }

  /**
   * The last version's answer for a cue, where the edit cannot have changed
   * it: what made it true is outside the text the edit rebuilt, or nothing
   * matched and nothing rebuilt matches now. Null: look again.
   */
  private carry(cue: CompiledCue): Somewhere | null {
    const last = this.carried?.somewhere.get(cue);
    if (!last) return null;
    const { gone, fresh } = this.rebuilt();
    if (last.found) return last.by.some((s) => gone.has(s)) ? null : last;
    if (cue.distinct > 1) {
      // (Matches of sentences now gone stay in the set: it may only be too large, and then the bill is read again.)
      const seen = new Set(last.seen);
      for (const s of fresh) for (const x of this.distinctIn(cue, s)) seen.add(x);
      return seen.size < cue.distinct ? { found: false, seen } : null;
    }
    const hit = fresh.find((s) => this.match(cue, s) !== null);
    return hit ? { found: true, by: [hit] } : last;
  }

  /** The sentences of the last version the edit replaced, and those that replace them (that a pool can hold). */
  private rebuilt(): { gone: Set<Sentence>; fresh: Sentence[] } {
    if (!this.rebuiltSentences) {
      const { previous, rebuilt, block } = this.carried!.revision;
      this.rebuiltSentences =
        rebuilt >= 0
          ? { gone: new Set(previous.provisions[rebuilt]!.sentences), fresh: this.bill.provisions[rebuilt]!.sentences.filter((s) => s.operative || s.purpose) }
          : { gone: new Set(previous.preamble.filter((s) => s.block === block)), fresh: this.bill.preamble.filter((s) => s.block === block) };
    }
    return this.rebuiltSentences;
  }
  private rebuiltSentences: { gone: Set<Sentence>; fresh: Sentence[] } | null = null;

  /**
   * A cue counted over a pool ("two kinds of conduct") is matched against the
   * pool's sentences joined with " ; ". Unless its first pattern can match
   * across such a join, every match lies inside one sentence, so a pool can
   * hold no more distinct matches than all those sentences together.
   */
  private distinctAnywhere(cue: CompiledCue): Somewhere {
    if (mayCrossJoin(cue.all[0]!)) return { found: true, by: [] };
    const seen = new Set<string>();
    const by: Sentence[] = [];
    const add = (s: Sentence): boolean => {
      const size = seen.size;
      for (const x of this.distinctIn(cue, s)) seen.add(x);
      if (seen.size > size) by.push(s);
      return seen.size >= cue.distinct;
    };
    return this.operative.some((o) => add(o.sentence)) || this.purpose.some(add) ? { found: true, by } : { found: false, seen };
  }

  /** The distinct matches of a counted cue's first pattern that a sentence can bring to a pool it is joined into. */
  private distinctIn(cue: CompiledCue, s: Sentence): string[] {
    const f = this.facts(s);
    f.distinct ??= new Map();
    let found = f.distinct.get(cue);
    if (!found) {
      // The sentence as a join can hold it: alone, first, last or between two others (" ; " each side).
      const first = cue.all[0]!;
      const t = this.text(s);
      const padded = ` ${t} `;
      found = [];
      if (holds(cue.need[0] ?? null, bitsOf(padded))) {
        for (const x of [t, `${t} `, ` ${t}`, padded]) {
          first.lastIndex = 0;
          for (let m = first.exec(x); m; m = first.exec(x)) {
            found.push(m[0].toLowerCase());
            if (m[0].length === 0) first.lastIndex++;
          }
        }
      }
      f.distinct.set(cue, found);
    }
    return found;
  }

  /** The first operative sentence of the bill matching the cue. */
  inBill(cue: CompiledCue): Sentence | null {
    if (!this.billCache.has(cue)) {
      const hit = this.operative.find((o) => this.match(cue, o.sentence));
      this.billCache.set(cue, hit ? hit.sentence : null);
    }
    return this.billCache.get(cue)!;
  }

  /** The first sentence in the scope, relative to an anchor in provision p, that matches the cue. */
  find(cue: CompiledCue, scope: Scope, p: Provision, anchor: Sentence): Sentence | null {
    if (scope === 'bill') return this.inBill(cue);
    if (scope === 'sentence') {
      const r = this.findIn(cue, [anchor], anchor);
      return r === ANCHOR ? anchor : r;
    }
    const pool = scope === 'clause' ? this.clause(p, anchor) : scope === 'provision' ? this.provisionPool(p) : this.neighbours(p);
    // Pools are made once per run, so the same pool is the same array: what a cue finds in it is asked once.
    let byCue = this.found.get(pool);
    if (!byCue) this.found.set(pool, (byCue = new Map()));
    let r = byCue.get(cue);
    if (r === undefined) byCue.set(cue, (r = this.findIn(cue, pool, null)));
    // (For a cue counted over the whole scope, a match with no sentence of its own is placed on the anchor.)
    return r === ANCHOR ? anchor : r;
  }
  private found = new Map<Sentence[], Map<CompiledCue, Sentence | null | typeof ANCHOR>>();

  private findIn(cue: CompiledCue, pool: Sentence[], anchor: Sentence | null): Sentence | null | typeof ANCHOR {
    if (cue.distinct > 1) {
      // "Two kinds of conduct" are counted over the whole scope: a list puts one in each item.
      if (!this.matchText(cue, pool.map((s) => this.text(s)).join(' ; '))) return null;
      const first = cue.all[0]!;
      return (
        pool.find((s) => {
          first.lastIndex = 0;
          return first.test(this.text(s));
        }) ??
        anchor ??
        ANCHOR
      );
    }
    const hit = pool.find((s) => this.match(cue, s)) ?? null;
    if (hit && cue.alongside.some((re) => !pool.some((s) => re.test(this.text(s))))) return null;
    return hit;
  }

  /** matchCue against any text, memoised by the text. */
  private matchText(cue: CompiledCue, text: string): RegExpExecArray | null {
    let f = this.factTable.get(text);
    if (!f) this.factTable.set(text, (f = { cues: new Map(), tests: new Map() }));
    let r = f.cues.get(cue);
    if (r === undefined) f.cues.set(cue, (r = matchCue(cue, text)));
    return r;
  }

  /** Operative sentences of a provision and of the provisions next to it in the same part. */
  neighbours(p: Provision): Sentence[] {
    let out = this.near.get(p);
    if (!out) {
      const list = this.bill.provisions;
      const i = list.indexOf(p);
      const near = [list[i - 1], p, list[i + 1]].filter((q): q is Provision => q !== undefined && q.domain === p.domain && q.division === p.division);
      out = near.flatMap((q) => q.sentences.filter((s) => s.operative));
      this.near.set(p, out);
    }
    return out;
  }

  /** Sentences of the anchor's clause: its paragraph or item, and everything that reads under it as a lead-in. */
  clause(p: Provision, s: Sentence): Sentence[] {
    let out = this.clauses.get(s);
    if (!out) this.clauses.set(s, (out = this.clauseOf(p, s)));
    return out;
  }

  private clauseOf(p: Provision, s: Sentence): Sentence[] {
    const own = p.sentences.filter((x) => x.block === s.block);
    const lead = own[own.length - 1]?.context ?? s.context;
    // A table right after the clause (the contents of a report, the grounds for licences) belongs to it.
    const rows = new Set<number>();
    const at = p.blocks.indexOf(s.block);
    for (let k = at + 1; k < p.blocks.length; k++) {
      const b = this.bill.blocks[p.blocks[k]!]!;
      if (b.kind === 'row') rows.add(p.blocks[k]!);
      else if (rows.size > 0) break;
      else if (!p.sentences.some((x) => x.block === p.blocks[k] && x.context.startsWith(lead))) break;
    }
    return p.sentences.filter((x) => x.operative && (x.block === s.block || rows.has(x.block) || (x.context.length > lead.length && x.context.startsWith(lead))));
  }
}

function judgeAnchored(ctx: Context, lesson: CompiledLesson): LessonOutcome {
  const spec = lesson.spec;
  let best: { c: Candidate; v: CompiledVariant; status: Status; score: number } | null = null;
  let bestAll: Candidate[] = [];
  for (const v of lesson.variants) {
    if (!v.anchor) continue;
    // Once a provision meets the lesson, no later one can do better (the first best is kept): stop looking,
    // but keep enough candidates for the evidence below. Not when elements are pooled across candidates (union).
    if (best?.status === 'met') break;
    const pooled = v.elements.some((e) => e.spec.union === true);
    /** Candidates the result reads: the best one, and the first few others for the evidence. */
    const kept = EVIDENCE_MAX + 1 + v.elements.length;
    /** The first candidate that no later one can beat: met, or else one with every element the bill can give it. */
    let topAt = -1;
    /** How many elements a candidate can have at most, once the search has run long enough to ask. */
    let ceiling: number | null = null;
    let visited = 0;
    /** Pooled variants whose every element is pooled: which elements some candidate found so far has. */
    const allPooled = v.elements.every((e) => e.spec.union === true);
    const covered = v.elements.map(() => false);
    const enough = (list: Candidate[], added: boolean): boolean => {
      if (ctx.exhaustive) return false;
      visited++;
      if (pooled) return allPooled && pooledEnough(list, added);

      if (added && topAt < 0 && (statusOf(spec, v, list[list.length - 1]!) === 'met' || (ceiling !== null && ceiling < v.elements.length && count(list[list.length - 1]!) === ceiling))) topAt = list.length - 1;
      if (topAt < 0 && ceiling === null && visited >= kept) {
        // A long search (a big bill): see what no provision can have, which settles most of it (the later candidates
        // cannot do better than the best found so far, which the first candidates decide; ties keep the first).
        const bound = ctx.ceiling(spec, v);
        if (bound === 'none') return true;
        ceiling = bound;
        const at = ceiling < v.elements.length ? list.findIndex((c) => count(c) === ceiling) : -1;
        if (at >= 0) topAt = at;
      }
      return topAt >= 0 && list.length >= Math.max(topAt + 1, kept);
    };
    // Every element pooled: each candidate is given what any has, so all end alike and the first is the best,
    // unless a later one brings an element none had. Once the candidates found hold every element the bill can
    // give, and the evidence has its candidates, the rest cannot change the result.
    const pooledEnough = (list: Candidate[], added: boolean): boolean => {
      if (added) list[list.length - 1]!.present.forEach((p, i) => p && (covered[i] = true));
      if (visited < kept) return false;
      if (ceiling === null) {
        const bound = ctx.ceiling(spec, v);
        if (bound === 'none') return true;
        ceiling = bound;
      }
      return list.length >= kept && ceiling < v.elements.length && covered.filter(Boolean).length === ceiling;
    };
    const cands = candidates(ctx, lesson, v, enough);
    if (cands.length === 0) continue;
    // Elements marked union are present if any candidate has them.
    const unionPresent = v.elements.map((e, i) => e.spec.union === true && cands.some((c) => c.present[i]));
    for (const c of cands) {
      v.elements.forEach((e, i) => {
        if (unionPresent[i] && !c.present[i]) {
          c.present[i] = true;
          const donor = cands.find((d) => d.present[i] && d.where[i]);
          c.where[i] = donor ? donor.where[i]! : null;
        }
      });
      const status = statusOf(spec, v, c);
      const score = c.present.filter(Boolean).length / Math.max(1, c.present.length);
      if (!best || RANK[status] > RANK[best.status] || (RANK[status] === RANK[best.status] && score > best.score)) {
        best = { c, v, status, score };
        bestAll = cands;
      }
    }
  }

  if (!best || best.status === 'missing') {
    const s = spec.purposePartial ? ctx.purpose.find((x) => lesson.variants.some((v) => v.anchor && ctx.match(v.anchor, x))) : undefined;
    if (spec.purposePartial && s) {
      return { lesson, status: 'partial', missing: [spec.purposePartial], anchor: { sentence: s, provision: provisionOf(ctx, s) }, evidence: [{ sentence: s, provision: provisionOf(ctx, s) }] };
    }
    return { lesson, status: 'missing', missing: allLabels(lesson), anchor: null, evidence: [] };
  }

  const { c, v, status } = best;
  const missing: Text[] = [];
  v.elements.forEach((e, i) => {
    if (!c.present[i]) missing.push(c.labels[i] ?? e.spec.label);
  });
  if (status === 'partial' && Boolean(spec.enabling) && c.enablingOnly) missing.push(ENABLING_LABEL);
  const evidence: SentenceRef[] = [{ sentence: c.anchor, provision: c.provision }];
  const seen = new Set<Sentence>([c.anchor]);
  for (const w of c.where) {
    if (w && !seen.has(w)) {
      seen.add(w);
      evidence.push({ sentence: w, provision: provisionOf(ctx, w) });
    }
  }
  // Other provisions that anchor the lesson support it too (e.g. separate notices of designation and removal).
  for (const o of bestAll) {
    if (!seen.has(o.anchor) && evidence.length < EVIDENCE_MAX) {
      seen.add(o.anchor);
      evidence.push({ sentence: o.anchor, provision: o.provision });
    }
  }
  return { lesson, status, missing, anchor: { sentence: c.anchor, provision: c.provision, words: c.words }, evidence };
}

const ENABLING_LABEL: Text = {
  en: 'the measure itself (the bill only empowers regulations or orders that may provide for it)',
  ja: JA_COMMON['enabling'],
};

function allLabels(lesson: CompiledLesson): Text[] {
  const v = lesson.variants[0];
  if (!v) return [];
  const core = v.elements.filter((e) => !e.spec.absent);
  return core.map((e) => e.spec.label);
}

function provisionOf(ctx: Context, s: Sentence): Provision | null {
  return ctx.provisionOf(s);
}

/** Where matched words sit in the sentence's own text (a match inside its lead-in flags the whole sentence). */
function wordsIn(s: Sentence, m: RegExpExecArray): [number, number] {
  const at = s.text.indexOf(m[0]);
  return at >= 0 ? [at, at + m[0].length] : [0, s.text.length];
}

/** How many clauses a lesson cites as evidence. */
const EVIDENCE_MAX = 6;

/** The status a candidate gives its lesson. */
function statusOf(spec: CompiledLesson['spec'], v: CompiledVariant, c: Candidate): Status {
  const all = c.present.every(Boolean);
  // (An element that is present because something is absent does not, alone, make a provision count.)
  const none = !c.present.some((p, i) => p && !v.elements[i]!.spec.absent);
  // A power to make regulations that "may" provide the measure is partial, even for met-or-missing lessons (How to judge).
  const enablingOnly = Boolean(spec.enabling) && c.enablingOnly;
  return all && !enablingOnly ? 'met' : enablingOnly && all ? 'partial' : spec.binary || (spec.needsOne && none) ? 'missing' : 'partial';
}

/**
 * Every provision whose operative text anchors the variant and has its core
 * elements, in the bill's order; `enough` may stop the search early (it sees
 * the list after each anchoring provision, and whether that one was added).
 */
function candidates(ctx: Context, lesson: CompiledLesson, v: CompiledVariant, enough?: (list: Candidate[], added: boolean) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const anchored = ctx.anchored(v.anchor!);
  // The anchoring sentences are in the bill's order, each provision's together: taken a provision at a time,
  // so that when `enough` stops the search the rest of the bill is not even grouped.
  for (let from = 0; from < anchored.length; ) {
    const at = anchored[from]!.at;
    const p = ctx.bill.provisions[at]!;
    let to = from + 1;
    while (to < anchored.length && anchored[to]!.at === at) to++;
    let bestHere: Candidate | null = null;
    const all: Candidate[] = [];
    for (let k = from; k < to; k++) {
      const { sentence: s, m } = anchored[k]!;
      const c = ctx.evaluation(p, s, v);
      c.words = wordsIn(s, m);
      const enabling = lesson.spec.enabling === 'criteria' ? ctx.compiled.enablingCriteria : ctx.compiled.enabling;
      // Enabled only: the anchoring sentence is a regulation power, or (for criteria) the criteria found sit inside one.
      c.enablingOnly = ctx.test(enabling, s) || (lesson.spec.enabling === 'criteria' && c.where.some((w) => w !== null && ctx.test(enabling, w)));
      const coreOk = v.elements.every((e, i) => !e.spec.core || c.present[i]);
      if (!coreOk) continue;
      all.push(c);
      if (!bestHere || count(c) > count(bestHere) || (count(c) === count(bestHere) && bestHere.enablingOnly && !c.enablingOnly)) bestHere = c;
    }
    if (bestHere) {
      // A measure the provision only enables ("(1) … may, by an order, impose a freeze") stays enabled-only,
      // even if later sentences of the provision (its permits, its exceptions) mention it directly.
      if (lesson.spec.enabling && all[0]?.enablingOnly) bestHere.enablingOnly = true;
      // Union elements may be met by any anchoring sentence of the provision (an application in (1), court access in (4)).
      v.elements.forEach((e, i) => {
        if (!e.spec.union || bestHere!.present[i]) return;
        const donor = all.find((c) => c.present[i]);
        if (donor) {
          bestHere!.present[i] = true;
          bestHere!.where[i] = donor.where[i] ?? donor.anchor;
        }
      });
      out.push(bestHere);
    }
    if (enough?.(out, bestHere !== null)) break;
    from = to;
  }
  return out;
}

/** Which provision each sentence belongs to, by index, kept for a document's next version (Context.provisionOf). */
const keptOwners = new KeptByDocument<WeakMap<Sentence, number>>();

/**
 * What judging a document keeps for its next version, by the document's
 * memos: evaluations (Context.evaluation) and what was found anywhere in the
 * bill (Context.carry), for the bill last judged. `reading` says how its text
 * was read (the defined terms): when that changes, nothing is kept.
 */
const keptJudgements = new WeakMap<Memos, KeptJudgement>();

interface KeptJudgement {
  reading: string;
  byAnchor: WeakMap<Sentence, Map<CompiledVariant, { provision: Provision; c: Candidate }>>;
  /** The bill last judged, and what was found anywhere in it. */
  bill: Bill | null;
  somewhere: Map<CompiledCue, Somewhere>;
  /** The anchor lists and duty lists, with the bill they were made for. */
  anchors: { bill: Bill; lists: Map<CompiledCue, Listed<{ m: RegExpExecArray }>[]> } | null;
  duties: Map<CompiledLesson, { bill: Bill; lists: Map<CompiledLesson, Listed<DutyFact>[]> }>;
}

/** A sentence in a list kept per provision (Context.perProvision), with the index of its provision. */
type Listed<T> = { sentence: Sentence; at: number } & T;

/** A list sorted by provision, with the entries of provision `at` replaced by `part`; the same list when nothing changes. */
function replacePart<T extends { at: number }>(list: T[], at: number, part: T[]): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < list.length && list[end]!.at === at) end++;
  if (end === lo && part.length === 0) return list;
  return [...list.slice(0, lo), ...part, ...list.slice(end)];
}

/**
 * Whether a cue matches anywhere a pool can reach, with why: the sentences
 * that match (for a counted cue, those that brought its distinct matches), or
 * for a counted cue that falls short, the distinct matches there are.
 */
type Somewhere = { found: true; by: Sentence[] } | { found: false; seen: Set<string> | null };

const localVariants = new WeakMap<CompiledVariant, boolean>();

/** Every element (and what it says when missing) looked for in the anchor's own clause or sentence. */
function isLocal(v: CompiledVariant): boolean {
  let r = localVariants.get(v);
  if (r === undefined) localVariants.set(v, (r = v.elements.every((e) => e.alts.every((a) => a.scope === 'clause' || a.scope === 'sentence'))));
  return r;
}

function copyOf(c: Candidate): Candidate {
  return { ...c, words: [c.words[0], c.words[1]], present: c.present.slice(), where: c.where.slice(), labels: c.labels.slice() };
}

function count(c: Candidate): number {
  return c.present.filter(Boolean).length;
}

function evaluate(ctx: Context, p: Provision, anchor: Sentence, v: CompiledVariant): Candidate {
  const present: boolean[] = [];
  const where: (Sentence | null)[] = [];
  const labels: (Text | null)[] = [];
  for (const e of v.elements) {
    let hit: Sentence | null = null;
    for (const alt of e.alts) {
      if (hit || !alt.cue) continue;
      hit = ctx.find(alt.cue, alt.scope, p, anchor);
    }
    const ok = e.spec.absent ? hit === null : hit !== null;
    present.push(ok);
    where.push(ok && !e.spec.absent ? hit : null);
    labels.push(!ok && e.because && ctx.match(e.because, anchor) ? e.spec.because!.label : null);
  }
  return { provision: p, anchor, words: [0, 0], present, where, labels, enablingOnly: false };
}

/**
 * measures.mandatory: every duty of the listed kinds must be worded as a duty.
 * The modal that governs a verb is the nearest one before it in English and
 * the one after it in Japanese.
 */
function judgeDuties(ctx: Context, lesson: CompiledLesson): LessonOutcome {
  const found = ctx.duties(lesson).map((d) => ({ ref: { sentence: d.sentence, provision: ctx.bill.provisions[d.at]! } as SentenceRef, m: d.m, mandatory: d.mandatory, duty: d.duty }));
  if (found.length === 0) return { lesson, status: 'missing', missing: [lesson.spec.missing], anchor: null, evidence: [] };
  // Where the words are, only for the duties reported.
  const refOf = (f: (typeof found)[number]): SentenceRef => (f.ref.words ? f.ref : (f.ref = { ...f.ref, words: wordsIn(f.ref.sentence, f.m) }));
  const loose = found.filter((f) => !f.mandatory);
  if (loose.length === 0) return { lesson, status: 'met', missing: [], anchor: refOf(found[0]!), evidence: found.slice(0, 6).map(refOf) };
  const labels: Text[] = [];
  const seen = new Set<Text>();
  for (const f of loose) {
    if (seen.has(f.duty)) continue;
    seen.add(f.duty);
    labels.push({ en: `mandatory wording (“shall” or “must”) for ${f.duty.en}`, ...(f.duty.ja ? { ja: fill(JA_COMMON['mandatory-wording']!, { duty: f.duty.ja }) } : {}) });
  }
  return { lesson, status: 'partial', missing: labels, anchor: refOf(loose[0]!), evidence: loose.slice(0, 6).map(refOf) };
}

/** true = mandatory, false = discretionary, null = no modal governs the verb. */
function governingModal(c: CompiledChecklist, text: string, from: number, to: number): boolean | null {
  const r = c.modal;
  r.lastIndex = 0;
  let before: string | null = null;
  let after: string | null = null;
  let beforeEnd = 0;
  for (let m = r.exec(text); m; m = r.exec(text)) {
    if (m.index < from) {
      before = m[0];
      beforeEnd = m.index + m[0].length;
    } else if (m.index >= to && after === null) after = m[0];
    if (m[0].length === 0) r.lastIndex++;
  }
  // "may include a name … only if the President … provides notice": the verb sits in a condition, not under the modal.
  // "may ask the Minister to determine": the verb is another's infinitive, not the actor's duty.
  const gap = text.slice(beforeEnd, from);
  // "may request that the President determine": the verb is what someone else is asked to do.
  if (before !== null && c.language === 'en' && (/\b(?:only if|if|unless|provided that|on condition that)\b/i.test(gap) || /\S\s+to\s+$/.test(gap) || /\b(?:request|ask|recommend|propose)\w*\s+that\b/i.test(gap))) return null;
  const pick = c.language === 'ja' ? after ?? before : before ?? after;
  if (pick === null) return null;
  if (c.must.test(pick)) return true;
  if (c.may.test(pick)) return false;
  return null;
}
