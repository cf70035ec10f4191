/**
 * How each drafting tradition writes its structure: provision markers, parts,
 * schedules, captions that make a provision non-operative. Data, one table per
 * language; bill.ts applies them to the blocks.
 */
import type { Language } from '../types.js';

export interface StructurePatterns {
  /** A provision marker at the start of a heading: named groups kw (optional) and num. */
  provisionHeading: RegExp[];
  /** A provision marker at the start of a paragraph (stricter: must be followed by a caption or line end). */
  provisionParagraph: RegExp[];
  /** Part, chapter, title, subtitle, division: named groups kw and num. */
  division: RegExp;
  /** Schedule, annex, appendix: named groups kw and num (optional). */
  schedule: RegExp;
  /** Supplementary provisions (附則): articles numbered afresh from 1, in a domain of their own. */
  supplementary: RegExp;
  /** Captions of provisions that state aims or findings: not operative. */
  purposeCaption: RegExp;
  /** Captions of formal provisions (short title, commencement): not operative for lessons. */
  preliminaryCaption: RegExp;
  /** Captions of definition provisions. */
  definitionsCaption: RegExp;
  /** Headings that end the operative text (explanatory notes and the like). */
  nonOperativeHeading: RegExp;
  /** What a bare-numbered provision ("## 5 Designations") is called, from the bill's title. */
  defaultKind: [RegExp, string][];
  /** Paragraphs that state findings or the sense of the legislature: not operative even inside an operative provision. */
  findings: RegExp;
  /** Paragraphs that are recitals or an enacting formula. */
  recital: RegExp;
  /** Paragraphs that are notes or examples, not law. */
  note: RegExp;
  /** A note that runs on: the paragraphs after it are part of the note until the next provision. */
  noteSection: RegExp;
  /** Text of a purpose or objects clause written without a caption. */
  purposeSentence: RegExp;
  /**
   * Wording by which an operative provision takes in the text of another
   * ("an activity described in regulation 3", "every order made under subsection 5(1)"): named groups kw and num, or sch for a schedule.
   */
  incorporation: RegExp;
  /** A sentence that amends another Act: what it quotes or cites belongs to that Act. */
  amending: RegExp;
}

