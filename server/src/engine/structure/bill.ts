/**
 * Blocks → the bill model: title, preamble, divisions, provisions with their
 * clauses and sentences, schedules, definitions, and which text is operative.
 * Every piece keeps its source offsets.
 */
import { sourceOffset, type Block } from '../parse.js';
import type { Language, Span } from '../types.js';
import { STRUCTURE, type StructurePatterns } from './patterns.js';
import { numberKey, readNumber } from './numbers.js';
import { splitSentences } from './sentences.js';
import { findDefinitions, reviseDefinitions, type Definition } from './definitions.js';
import { memosOf, type Generational, type Memos } from '../memo.js';
import type { SentenceSpan } from './sentences.js';
import { BODY, findBlockEdit, newTrace, PREAMBLE, reviseBill, type BuildTrace } from './patch.js';

/** What a piece of text is, memoised between versions of a document (see memo.ts). */
interface BodyFacts {
  spans: SentenceSpan[];
  recital: boolean;
  note: boolean;
  purposeClause: boolean;
}

/** The memos of the build in progress (buildBill is synchronous and not re-entered). */
interface BuildMemos {
  bodies: Generational<BodyFacts>;
  leadIns: Generational<boolean>;
  sentences: Generational<SentenceSpan[]>;
  contents: Generational<boolean>;
  amending: Generational<boolean>;
  provisionHeading: Generational<ProvisionMatch | null>;
  provisionParagraph: Generational<ProvisionMatch | null>;
  roles: Generational<ProvisionRole>;
  /** Lead-in, then sentence, to the context string: the same string object from one version to the next. */
  contexts: Generational<Map<string, string>>;
}

let active: BuildMemos | null = null;

function buildMemos(memos: Memos, language: Language): BuildMemos {
  return {
    bodies: memos.table(`bill-bodies:${language}`),
    leadIns: memos.table('bill-lead-ins'),
    sentences: memos.table('bill-sentences'),
    contents: memos.table('bill-contents'),
    amending: memos.table(`bill-amending:${language}`),
    provisionHeading: memos.table(`bill-provision-h:${language}`),
    provisionParagraph: memos.table(`bill-provision-p:${language}`),
    roles: memos.table(`bill-role:${language}`),
    contexts: memos.table('bill-contexts'),
  };
}

/** A test of a block's text that depends on nothing else (and the language), memoised in `table`. */
function memoTest(table: Generational<boolean> | undefined, text: string, test: (t: string) => boolean): boolean {
  if (!table) return test(text);
  let r = table.get(text);
  if (r === undefined) table.set(text, (r = test(text)));
  return r;
}

/** "lead sentence", the same string as last time when both are. */
function contextOf(lead: string, text: string): string {
  if (!active) return `${lead} ${text}`;
  let byText = active.contexts.get(lead);
  if (!byText || byText.size > 512) active.contexts.set(lead, (byText = new Map()));
  let c = byText.get(text);
  if (c === undefined) byText.set(text, (c = `${lead} ${text}`));
  return c;
}

function sentencesOf(text: string): SentenceSpan[] {
  if (!active) return splitSentences(text);
  let spans = active.sentences.get(text);
  if (!spans) active.sentences.set(text, (spans = splitSentences(text)));
  return spans;
}

/** Does a clause end as a lead-in ("… shall—", "… the following:")? */
const LEAD_IN = /[—–:]\s*$|-\s*$|\b(?:and|or)\s*$|[^.;:!?。)”"\s]\s*$|\d\(\w{1,4}\)\s*$|次に掲げる|次の各号|各号の|次のとおり/;
function leadsIn(text: string): boolean {
  if (!active) return LEAD_IN.test(text);
  let r = active.leadIns.get(text);
  if (r === undefined) active.leadIns.set(text, (r = LEAD_IN.test(text)));
  return r;
}

export type ProvisionRole = 'operative' | 'purpose' | 'preliminary' | 'definitions';

export interface Sentence {
  /** The sentence text (from the block's plain text). */
  text: string;
  /** Index of its block in Bill.blocks. */
  block: number;
  /** Range within the block's text. */
  from: number;
  to: number;
  /** Counts for the lessons (not a heading, caption, purpose clause, recital or note). */
  operative: boolean;
  /** States aims (purpose or objects clause, recital, preamble). */
  purpose: boolean;
  /** Inside a block quote: usually text inserted into another Act. */
  quoted: boolean;
  /**
   * The sentence as the law reads it: for a paragraph or item under a lead-in
   * ("the President shall—"), the lead-in followed by the sentence. Lessons
   * are matched against this.
   */
  context: string;
}

export interface Provision {
  /** "section", "regulation", "Article", "clause", "rule", "条", or "schedule"/"part" for bodies without numbered provisions. */
  kind: string;
  /** The number as written ("3A", "IV", "十二"); "" for unnumbered bodies. */
  number: string;
  /** Canonical number for matching references ("3A"); null when unnumbered. */
  key: string | null;
  value: number | null;
  caption: string;
  /** How messages name it: "section 3", "Article 4", "regulation 5", "Schedule 1". */
  label: string;
  role: ProvisionRole;
  /** Numbering domain: "main", or the schedule / supplementary provisions it sits in. */
  domain: string;
  division: string | null;
  /** The marker and caption. */
  header: Span;
  /** The whole provision. */
  span: Span;
  /** Index of the block holding the marker. */
  headerBlock: number;
  /** Blocks of the provision (header included), as indexes into Bill.blocks. */
  blocks: number[];
  sentences: Sentence[];
  /** Provisions written as Markdown headings (vs. paragraph markers). */
  asHeading: boolean;
  /** Opened by a bare number in running text (see bareNumbered). */
  bareNumbered?: boolean;
  headingDepth: number;
}

export interface Division {
  kind: string;
  number: string;
  key: string | null;
  label: string;
  /** The heading's words after the number ("Parliamentary oversight"). */
  title?: string;
  span: Span;
}

export interface Bill {
  language: Language;
  blocks: Block[];
  title: { text: string; span: Span } | null;
  provisions: Provision[];
  divisions: Division[];
  /** Schedules and annexes, by label. */
  schedules: Division[];
  /** Sentences outside every provision: preamble, recitals, enacting formula, notes. */
  preamble: Sentence[];
  definitions: Definition[];
  /** Blocks of text inserted into another Act: block-quoted, or in quotation marks after an amending lead-in. */
  inserted: Set<number>;
  /** Blocks that are a table of contents set as lines of a paragraph ("Sec. 1. Short title.", "7 Designation of persons"): not law, and not references. */
  contents: Set<number>;
}

const SPACE = /^[\s\u3000]+/;

/** How a patched bill differs from the one it was made from. */
export interface Revision {
  previous: Bill;
  /** The edited block (the same index in both bills). */
  block: number;
  /** How much longer the edit made it: every offset after it moved by this. */
  delta: number;
  /** The provision whose sentences were made again (the same index in both); -1 when the block is preamble text. */
  rebuilt: number;
}
const revisions = new WeakMap<Bill, Revision>();

