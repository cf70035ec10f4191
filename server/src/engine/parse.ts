/**
 * Markdown → a compact list of blocks.
 *
 * The document is cut into chunks at points where a fresh parse cannot change
 * how the text on either side is read (ATX headings and blank-line-separated
 * top-level blocks outside code fences, HTML blocks and front matter), each
 * chunk is parsed with unified + remark-parse, and its syntax tree is reduced
 * at once to blocks: plain text plus a map back to source offsets. The tree is
 * then dropped, so a long bill costs its text, not its tree. Chunks are cached
 * by their text, so after an edit only the chunks the edit touched are parsed
 * again. Documents that use link reference definitions or footnotes (which
 * reach across chunks) are parsed whole.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { Memos } from './memo.js';
import { detectLanguage, LANGUAGE_SAMPLE } from './language.js';
import type { Language } from './types.js';
import type { Code, Root, RootContent, PhrasingContent, ListItem, List, Table } from 'mdast';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'code' | 'html' | 'frontmatter';

export interface Block {
  kind: BlockKind;
  /** Heading level (1–6); list nesting depth (1 = top-level item); 0 otherwise. */
  depth: number;
  /** Plain text, inline markup removed; soft line breaks kept as "\n". */
  text: string;
  /** Absolute source offsets of the block. */
  start: number;
  end: number;
  /** Inside a block quote (e.g. text inserted into another Act). */
  quoted: boolean;
  /** Ordered list item number as written ("9." twice gives 9 twice, though Markdown would renumber). */
  ordinal?: number;
  /** HTML comments inside the block's text (inline), with their source offsets from the block's start. */
  comments?: { offset: number; value: string }[];
  /** Pairs [from, to) of text indexes set in bold or italics (defined terms in NZ and Australian drafting). */
  strong?: number[];
  /** The Markdown could not be parsed here (e.g. nesting too deep); the text was read as plain paragraphs. */
  plain?: true;
  /** Pairs [textIndex, sourceOffsetRelativeToStart, …] mapping text back to source. */
  map: number[];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

/** The parser with GFM tables only, for text where a table is the only extension construct that can start. */
const tableProcessor = unified()
  .use(remarkParse)
  .use(function gfmTables(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  })
  .freeze();

/** The same parser without the extensions, for text none of them can apply to (see `extensionsFor`). */
const leanProcessor = unified().use(remarkParse).freeze();

/**
 * Which extensions can a construct start in this text with? Each needs one of
 * these characters to begin: front matter a fence on the first line; GFM
 * strikethrough a tilde; autolink literals "www.", "://" or "@" (e-mail,
 * mailto: and xmpp:); footnotes "[^"; task list items "[ ]" or "[x]"; tables
 * a pipe, or a delimiter row with a colon ("a" then ":-" is a one-column
 * table). Without any of them, remark with and without the extensions
 * produce the same tree; with only a table's, remark with tables alone does
 * (both tested). The extensions cost about as much again as the parse
 * itself, and tables alone about half that.
 */
