/**
 * Literal pre-checks for the checklist's regular expressions.
 *
 * Most sentences match none of the ~60 anchor patterns, yet a regular
 * expression scans the whole sentence before it says no. Each pattern is read
 * once here for the words any match must contain ("designat", "parliament",
 * "指定", …), as clauses: every match holds one string of each clause
 * (one of "may/shall/must" and one of "designat/listed/…"). A sentence that
 * lacks every string of some clause cannot match, and the pattern is not
 * run. The reading is conservative: where a construct is not understood
 * (wide classes, back-references, unicode mode), it requires nothing, so a
 * pattern is skipped only when it truly cannot match (tested against the
 * patterns themselves over the fixtures and evaluation bills, and on random
 * text).
 */
import TABLE from './prefilter-table.json' with { type: 'json' };

/** Strings (lower case) of which any match contains at least one. */
export type Clause = readonly string[];
/** Clauses that every match satisfies, each of them (at most MAX_CLAUSES); null: nothing is known. */
export type Required = readonly Clause[] | null;

/** What a piece of a pattern can match: every string, when few and known; and what any match must contain. */
interface Info {
  exact: string[] | null;
  req: string[][] | null;
}

/** Past this many strings a piece's exact set is dropped (only its requirement is kept). */
const MAX_EXACT = 64;
/** A requirement keeps at most this many clauses, the most telling. */
const MAX_CLAUSES = 3;

const UNKNOWN: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

const cache = new WeakMap<RegExp, Required>();

/**
 * The checklist's own patterns, read ahead of time by `npm run
 * build:prefilter` (scripts/build-prefilter.ts), by source. Reading them all
 * took about 150 ms in a new process, before the first bill could be judged:
 * the reader's code is not yet compiled then. Looked up by the pattern's exact
 * source, so a pattern changed since is read afresh, never answered from the
 * table; test/prefilter.test.ts checks that the table is the current reading
 * of every pattern the checklists pre-check.
 */
const shipped = new Map<string, Required>(Object.entries(TABLE as Record<string, string[][] | null>));

/**
 * What every match of `re` contains: one string of each clause, e.g.
 * [["may", "shall", "must"], ["designat", "listed"]] (read once per pattern
 * and kept).
 */
export function requiredLiterals(re: RegExp): Required {
  let r = cache.get(re);
  if (r === undefined) {
    r = !unicodeMode(re) && shipped.has(re.source) ? shipped.get(re.source)! : readPattern(re);
    cache.set(re, r);
  }
  return r;
}

/** In unicode mode case folding differs from toLowerCase: the reading makes no claim then. */
export function unicodeMode(re: RegExp): boolean {
  return re.flags.includes('u') || re.flags.includes('v');
}

/** `requiredLiterals` read from the pattern itself, without the table (for the script that writes the table). */
export function readPattern(re: RegExp): Required {
  // In unicode mode case folding differs from toLowerCase ("ſ" matches /s/iu): make no claim.
  if (unicodeMode(re)) return null;
  try {
    const p = new Reader(re.source);
    const info = p.alternation();
    if (p.pos !== re.source.length) return null;
    return usable(info);
  } catch {
    return null;
  }
}

/** A piece's requirement worth checking: its exact strings (when none is empty) and its clauses, the best first. */
function usable(info: Info): string[][] | null {
  const clauses: string[][] = [];
  if (info.exact && !info.exact.includes('')) clauses.push(info.exact);
  if (info.req) clauses.push(...info.req);
  return prune(clauses);
}