/**
 * For a bill made by patching the last one (an edit inside one block): the
 * last bill, and which of its provisions (same index in both) or preamble
 * block the edit rebuilt. Everything else has the same numbering, captions,
 * roles and sentences, so what was found there may be kept. Undefined for a
 * bill built afresh.
 */
export function revisionOf(bill: Bill): Revision | undefined {
  return revisions.get(bill);
}

/**
 * What a check keeps from one version of a document for the next (by the
 * document's memos), with the bill it was made for. It holds for a bill
 * patched from that one, and for no other: `carried` gives it then, with
 * how the bill was revised.
 */
export class KeptByDocument<T> {
  private byDocument = new WeakMap<Memos, { bill: Bill; state: T }>();

  carried(bill: Bill): { state: T; revision: Revision } | undefined {
    const memos = memosOf(bill);
    const kept = memos && this.byDocument.get(memos);
    const revision = revisionOf(bill);
    return kept && revision && kept.bill === revision.previous ? { state: kept.state, revision } : undefined;
  }

  /** Keep `state` for the document's next version (nothing without memos: a one-off judgement). */
  keep(bill: Bill, state: T): void {
    const memos = memosOf(bill);
    if (memos) this.byDocument.set(memos, { bill, state });
  }
}

/** The last build for a document (by its memos): its blocks, its bill and what the build did with each block. */
const lastBuild = new WeakMap<Memos, { blocks: Block[]; bill: Bill; trace: BuildTrace }>();

/**
 * The bill model of a document's blocks. With `memos` (kept between versions
 * of a document), an edit inside one paragraph or list item that leaves the
 * structure as it was rebuilds only that block's provision (patch.ts).
 */
export function buildBill(parsed: Block[], language: Language, memos?: Memos): Bill {
  const outer = active;
  active = memos ? buildMemos(memos, language) : null;
  try {
    const last = memos && lastBuild.get(memos);
    const patched = last && last.bill.language === language ? patch(last, parsed, memos!) : null;
    if (patched) {
      // The memos the build reads were not all asked this time: keep them as they are for the next full build.
      for (const t of Object.values(active!)) t.hold();
      lastBuild.set(memos!, { blocks: parsed, bill: patched, trace: last!.trace });
      return patched;
    }
    const trace = newTrace(parsed.length);
    const bill = build(parsed, language, memos, trace);
    if (memos) lastBuild.set(memos, { blocks: parsed, bill, trace });
    return bill;
  } finally {
    active = outer;
  }
}

/** The last bill revised for an edit inside one block, or null when the edit may change the structure (then build). */
function patch(last: { blocks: Block[]; bill: Bill; trace: BuildTrace }, blocks: Block[], memos: Memos): Bill | null {
  const { bill: old, trace } = last;
  // Japanese bills cut blocks into lines first (splitJapaneseLines): their blocks are not the parser's.
  if (old.language !== 'en') return null;
  const edit = findBlockEdit(last.blocks, blocks);
  if (!edit) return null;
  const role = trace.role[edit.index];
  const before = last.blocks[edit.index]!;
  const after = blocks[edit.index]!;
  if ((role !== BODY && role !== PREAMBLE) || readingOf(before, STRUCTURE.en) !== readingOf(after, STRUCTURE.en)) return null;
  const P = STRUCTURE.en;
  const bill = reviseBill(
    old,
    trace,
    blocks,
    edit,
    (b, p) => {
      for (const i of p.blocks) if (trace.from[i]! >= 0) addSentences(b, p, i, trace.from[i]!, P, trace.inert[i] === 1);
      finishProvision(b, p);
    },
    (block, index) => preambleSentences(block, index),
  );
  bill.definitions = reviseDefinitions(old.definitions, blocks, edit.index, bill.inserted, memos);
  // (The last bill's own revision goes: a bill keeps the one before it, not every version of the document.)
  revisions.delete(old);
  revisions.set(bill, { previous: old, block: edit.index, delta: edit.delta, rebuilt: role === BODY ? trace.owner[edit.index]! : -1 });
  return bill;
}

/**
 * Everything the build reads from a paragraph or list item's text, as it
 * decides what the block is and what its neighbours are (the branches of
 * build() up to its body text, insertedBlocks, the look-ahead of marginal
 * notes, continuesBareNumbering). Two texts with the same reading are built
 * alike; only their sentences and definitions differ. Keep in step with those
 * functions (test/structure-patch.test.ts compares patched and fresh builds).
 */
