/**
 * fast-check arbitraries for the fuzz tests (issue #5): random Markdown, random
 * bill-shaped documents, and random edit sequences, plus the run settings all
 * the fuzz files share.
 *
 * Runs are bounded for CI (the whole folder in well under a minute) and use a
 * fixed seed, so a failure in CI is reproducible. A longer run:
 *
 *   MLINT_FUZZ_RUNS=2000 npx vitest run test/fuzz
 *   MLINT_FUZZ_RUNS=500 MLINT_FUZZ_SEED=random npx vitest run test/fuzz   # a fresh seed each time
 *
 * fast-check prints the seed and the path of any counterexample; re-run it
 * with MLINT_FUZZ_SEED=<seed> (and, to go straight to it, MLINT_FUZZ_PATH=<path>).
 */
import fc from 'fast-check';
import { RULE_IDS } from '../../server/src/engine/checklist/index.js';
import { loadLibrary } from '../../server/src/library/load.js';
import { plainText } from '../../server/src/library/placeholders.js';

// ---------------------------------------------------------------------------
// Run settings
// ---------------------------------------------------------------------------

/** Runs per property (scaled per property by its cost). */
export const RUNS = Math.max(1, Number(process.env.MLINT_FUZZ_RUNS ?? 25));
const seedEnv = process.env.MLINT_FUZZ_SEED;
/** A fixed seed unless MLINT_FUZZ_SEED=random (or another seed) is given. */
export const SEED: number | undefined = seedEnv === 'random' ? undefined : Number(seedEnv ?? 0x6d6c6e74);

/** fast-check parameters for a property that costs `scale` times an ordinary one. */
export function fuzzParams<T>(scale = 1): fc.Parameters<T> {
  const params: fc.Parameters<T> = { numRuns: Math.max(1, Math.round(RUNS * scale)) };
  if (SEED !== undefined && Number.isFinite(SEED)) params.seed = SEED;
  if (process.env.MLINT_FUZZ_PATH) params.path = process.env.MLINT_FUZZ_PATH;
  return params;
}