const EN: StructurePatterns = {
  amending:
    /\b(?:is|are|be) (?:hereby )?(?:amended|supplemented|replaced|repealed|reworded)\b|\bthe words?\b[^.]{0,200}\b(?:is|are) (?:added|inserted|deleted|substituted|replaced|omitted)\b|\bby (?:inserting|adding|striking|omitting|substituting|repealing)\b|\b(?:insert|omit|substitute|strike out|repeal)\b|\bworded as follows\b|\bin the following wording\b|^\s*(?:\*\*\d+\.\*\*\s*)?supplement\b[^.]{0,120}\bwith\b|^\s*\d*\s*(?:after|before|at the end of|in|omit|repeal)\s+(?:section|regulation|article|subsection|paragraph|part|chapter)\s+[\w()]+\s*[.:]?\s*$/i,
  provisionHeading: [
    /^(?:(?<kw>SEC(?:TION)?\.?|Sec\.|Section|§{1,2}|Regulation|Reg\.|Article|Art\.|Clause|Rule)\s*)(?<num>\d+(?:\.\d+(?=\.\s))?[A-Za-z]*)\b\.?/i,
    /^(?<num>\d{1,4}[A-Z]{0,2})\.?(?=\s+\S)(?!\s+No\.)/,
  ],
  provisionParagraph: [
    /^(?<kw>SEC(?:TION)?\.|SECTION|Sec\.|§{1,2})\s*(?<num>\d+[A-Za-z]*)\.?(?=\s|$)(?!\s+(?:of|in|under|to|and|is|are)\b)/,
    /^(?<kw>Section|Regulation|Article|Clause|Rule)\s+(?<num>\d+(?:\.\d+(?=\.\s))?[A-Za-z]*)\.?(?=\s*(?:$|\n|—|–|-\s|:)|\s+\(|\.\s*\()/,
  ],
  division: /^(?<kw>PART|Part|CHAPTER|Chapter|TITLE|Title|SUBTITLE|Subtitle|DIVISION|Division)\s+(?<num>[IVXLCDM]+|\d+[A-Z]?|[A-Z])\b/,
  schedule: /^(?<kw>SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix)(?:\s+(?<num>[IVXLCDM]+|\d+[A-Z]?|[A-Z])\b)?/,
  supplementary: /^(?:supplementary provisions|addenda|addendum)\b/i,
  purposeCaption:
    /^(?:(?:short title and )?(?:purposes?|objects?|objectives?|aims?)(?:\s+(?:of|and)\s+[\w ,]+)?|findings(?:\s+and\s+[\w ]+)?|sense of [\w ,]+|(?:statement|declaration) of (?:(?:united states |the )?(?:policy|purposes?|principles?|objectives?|intent|congress|parliament)[\w ,]*)|policy|preamble|recitals?)[.:]?$/i,
  preliminaryCaption: /\b(short title|citation|commencement|extent|table of contents|title of (?:the )?act)\b/i,
  definitionsCaption: /\b(definitions?|interpretation|meaning of|terms used)\b/i,
  nonOperativeHeading:
    /^(explanatory (?:notes?|memorandum|statement)|memorandum of objects and reasons|statement of (?:the )?objects and reasons|notes?|commentary|drafting notes?|background|contents|table of contents|preamble|recitals|long title|enacting formula|summary|legislative summary|overview of the bill|first reading|purpose of the bill|questions? for consultees|consultation questions|questions)\b/i,
  recital: /^(whereas\b|be it enacted\b|the parliament of .{1,60}? enacts\b|.{0,80}\bhas adopted this (?:regulation|decision|directive)\b|now,? therefore\b|having regard to\b)/i,
  note: /^(note|notes|example|examples|editorial note|drafting note|explanatory note|consultation note|comment|commentary|question|questions for consultees)(?:\s*\([^)]{0,60}\))?\s*\d*\s*[:.—–-]/i,
  noteSection: /^(explanatory note|explanatory memorandum|explanatory statement|commentary|drafting notes?)(?:\s*\([^)]{0,60}\))?\s*[:.—–-]/i,
  defaultKind: [
    [/\bregulations\b(?! \()/i, 'regulation'],
    [/\b(?:order|decision)\b/i, 'article'],
    [/\brules\b/i, 'rule'],
  ],
  findings: /^(?:[A-Z][A-Z ,;]+\.\s*[—–-]\s*)?(?:it is the sense of (?:the )?(?:congress|parliament|senate|house)|(?:the )?(?:congress|parliament|senate) (?:finds|declares|recogni[sz]es)|(?:findings|sense of (?:the )?congress)\.?\s*[—–-])/i,
  incorporation:
    /\b(?<!\blist\s)(?:described|specified|set out|(?<!\b(?:persons?|entities|bodies|individuals|names)\s)listed|mentioned|referred to|contained|enumerated) in (?:(?<kw>sections?|regulations?|articles?|rules?|clauses?)\s+(?<num>\d+[A-Z]{0,2})(?![\w)]|\s+of this (?:subsection|paragraph|section|article))|(?:the )?(?<sch>schedule|annex|appendix)\b(?:\s+(?<snum>\d+|[IVXLC]+)\b)?)|\bwithin the meaning of (?<kw2>section|regulation|article)\s+(?<num2>\d+[A-Z]{0,2})|\bcriteria (?:in|set out in|under) (?<kw3>section|regulation|article)\s+(?<num3>\d+[A-Z]{0,2})|\b(?:orders?|designations?) made under (?:sub)?(?<kw4>sections?|regulations?|articles?)\s+(?<num4>\d+[A-Z]{0,2})/gi,
  purposeSentence:
    /^(?:\(\w+\)\s*)?(?:(?:the|main)\s+(?:purposes?|objects?|objectives?)\s+of\s+this\s+(?:act|bill|law|regulation|part|chapter)\s+(?:is|are)\b|this\s+(?:act|law|regulation|decision)\s+(?:provides|establishes|sets\s+out|lays\s+down|regulates|determines)\b[^.]*?\b(?:with\s+the\s+aim\s+of|in\s+order\s+to|so\s+as\s+to)\b)/i,
};

const JA: StructurePatterns = {
  amending: /(?:改正する|改める|加える|削る|付け加える|次のように)/,
  provisionHeading: [/^(?<kw>)第(?<num>[〇一二三四五六七八九十百千０-９0-9]+条(?:の[〇一二三四五六七八九十百千０-９0-9]+)?)/],
  provisionParagraph: [/^(?<kw>)第(?<num>[〇一二三四五六七八九十百千０-９0-9]+条(?:の[〇一二三四五六七八九十百千０-９0-9]+)?)(?=[\s　（(]|$)/],
  division: /^第(?<num>[〇一二三四五六七八九十百千０-９0-9]+)(?<kw>編|章|節|款)/,
  schedule: /^(?<kw>別表)(?:第?(?<num>[〇一二三四五六七八九十０-９0-9]+))?/,
  supplementary: /^附[\s　]*則/,
  purposeCaption: /^[（(]?(目的|趣旨|基本理念)[)）]?$/,
  preliminaryCaption: /(題名|施行期日)/,
  definitionsCaption: /(定義)/,
  nonOperativeHeading: /^[（(]?(?:理由|提案理由|説明|目次|前文)[）)]?$/,
  recital: /^(前文|ここに、?この法律を制定する)/,
  note: /^(備考|注)[:：　]/,
  noteSection: /^(理由|提案理由)[:：　]?/,
  findings: /^(?!)/,
  defaultKind: [],
  purposeSentence: /^この法律は、.*(?:目的とする)/,
  incorporation: /(?<kw>)第(?<num>[〇一二三四五六七八九十百千０-９0-9]+)条(?:第[〇一二三四五六七八九十０-９0-9]+項)?(?:各号)?に(?:掲げる|規定する|定める)|(?<sch>別表)(?:第(?<snum>[〇一二三四五六七八九十０-９0-9]+))?に(?:掲げる|規定する|定める)/g,
};

export const STRUCTURE: Record<Language, StructurePatterns> = { en: EN, ja: JA };