function readingOf(b: Block, P: StructurePatterns): string {
  const text = b.text.replace(SPACE, '');
  const t = text.trim();
  const para = b.kind === 'paragraph';
  const div = para && isCapitalsLine(text) ? P.division.exec(t) : null;
  const facts = [
    isContentsList(text),
    para && /^[A-Z]+(?:\s+[IVXLC\d]+)?$/.test(t) && P.schedule.test(text),
    para && (isBoldLine(b, text) || isCapitalsLine(text)) && P.nonOperativeHeading.test(t),
    !!div && /^\s*(?:[—–:.-]\s*.*)?$/.test(t.slice(div[0].length)),
    t.length <= 30 && P.supplementary.test(t) && !/[.。]$/.test(t),
    isBoldLine(b, text) ? P.defaultKind.find(([re]) => re.test(text))?.[1] ?? '' : null,
    para && isMarginalNote(b, text, P),
    readProvision(text, P, false),
    boldHeading(b, text, P),
    bareNumbered(b, text, P, true),
    bareNumbered(b, text, P, false),
    /^\s*(\d{1,3})\b/.exec(b.text)?.[1] ?? null,
    /[—–:]\s*$|-\s*$/.test(b.text),
    P.noteSection.test(text),
    // insertedBlocks
    /^\s*(?:insert|add)\s*:?\s*$/i.test(b.text),
    /^\s*(\d+)\s+\S/.exec(b.text)?.[1] ?? null,
    /^\s*(\d+)\s+[A-Z]/.exec(b.text)?.[1] ?? null,
    /\n/.test(b.text.trim()),
    endsWithLeadMark(b.text),
    P.amending.test(b.text),
    /^[\s\u3000]*[“"„「]/.test(b.text),
    b.text.trim().length <= 60,
    /[”"」]\s*[.;,。]?\s*$/.test(b.text),
  ];
  return JSON.stringify(facts);
}

/** A line of a table of contents: "Sec. 4. Definitions.", "7 Designation of persons", "Part 2 — Designations", "Schedule 1". */
const CONTENTS_ENTRY = /^(?:(?:sec(?:tion)?s?\.?|article|art\.|regulations?|reg\.|rule|clause|part|chapter|division|subdivision|title|schedule|annex|appendix)\s+[\dIVXLC]+[A-Z]?\b|\d+[A-Z]{0,2}\.?\s+\p{Lu})/iu;

/**
 * A paragraph of three or more short lines, nearly all of them contents
 * entries: a table of contents typed without a heading of its own. A
 * provision is never set out this way (its lines run on as sentences).
 */
function isContentsList(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length < 3 || lines.some((l) => l.length > 100)) return false;
  const entries = lines.filter((l) => CONTENTS_ENTRY.test(l) && !/[:—–-]$/.test(l)).length;
  return entries >= Math.ceil(lines.length * 0.8);
}

function build(parsed: Block[], language: Language, memos: Memos | undefined, trace: BuildTrace): Bill {
  const P = STRUCTURE[language];
  const blocks = language === 'ja' ? splitJapaneseLines(parsed) : parsed;
  const inserted = insertedBlocks(blocks, P);
  const bill: Bill = { language, blocks, title: null, provisions: [], divisions: [], schedules: [], preamble: [], definitions: findDefinitions(blocks, inserted, memos), inserted, contents: new Set() };
  let current: Provision | null = null;
  let division: string | null = null;
  let domain = 'main';
  /** Inside explanatory notes or similar: nothing operative until the next structural heading. */
  let nonOperative = false;
  /** Level of the heading that began the non-operative stretch ("## Summary"); a heading at that level or above ends it. */
  let nonOperativeDepth = 0;
  /** Inside a Japanese table of contents (目次), whose entries look like chapter lines. */
  let inContents = false;
  let seenProvision = false;
  /** Inside a block-quoted commentary box. */
  let quotedNote = false;
  /** What "## 5 Designations" is called in this bill: a section, or a regulation in Regulations. */
  let bareKind = 'section';
  /** Marginal notes ("**Short title**") waiting for the numbered paragraph below them, by that paragraph's block index. */
  const marginalNotes = new Map<number, string>();
  /** The body of the schedule just opened, before any numbered provision inside it. */
  let scheduleBody: Provision | null = null;

  /** A schedule or annex: its own numbering domain, and a body of its own for the lessons. */
  const openSchedule = (sch: RegExpExecArray, i: number, b: Block, text: string): void => {
    close();
    const num = sch.groups?.num ?? '';
    const kind = (sch.groups?.kw ?? '').trim();
    const label = num ? `${titleCase(kind)} ${num}` : titleCase(kind);
    bill.schedules.push({ kind, number: num, key: num ? numberKey(num) : '', label, span: { start: b.start, end: b.end } });
    domain = label;
    nonOperative = false;
    current = newProvision(bill, i, b, { kind: kind.toLowerCase(), number: num, caption: text, label, domain, division, asHeading: true });
    current.key = null; // a schedule body is not a numbered provision
    current.value = null;
    scheduleBody = current;
  };

  /** A part, chapter or division: provisions below it belong to it. */
  const openDivision = (div: RegExpExecArray, b: Block, text: string): void => {
    close();
    const num = div.groups?.num ?? '';
    const kind = (div.groups?.kw ?? '').trim();
    const label = language === 'ja' ? `第${num}${kind}` : `${titleCase(kind)} ${num}`;
    const d: Division = { kind, number: num, key: numberKey(num), label, title: text.slice(div[0].length).replace(/^[\s\u3000.:—–-]+/, '').trim(), span: { start: b.start, end: b.end } };
    bill.divisions.push(d);
    division = d.label;
    nonOperative = false;
  };

  /** Supplementary provisions (附則): operative, but their articles are numbered afresh. */
  const openSupplementary = (i: number, b: Block): void => {
    close();
    domain = language === 'ja' ? '附則' : 'Supplementary Provisions';
    division = null;
    nonOperative = false;
    // A body of its own, for paragraphs written without article numbers.
    current = newProvision(bill, i, b, { kind: 'part', number: '', caption: domain, label: `“${domain}”`, domain, division, asHeading: b.kind === 'heading' });
    current.key = null;
    current.value = null;
  };

  // A provision ends with its last block; the blank lines before the next heading are not part of it.
  const close = (): void => {
    current = null;
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'code' || b.kind === 'html' || b.kind === 'frontmatter') continue;
    const text = b.text.replace(SPACE, '');
    if (!b.quoted && (b.kind === 'paragraph' || b.kind === 'item') && memoTest(active?.contents, text, isContentsList)) {
      bill.contents.add(i);
      continue;
    }

    if (b.kind === 'heading' && !b.quoted) {
      if (!bill.title && !seenProvision && (b.depth === 1 || bill.provisions.length === 0) && !matchProvision(text, P, true)) {
        if (!P.division.test(text) && !P.schedule.test(text)) {
          bill.title = { text: text.trim(), span: { start: b.start, end: b.end } };
          bareKind = P.defaultKind.find(([re]) => re.test(text))?.[1] ?? 'section';
          continue;
        }
      }
      // "STATUTORY INSTRUMENTS" above "The … Regulations 2025": the instrument's name may come after the first heading.
      if (!seenProvision && bareKind === 'section') bareKind = P.defaultKind.find(([re]) => re.test(text))?.[1] ?? bareKind;
      const div = P.division.exec(text);
      if (div) {
        openDivision(div, b, text);
        continue;
      }
      const sch = P.schedule.exec(text);
      if (sch) {
        openSchedule(sch, i, b, text);
        continue;
      }
      if (P.supplementary.test(text)) {
        openSupplementary(i, b);
        continue;
      }
      const prov = matchProvision(text, P, true);
      if (prov) {
        close();
        nonOperative = false;
        seenProvision = true;
        if (prov.bare && bareKind !== 'section') {
          prov.kind = bareKind;
          prov.label = `${bareKind} ${prov.number}`;
        }
        current = newProvision(bill, i, b, { ...prov, domain, division, asHeading: true });
        current.header = { start: b.start, end: b.end };
        continue;
      }
      if (P.nonOperativeHeading.test(text)) {
        close();
        nonOperative = true;
        nonOperativeDepth = b.depth;
        continue;
      }
      // Any other heading: a sub-heading inside a provision, or (at the
      // provision's own level or above) a loose section of its own.
      if (current && (!current.asHeading || b.depth > current.headingDepth)) {
        current.blocks.push(i);
        current.span.end = b.end;
        continue;
      }
      close();
      if (nonOperative && nonOperativeDepth > 0 && b.depth <= nonOperativeDepth) nonOperative = false;
      if (seenProvision || bill.title) {
        const role: ProvisionRole = isPurposeCaption(text, P) ? 'purpose' : P.definitionsCaption.test(text) ? 'definitions' : 'operative';
        current = newProvision(bill, i, b, { kind: 'part', number: '', caption: text, label: `“${clipCaption(text)}”`, domain, division, asHeading: true });
        current.role = role;
        current.key = null;
        current.value = null;
      }
      continue;
    }

    // A paragraph that opens a provision ("SEC. 4. REPORTS.", "Article 7").
    // EU acts set "ANNEX" as a line of its own, not a heading.
    if (!b.quoted && b.kind === 'paragraph' && /^[A-Z]+(?:\s+[IVXLC\d]+)?$/.test(text.trim())) {
      const sch = P.schedule.exec(text);
      if (sch) {
        openSchedule(sch, i, b, text);
        continue;
      }
    }
    // Japanese bills in the Diet's own form set their structure as plain lines: 目次, 第一章　総則, （目的） above 第一条.
    if (language === 'ja' && !b.quoted && b.kind === 'paragraph') {
      const t = text.trim();
      if (/^目[\s\u3000]*次$/.test(t)) {
        close();
        nonOperative = true;
        nonOperativeDepth = 6;
        inContents = true;
        continue;
      }
      if (/^(?:理[\s\u3000]*由|提案理由)$/.test(t)) {
        // The reasons for submitting the bill (理由) close it: not law.
        close();
        nonOperative = true;
        nonOperativeDepth = 6;
        continue;
      }
      if (/^前[\s\u3000]*文$/.test(t) && !inContents) {
        // The preamble: what follows states aims, up to the first chapter or article.
        close();
        nonOperative = false;
        continue;
      }
      // (A contents entry, "第一章　総則（第一条・第二条）", is not the chapter itself; nor is an
      // entry followed by more entries.)
      const div = t.length <= 40 && !t.includes('。') && !/[（(]第.+条.*[）)]$/.test(t) ? P.division.exec(t) : null;
      if (div && inContents) {
        const next = nextProse(blocks, i);
        const after = next >= 0 ? blocks[next]!.text.trim() : '';
        if (P.division.test(after) || /^(?:附[\s\u3000]*則|前[\s\u3000]*文)$/.test(after)) continue;
        inContents = false;
      }
      if (div) {
        openDivision(div, b, t);
        continue;
      }
      if (!nonOperative && /^[（(][^（）()\n]{1,40}[）)]$/.test(t)) {
        const next = nextProse(blocks, i);
        if (next >= 0 && matchProvision(blocks[next]!.text.replace(SPACE, ''), P, false)) {
          marginalNotes.set(next, t);
          continue;
        }
        if (current) {
          // The caption of an unnumbered paragraph (附則's （検討）): a heading, not operative text.
          current.blocks.push(i);
          current.span.end = b.end;
          continue;
        }
      }
      if (!bill.title && !seenProvision && bill.provisions.length === 0 && t.length <= 120 && /(?:法律案?|法案)$/.test(t)) {
        bill.title = { text: t, span: { start: b.start, end: b.end } };
        continue;
      }
    }
    // "**Table of Contents**" set in bold instead of as a heading: what follows is not law, up to the next heading.
    // Also a line in capitals ("MEMORANDUM OF OBJECTS AND REASONS"), as Kenyan and Indian bills print it.
    if (!b.quoted && b.kind === 'paragraph' && (isBoldLine(b, text) || isCapitalsLine(text)) && P.nonOperativeHeading.test(text.trim())) {
      close();
      nonOperative = true;
      nonOperativeDepth = 6;
      continue;
    }
    // "PART II — DESIGNATION" as a plain line, not a Markdown heading.
    if (!b.quoted && language === 'en' && b.kind === 'paragraph' && isCapitalsLine(text)) {
      const div = P.division.exec(text.trim());
      if (div && /^\s*(?:[—–:.-]\s*.*)?$/.test(text.trim().slice(div[0].length))) {
        openDivision(div, b, text.trim());
        continue;
      }
    }
    if (!b.quoted && !nonOperative && b.kind === 'paragraph' && text.trim().length <= 30 && P.supplementary.test(text.trim()) && !/[.。]$/.test(text.trim())) {
      openSupplementary(i, b);
      continue;
    }
    // "**The … Regulations 2026**" in bold above the first provision names the instrument.
    if (!seenProvision && bareKind === 'section' && b.kind === 'paragraph' && isBoldLine(b, text)) bareKind = P.defaultKind.find(([re]) => re.test(text))?.[1] ?? bareKind;
    // A marginal note ("**Short title**" above "1 This Act may be cited …"), as Canadian bills and
    // UK statutory instruments print them: the caption of the numbered paragraph below, or of a subsection.
    if (!b.quoted && b.kind === 'paragraph' && !nonOperative && isMarginalNote(b, text, P)) {
      // "## Article 3" then "**Freezing of funds**": the caption of the provision just opened.
      if (current && current.asHeading && current.blocks.length === 1 && current.value !== null) {
        current.blocks.push(i);
        current.span.end = b.end;
        if (current.caption === '') {
          current.caption = tidyCaption(text);
          current.role = roleOf(current.caption, P);
        }
        continue;
      }
      const next = nextProse(blocks, i);
      if (next >= 0 && bareNumbered(blocks[next]!, blocks[next]!.text.replace(SPACE, ''), P, true)) {
        marginalNotes.set(next, text.trim());
        continue;
      }
      if (current) {
        // The caption of a subsection: a heading, not operative text.
        current.blocks.push(i);
        current.span.end = b.end;
        continue;
      }
    }
    // Inside a schedule, "Regulation 15" under the heading cites the provision the schedule serves.
    if (!b.quoted && (b.kind === 'paragraph' || b.kind === 'item') && !(current && current === scheduleBody)) {
      const note = marginalNotes.get(i);
      let prov = matchProvision(text, P, false) ?? (note === undefined ? boldHeading(b, text, P) : null);
      if (prov && note !== undefined && prov.caption === '') prov.caption = tidyCaption(note);
      if (!prov && !nonOperative) {
        const bare = bareNumbered(b, text, P, note !== undefined || continuesBareNumbering(bill, current, b, domain));
        if (bare) {
          prov = bare;
          if (note !== undefined) prov.caption = tidyCaption(note);
          if (bareKind !== 'section') {
            prov.kind = bareKind;
            prov.label = `${bareKind} ${prov.number}`;
          }
        }
      }
      if (prov) {
        // "### Asset-freeze …" above "11. A person must not …": the heading was the caption of this provision, not a body of its own.
        const caption = emptyCaptionBody(bill, current);
        if (caption) {
          bill.provisions.pop();
          if (prov.caption === '') prov.caption = caption.caption;
        }
        // "### Publication" read as a sub-heading of the regulation before: it is this one's caption.
        const lastBlock = current && !caption ? current.blocks[current.blocks.length - 1]! : -1;
        const subHeading = current && lastBlock > current.headerBlock && lastBlock === i - 1 && bill.blocks[lastBlock]!.kind === 'heading' ? lastBlock : -1;
        if (subHeading >= 0) {
          current!.blocks.pop();
          const before = current!.blocks[current!.blocks.length - 1]!;
          current!.span.end = bill.blocks[before]!.end;
          if (prov.caption === '') prov.caption = tidyCaption(bill.blocks[subHeading]!.text);
        }
        close();
        nonOperative = false;
        seenProvision = true;
        current = newProvision(bill, i, b, { ...prov, domain, division, asHeading: false });
        const captionBlock = caption ? caption.headerBlock : subHeading;
        if (captionBlock >= 0) {
          current.blocks.unshift(captionBlock);
          current.span.start = bill.blocks[captionBlock]!.start;
        }
        current.bareNumbered = prov.bareNumbered === true;
        const lead = b.text.length - text.length;
        // Map through the block's text-to-source map: the marker may be wrapped in ** … **.
        // A list item's number is its Markdown marker, before the text.
        current.header =
          prov.headerLength === 0 ? { start: b.start, end: Math.max(b.start + 1, sourceOffset(b, 0) - 1) } : { start: b.start, end: sourceOffset(b, lead + prov.headerLength - 1) + 1 };
        addSentences(bill, current, i, lead + prov.headerLength, P, nonOperative);
        record(trace, i, 0, bill, lead + prov.headerLength, nonOperative);
        continue;
      }
    }

    // "Explanatory note (not part of the Act)." or a "Commentary:" box: it, and what follows it
    // (in the same box, or until the next provision), is not law.
    if ((b.kind === 'paragraph' || b.kind === 'item') && P.noteSection.test(text)) {
      if (b.quoted) quotedNote = true;
      else {
        nonOperative = true;
        nonOperativeDepth = 0;
      }
    } else if (!b.quoted) quotedNote = false;
    if (current) {
      current.blocks.push(i);
      current.span.end = b.end;
      addSentences(bill, current, i, 0, P, nonOperative || (b.quoted && quotedNote));
      record(trace, i, BODY, bill, 0, nonOperative || (b.quoted && quotedNote));
    } else if (!nonOperative) {
      // Before the first provision: long title, preamble, recitals, enacting formula.
      // (Text after a heading such as "Explanatory notes" or "Questions for consultees" is neither law nor purpose.)
      for (const s of preambleSentences(b, i)) bill.preamble.push(s);
      trace.role[i] = PREAMBLE;
    }
  }
  for (const p of bill.provisions) finishProvision(bill, p);
  return bill;
}