/** A vitest timeout for a property with `scale` × RUNS runs, each costing about `msPerRun`. */
export function fuzzTimeout(scale: number, msPerRun: number): number {
  return Math.max(30_000, Math.round(RUNS * scale * msPerRun * 3));
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

const WORDS = [
  'the', 'a', 'of', 'and', 'or', 'to', 'in', 'Minister', 'person', 'designate', 'designation', 'may', 'must', 'shall', 'not',
  'report', 'Parliament', 'Congress', 'funds', 'freeze', 'section', 'subsection', 'Article', 'regulation', 'Act', 'Bill', 'human', 'rights',
  'torture', 'corruption', 'sanctions', 'humanitarian', 'assistance', 'means', 'includes', 'reasonable', 'grounds', 'suspect', 'believe',
  'review', 'court', 'reasons', 'publish', 'list', 'information', 'foreign', 'government', 'civil', 'society', 'every', 'year', '3', '12',
  '(1)', '(a)', '(ii)', '5A', 'SEC.', 'Part', 'Schedule', 'Annex', '§', 'e.g.', 'i.e.', 'U.S.C.', '—', '–', ';', ':', ',', '.',
];
const JAPANESE = [
  '大臣は', '人権侵害', '第三条', '第十二条', '指定することができる。', '毎年、国会に報告しなければならない。', '（定義）', '（目的）', '　',
  '外国の政府と情報を交換することができる。', '人道支援', 'この法律は、', '資産を凍結する', 'ＡＢＣ', '１２３',
];
const ODD = [
  '\u0000', '\ud800', '\udfff', '\udbff', '\ufeff', '\t', '\r', '\u2028', '\u2029', '\u00a0', '\u200b', '\u0301', '😀', 'é', 'ß', 'İ',
  '*', '**', '_', '`', '``', '[', ']', '(', ')', '<', '>', '|', '#', '\\', '&amp;', '&#0;', '“', '”', '"', "'", '‘', '’', '~', '$', '{{x}}',
];

/** Clause texts from the library: realistic provisions, many of which meet lessons. */
const LIBRARY_TEXTS = loadLibrary().map((e) => plainText(e.text));

const SUBJECTS = [
  'The Minister', 'The Secretary of State', 'The President', 'The Governor in Council', 'The Council', 'The Commission', 'A person',
  'The Committee', 'The Ombudsman', 'The designated person', 'Any person', 'The Treasury',
];
const MODALS = ['must', 'shall', 'may', 'may not', 'should', 'is to', 'will', 'must not', 'is required to', 'may, by regulations,'];
const PREDICATES = [
  'report to Parliament every year on the operation of this Act',
  'lay before Parliament a report on each designation within 12 months',
  'report to the appropriate congressional committees not later than 120 days after the date of the enactment of this Act',
  'designate a person if the Minister has reasonable grounds to suspect that the person is responsible for torture',
  'designate a person who is responsible for, or complicit in, an extrajudicial killing or other gross violation of human rights',
  'designate a foreign person who is a government official responsible for acts of significant corruption',
  'designate any person the Minister considers appropriate',
  'publish a list of designated persons on a public website and keep it up to date',
  'freeze the funds and economic resources of a designated person',
  'refuse leave to enter to a designated person',
  'consider information provided by non-governmental organisations that monitor violations of human rights',
  'consult civil society organisations before making a designation',
  'review each designation at least once every three years',
  'give the designated person a statement of the reasons for the designation',
  'apply to the High Court to set aside the designation',
  'share information with the governments of foreign countries, subject to appropriate safeguards for confidential material',
  'coordinate designations with the governments of allied countries',
  'grant a licence permitting humanitarian assistance',
  'respond within 120 days to a request from the chair of a relevant committee to consider a designation',
  'revoke the designation if the person has changed their behaviour',
  'issue guidance on how civil society may submit evidence',
  'not make funds available to a designated person',
];
const STANDALONE = [
  '“humanitarian assistance” means the provision of food, medicine, shelter and other basic necessities;',
  '"humanitarian assistance" includes the activities of impartial humanitarian organisations;',
  'Nothing in this Act prevents the provision of humanitarian assistance to a population in need.',
  'It is an offence to make funds available to a designated person.',
  'The Minister must report to Parliament every year.',
  'The Minister may designate a person.',
  'humanitarian assistance means aid.',
  'A person designated under section 99 may apply for review.',
  'This Act may be cited as the Human Rights (Targeted Sanctions) Act 2025.',
  'This Act comes into force on the day after Royal Assent.',
  'The purpose of this Act is to promote accountability for gross violations of human rights.',
  'Note: this section is modelled on section 1 of the Global Magnitsky Act.',
  'Be it enacted by the Parliament as follows:',
  'WHEREAS serious violations of human rights must not go unpunished;',
  'It is the sense of Congress that the President should impose sanctions.',
  'In this Act, “designated person” means a person designated under section 2.',
  'Explanatory note: this clause is not part of the Act.',
  '大臣は、人権侵害に責任を有する者を指定することができる。',
  '大臣は、毎年、国会に報告しなければならない。',
];
const CAPTIONS = [
  'Short title', 'Commencement', 'Interpretation', 'Definitions', 'Purpose', 'Designation of persons', 'Criteria for designation',
  'Reports to Parliament', 'Review of designations', 'Humanitarian exemptions', 'Freezing of funds', 'Entry ban', 'Publication of list',
  'Information sharing', 'Consultation with civil society', 'Offences', 'Regulations', 'Findings', 'Judicial review', 'Coordination with allies',
  'Notice to designated persons', 'Licences',
];
const TITLES = [
  'Human Rights (Targeted Sanctions) Bill 2025',
  'H.R. 4521 — Global Human Rights and Anticorruption Accountability Act of 2025',
  'Council Regulation (EU) 2025/2150 concerning restrictive measures against serious human rights violations',
  'The Global Human Rights Sanctions Regulations 2025',
  'Magnitsky Sanctions Order 2025',
  'Special Economic Measures (Human Rights) Bill',
  '人権侵害制裁法案',
  'Notes on the draft',
];
const PART_TITLES = ['Preliminary', 'Designation', 'Parliamentary oversight', 'Reports', 'Review', 'Humanitarian exemptions', 'Miscellaneous', '雑則'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function kanjiNumber(n: number): string {
  if (n <= 10) return KANJI[n]!;
  if (n < 20) return `十${KANJI[n - 10]}`;
  const tens = Math.floor(n / 10);
  return `${KANJI[tens]}十${n % 10 ? KANJI[n % 10] : ''}`;
}

// ---------------------------------------------------------------------------
// Random Markdown
// ---------------------------------------------------------------------------

/** A magnitsky-lint directive comment, with known, unknown and no rule ids. */
export const directiveComment: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file', 'disable-nope'),
    fc.subarray([...RULE_IDS, 'no.such-rule', 'oversight'], { maxLength: 3 }),
    fc.constantFrom(' ', '', '\n', '  '),
  )
  .map(([kind, rules, sp]) => `<!--${sp}magnitsky-lint-${kind}${rules.map((r) => ` ${r}`).join('')}${sp} -->`);

const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...JAPANESE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...PREDICATES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
);