export type Extensions = 'none' | 'tables' | 'all';
const ALL_TRIGGER = /[~@]|:\/\/|www\.|\[(?:\^|[\sxX])/i;
const TABLE_TRIGGER = /[|]|:-|-:/;
export function extensionsFor(text: string): Extensions {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // the parser skips a byte-order mark
  if (body.startsWith('---') || body.startsWith('+++') || ALL_TRIGGER.test(text)) return 'all';
  return TABLE_TRIGGER.test(text) ? 'tables' : 'none';
}

const PROCESSORS = { none: leanProcessor, tables: tableProcessor, all: processor };

/** Parse one piece of Markdown with remark (GFM and front matter where they can apply). */
export function parseMarkdown(text: string): Root {
  return PROCESSORS[extensionsFor(text)].parse(text) as Root;
}

/** Parse with every extension, whatever the text: the reference `parseMarkdown` must agree with. */
export function parseMarkdownFull(text: string): Root {
  return processor.parse(text) as Root;
}

/** Chunks start at these offsets. A chunk grows past a blank line only until this size. */
const CHUNK_TARGET = 2048;
/**
 * Chunks not yet parsed are parsed together up to this many characters (see ParseCache.fill). Larger batches
 * saved no more on small bills and made the 5 MB bill slower (their syntax trees outlive the young generation).
 */
const BATCH_TARGET = 8_192;

/** Cut points of the text: offsets where a chunk may start. Always includes 0. */
export function chunkStarts(source: string): number[] {
  return scanCuts(lineFeeds(source), true, null);
}

/**
 * Lines end at "\n", "\r\n" or a lone "\r", as the parser reads them. A lone "\r" is read as "\n" by the cut:
 * the same length, so the offsets are the same. (Searching for the next "\r" from every line instead made V8's
 * optimised code take seconds on a long bill, once the function was hot.)
 */
function lineFeeds(source: string): string {
  return source.indexOf('\r') >= 0 ? source.replace(/\r(?!\n)/g, '\n') : source;
}

/**
 * Where the cut of an edited text may stop and take the rest from the last
 * version's: from `after` on, the text scanned is the last version's from
 * `after - shift` on, and `old` tells where the last version was cut (the
 * index of its chunk that starts at an offset, if one does). At a
 * cut nothing is open (no fence, comment, HTML block or front matter) and the
 * next chunk starts afresh, so once both versions cut at the same place in
 * the same text, every later cut is the same too.
 */
interface Resync {
  after: number;
  shift: number;
  old: (offset: number) => number | undefined;
}

/**
 * The cut points of `text`, which starts at a cut point: the document's
 * start (`first`), or a cut point of the last version whose first line an
 * edit did not touch (the text before such a cut cannot change how it is
 * read). Offsets are from the start of `text`. With `resync`, the scan stops
 * at the first cut it shares with the last version past the edit, and
 * returns the cuts up to and including that one.
 */
function scanCuts(text: string, first: boolean, resync: Resync | null): number[] {
  const starts = [0];
  let pos = 0;
  /**
   * The code fences that may be open here, one per reading of the text so far (none open: null). A fence
   * indented by 1–3 spaces may be in a list item, which a less indented line ends, and the fence with it — or
   * be at the margin and go on: both readings are followed until they agree, and no cut is made while any of
   * them is inside a fence.
   */
  let fences: ({ char: string; len: number; indent: number } | null)[] = [null];
  let inComment = false;
  let inRawHtml: RegExp | null = null;
  /** In an HTML block that ends at a blank line (<div>, any tag on a line of its own), or at a marker ("?>", ">", "]]>"). */
  let inHtmlBlock = false;
  let htmlEnd: string | null = null;
  let prevBlank = true;
  let chunkStart = 0;
  let lineNo = first ? 0 : 1;
  /** The fence that opened the front matter ("---" or "+++"): only the same fence closes it, as in remark-frontmatter. */
  let inFrontMatter: string | null = null;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    // Most lines of a bill open nothing and close nothing: read those from the text, without cutting a string
    // for each line (this runs on every keystroke over the whole document). The general reading below gives the
    // same answer for them.
    if (lineNo > 0 && fences.length === 1 && fences[0] === null && !inFrontMatter && !inComment && !inRawHtml && !htmlEnd) {
      const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
      let first = pos;
      while (first < lineEnd && text.charCodeAt(first) === 32) first++;
      const c = first < lineEnd ? text.charCodeAt(first) : -1;
      // "`", "~" (a fence), "<" (HTML or a comment), "#" (a heading) need the general reading.
      if (c !== 96 && c !== 126 && c !== 60 && c !== 35) {
        const blank = isBlank(text, pos, lineEnd);
        if (!(inHtmlBlock && !blank)) {
          inHtmlBlock = false;
          const c0 = lineEnd > pos ? text.charCodeAt(pos) : -1;
          const zeroIndent = c0 !== -1 && c0 !== 32 && c0 !== 9 && c0 !== 0xfeff;
          if (startsChunk(pos, chunkStart, zeroIndent, false, prevBlank)) {
            starts.push(pos);
            chunkStart = pos;
            if (resync && pos >= resync.after && resync.old(pos - resync.shift) !== undefined) return starts;
          }
        }
        prevBlank = blank;
        pos = eol + 1;
        lineNo++;
        continue;
      }
    }
    let line = text.slice(pos, eol);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // the parser skips a byte-order mark
    const blank = line.trim() === '';
    const frontFence = /^(---|\+\+\+)[ \t]*$/.exec(line)?.[1];
    if (lineNo === 0 && frontFence) {
      inFrontMatter = frontFence;
    } else if (inFrontMatter) {
      if (frontFence === inFrontMatter) inFrontMatter = null;
    } else if (fences.some((f) => f !== null)) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      const indent = /^ */.exec(line)![0].length;
      const next: typeof fences = [];
      for (const f of fences) {
        if (f === null) next.push(openedBy(line));
        else if (close && close[1]![0] === f.char && close[1]!.length >= f.len) next.push(null);
        else {
          next.push(f);
          if (f.indent > 0 && !blank && indent < f.indent) next.push(openedBy(line)); // the list item, and its fence, ended
        }
      }
      const seen = new Set<string>();
      fences = next.filter((f) => {
        const key = f ? `${f.char}${f.len}:${f.indent}` : '';
        return !seen.has(key) && seen.add(key);
      });
      if (fences.length > 8) fences = [fences.find((f) => f !== null)!]; // (never in a real document) no more cuts
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (inRawHtml) {
      if (inRawHtml.test(line)) inRawHtml = null;
    } else if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = null;
    } else if (inHtmlBlock && !blank) {
      // (A heading here is HTML too.)
    } else {
      inHtmlBlock = false;
      // (Not at a byte-order mark: a chunk would drop it, where a whole parse keeps it as text.)
      const zeroIndent = line.length > 0 && line[0] !== ' ' && line[0] !== '\t' && line[0] !== '\ufeff';
      const heading = zeroIndent && /^#{1,6}(?:[ \t]|$)/.test(line);
      if (startsChunk(pos, chunkStart, zeroIndent, heading, prevBlank)) {
        starts.push(pos);
        chunkStart = pos;
        if (resync && pos >= resync.after && resync.old(pos - resync.shift) !== undefined) return starts;
      }
      const fence = openedBy(line);
      if (fence) {
        fences = [fence];
      } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) {
        inComment = true;
      } else {
        const raw = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i.exec(line);
        if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) inRawHtml = new RegExp(`</${raw[1]}>`, 'i');
        else if (!raw) {
          // Other HTML blocks, taken broadly (taking one too many only cuts less).
          const end = /^ {0,3}<\?/.test(line) ? '?>' : /^ {0,3}<!\[CDATA\[/.test(line) ? ']]>' : /^ {0,3}<![A-Za-z]/.test(line) ? '>' : null;
          if (end) {
            if (!line.includes(end, line.indexOf('<') + 2)) htmlEnd = end;
          } else if (/^ {0,3}<\/?[A-Za-z]/.test(line)) inHtmlBlock = true;
        }
      }
    }
    prevBlank = blank;
    pos = eol + 1;
    lineNo++;
  }
  return starts;
}