/** Note in the trace that block i's sentences went to the provision just opened or continued. */
function record(trace: BuildTrace, i: number, role: number, bill: Bill, from: number, inert: boolean): void {
  trace.role[i] = role;
  trace.from[i] = from;
  trace.inert[i] = inert ? 1 : 0;
  trace.owner[i] = bill.provisions.length - 1;
}

function preambleSentences(b: Block, i: number): Sentence[] {
  return sentencesOf(b.text).map((s) => ({ text: s.text, block: i, from: s.from, to: s.to, operative: false, purpose: true, quoted: b.quoted, context: s.text }));
}

/** Once a provision has all its sentences: lead-ins, and what its role makes of them. */
function finishProvision(bill: Bill, p: Provision): void {
  attachLeadIns(bill, p);
  // Definitions are operative; purpose clauses and formal provisions are not.
  if (p.role === 'purpose' || p.role === 'preliminary') for (const s of p.sentences) s.operative = false;
  if (p.role === 'purpose') for (const s of p.sentences) s.purpose = true;
}

interface ProvisionMatch {
  kind: string;
  number: string;
  caption: string;
  label: string;
  /** Length of marker + caption within the paragraph's text. */
  headerLength: number;
  /** Written as a bare number, with no keyword ("5 Designations"). */
  bare: boolean;
  /** Opened by a bare number in running text ("1 This Act …", "5.—(1) …", a "1." list item). */
  bareNumbered?: boolean;
}