/** Inline Markdown: words, emphasis, code spans, links, comments and stray markup. */
export const inline: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: atom },
        { weight: 1, arbitrary: atom.map((s) => `*${s}*`) },
        { weight: 1, arbitrary: atom.map((s) => `**${s}**`) },
        { weight: 1, arbitrary: atom.map((s) => `_${s}_`) },
        { weight: 1, arbitrary: atom.map((s) => `\`${s}\``) },
        { weight: 1, arbitrary: atom.map((s) => `~~${s}~~`) },
        { weight: 1, arbitrary: atom.map((s) => `[${s}](https://example.org/${s.slice(0, 3).replace(/[\s()<>]/g, '')})`) },
        { weight: 1, arbitrary: atom.map((s) => `[${s}][ref]`) },
        { weight: 1, arbitrary: atom.map((s) => `<!-- ${s} -->`) },
        { weight: 1, arbitrary: directiveComment },
        { weight: 1, arbitrary: fc.constantFrom('<br>', '![alt text](x.png)', '[^1]', '<span>', '</span>', '\\*', '&nbsp;', '  \n') },
      ),
      { minLength: 1, maxLength: 10 },
    ),
    fc.constantFrom(' ', ' ', ' ', '', '  '),
  )
  .map(([parts, sep]) => parts.join(sep));

type Lines = string[];

const heading: fc.Arbitrary<Lines> = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', ' ', '', '  ', '\t'), inline, fc.constantFrom('', '', ' #', ' ##'))
  .map(([n, sp, t, close]) => ['#'.repeat(n) + sp + t + close]);

const setext: fc.Arbitrary<Lines> = fc.tuple(inline, fc.constantFrom('===', '---', '-', '= =')).map(([t, u]) => [t, u]);

const paragraph: fc.Arbitrary<Lines> = fc.array(inline, { minLength: 1, maxLength: 3 });