/**
 * Does a chunk start at this line? At a line at the margin that is a heading, or that follows a blank line
 * once the chunk has grown past CHUNK_TARGET (never at the line that starts the scan, which is one already).
 */
function startsChunk(pos: number, chunkStart: number, zeroIndent: boolean, heading: boolean, prevBlank: boolean): boolean {
  return pos > chunkStart && zeroIndent && (heading || (prevBlank && pos - chunkStart >= CHUNK_TARGET));
}

/** Is text[from, to) empty or white space only (as String.prototype.trim reads white space)? */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 0xa0) return false;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return true;
}

/** The code fence a line opens, if it opens one. */
function openedBy(line: string): { char: string; len: number; indent: number } | null {
  const fence = /^( {0,3})(`{3,}|~{3,})/.exec(line);
  if (!fence || (fence[2]![0] === '`' && line.slice(fence[0].length).includes('`'))) return null;
  return { char: fence[2]![0]!, len: fence[2]!.length, indent: fence[1]!.length };
}

/**
 * A parsed chunk: its blocks, with offsets as if the chunk started at `at`
 * (0 when parsed alone, its offset in the batch when parsed in one, its
 * offset in the document once placed there). One array, moved when the
 * chunk moves: the cache holds each block once.
 */
interface Parsed {
  blocks: Block[];
  at: number;
  global: boolean;
  /** The chunk's text as stored in the cache. */
  key: string;
  /** The last version of the document that used the chunk (ParseCache.get). */
  used: number;
}

/**
 * Parsed chunks, keyed by their text. Offsets inside are relative to the chunk.
 * It also carries the memos of the later steps (structure and judgement), so
 * one object holds everything kept between versions of a document.
 */
export class ParseCache {
  private map = new Map<string, Parsed>();
  /** The current version: a chunk asked for in it is stamped with it (Parsed.used), and sweep() drops the others. */
  private version = 0;
  /** Facts derived from text by the structure and the judgement, kept between versions. */
  readonly memos = new Memos();
  /** The language of the last version, with the text that decided it (see language()). */
  private lastLanguage: { sample: string; language: Language } | null = null;
  /** The chunks of the text last cut, so that warming the cache and then parsing cut it once. */
  private last: { text: string; chunks: Chunk[] } | null = null;

  get(text: string): Parsed {
    let hit = this.map.get(text);
    if (!hit) {
      // A chunk is a slice of the document, and so is every string the parser cuts from it: kept as they
      // are, they would keep that whole version of the document alive. Parse a copy of the chunk instead.
      const own = ownCopy(text);
      hit = { ...safeBlocks(own), at: 0, key: own, used: this.version };
      this.map.set(own, hit);
    }
    // (A stamp rather than a set of the keys used: a long bill has tens of thousands of chunks, and filling a set
    // with them on every keystroke cost more than looking them up.)
    hit.used = this.version;
    return hit;
  }

  /**
   * Parse the chunks from `from` on that are not cached yet, several in one
   * parser call (a call has a fixed cost, about the parse of 100 bytes, and
   * a bill has a chunk per heading): consecutive missing chunks up to
   * BATCH_TARGET characters are parsed as one text and their blocks shared
   * out. A cut point is where a fresh parse cannot change how either side is
   * read, so this gives each chunk the blocks a parse of it alone gives
   * (tested); where the batch is not a plain run of blocks (a construct that
   * reaches across chunks, text read as plain), its chunks are parsed one by
   * one instead. Returns the index of the first chunk not handled.
   */
  fill(chunks: readonly Chunk[], from: number): number {
    let i = from;
    while (i < chunks.length && this.map.has(chunks[i]!.text)) i++;
    if (i === chunks.length) return i;
    // Only chunks that need the same extensions are batched: the others are parsed with fewer or none, which is
    // most of the saving (see extensionsFor).
    const kind = extensionsFor(chunks[i]!.text);
    let j = i + 1;
    while (
      j < chunks.length &&
      !this.map.has(chunks[j]!.text) &&
      chunks[j]!.start + chunks[j]!.text.length - chunks[i]!.start <= BATCH_TARGET &&
      kind === extensionsFor(chunks[j]!.text)
    )
      j++;
    if (j - i === 1 || !this.batch(chunks, i, j)) for (let k = i; k < j; k++) this.get(chunks[k]!.text);
    return j;
  }

  /** Parse chunks [from, to) as one text; false (nothing stored) when the blocks cannot be shared out. */
  private batch(chunks: readonly Chunk[], from: number, to: number): boolean {
    const base = chunks[from]!.start;
    // The chunks are consecutive slices of the document, so joined they are its text from `base` on.
    let text = '';
    for (let c = from; c < to; c++) text += chunks[c]!.text;
    const own = ownCopy(text);
    const parsed = safeBlocks(own);
    if (parsed.global) return false;
    // Each chunk keeps its blocks as they are, with offsets in the batch: `at` is where the chunk starts in it.
    const per: Block[][] = [];
    /** Where chunk k ends in the batch. */
    const endIn = (k: number): number => chunks[k]!.start - base + chunks[k]!.text.length;
    let k = from;
    let end = endIn(k);
    let list: Block[] = [];
    for (const b of parsed.blocks) {
      if (b.plain) return false;
      while (b.start >= end && k + 1 < to) {
        per.push(list);
        list = [];
        end = endIn(++k);
      }
      if (b.end > end) return false; // a block across a cut: read each chunk alone
      list.push(b);
    }
    per.push(list);
    while (per.length < to - from) per.push([]);
    for (let c = from; c < to; c++) {
      const text = chunks[c]!.text;
      if (this.map.has(text)) continue; // the same text twice in the batch
      // The key is cut from the batch's own copy, which the blocks' strings keep alive anyway: no second copy.
      const at = chunks[c]!.start - base;
      const key = own.slice(at, at + text.length);
      this.map.set(key, { blocks: per[c - from]!, at, global: false, key, used: -1 });
    }
    return true;
  }

  /** detectLanguage(text), read again only when an edit reaches the part of the text it reads. */
  language(text: string): Language {
    const sample = text.slice(0, LANGUAGE_SAMPLE);
    if (this.lastLanguage?.sample !== sample) this.lastLanguage = { sample: ownCopy(sample), language: detectLanguage(sample) };
    return this.lastLanguage.language;
  }

  /** The document's chunks (cut once per text; after an edit, only around the edit: see recut). */
  chunks(text: string): Chunk[] {
    if (this.last?.text !== text) this.last = { text, chunks: this.last ? recut(this.last.chunks, this.last.text.length, text) : chunksOf(text) };
    return this.last.chunks;
  }

  /** Forget chunks not used since the last sweep (call once per document version). */
  sweep(): void {
    for (const [key, parsed] of this.map) if (parsed.used !== this.version) this.map.delete(key);
    this.version++;
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * The blocks of a whole document. With a cache, unchanged chunks are reused;
 * the result is the same as a parse of the whole document (tested).
 */
export function parseBlocks(text: string, cache: ParseCache = new ParseCache()): Block[] {
  const out: Block[] = [];
  const chunks = cache.chunks(text);
  for (let i = 0; i < chunks.length; ) i = cache.fill(chunks, i);
  for (const c of chunks) {
    const { start, text: piece } = c;
    const chunk = cache.get(piece);
    if (chunk.global) return wholeDocumentBlocks(text);
    // From now on the chunk holds the cache's own copy of its text, not a slice of this version of the document,
    // which it would keep alive when the next version takes the chunk over (see recut).
    c.text = chunk.key;
    // The chunk's blocks at their place in the document, kept while the chunk stays where it is (blocks are
    // never changed once made, so versions may share them).
    if (chunk.at !== start) {
      const shift = start - chunk.at;
      chunk.blocks = chunk.blocks.map((b) => moved(b, shift));
      chunk.at = start;
    }
    for (const b of chunk.blocks) out.push(b);
  }
  return out;
}

interface Chunk {
  start: number;
  text: string;
}

/**
 * A copy of a block moved by `shift`. (Field by field, in one order, rather than `{ ...b }`: an edit near the start
 * of a long bill moves every block after it, and blocks come in several shapes, which made the spread several
 * times slower.)
 */
function moved(b: Block, shift: number): Block {
  const c: Block = { kind: b.kind, depth: b.depth, text: b.text, start: b.start + shift, end: b.end + shift, quoted: b.quoted, map: b.map };
  if (b.ordinal !== undefined) c.ordinal = b.ordinal;
  if (b.comments !== undefined) c.comments = b.comments;
  if (b.strong !== undefined) c.strong = b.strong;
  if (b.plain !== undefined) c.plain = b.plain;
  return c;
}

/** A copy of a string that shares no storage with the string it was cut from. */
function ownCopy(s: string): string {
  // Concatenating makes a new string; slicing it flattens it into storage of its own.
  return (' ' + s).slice(1);
}

/** The document's chunks, in order, with the offset where each starts. */
function chunksOf(text: string): Chunk[] {
  return chunksAt(text, chunkStarts(text), text.length);
}

/** Chunks of `text` starting at `starts` (ascending), the last ending at `end`. */
function chunksAt(text: string, starts: readonly number[], end: number): Chunk[] {
  return starts.map((start, i) => ({ start, text: text.slice(start, i + 1 < starts.length ? starts[i + 1]! : end) }));
}

/**
 * Does `text` hold `piece` at `at`? (The same as text.startsWith(piece, at) for at ≥ 0, and several times
 * faster in V8 for long strings: string equality compares the characters in bulk.)
 */
function holds(text: string, at: number, piece: string): boolean {
  return text.slice(at, at + piece.length) === piece;
}

/**
 * The chunks of a new version of a document, from the last version's: the
 * same as chunksOf(text) (tested), reading only the text around the edit.
 * The chunks the new text still starts with are kept; the cut is made again
 * from the last of those whose first line the edit did not reach, until it
 * meets a cut of the last version in the text the new one still ends with;
 * from there on the last version's chunks are moved by the change in length.
 * (Comparing each chunk with the new text is native and fast; cutting is not.)
 */
function recut(old: readonly Chunk[], oldLength: number, text: string): Chunk[] {
  let same = 0;
  while (same < old.length && holds(text, old[same]!.start, old[same]!.text)) same++;
  if (same === old.length && text.length === oldLength) return old.slice();
  // Every chunk but the last ends with a line ending, so a chunk kept whole has its first line whole.
  const resume = Math.min(same, old.length - 1) - 1;
  if (resume < 0) return chunksOf(text);
  const shift = text.length - oldLength;
  let tail = old.length;
  // (Only chunks that, moved, still start after the one the cut resumes from.)
  while (tail > same && old[tail - 1]!.start + shift > old[resume]!.start && holds(text, old[tail - 1]!.start + shift, old[tail - 1]!.text)) tail--;
  const from = old[resume]!.start;
  /** The last version's chunk after `resume` that starts at `offset` from `from` (a search: a map of them all cost more). */
  const oldAt = (offset: number): number | undefined => {
    let lo = resume + 1;
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (old[mid]!.start - from < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < old.length && old[lo]!.start - from === offset ? lo : undefined;
  };
  const after = (tail < old.length ? old[tail]!.start + shift : text.length) - from;
  const cuts = scanCuts(lineFeeds(text.slice(from)), from === 0, { after, shift, old: oldAt });
  const last = cuts[cuts.length - 1]!;
  const synced = oldAt(last - shift);
  const out = old.slice(0, resume);
  if (synced === undefined || last < after) {
    // Cut to the end without meeting the last version's cuts.
    for (const c of chunksAt(text, cuts.map((c) => c + from), text.length)) out.push(c);
    return out;
  }
  for (const c of chunksAt(text, cuts.slice(0, -1).map((c) => c + from), last + from)) out.push(c);
  for (let k = synced; k < old.length; k++) out.push(shift === 0 ? old[k]! : { start: old[k]!.start + shift, text: old[k]!.text });
  return out;
}

/**
 * Parse a document's chunks into the cache a slice at a time, giving the event
 * loop a turn every `sliceMs`, so that a language server can drop the run when
 * a newer edit arrives (`superseded()` returns true). Parsing is most of the
 * cost of a long bill; what is parsed stays cached for the next run. Returns
 * false when stopped early.
 */
export async function warmParseCache(text: string, cache: ParseCache, superseded: () => boolean, sliceMs = 15): Promise<boolean> {
  let sliceStart = Date.now();
  const chunks = cache.chunks(text);
  for (let i = 0; i < chunks.length; ) {
    const next = cache.fill(chunks, i);
    for (; i < next; i++) if (cache.get(chunks[i]!.text).global) return true; // parsed whole later; nothing to warm
    if (i < chunks.length && Date.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (superseded()) return false;
      sliceStart = Date.now();
    }
  }
  return true;
}

/** Parse without chunking: the reference the chunked parse must agree with. */
export function wholeDocumentBlocks(text: string): Block[] {
  return safeBlocks(text).blocks;
}

/**
 * Parse, or — when the parser gives up (nesting deep enough to exhaust the
 * stack) — read the text as plain paragraphs, so the rest of the document is
 * still checked. Such blocks are marked `plain` and the user is told.
 */
function safeBlocks(text: string): { blocks: Block[]; global: boolean } {
  // The parser drops a leading byte-order mark and counts its offsets from after it: parse without it, then shift.
  if (text.charCodeAt(0) === 0xfeff) {
    const r = safeBlocks(text.slice(1));
    for (const b of r.blocks) {
      b.start++;
      b.end++;
    }
    return r;
  }
  // The parser's time grows with nesting depth before it gives up; no bill nests this deep.
  if (tooDeep(text) || tooDense(text)) return { blocks: plainBlocks(text), global: false };
  try {
    return blocksOf(parseMarkdown(text), text);
  } catch {
    return { blocks: plainBlocks(text), global: false };
  }
}

/** Block quotes or list indentation nested far beyond any real document. */
const MAX_QUOTE_DEPTH = 32;
const MAX_INDENT = 128;

function tooDeep(text: string): boolean {
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let quotes = 0;
    let indent = 0;
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 62) quotes++; // >
      else if (c === 32 || c === 9) indent += c === 9 ? 4 : 1;
      else if ((c === 45 || c === 42 || c === 43) && text.charCodeAt(i + 1) === 32) indent += 2; // nested list markers
      else if (c >= 48 && c <= 57) {
        // An ordered list marker ("1. ", "12) "), nested as deep as the others ("1. 1. 1. …" is a list in a list …).
        let k = i + 1;
        while (k < eol && k - i < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
        const d = text.charCodeAt(k);
        const after = text.charCodeAt(k + 1);
        if ((d !== 46 && d !== 41) || (after !== 32 && after !== 9)) break;
        indent += k - i + 2;
        i = k;
      } else break;
      if (quotes > MAX_QUOTE_DEPTH || indent > MAX_INDENT) return true;
    }
    pos = eol + 1;
  }
  return false;
}

/**
 * Emphasis and link marks ("*", "_", "]") in one paragraph beyond any real document. The parser's time grows with
 * the square of their number in a paragraph (20,000 "*_" take it 5 s, 40,000 half a minute), so such a
 * paragraph is read as plain text. Counted from one blank line, list item, table row, heading or quotation to
 * the next (each of those starts inline content afresh).
 */
const MAX_MARKS = 4000;

function tooDense(text: string): boolean {
  let marks = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // CRLF: one line ending, at its "\n"
    if (c === 10 || c === 13) {
      if (lineStart) marks = 0; // a blank line
      lineStart = true;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) continue;
      lineStart = false;
      const next = text.charCodeAt(i + 1);
      // A new block starts: a list item, a table row, a heading, a quotation.
      if (((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) || c === 124 || c === 35 || c === 62 || (c >= 48 && c <= 57)) marks = 0;
    }
    if ((c === 42 || c === 95 || c === 93) && ++marks > MAX_MARKS) return true;
  }
  return false;
}

function plainBlocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === '') continue;
    out.push({ kind: 'paragraph', depth: 0, text: m[0], start: m.index, end: m.index + m[0].length, quoted: false, map: [0, 0], plain: true });
  }
  return out;
}

interface Walk {
  blocks: Block[];
  global: boolean;
  source: string;
}

function blocksOf(root: Root, source: string): { blocks: Block[]; global: boolean } {
  const w: Walk = { blocks: [], global: false, source };
  for (const node of root.children) visit(node, w, 0, false);
  return { blocks: w.blocks, global: w.global };
}

function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

function visit(node: RootContent, w: Walk, listDepth: number, quoted: boolean): void {
  switch (node.type) {
    case 'heading':
      w.blocks.push(inlineBlock('heading', node.depth, node.children, node, quoted, w.source));
      return;
    case 'paragraph':
      w.blocks.push(inlineBlock('paragraph', 0, node.children, node, quoted, w.source));
      return;
    case 'list':
      visitList(node, w, listDepth + 1, quoted);
      return;
    case 'blockquote':
      for (const c of node.children) visit(c, w, listDepth, true);
      return;
    case 'table':
      visitTable(node, w, quoted);
      return;
    case 'code': {
      // Subsections indented by four spaces are an indented code block to Markdown, but law to the drafter.
      const prose = indentedProse(node, w.source, quoted);
      if (prose) w.blocks.push(...prose);
      else w.blocks.push(rawBlock('code', node.value, node, quoted));
      return;
    }
    case 'html':
      w.blocks.push(rawBlock('html', node.value, node, quoted));
      return;
    case 'yaml':
      w.blocks.push(rawBlock('frontmatter', node.value, node, quoted));
      return;
    case 'definition':
    case 'footnoteDefinition':
      // These are resolved across the whole document; chunking could change
      // how references elsewhere read, so such documents are parsed whole.
      w.global = true;
      return;
    default:
      // TOML front matter has no mdast type of its own.
      if ((node as { type: string }).type === 'toml') {
        w.blocks.push(rawBlock('frontmatter', (node as unknown as { value: string }).value, node, quoted));
      }
      return;
  }
}

function visitList(list: List, w: Walk, depth: number, quoted: boolean): void {
  list.children.forEach((item: ListItem, i) => {
    let first = true;
    for (const c of item.children) {
      if (c.type === 'paragraph' && first) {
        const b = inlineBlock('item', depth, c.children, c, quoted, w.source);
        // The item's marker belongs to it: start the block at the item.
        const itemStart = startOf(item);
        const shift = b.start - itemStart;
        b.start = itemStart;
        for (let k = 1; k < b.map.length; k += 2) b.map[k]! += shift;
        if (list.ordered) {
          const written = /^\s*(\d{1,9})[.)]/.exec(w.source.slice(itemStart, itemStart + 16));
          b.ordinal = written ? Number(written[1]) : (list.start ?? 1) + i;
        }
        w.blocks.push(b);
        first = false;
      } else {
        visit(c, w, depth, quoted);
      }
    }
  });
}

function visitTable(table: Table, w: Walk, quoted: boolean): void {
  for (const row of table.children) {
    const text: string[] = [];
    const map: number[] = [];
    const rowStart = startOf(row);
    let len = 0;
    row.children.forEach((cell, i) => {
      if (i > 0) {
        text.push(' | ');
        len += 3;
      }
      const t = inlineText(cell.children, rowStart, map, len, w.source);
      text.push(t);
      len += t.length;
    });
    w.blocks.push({ kind: 'row', depth: 0, text: text.join(''), start: rowStart, end: endOf(row), quoted, map });
  }
}

/** Characters no drafted provision uses but code does. */
const CODE_LIKE = /[{}=<>\\|`$#]|^\s*(?:\/\/|\/\*|import |export |function |const |let |var |def |class |return\b)/m;

/**
 * An indented code block whose lines read as drafted text ("    (1) is
 * responsible for …"), as paragraphs: one per run of lines between blank
 * lines, each mapped back to its source. Fenced blocks stay code.
 */
function indentedProse(node: Code, source: string, quoted: boolean): Block[] | null {
  const start = startOf(node);
  const end = endOf(node);
  if (node.lang || /^ {0,3}(?:`{3,}|~{3,})/.test(source.slice(start, start + 16))) return null;
  const value = node.value;
  if (CODE_LIKE.test(value)) return null;
  const lines = value.split('\n');
  const srcLines = source.slice(start, end).split('\n');
  if (lines.length !== srcLines.length) return null;
  const texts = lines.filter((l) => l.trim() !== '');
  // Drafted text: most lines are words (a label such as "(1)" or "(A)", then a sentence), not symbols.
  if (texts.length === 0 || texts.filter((l) => /^\s*(?:\(\w{1,5}\)\s+)?["“]?[A-Za-z]/.test(l) && l.trim().split(/\s+/).length >= 3).length < texts.length * 0.8) return null;
  const out: Block[] = [];
  let offset = start;
  let current: { text: string; start: number; end: number; map: number[] } | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const src = srcLines[k]!;
    if (!src.endsWith(line)) return null;
    const indent = src.length - line.length;
    if (line.trim() === '') {
      if (current) out.push({ kind: 'paragraph', depth: 0, text: current.text, start: current.start, end: current.end, quoted, map: current.map });
      current = null;
    } else if (!current) {
      current = { text: line, start: offset, end: offset + src.length, map: [0, indent] };
    } else {
      current.map.push(current.text.length + 1, offset + indent - current.start);
      current.text += '\n' + line;
      current.end = offset + src.length;
    }
    offset += src.length + 1;
  }
  if (current) out.push({ kind: 'paragraph', depth: 0, text: current.text, start: current.start, end: current.end, quoted, map: current.map });
  return out;
}

function rawBlock(kind: BlockKind, value: string, node: RootContent, quoted: boolean): Block {
  return { kind, depth: 0, text: value, start: startOf(node), end: endOf(node), quoted, map: [0, 0] };
}

function inlineBlock(
  kind: BlockKind,
  depth: number,
  children: PhrasingContent[],
  node: RootContent,
  quoted: boolean,
  source: string,
): Block {
  const start = startOf(node);
  const map: number[] = [];
  const strong: number[] = [];
  const comments: { offset: number; value: string }[] = [];
  const text = inlineText(children, start, map, 0, source, strong, comments);
  const b: Block = { kind, depth, text, start, end: endOf(node), quoted, map };
  if (strong.length) b.strong = strong;
  if (comments.length) b.comments = comments.map((c) => ({ offset: c.offset - start, value: c.value }));
  return b;
}

/**
 * Concatenate the text of inline nodes, recording where each run came from.
 * Line endings are read as "\n" whatever the file uses, so that a bill with
 * CRLF line endings is judged as the same bill with LF.
 */
function inlineText(
  children: PhrasingContent[],
  base: number,
  map: number[],
  offset: number,
  source: string,
  strong?: number[],
  comments?: { offset: number; value: string }[],
): string {
  const parts: string[] = [];
  let len = offset;
  /** Where the last node with a position ended: a node without one (some GFM autolinks) is looked for from here. */
  let cursor = base;
  const walk = (nodes: PhrasingContent[]): void => {
    for (const n of nodes) {
      switch (n.type) {
        case 'text': {
          const value = n.value.includes('\r') ? n.value.replace(/\r\n?/g, '\n') : n.value;
          let from: number;
          let to: number;
          if (n.position) {
            from = startOf(n);
            to = endOf(n);
          } else {
            const found = source.indexOf(n.value, cursor);
            from = found < 0 ? cursor : found;
            to = from + n.value.length;
          }
          mapRun(value, source, from, to, base, len, map);
          cursor = to;
          parts.push(value);
          len += value.length;
          break;
        }
        case 'inlineCode': {
          // The code starts after its opening backticks (and the one space a code span may be padded with).
          let at = startOf(n);
          while (source.charCodeAt(at) === 96) at++;
          if (source.charCodeAt(at) === 32 && n.value.charCodeAt(0) !== 32) at++;
          map.push(len, at - base);
          cursor = endOf(n);
          parts.push(n.value);
          len += n.value.length;
          break;
        }
        case 'break':
          parts.push('\n');
          len += 1;
          break;
        case 'image':
          if (n.alt) {
            map.push(len, startOf(n) - base);
            parts.push(n.alt);
            len += n.alt.length;
          }
          break;
        case 'emphasis':
        case 'strong': {
          const from = len;
          walk(n.children as PhrasingContent[]);
          strong?.push(from, len);
          break;
        }
        case 'html':
          if (n.value.startsWith('<!--')) comments?.push({ offset: startOf(n), value: n.value });
          break;
        case 'delete':
        case 'link':
        case 'linkReference':
          walk(n.children as PhrasingContent[]);
          break;
        default:
          break;
      }
    }
  };
  walk(children);
  return parts.join('');
}

/** A character reference as micromark decodes it: &amp; &#169; &#xA9;. */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Map a text node's value back to its source, source[from, to): a pair
 * [textIndex, offset − base] where they start, and another wherever they part —
 * at a backslash escape, a character reference, the indentation or block
 * quote marker of a continuation line, a "\r" — so that every character of
 * the text points at its own character in the source. Linear in the node.
 */
function mapRun(value: string, source: string, from: number, to: number, base: number, textIndex: number, map: number[]): void {
  map.push(textIndex, from - base);
  if (to - from === value.length && source.startsWith(value, from)) return; // the usual case: the text is its source
  let i = 0;
  let j = from;
  let synced = true;
  while (i < value.length && j < to) {
    const v = value.charCodeAt(i);
    const s = source.charCodeAt(j);
    if (s === 38) {
      CHARACTER_REFERENCE.lastIndex = j;
      const ref = CHARACTER_REFERENCE.exec(source);
      if (ref && j + ref[0].length <= to && !value.startsWith(ref[0], i)) {
        map.push(textIndex + i, j - base);
        i += v >= 0xd800 && v <= 0xdbff ? 2 : 1;
        j += ref[0].length;
        synced = false;
        continue;
      }
    }
    if (v === s || (v === 10 && s === 13 && source.charCodeAt(j + 1) !== 10)) {
      if (!synced) map.push(textIndex + i, j - base);
      synced = true;
      i++;
      j++;
      continue;
    }
    synced = false;
    if (s === 92 && source.charCodeAt(j + 1) === v) j++; // a backslash escape
    else if (s === 32 || s === 9 || s === 13 || s === 62) j++; // indentation, a block quote marker, a "\r"
    else {
      // Anything else (U+FFFD for a NUL, say): one character for one.
      map.push(textIndex + i, j - base);
      synced = true;
      i++;
      j++;
    }
  }
}

/** Source offset (absolute) of a text index within a block. */
export function sourceOffset(block: Block, index: number): number {
  const m = block.map;
  if (m.length === 0) return block.start;
  let lo = 0;
  let hi = m.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m[mid * 2]! <= index) lo = mid;
    else hi = mid - 1;
  }
  const off = block.start + m[lo * 2 + 1]! + (index - m[lo * 2]!);
  return Math.min(Math.max(off, block.start), block.end);
}