/**
 * A paragraph wholly in bold, short, on one line, and not a sentence: a
 * marginal note ("**Short title**", "**Regulations — property**").
 */
function isMarginalNote(b: Block, text: string, P: StructurePatterns): boolean {
  if (!isBoldLine(b, text)) return false;
  const t = text.trim();
  // Kenyan and other Commonwealth bills end the note with a full stop ("*Short title.*"); a sentence is longer.
  const shortWithStop = /^[^.;:]+\.$/.test(t) && t.split(/\s+/).length <= 8;
  return t.length > 0 && isShortLine(t) && (!/[.;:]$/.test(t) || shortWithStop) && !P.noteSection.test(t) && !matchProvision(t, P, true);
}

/** A line of a Japanese bill that starts a new unit: an article, chapter, caption, paragraph, item or sub-item. */
const JA_LINE = /^[\s\u3000]*(?:第[〇一二三四五六七八九十百千０-９0-9]+(?:条|編|章|節|款)|[（(][^（）()]{1,40}[）)][\s\u3000]*$|[２-９０-９0-9][０-９0-9]*[\s\u3000]|[一二三四五六七八九十]+[\s\u3000]|[イロハニホヘトチリヌルヲワカヨタレソツネナラム][\s\u3000]|附[\s\u3000]*則|目[\s\u3000]*次)/;

/**
 * In the Diet's own form a bill is often set line by line with no blank lines,
 * so Markdown reads a whole article (caption, paragraphs, items) as one
 * paragraph. Cut such paragraphs into one block per structural line. New
 * blocks are made; the parser's cached blocks are not changed.
 */
function splitJapaneseLines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('\n')) {
      out.push(b);
      continue;
    }
    const cuts = [0];
    for (let at = b.text.indexOf('\n'); at >= 0; at = b.text.indexOf('\n', at + 1)) {
      if (JA_LINE.test(b.text.slice(at + 1, at + 60))) cuts.push(at + 1);
    }
    if (cuts.length === 1) {
      out.push(b);
      continue;
    }
    cuts.push(b.text.length + 1);
    const parts: Block[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) parts.push(sliceBlock(b, cuts[k]!, cuts[k + 1]! - 1));
    // An inline comment goes with the line it is on: from where its line starts up to where the next one does
    // (a comment at the end of a line lies after the line's text).
    if (b.comments) {
      parts.forEach((part, k) => {
        const until = k + 1 < parts.length ? parts[k + 1]!.start : Infinity;
        const cs = b.comments!.filter((c) => b.start + c.offset >= part.start && b.start + c.offset < until).map((c) => ({ offset: b.start + c.offset - part.start, value: c.value }));
        if (cs.length) part.comments = cs;
      });
    }
    out.push(...parts);
  }
  return out;
}

/** The part of a block's text [from, to) as a block of its own, with its map and bold runs rebased (no comments). */
function sliceBlock(b: Block, from: number, to: number): Block {
  const start = sourceOffset(b, from);
  const end = to > from ? sourceOffset(b, to - 1) + 1 : start;
  const map: number[] = [0, 0];
  for (let k = 0; k < b.map.length; k += 2) {
    const ti = b.map[k]!;
    if (ti > from && ti < to) map.push(ti - from, b.start + b.map[k + 1]! - start);
  }
  const part: Block = { ...b, text: b.text.slice(from, to), start, end, map };
  if (b.strong) {
    const st: number[] = [];
    for (let k = 0; k + 1 < b.strong.length; k += 2) {
      const [a, z] = [Math.max(b.strong[k]!, from), Math.min(b.strong[k + 1]!, to)];
      if (a < z) st.push(a - from, z - from);
    }
    if (st.length) part.strong = st;
    else delete part.strong;
  }
  // (Comments are shared out by the caller, by line.)
  delete part.comments;
  return part;
}