const table: fc.Arbitrary<Lines> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { maxLength: 3 }), fc.boolean())
  .map(([cols, rows, outer]) => {
    const row = (cells: string[]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    const header = Array.from({ length: cols }, (_, i) => `Col ${i + 1}`);
    return [row(header), row(header.map((_, i) => [':--', '---', ':-:', '--:'][i % 4]!)), ...rows.map(row)];
  });

const fence: fc.Arbitrary<Lines> = fc
  .tuple(fc.constantFrom('```', '~~~', '````', '``` ', '   ```'), fc.constantFrom('', 'md', 'js', 'markdown'), fc.array(fc.oneof(inline, fc.constantFrom('# not a heading', '```', '~~~', '<!--', '---', '')), { maxLength: 4 }), fc.constantFrom('close', 'close', 'short', 'open'))
  .map(([f, info, body, end]) => {
    const closing = end === 'close' ? [f.trim()] : end === 'short' ? [f.trim().slice(0, 2)] : [];
    return [f + info, ...body, ...closing];
  });

const htmlComment: fc.Arbitrary<Lines> = fc.oneof(
  directiveComment.map((c) => c.split('\n')),
  fc.tuple(fc.array(inline, { maxLength: 3 }), fc.boolean()).map(([body, closed]) => ['<!--', ...body, ...(closed ? ['-->'] : [])]),
  inline.map((t) => [`<!-- ${t} -->`]),
);

const htmlBlock: fc.Arbitrary<Lines> = fc
  .tuple(fc.constantFrom('div', 'pre', 'script', 'style', 'details', 'table', 'p'), fc.array(inline, { maxLength: 3 }), fc.boolean())
  .map(([tag, body, closed]) => [`<${tag}>`, ...body, ...(closed ? [`</${tag}>`] : [])]);

const leaf: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: fence },
  { weight: 2, arbitrary: htmlComment },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: fc.constantFrom<Lines>(['---'], ['***'], ['___'], ['    indented code'], ['\t# tab'], ['   '], ['[ref]: https://example.org "Title"'], ['[^1]: A footnote.'], ['>'], ['-'], ['1.']) },
);

const MARKERS = ['-', '*', '+', '1.', '2.', '1)', '10.', '(a)', '-', '-'];

/** A block of Markdown, nesting lists and block quotes up to `depth` levels. */
function block(depth: number): fc.Arbitrary<Lines> {
  if (depth <= 0) return leaf;
  const inner = block(depth - 1);
  const list: fc.Arbitrary<Lines> = fc
    .array(fc.tuple(fc.constantFrom(...MARKERS), inline, fc.option(inner, { nil: undefined }), fc.constantFrom(0, 0, 0, 1, -1, 2), fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((items) =>
      items.flatMap(([marker, text, child, skew, loose]) => {
        const pad = ' '.repeat(Math.max(0, marker.length + 1 + skew));
        const kids = child ? [...(loose ? [''] : []), ...child.map((l) => (l === '' ? '' : pad + l))] : [];
        return [`${marker} ${text}`, ...kids, ...(loose ? [''] : [])];
      }),
    );
  const quote: fc.Arbitrary<Lines> = fc
    .tuple(inner, fc.constantFrom('> ', '>', '> > ', '>  '), fc.boolean())
    .map(([lines, prefix, lazy]) => lines.map((l, i) => (lazy && i > 0 && i === lines.length - 1 ? l : prefix + l)));
  return fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: quote });
}

const frontMatter: fc.Arbitrary<string> = fc.constantFrom(
  '---\ntitle: Draft\ntype: bill\n---',
  '---\nmagnitsky-lint: true\n---',
  '---\nmagnitsky-lint: false\n---',
  '+++\ntitle = "Draft"\n+++',
  '---\ntitle: unclosed front matter',
  '---\n---',
  '---\n# not a heading\n...',
);

/** Line endings: LF, CRLF, lone CR (old Mac), or a mix. */
const eol = fc.constantFrom<'lf' | 'crlf' | 'cr' | 'mixed'>('lf', 'lf', 'lf', 'crlf', 'crlf', 'cr', 'mixed');

function withLineEndings(text: string, kind: 'lf' | 'crlf' | 'cr' | 'mixed', salt: number): string {
  if (kind === 'lf') return text;
  if (kind === 'crlf') return text.replace(/\n/g, '\r\n');
  if (kind === 'cr') return text.replace(/\n/g, '\r');
  let i = salt;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\n', '\r'][i++ % 4]!);
}

/** Assemble blocks: each followed by one, two or three line breaks (one: blocks may run together). */
function assemble(parts: { lines: Lines; gap: number }[]): string {
  return parts.map((p) => p.lines.join('\n') + '\n'.repeat(p.gap)).join('');
}

const gap = fc.constantFrom(1, 2, 2, 2, 3);

/**
 * Random Markdown: headings, nested lists and block quotes, tables, code
 * fences (closed or not), HTML comments and directives, emphasis, front
 * matter, CRLF and lone CR, Japanese, lone surrogates, NUL, a BOM. A few
 * documents are long without headings, so that the chunked parse cuts them
 * at blank lines.
 */