/** Valid clauses only (no empty string), each without strings implied by another, the most telling first. */
function prune(clauses: string[][]): string[][] | null {
  const ok = clauses.filter((c) => c.length > 0 && !c.includes('')).map(dedupe);
  if (ok.length === 0) return null;
  const seen = new Set<string>();
  const unique = ok.filter((c) => {
    const k = c.join('\u0000');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort(byTelling).slice(0, MAX_CLAUSES);
}

/** Longer shortest string first (a rarer word), then fewer strings. */
function byTelling(a: string[], b: string[]): number {
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  return la !== lb ? lb - la : a.length - b.length;
}

function dedupe(xs: string[]): string[] {
  // A string that contains another is implied by it: keep the shorter.
  const sorted = [...new Set(xs)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

/** Lower case a literal character, or null when its case mapping is not one-to-one and simple. */
function literal(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch.toLowerCase();
  // Characters without case (CJK, kana, punctuation) are safe; cased non-ASCII letters are left unknown.
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch ? ch : null;
}

/** The escapes "\n", "\t" … that stand for one control character, in a class or out of one. */
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

function lit(ch: string): Info {
  const l = literal(ch);
  return l === null ? UNKNOWN : { exact: [l], req: [[l]] };
}

class Reader {
  pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  /** a|b|c */
  alternation(): Info {
    const branches: Info[] = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    let exact: string[] | null = [];
    for (const b of branches) {
      if (exact && b.exact && exact.length + b.exact.length <= MAX_EXACT) exact.push(...b.exact);
      else exact = null;
    }
    // Any branch may match, so a clause here takes one clause from every branch and unites them: the first
    // clause of each, then the second (or the last a branch has), and so on.
    const per = branches.map(usable);
    if (per.some((c) => c === null)) return { exact, req: null };
    const req: string[][] = [];
    const most = Math.max(...per.map((c) => c!.length));
    for (let k = 0; k < most; k++) req.push(per.flatMap((c) => c![Math.min(k, c!.length - 1)]!));
    return { exact, req: prune(req) };
  }

  /** Terms one after another, up to "|" or ")". */
  private sequence(): Info {
    let acc: string[] = [''];
    // Every term must match: the clauses of all of them hold together.
    const clauses: string[][] = [];
    let whole = true;
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const t = this.quantified();
      if (t.exact && acc.length * t.exact.length <= MAX_EXACT) {
        const next: string[] = [];
        for (const a of acc) for (const e of t.exact) next.push(a + e);
        acc = next;
        continue;
      }
      // The run of known strings ends here: it is one clause, the term's own requirement more.
      whole = false;
      clauses.push(acc);
      clauses.push(...(usable(t) ?? []));
      acc = t.exact && t.exact.length <= MAX_EXACT ? [...t.exact] : [''];
    }
    clauses.push(acc);
    return { exact: whole ? acc : null, req: prune(clauses) };
  }

  /** A term and its quantifier. */
  private quantified(): Info {
    const t = this.term();
    const q = this.quantifier();
    if (!q) return t;
    if (this.peek() === '?') this.pos++; // lazy
    if (q.min === 0) return { exact: q.max === 1 && t.exact ? [...t.exact, ''] : null, req: null };
    if (q.min === 1 && q.max === 1) return t;
    return { exact: null, req: usable(t) };
  }

  /** The quantifier here, read and passed over ("{2,}" is 2 to Infinity); null when there is none. */
  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    const simple = c === '?' ? { min: 0, max: 1 } : c === '*' ? { min: 0, max: Infinity } : c === '+' ? { min: 1, max: Infinity } : null;
    if (simple) {
      this.pos++;
      return simple;
    }
    const m = c === '{' ? /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos)) : null;
    if (!m) return null; // a "{" that is not a quantifier is read as a literal
    this.pos += m[0].length;
    const min = Number(m[1]);
    return { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
  }

  private term(): Info {
    const c = this.src[this.pos++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '.':
        return UNKNOWN;
      case '^':
      case '$':
        return EMPTY;
      case undefined:
        throw new Error('unexpected end');
      default:
        return lit(c);
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      this.pos += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Error('bad group name');
      this.pos = close + 1;
    } else if (this.peek() === '?') throw new Error('unknown group');
    const inner = this.alternation();
    if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
    // A lookaround consumes nothing: it adds no text to the match.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): Info {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const chars: string[] = [];
    let known = !negated;
    let first = true;
    while (this.pos < this.src.length && (this.peek() !== ']' || first)) {
      first = false;
      let ch = this.src[this.pos++]!;
      if (ch === '\\') {
        const e = this.src[this.pos++];
        const simple = e !== undefined && /[^\w]/.test(e) ? e : e !== undefined ? (CONTROL[e] ?? null) : null;
        if (simple === null) {
          known = false;
          if (e === 'u') this.pos += this.peek() === '{' ? this.src.indexOf('}', this.pos) - this.pos + 1 : 4;
          else if (e === 'x') this.pos += 2;
          continue;
        }
        ch = simple;
      }
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']') {
        known = false; // a range
        this.pos++;
        if (this.src[this.pos++] === '\\') this.pos++;
        continue;
      }
      const l = literal(ch);
      if (l === null) known = false;
      else chars.push(l);
    }
    if (this.src[this.pos++] !== ']') throw new Error('unclosed class');
    if (!known || chars.length === 0 || chars.length > 8) return UNKNOWN;
    const set = [...new Set(chars)];
    return { exact: set, req: [set] };
  }

  private escape(): Info {
    const e = this.src[this.pos++];
    if (e === undefined) throw new Error('trailing backslash');
    switch (e) {
      case 'b':
      case 'B':
        return EMPTY;
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
      case 'c':
      case 'p':
      case 'P':
      case 'k':
        return UNKNOWN;
      case 'u': {
        const hex = this.src.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error('bad \\u');
        this.pos += 4;
        return lit(String.fromCharCode(parseInt(hex, 16)));
      }
      case 'x': {
        const hex = this.src.slice(this.pos, this.pos + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Error('bad \\x');
        this.pos += 2;
        return lit(String.fromCharCode(parseInt(hex, 16)));
      }
      default:
        if (CONTROL[e] !== undefined) return lit(CONTROL[e]);
        if (/[1-9]/.test(e)) {
          while (/[0-9]/.test(this.peek() ?? '')) this.pos++;
          return UNKNOWN; // a back-reference
        }
        return lit(e);
    }
  }
}

/*
 * Which of the known strings a text holds is found in one pass over the
 * text (Aho–Corasick over every string of every pattern analysed so far),
 * so that asking about many patterns costs a few array reads each.
 */

/** Each distinct required string, numbered. */
const ids = new Map<string, number>();
/** A requirement in numbers: each clause's strings by number; null when nothing is known. */
export type Need = readonly Int32Array[] | null;
const idsOf = new WeakMap<RegExp, Need>();
let automaton: Automaton | null = null;

function idOf(lit: string): number {
  let id = ids.get(lit);
  if (id === undefined) {
    ids.set(lit, (id = ids.size));
    automaton = null; // a new string: build again on next use
  }
  return id;
}

/** What a match of `re` must contain (`requiredLiterals`), with the strings numbered for `holds`. */
export function literalIds(re: RegExp): Need {
  let r = idsOf.get(re);
  if (r === undefined) {
    const req = requiredLiterals(re);
    r = req === null ? null : req.map((clause) => Int32Array.from(clause, idOf));
    idsOf.set(re, r);
  }
  return r;
}

/** Which strings each recent text holds (a bit per string), so texts tried in turn are each scanned once. */
const recent = new Map<string, Uint32Array>();
const RECENT_MAX = 4096;
let lastText: string | null = null;
let lastBits: Uint32Array = new Uint32Array(0);

/** Which of the known strings `text` holds, a bit per string (numbered by `literalIds`). */
export function bitsOf(text: string): Uint32Array {
  if (text === lastText && automaton) return lastBits;
  if (!automaton) {
    automaton = new Automaton([...ids.keys()]);
    recent.clear();
  }
  let bits = recent.get(text);
  if (!bits) {
    bits = new Uint32Array((ids.size + 31) >>> 5);
    automaton.mark(text.toLowerCase(), bits);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(text, bits);
  }
  lastText = text;
  lastBits = bits;
  return bits;
}

/** Does a text with these bits (`bitsOf`) meet the requirement: one string of every clause? (Nothing known: yes.) */
export function holds(need: Need, bits: Uint32Array): boolean {
  if (need === null) return true;
  for (let c = 0; c < need.length; c++) {
    const clause = need[c]!;
    let any = false;
    for (let i = 0; i < clause.length; i++) {
      const id = clause[i]!;
      if ((bits[id >>> 5]! & (1 << (id & 31))) !== 0) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** Can `re` match `text`? False only when the text lacks what every match must contain. */
export function mayMatch(re: RegExp, text: string): boolean {
  const need = literalIds(re);
  return need === null || holds(need, bitsOf(text));
}

/**
 * Could a match of `re` reach past a ";" — consume one, or look past one with
 * a lookaround? Read from the pattern's source, erring towards yes: any dot,
 * negated class, range over ";", negated or numeric escape, lookaround or
 * anchor (^, $) says it could. (The judge joins a pool's sentences with
 * " ; " for cues counted over the pool; a pattern that cannot reach past the
 * ";" matches only inside one sentence and the spaces beside it.)
 */
export function mayCrossJoin(re: RegExp): boolean {
  const src = re.source;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if ('WSDPpuxck0123456789'.includes(e)) return true;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === ';') return true;
      else if (c === '-' && src[i - 1] !== '[' && src[i + 1] !== ']') {
        const lo = src[i - 1]!;
        const hi = src[i + 1]!;
        if (lo <= ';' && ';' <= hi) return true;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (src[i + 1] === '^') return true;
      continue;
    }
    // (An anchor matches at the start or end of the joined text, not of each sentence in it.)
    if (c === '.' || c === ';' || c === '^' || c === '$') return true;
    if (c === '(' && src[i + 1] === '?' && (src[i + 2] === '=' || src[i + 2] === '!' || (src[i + 2] === '<' && (src[i + 3] === '=' || src[i + 3] === '!')))) return true;
  }
  return false;
}

/** Aho–Corasick over a fixed set of strings: which of them occur in a text. */
class Automaton {
  /** From the root, by character: the next state (0, the root, when none). */
  private rootNext = new Int32Array(0x10000);
  private edgeStart: Int32Array;
  private edgeEnd: Int32Array;
  private edgeChar: Uint16Array;
  private edgeNode: Int32Array;
  private fail: Int32Array;
  private outStart: Int32Array;
  private outEnd: Int32Array;
  private outIds: Int32Array;

  constructor(strings: string[]) {
    // The trie, with maps, then flattened.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    strings.forEach((s, id) => {
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let next = children[node]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[node]!.set(c, next);
        }
        node = next;
      }
      ends[node]!.push(id);
    });
    const n = children.length;
    this.fail = new Int32Array(n);
    const outs: number[][] = ends.map((e) => [...e]);
    // Breadth first: a state's failure link is the longest proper suffix that is also a state; it inherits that state's strings.
    const order: number[] = [];
    for (const [c, child] of children[0]!) {
      this.rootNext[c] = child;
      order.push(child);
    }
    for (let k = 0; k < order.length; k++) {
      const node = order[k]!;
      for (const [c, child] of children[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !children[f]!.has(c)) f = this.fail[f]!;
        const target = children[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        outs[child]!.push(...outs[this.fail[child]!]!);
        order.push(child);
      }
    }
    this.edgeStart = new Int32Array(n);
    this.edgeEnd = new Int32Array(n);
    this.outStart = new Int32Array(n);
    this.outEnd = new Int32Array(n);
    const edgeChar: number[] = [];
    const edgeNode: number[] = [];
    const outIds: number[] = [];
    for (let node = 0; node < n; node++) {
      this.edgeStart[node] = edgeChar.length;
      for (const [c, child] of children[node]!) {
        edgeChar.push(c);
        edgeNode.push(child);
      }
      this.edgeEnd[node] = edgeChar.length;
      this.outStart[node] = outIds.length;
      for (const id of new Set(outs[node])) outIds.push(id);
      this.outEnd[node] = outIds.length;
    }
    this.edgeChar = Uint16Array.from(edgeChar);
    this.edgeNode = Int32Array.from(edgeNode);
    this.outIds = Int32Array.from(outIds);
  }

  /** Set the bit of every string that occurs in `text`. */
  mark(text: string, bits: Uint32Array): void {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (s === 0) {
          s = this.rootNext[c]!;
          break;
        }
        let next = -1;
        for (let e = this.edgeStart[s]!, end = this.edgeEnd[s]!; e < end; e++) {
          if (this.edgeChar[e] === c) {
            next = this.edgeNode[e]!;
            break;
          }
        }
        if (next >= 0) {
          s = next;
          break;
        }
        s = this.fail[s]!;
      }
      for (let k = this.outStart[s]!, end = this.outEnd[s]!; k < end; k++) {
        const id = this.outIds[k]!;
        bits[id >>> 5]! |= 1 << (id & 31);
      }
    }
  }
}