/** A paragraph set wholly in bold (or italics). */
/** One line short enough to be a caption, a marginal note or a part line, not a sentence of law. */
function isShortLine(t: string): boolean {
  return t.length <= 90 && !t.includes('\n');
}

/** A single short line in capitals: "PART II — DESIGNATION", "MEMORANDUM OF OBJECTS AND REASONS". */
function isCapitalsLine(text: string): boolean {
  const t = text.trim();
  return isShortLine(t) && /[A-Z]{4}/.test(t) && t === t.toUpperCase();
}

function isBoldLine(b: Block, text: string): boolean {
  const st = b.strong;
  const lead = b.text.length - text.length;
  return !!st && st[0] === lead && st[1] === b.text.trimEnd().length;
}

/** The next block that is a paragraph or list item, skipping comments; -1 when a heading or the end comes first. */
function nextProse(blocks: Block[], i: number): number {
  for (let j = i + 1; j < blocks.length; j++) {
    const k = blocks[j]!.kind;
    if (k === 'html') continue;
    return k === 'paragraph' || k === 'item' ? j : -1;
  }
  return -1;
}

/**
 * A provision numbered by a bare number in running text: "5.—(1) The Secretary
 * of State may …" and "5 (1) The Governor in Council may …" always; "1 This
 * Act may be cited …" and a "1." list item only when `expected` (a marginal note
 * above it, or the next number of a bill numbered this way).
 */