export const markdownDoc: fc.Arbitrary<string> = fc
  .record({
    bom: fc.constantFrom('', '', '', '', '\ufeff'),
    fm: fc.option(frontMatter, { nil: undefined }),
    parts: fc.array(fc.record({ lines: block(3), gap }), { maxLength: 14 }),
    repeat: fc.constantFrom(1, 1, 1, 1, 2, 6),
    eol,
    salt: fc.nat(3),
    end: fc.constantFrom('', '\n', '\n', '\n\n'),
  })
  .map(({ bom, fm, parts, repeat, eol: e, salt, end }) => {
    let body = assemble(parts);
    if (repeat > 1) body = Array.from({ length: repeat }, () => body).join('\n');
    const text = (fm ? fm + '\n\n' : '') + body.replace(/\n+$/, '') + end;
    return bom + withLineEndings(text, e, salt);
  });

// ---------------------------------------------------------------------------
// Bill-shaped documents
// ---------------------------------------------------------------------------

export type BillStyle = 'us' | 'uk' | 'commonwealth' | 'eu' | 'ja' | 'mixed';

const JA_SENTENCES = [
  '大臣は、人権侵害に責任を有すると信ずるに足りる相当な理由がある者を指定することができる。',
  '大臣は、毎年、この法律の施行の状況を国会に報告しなければならない。',
  '指定を受けた者は、裁判所に指定の取消しを求めることができる。',
  '大臣は、指定をしたときは、その理由を当該者に通知しなければならない。',
  '何人も、指定を受けた者に資金を提供してはならない。',
  'この法律において「人道支援」とは、食料、医薬品その他の生活必需品の提供をいう。',
  '大臣は、外国の政府と情報を交換することができる。',
  '第九十九条の規定により指定を受けた者は、異議を申し立てることができる。',
  '大臣は、市民社会の意見を聴かなければならない。',
];

/** A sentence of a provision: checklist vocabulary, standalone clauses, library clauses, and (with noise) random inline Markdown. */
function sentenceArb(style: BillStyle, noise: boolean): fc.Arbitrary<string> {
  if (style === 'ja') return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...JA_SENTENCES) }, { weight: noise ? 1 : 0, arbitrary: inline });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...MODALS), fc.constantFrom(...PREDICATES), fc.constantFrom('.', '.', ';', '—', ', and', '')).map(([s, m, p, end]) => `${s} ${m} ${p}${end}`) },
    { weight: 3, arbitrary: fc.constantFrom(...STANDALONE) },
    { weight: 1, arbitrary: fc.constantFrom(...LIBRARY_TEXTS) },
    { weight: noise ? 1 : 0, arbitrary: inline },
  );
}
const sentence = sentenceArb('commonwealth', true);

/** A reference to a provision, division or schedule: to one that probably exists, to one that does not, or into another Act. */
const crossReference: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('section', 'sections', 'subsection', 'Article', 'regulation', 'Part', 'Schedule', 'paragraph', 's.', 'Annex', 'Chapter', 'Title'),
    fc.oneof(fc.integer({ min: 1, max: 8 }).map(String), fc.integer({ min: 9, max: 120 }).map(String), fc.constantFrom('3A', '2(1)(a)', '4(2)', 'IV', '(b)', '1 to 3', '2 and 5', '7 through 9', '8B')),
    fc.constantFrom('', '', '', ' of the Immigration Act 1971', ' of this Act', ' of the Treaty on European Union', ' (22 U.S.C. 2656)', ' thereof'),
  )
  .map(([kw, n, tail]) => `${kw} ${n}${tail}`);

const refSentence: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('A person designated under', 'Subject to', 'The powers in', 'An application under', 'Despite', 'For the purposes of'), crossReference, fc.constantFrom(...PREDICATES))
  .map(([lead, ref, pred]) => `${lead} ${ref}, the Minister must ${pred}.`);