function bareNumbered(b: Block, text: string, P: StructurePatterns, expected: boolean): ProvisionMatch | null {
  if (P !== STRUCTURE.en || b.quoted) return null;
  if (b.kind === 'item') {
    if (b.ordinal === undefined || b.depth !== 1) return null;
    const number = String(b.ordinal);
    // "1. **Title**" with the section's text indented below it: the number and its caption in one line.
    const t = text.trim();
    if (isBoldLine(b, text) && isShortLine(t) && /^[A-Z]/.test(t) && !/[.;:,]$/.test(t)) {
      return { kind: 'section', number, caption: t, label: `section ${number}`, headerLength: text.length, bare: true, bareNumbered: true };
    }
    if (!expected || !/^(?:[A-Z“"]|\(1\)\s)/.test(text)) return null;
    return { kind: 'section', number, caption: '', label: `section ${number}`, headerLength: 0, bare: true, bareNumbered: true };
  }
  if (b.kind !== 'paragraph') return null;
  const m = /^(\d{1,3}(?:\.\d{1,2})?[A-Z]{0,2})(?:\.\s*[—–]\s*(?=\(\d)|\s+(?=\(1\)\s)|\s+(?=[A-Z“"]))/.exec(text);
  if (!m) return null;
  const strong = !/\s$/.test(m[0]) || /^\s*\(1\)/.test(text.slice(m[0].length));
  if (!strong && !expected) return null;
  const number = m[1]!;
  if (!readNumber(number.replace(/\.\d+$/, ''))) return null;
  return { kind: 'section', number, caption: '', label: `section ${number}`, headerLength: m[0].length, bare: true, bareNumbered: true };
}

/** A body opened by a caption heading with nothing in it yet: the caption of the provision that follows. */
function emptyCaptionBody(bill: Bill, current: Provision | null): Provision | null {
  return current && current.kind === 'part' && current.asHeading && current.value === null && current.blocks.length === 1 && bill.provisions[bill.provisions.length - 1] === current ? current : null;
}

/** The current provision was opened by a bare number, and this block carries the next one (not a clause under a lead-in). */
function continuesBareNumbering(bill: Bill, current: Provision | null, b: Block, domain: string): boolean {
  // A caption heading between numbered regulations ("### Asset-freeze …") does not break the series.
  const last = bill.provisions[bill.provisions.length - (emptyCaptionBody(bill, current) ? 2 : 1)];
  if (!last?.bareNumbered || last.value === null || last.domain !== domain) return false;
  const m = b.kind === 'item' ? b.ordinal : Number(/^\s*(\d{1,3})\b/.exec(b.text)?.[1] ?? NaN);
  if (m === undefined || Number.isNaN(m) || m <= last.value || m > last.value + 3) return false;
  // A numbered list under "… the following:" or "… —" is the provision's own clauses.
  const prev = current ? bill.blocks[current.blocks[current.blocks.length - 1]!] : undefined;
  return !prev || !/[—–:]\s*$|-\s*$/.test(prev.text);
}

/**
 * A provision heading set in bold at the start of a paragraph instead of as a
 * Markdown heading: "**12 Reports**" or "**Section 5.** Designation".
 */
function boldHeading(b: Block, text: string, P: StructurePatterns): ProvisionMatch | null {
  const lead = b.text.length - text.length;
  const st = b.strong;
  if (!st || st[0] !== lead) return null;
  const boldEnd = st[1]! - lead;
  const nl = text.indexOf('\n');
  const firstLine = nl < 0 ? text : text.slice(0, nl);
  // A long bold run followed by more text is emphasis in running text, not a marker.
  if (boldEnd < firstLine.length && boldEnd > 24) return null;
  const m = matchProvision(firstLine, P, true);
  if (!m) return null;
  const rest = firstLine.slice(boldEnd).trim();
  // "**12 Reports**", "**Section 2.** Designation": marker and caption (a short title-cased caption may follow the bold marker).
  const titleLike = rest.split(/\s+/).length <= 6 && rest.split(/\s+/).every((w) => /^[A-Z(]/.test(w) || /^(?:of|and|or|the|to|for|in|on|by|with|a|an)$/.test(w));
  if (rest === '' || titleLike) return { ...m, headerLength: firstLine.length };
  // "**2** Section 4 of the Act is amended …": only the marker; the rest is the provision's text.
  return { ...m, caption: '', headerLength: boldEnd };
}

/** A provision marker at the start of the text (memoised by text while a bill is built; callers get their own copy). */
function matchProvision(text: string, P: StructurePatterns, heading: boolean): ProvisionMatch | null {
  if (!active) return readProvision(text, P, heading);
  const table = heading ? active.provisionHeading : active.provisionParagraph;
  let m = table.get(text);
  if (m === undefined) table.set(text, (m = readProvision(text, P, heading)));
  return m && { ...m };
}

function readProvision(text: string, P: StructurePatterns, heading: boolean): ProvisionMatch | null {
  for (const re of heading ? P.provisionHeading : P.provisionParagraph) {
    const m = re.exec(text);
    if (!m) continue;
    // Japanese markers capture "十条の二": the number is "十の二".
    const num = (m.groups?.num ?? '').replace('条', '');
    if (!readNumber(num)) continue;
    const kw = m.groups?.kw ?? '';
    const rest = text.slice(m[0].length);
    const { caption, length } =
      P === STRUCTURE.ja ? japaneseCaption(rest, heading) : heading ? { caption: rest.replace(/^[\s.:—–-]+/, '').trim(), length: rest.length } : splitCaption(rest);
    const kind = kindOf(kw);
    return { kind, number: num, caption: tidyCaption(caption), label: labelOf(kind, kw, num), headerLength: m[0].length + length, bare: kw === '' };
  }
  return null;
}

/** "十の二" → "第十条の二". */
function japaneseLabel(num: string): string {
  const [main, branch] = num.split('の');
  return branch ? `第${main}条の${branch}` : `第${main}条`;
}

/** The caption at the start of a provision paragraph: "REPORTS TO CONGRESS." or "(Designation)" or a whole short first line. */
function splitCaption(rest: string): { caption: string; length: number } {
  const lead = /^[\s.:—–-]*/.exec(rest)![0].length;
  const body = rest.slice(lead);
  const nl = body.indexOf('\n');
  if (nl < 0 && body.length <= 120 && !/\b(shall|must|may)\b/i.test(body)) return { caption: body.trim(), length: rest.length };
  if (nl >= 0 && nl <= 120 && !/\b(shall|must|may)\b/i.test(body.slice(0, nl))) {
    return { caption: body.slice(0, nl).trim(), length: lead + nl };
  }
  let m = /^[(（]([^)）\n]{1,100})[)）]/.exec(body);
  if (m) return { caption: m[1]!.trim(), length: lead + m[0].length };
  m = /^((?:[A-Z][A-Z'’,&-]*\s+)*[A-Z][A-Z'’,&-]*\.)(?=\s|—|–|$)/.exec(body);
  if (m && m[1]!.length > 2) return { caption: m[1]!.replace(/\.$/, ''), length: lead + m[0].length };
  return { caption: '', length: lead };
}

/**
 * After a Japanese article number: a caption in brackets ("（目的）"), then the
 * article's text after a full-width space. A heading ("### 第一条（目的）") is all caption.
 */
function japaneseCaption(rest: string, heading: boolean): { caption: string; length: number } {
  const m = /^[\s\u3000]*(?:[（(]([^）)\n]{1,40})[）)])?[\s\u3000]*/.exec(rest)!;
  if (heading) return { caption: (m[1] ?? rest).trim(), length: rest.length };
  return { caption: m[1]?.trim() ?? '', length: m[0].length };
}

function kindOf(kw: string): string {
  const k = kw.toLowerCase().replace(/\.$/, '');
  if (k === '') return 'section';
  if (k.startsWith('sec') || k.startsWith('§')) return 'section';
  if (k.startsWith('reg')) return 'regulation';
  if (k.startsWith('art')) return 'Article';
  return k;
}

function labelOf(kind: string, kw: string, num: string): string {
  if (kw === '' && /[〇一二三四五六七八九十百千]/.test(num)) return japaneseLabel(num);
  if (kw === '' && /^[０-９0-9]+(?:の[０-９0-9]+)?$/.test(num) && /[０-９]/.test(num)) return japaneseLabel(num);
  return `${kind} ${num}`;
}

function newProvision(
  bill: Bill,
  i: number,
  b: Block,
  p: { kind: string; number: string; caption: string; label: string; domain: string; division: string | null; asHeading: boolean },
): Provision {
  const P = STRUCTURE[bill.language];
  const n = readNumber(p.number);
  const role = roleOf(p.caption, P);
  const prov: Provision = {
    kind: p.kind,
    number: p.number,
    key: numberKey(p.number),
    value: n ? n.value : null,
    caption: p.caption,
    label: p.label,
    role,
    // Provisions inserted into another Act are numbered in that Act's series, not the bill's.
    domain: bill.inserted.has(i) ? `inserted:${p.domain}` : p.domain,
    division: p.division,
    header: { start: b.start, end: b.end },
    span: { start: b.start, end: b.end },
    headerBlock: i,
    blocks: [i],
    sentences: [],
    asHeading: p.asHeading,
    headingDepth: b.kind === 'heading' ? b.depth : 0,
  };
  bill.provisions.push(prov);
  return prov;
}

function addSentences(bill: Bill, p: Provision, i: number, from: number, P: StructurePatterns, nonOperative: boolean): void {
  const b = bill.blocks[i]!;
  if (b.kind === 'heading') return;
  const body = from === 0 ? b.text : b.text.slice(from);
  let facts = active?.bodies.get(body);
  if (!facts) {
    const trimmed = body.replace(SPACE, '').replace(/^(?:\(\w{1,6}\)|[a-z0-9]{1,4}[.)])\s*/i, '');
    facts = { spans: splitSentences(body), recital: P.recital.test(trimmed) || P.findings.test(trimmed), note: P.note.test(trimmed), purposeClause: P.purposeSentence.test(trimmed) };
    active?.bodies.set(body, facts);
  }
  const { recital, note, purposeClause } = facts;
  for (const s of facts.spans) {
    p.sentences.push({
      text: s.text,
      block: i,
      from: s.from + from,
      to: s.to + from,
      operative: !nonOperative && !recital && !note && !purposeClause,
      purpose: recital || purposeClause,
      quoted: b.quoted || bill.inserted.has(i),
      context: s.text,
    });
  }
}

/** /[:：—–]\s*$/ without scanning the whole text: the last character that is not white space is a colon or a dash. */
function endsWithLeadMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  const c = text[i];
  return c === ':' || c === '：' || c === '—' || c === '–';
}

/**
 * Text inserted into another Act in quotation marks: "… is supplemented with
 * the following new Article 133¹:" then “Article 133¹. …” down to the block that
 * closes the quotation. Block quotes are marked by the parser already.
 */
function insertedBlocks(blocks: Block[], P: StructurePatterns): Set<number> {
  const out = new Set<number>();
  let prev: Block | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'html') continue;
    const lead = prev;
    prev = b;
    // An Australian schedule item that inserts a whole Part: "2  After Part 3", "Insert:", then headings and
    // sections up to the next item ("3  Application of amendments") or the schedule's next Part.
    if (b.kind === 'heading' && !b.quoted && lead && lead.kind === 'paragraph' && /^\s*(?:insert|add)\s*:?\s*$/i.test(lead.text)) {
      const item = /^\s*(\d+)\s+\S/.exec(blocks[i - 2]?.text ?? '');
      if (item) {
        const next = Number(item[1]);
        let j = i;
        for (; j < blocks.length; j++) {
          const c = blocks[j]!;
          const n = /^\s*(\d+)\s+[A-Z]/.exec(c.text);
          if (c.kind === 'paragraph' && n && Number(n[1]) > next && Number(n[1]) <= next + 3 && !/\n/.test(c.text.trim())) break;
          if (j > i && c.kind === 'heading' && (P.schedule.test(c.text) || /^Part\s+\d+\s*[—–-]/.test(c.text.trim()))) break;
          out.add(j);
        }
        prev = blocks[j - 1]!;
        i = j - 1;
        continue;
      }
    }
    if (b.quoted || (b.kind !== 'paragraph' && b.kind !== 'item')) continue;
    if (!lead || lead.kind === 'heading') continue;
    // Japanese: "第五条第一項第十三号の次に次の一号を加える。" then the new item.
    if (P === STRUCTURE.ja && /次の(?:ように|[一二三四五六七八九十]+(?:号|項|条))を?[^。]{0,10}(?:加える|改める|改正する)。?\s*$/.test(lead.text)) {
      out.add(i);
      continue;
    }
    if (!endsWithLeadMark(lead.text) || !memoTest(active?.amending, lead.text, (t) => P.amending.test(t))) continue;
    // An amending item's bare "Insert:" or "Substitute:" takes the paragraph below it.
    if (!/^[\s\u3000]*[“"„「]/.test(b.text)) {
      if (lead.text.trim().length <= 60) out.add(i);
      continue;
    }
    for (let j = i; j < blocks.length && j < i + 400; j++) {
      const c = blocks[j]!;
      if (c.kind === 'heading' && !c.quoted) break;
      out.add(j);
      prev = c;
      i = j;
      if (/[”"」]\s*[.;,。]?\s*$/.test(c.text)) break;
    }
  }
  return out;
}

/** What a provision's caption says it is. */
function roleOf(caption: string, P: StructurePatterns): ProvisionRole {
  if (!active) return readRole(caption, P);
  const table = active.roles;
  let r = table.get(caption);
  if (r === undefined) table.set(caption, (r = readRole(caption, P)));
  return r;
}

function readRole(caption: string, P: StructurePatterns): ProvisionRole {
  if (isPurposeCaption(caption, P)) return 'purpose';
  if (P.nonOperativeHeading.test(caption) || P.preliminaryCaption.test(caption)) return 'preliminary';
  if (P.definitionsCaption.test(caption)) return 'definitions';
  return 'operative';
}

/** "FINDINGS; SENSE OF CONGRESS" is a purpose caption when every part of it is one. */
function isPurposeCaption(caption: string, P: StructurePatterns): boolean {
  const parts = caption.split(/\s*(?:;|,|\band\b|&)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((x) => P.purposeCaption.test(x));
}

function titleCase(s: string): string {
  if (/^[A-Z]+$/.test(s)) return s[0] + s.slice(1).toLowerCase();
  return s;
}

function clipCaption(s: string): string {
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

/** "(Designation)" → "Designation"; "REPORTS TO CONGRESS." → "REPORTS TO CONGRESS". */
function tidyCaption(c: string): string {
  return c.trim().replace(/^[(（](.*)[)）]$/, '$1').replace(/[.:]$/, '').trim();
}

/**
 * Give each sentence under a lead-in ("The President shall—", "The report
 * must include:") the lead-in as context. Nesting follows Markdown list depth,
 * or, for plain paragraphs, the style of the bracketed label: a new "(b)"
 * closes everything opened since "(a)".
 */
function attachLeadIns(bill: Bill, p: Provision): void {
  const stack: { style: string; lead: string; operative: boolean }[] = [];
  const byBlock = new Map<number, Sentence[]>();
  for (const s of p.sentences) {
    let l = byBlock.get(s.block);
    if (!l) byBlock.set(s.block, (l = []));
    l.push(s);
  }
  for (const bi of p.blocks) {
    const b = bill.blocks[bi]!;
    if (b.kind === 'heading') continue;
    const sentences = byBlock.get(bi);
    if (!sentences || sentences.length === 0) continue;
    let style = labelStyle(sentences[0]!.text, b.kind === 'item' ? b.depth : 0, stack[stack.length - 1]?.style);
    // Words that carry on after a list ("when carried out by …"): they finish the outermost lead-in's sentence.
    if (style === 'none' && stack.length > 0 && bill.language === 'en' && /^(?:when|where|if|unless|and|or|but|in each case|to the extent|whether|(?:carried out|provided|done|made|given|undertaken) by)\b/.test(sentences[0]!.text)) {
      for (const s of sentences) s.context = contextOf(stack[0]!.lead, s.text);
      stack.length = 0;
      continue;
    }
    if (style === 'none') stack.length = 0;
    // A Japanese article's first paragraph has no number; "２　" starts its second.
    if (style === 'none' && bill.language === 'ja') style = 'ja-para';
    else {
      const at = stack.findIndex((x) => x.style === style);
      if (at >= 0) stack.length = at;
    }
    if (stack.length > 0) {
      // The innermost lead-in already reads with the ones above it.
      const lead = stack[stack.length - 1]!.lead;
      const inert = stack.some((x) => !x.operative);
      for (const s of sentences) {
        s.context = contextOf(lead, s.text);
        if (inert && s.operative) {
          s.operative = false;
          s.purpose = true;
        }
      }
    }
    const last = sentences[sentences.length - 1]!;
    // A lead-in ends with a dash or colon, or (Canadian style) with no closing punctuation at all.
    // ("… under subsection 5(3)" ends in a bracket but still leads in.)
    if (leadsIn(last.text)) stack.push({ style, lead: last.context, operative: last.operative });
  }
}

const ROMAN_LOWER = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;
const ROMAN_UPPER = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** The level a clause sits at, from its label ("(a)", "(1)", "(iv)") or its list depth. */
function labelStyle(text: string, listDepth: number, parent: string | undefined): string {
  // Japanese: paragraphs "２　", items "一　", sub-items "イ　".
  if (/^[\s\u3000]*[２-９0-9０-９][０-９0-9]*[\s\u3000]/.test(text)) return 'ja-para';
  if (/^[\s\u3000]*[一二三四五六七八九十]+[\s\u3000]/.test(text)) return 'ja-item';
  if (/^[\s\u3000]*[イロハニホヘトチリヌルヲワカヨタレソツネナラム][\s\u3000]/.test(text)) return 'ja-iroha';
  // "16.1 (1) …": an inserted section number, then the subsection label.
  const m =
    /^\s*[“"]?(?:\d+(?:\.\d+)*[A-Z]?\s+)?[(（]([0-9]+[A-Za-z]?|[a-z]{1,4}|[A-Z]{1,4})[)）]/.exec(text) ?? /^\s*[“"]?([0-9]+[A-Za-z]?|[a-z])[.)]\s/.exec(text);
  if (!m) return listDepth > 0 ? `item${listDepth}` : 'none';
  const l = m[1]!;
  if (/^[0-9]/.test(l)) return 'num';
  if (ROMAN_LOWER.test(l) && (parent === 'lower' || l.length > 1)) return 'roman';
  if (ROMAN_UPPER.test(l) && (parent === 'upper' || l.length > 1)) return 'uroman';
  if (/^[a-z]+$/.test(l)) return 'lower';
  return 'upper';
}