const definition: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('humanitarian assistance', 'designated person', 'funds', 'economic resources', 'Minister', 'relevant committee', 'foreign person', 'gross violation of human rights', 'civil society organisation', 'Tribunal'),
    fc.constantFrom('“%”', '"%"', '**%**', '‘%’', '%'),
    fc.constantFrom('means', 'includes', 'has the meaning given by section 3', 'means a committee of Parliament', 'means food, medicine and shelter'),
    fc.constantFrom(';', '.', '', ', and'),
  )
  .map(([term, quote, verb, end]) => `${quote.replace('%', term)} ${verb}${verb.includes(' ') ? '' : ' ' + 'the thing so described'}${end}`);

/** One paragraph of a provision's body: given its position, the Markdown. */
function bodyElementArb(style: BillStyle, noise: boolean): fc.Arbitrary<(n: number) => string> {
  const sentence = sentenceArb(style, noise);
  return fc.oneof(
    { weight: 5, arbitrary: sentence.map((s) => (n: number) => `(${n}) ${s}`) },
    { weight: 3, arbitrary: sentence.map((s) => (n: number) => `(${String.fromCharCode(97 + ((n - 1) % 26))}) ${s}`) },
    { weight: 2, arbitrary: sentence.map((s) => () => s) },
    { weight: 2, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => () => ss.map((s, i) => `- (${String.fromCharCode(97 + i)}) ${s}`).join('\n')) },
    { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => () => ss.map((s, i) => `${i + 1}. ${s}`).join('\n')) },
    { weight: 2, arbitrary: definition.map((d) => () => d) },
    { weight: 2, arbitrary: refSentence.map((s) => () => s) },
    { weight: 1, arbitrary: sentence.map((s) => (n: number) => `> (${n}) ${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('Note: this provision is illustrative.', '**Note:** see section 4.', '| Person | Measure |\n|---|---|\n| any | freeze |', '<!-- drafting note -->', '<!-- magnitsky-lint-disable-next-line oversight.report -->').map((s) => () => s) },
    { weight: noise ? 1 : 0, arbitrary: block(2).map((l) => () => l.join('\n')) },
  );
}

/** How the n-th provision is numbered: in sequence, or with a gap, a repeat or an inserted letter. */
const numbering = fc.constantFrom<'next' | 'skip' | 'repeat' | 'letter'>('next', 'next', 'next', 'next', 'next', 'skip', 'repeat', 'letter');

interface ProvisionSpec {
  numbering: 'next' | 'skip' | 'repeat' | 'letter';
  form: number;
  depth: number;
  caption: string;
  body: ((n: number) => string)[];
  style: BillStyle;
}

const provisionSpec = (style: BillStyle, noise: boolean): fc.Arbitrary<ProvisionSpec> =>
  fc.record({
    numbering,
    form: fc.nat(3),
    depth: fc.constantFrom(2, 2, 2, 3, 1, 4),
    caption: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...CAPTIONS) }, { weight: noise ? 1 : 0, arbitrary: inline }),
    body: fc.array(bodyElementArb(style, noise), { maxLength: 5 }),
    style: style === 'mixed' ? fc.constantFrom<BillStyle>('us', 'uk', 'commonwealth', 'eu') : fc.constant(style),
  });

/** The heading (or opening paragraph) of a provision in a drafting style. */
function provisionHeader(p: ProvisionSpec, num: string, value: number): string {
  const h = '#'.repeat(p.depth) + ' ';
  switch (p.style) {
    case 'us':
      return p.form === 0 ? `SEC. ${num}. ${p.caption.toUpperCase()}.` : p.form === 1 ? `${h}Sec. ${num}. ${p.caption}` : `${h}SEC. ${num}. ${p.caption.toUpperCase()}.`;
    case 'uk':
      return p.form === 0 ? `${h}${num}.` + `\n\n${p.caption}` : `${h}${num}. ${p.caption}`;
    case 'commonwealth':
      return p.form === 0 ? `**${num} ${p.caption}**` : p.form === 1 ? `${h}Section ${num} — ${p.caption}` : `${h}${num} ${p.caption}`;
    case 'eu':
      return p.form === 0 ? `${h}Article ${num}\n\n${p.caption}` : p.form === 1 ? `${h}Article ${num} — ${p.caption}` : `${h}Article ${num}\n\n(${p.caption})`;
    case 'ja':
      return `${h}第${kanjiNumber(value)}条（${p.caption}）`;
    default:
      return `${h}${num} ${p.caption}`;
  }
}

export interface BillDoc {
  text: string;
  style: BillStyle;
}

/**
 * A bill-shaped document: optional front matter, a title, a long title or
 * enacting formula, Parts with numbered provisions in US (`SEC. 3.`), UK
 * (`## 5.`), Commonwealth (`## 5 Designation`), EU (`### Article 4`) or
 * Japanese (`第三条`) form, with subsections (1)(a), definitions, cross-references
 * (some dangling), checklist vocabulary, schedules and explanatory notes.
 * `noise` mixes in random Markdown between provisions.
 */
export function billDoc(options: { noise?: boolean } = {}): fc.Arbitrary<BillDoc> {
  const noise = options.noise ?? true;
  return fc
    .constantFrom<BillStyle>('us', 'uk', 'commonwealth', 'eu', 'ja', 'mixed', 'commonwealth')
    .chain((style) =>
      fc.record({
        style: fc.constant(style),
        fm: fc.option(fc.constantFrom('---\ntype: bill\n---', '---\ntitle: x\n---', '---\nmagnitsky-lint: true\n---'), { nil: undefined, freq: 6 }),
        title: fc.option(fc.constantFrom(...TITLES), { nil: undefined, freq: 8 }),
        preamble: fc.array(fc.constantFrom('A Bill for an Act to provide for the designation of persons responsible for gross violations of human rights.', 'Be it enacted by the Parliament as follows:', 'The Parliament of Examplia enacts as follows:', 'HAS ADOPTED THIS REGULATION:', 'WHEREAS:'), { maxLength: 2 }),
        parts: fc.array(
          fc.record({
            heading: fc.option(fc.tuple(fc.constantFrom('# Part %', '## PART %', '# Chapter %', '# TITLE %', '## Division %', '# 第%章'), fc.constantFrom(...PART_TITLES), fc.boolean()), { nil: undefined, freq: 3 }),
            provisions: fc.array(provisionSpec(style, noise), { maxLength: 5 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        schedule: fc.option(fc.tuple(fc.constantFrom('# Schedule 1', '## SCHEDULE', 'ANNEX I', '# Annex'), fc.array(sentenceArb(style, noise), { maxLength: 2 })), { nil: undefined, freq: 4 }),
        notes: fc.option(fc.constantFrom('## Explanatory notes\n\nSection 2 designates persons; section 40 does not exist.', '# Questions for consultees\n\nShould the Minister report every year?'), { nil: undefined, freq: 5 }),
        junk: noise ? fc.array(fc.tuple(fc.nat(), block(2)), { maxLength: 2 }) : fc.constant([] as [number, Lines][]),
        eol: noise ? eol : fc.constant<'lf'>('lf'),
        salt: fc.nat(3),
        gap: fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n'),
      }),
    )
    .map((d) => {
      const out: string[] = [];
      if (d.fm) out.push(d.fm);
      if (d.title) out.push(`# ${d.title}`);
      out.push(...d.preamble);
      let value = 0;
      let partNo = 0;
      for (const part of d.parts) {
        if (part.heading) {
          partNo++;
          const [pattern, title, dash] = part.heading;
          const num = pattern.includes('第') ? kanjiNumber(partNo) : pattern.includes('PART') || pattern.includes('TITLE') ? ROMAN[(partNo - 1) % ROMAN.length]! : String(partNo);
          out.push(pattern.replace('%', num) + (dash ? ` — ${title}` : ` ${title}`));
        }
        for (const p of part.provisions) {
          let num: string;
          if (p.numbering === 'repeat' && value > 0) num = String(value);
          else if (p.numbering === 'letter' && value > 0) num = `${value}A`;
          else {
            value += p.numbering === 'skip' ? 2 : 1;
            num = String(value);
          }
          out.push(provisionHeader(p, num, Math.max(1, value)));
          p.body.forEach((el, i) => out.push(el(i + 1)));
        }
      }
      if (d.schedule) out.push(d.schedule[0], ...d.schedule[1]);
      if (d.notes) out.push(d.notes);
      for (const [at, lines] of d.junk) out.splice(at % (out.length + 1), 0, lines.join('\n'));
      const text = out.join(d.gap) + '\n';
      return { text: withLineEndings(text, d.eol, d.salt), style: d.style };
    });
}

/** Bill-shaped text (with random Markdown mixed in). */
export const billText: fc.Arbitrary<string> = billDoc().map((d) => d.text);

/** Either kind of document. */
export const anyDoc: fc.Arbitrary<string> = fc.oneof(markdownDoc, billText);

// ---------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------

/** Text an edit inserts: keystrokes, structure that changes how a chunk is cut, whole blocks. */
const FRAGMENTS = [
  'x', ' ', 'a', '\n', '\n\n', '\r\n', '\r', '#', '# ', '## 9 New\n\n', '\n# Part 9\n', '\n## SEC. 12. REPORTS.\n', '### Article 7\n', '```\n', '```', '~~~\n',
  '<!--', '-->', '<!-- magnitsky-lint-disable -->\n', '<!-- magnitsky-lint-enable -->', '---\n', '+++\n', '> ', '- ', '1. ', '    ', '\t', '|', '| a | b |\n|---|---|\n',
  'shall ', 'may ', 'must report to Parliament every year', '(a) ', '(2) ', '“', '”', 'humanitarian assistance means food', 'section 99', '\u0000', '\ud800',
  '\udc00', '第三条', '大臣は', '[a]: https://example.org\n', '[^1]: n\n', '**', '_', '<pre>\n', '</pre>\n', '\\',
];

const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: block(2).map((l) => l.join('\n') + '\n') },
  { weight: 1, arbitrary: sentence },
);

/**
 * An edit, described independently of the text so that a sequence can be
 * generated before the text it applies to: `at` is a position in
 * ten-thousandths of the text's length. `span-heading` deletes (and maybe
 * replaces) across a heading line chosen by `pick`.
 */
export interface Edit {
  kind: 'insert' | 'delete' | 'replace' | 'span-heading';
  at: number;
  length: number;
  text: string;
  pick: number;
}

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant<'insert'>('insert'), at: fc.nat(10_000), length: fc.constant(0), text: insertion, pick: fc.constant(0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant<'delete'>('delete'), at: fc.nat(10_000), length: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 400 })), text: fc.constant(''), pick: fc.constant(0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant<'replace'>('replace'), at: fc.nat(10_000), length: fc.integer({ min: 1, max: 60 }), text: insertion, pick: fc.constant(0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant<'span-heading'>('span-heading'), at: fc.nat(40), length: fc.integer({ min: 1, max: 120 }), text: fc.oneof(fc.constant(''), insertion), pick: fc.nat() }) },
);

export const edits: fc.Arbitrary<Edit[]> = fc.array(edit, { minLength: 1, maxLength: 12 });

/** An edit made concrete against a text: replace [start, end) with `text`. */
export interface ResolvedEdit {
  start: number;
  end: number;
  text: string;
}

export function resolveEdit(text: string, e: Edit): ResolvedEdit {
  if (e.kind === 'span-heading') {
    const heads: number[] = [];
    const re = /(?:^|\n)(?=#)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      heads.push(m.index + (m[0] === '\n' ? 1 : 0));
      re.lastIndex = m.index + 1;
    }
    if (heads.length > 0) {
      const h = heads[e.pick % heads.length]!;
      const start = Math.max(0, h - e.at);
      return { start, end: Math.min(text.length, h + e.length), text: e.text };
    }
  }
  const start = Math.min(text.length, Math.floor((e.at / 10_000) * (text.length + 1)));
  return { start, end: Math.min(text.length, start + (e.kind === 'insert' ? 0 : e.length)), text: e.kind === 'delete' ? '' : e.text };
}

export function applyEdit(text: string, r: ResolvedEdit): string {
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}
