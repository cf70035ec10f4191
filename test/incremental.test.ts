/**
 * The engine keeps what it learnt about a document between versions (parse.ts:
 * ParseCache with its memos, memo.ts). Typing into a bill must give exactly
 * what a from-scratch judgement of the same text gives: checked here on real
 * bills (the fixtures, English and Japanese) and on the generated benchmark
 * bill, with random sequences of the edits people make while drafting —
 * words typed inside a provision, definitions added (which change how defined
 * terms read), lead-ins opened and closed, provisions renumbered, headings
 * added and removed, text undone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { analyse } from '../server/src/engine/lint.js';
import { ParseCache, warmParseCache } from '../server/src/engine/parse.js';
import { generateBill } from '../bench/generate.js';
import { fixture } from './helpers.js';
import { fuzzParams, fuzzTimeout } from './fuzz/arbitraries.js';

const BILLS = [
  ...readdirSync(new URL('../test-fixtures/', import.meta.url))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => fixture(f)),
  ...readdirSync(new URL('../test-fixtures/ja/', import.meta.url))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => fixture(`ja/${f}`)),
  generateBill(30_000),
];

const TYPED = [
  'x',
  ' ',
  'must ',
  'may ',
  'shall not ',
  'the Minister ',
  'Parliament ',
  'publish ',
  'report ',
  'torture ',
  'corruption ',
  'humanitarian assistance ',
  'reasons ',
  'court ',
  '—\n\n(a) ',
  ':\n\n- ',
  '\n\n',
  '\n\n## 99 Review\n\n',
  '\n\n“Committee” means the Joint Committee on Human Rights of Parliament.\n\n',
  '\n\nIn this Act, “relevant authority” means the Parliament.\n\n',
  'described in section 2 ',
  '> ',
  '**',
  '大臣は、',
  'しなければならない。',
];

type Edit = { at: number; kind: 'type' | 'delete' | 'undo'; what: number; size: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom<Edit['kind']>('type', 'type', 'type', 'delete', 'undo'),
  what: fc.nat(TYPED.length - 1),
  size: fc.integer({ min: 1, max: 40 }),
});

/**
 * Judge `base`, then each version in turn with the same cache, as typed: each
 * must give what a fresh judgement of its text gives, and provision `kept`
 * (which no version edits) must keep the first version's sentences (the
 * edits were patched). Returns the texts the findings of `rule` cover, in the
 * base and in each version.
 */
function flaggedAsTyped(base: string, versions: string[], rule: string, kept: number): { first: string[]; seen: string[][] } {
  const cache = new ParseCache();
  const first = analyse(base, {}, cache);
  const flagged = (r: typeof first) => r.result.findings.filter((f) => f.rule === rule).map((f) => r.lines.text.slice(f.span.start, f.span.end));
  const seen: string[][] = [];
  for (const text of versions) {
    const incremental = analyse(text, {}, cache);
    expect(incremental.bill.provisions[kept]!.sentences).toBe(first.bill.provisions[kept]!.sentences);
    expect(incremental.result).toEqual(analyse(text).result);
    seen.push(flagged(incremental));
  }
  return { first: flagged(first), seen };
}

/**
 * Judge `before`, then `after` with the same cache: the edit must be patched
 * (provision `kept` is the last version's), humanitarian.defined must go from
 * partial to met, and the result must be what a fresh judgement gives.
 */
function expectPatchedToMeetHumanitarianDefined(before: string, after: string, kept: number): void {
  const cache = new ParseCache();
  const first = analyse(before, {}, cache);
  const second = analyse(after, {}, cache);
  expect(second.bill.provisions[kept]!.sentences).toBe(first.bill.provisions[kept]!.sentences);
  const status = (r: typeof first) => r.result.checklist.find((l) => l.id === 'humanitarian.defined')!.status;
  expect(status(first)).toBe('partial');
  expect(status(second)).toBe('met');
  expect(second.result).toEqual(analyse(after).result);
}

describe('judging a bill as it is typed', () => {
  it('gives, after every edit, exactly what a from-scratch judgement of the same text gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(BILLS.length - 1), fc.array(edit, { minLength: 4, maxLength: 10 }), fc.boolean(), async (which, edits, warm) => {
        const cache = new ParseCache();
        const versions = [BILLS[which]!];
        analyse(versions[0]!, {}, cache);
        for (const e of edits) {
          const text = versions[versions.length - 1]!;
          let next: string;
          if (e.kind === 'undo' && versions.length > 1) next = versions[versions.length - 2]!;
          else {
            // Mostly inside the body of the bill, where typing happens.
            const at = Math.min(text.length, Math.floor(e.at * text.length));
            next = e.kind === 'delete' ? text.slice(0, at) + text.slice(Math.min(text.length, at + e.size)) : text.slice(0, at) + TYPED[e.what]! + text.slice(at);
          }
          versions.push(next);
          if (warm) await warmParseCache(next, cache, () => false, 0);
          const incremental = analyse(next, {}, cache);
          const fresh = analyse(next);
          expect(incremental.result).toEqual(fresh.result);
          expect(incremental.bill).toEqual(fresh.bill);
        }
      }),
      fuzzParams(1),
    );
  }, fuzzTimeout(1, 2000));

  it('reads the rest of the bill afresh when an edit inside a definition changes what a defined term stands for', () => {
    // The edit stays inside one paragraph, so the bill is patched and section 2 is kept; its clause now names,
    // through the defined term, who the humanitarian exception covers.
    const before = '# Test Bill\n\n## 1 Interpretation\n\nIn this Act, “relief body” means a body that delivers aid to people in need in a country where a person is designated.\n\n## 2 Exception\n\nNothing in this Act prohibits humanitarian assistance, including food and medicine, provided by a relief body.\n';
    const after = before.replace('means a body', 'means a non-governmental organisation');
    expectPatchedToMeetHumanitarianDefined(before, after, 1);
  });

  it('sees an element typed into a long bill, though the last version had it nowhere', () => {
    // Twelve provisions anchor the humanitarian lesson, more than the judge looks at once it knows no provision
    // can add anything (judgeAnchored): what it knew of the last version must not hide what the edit added.
    const provision = (n: number) => `## ${n} Exception ${n}\n\nNothing in this Act prohibits humanitarian assistance, such as food and medicine, to the people of region ${n}.\n`;
    const before = '# Test Bill\n\n' + Array.from({ length: 12 }, (_, i) => provision(i + 1)).join('\n');
    const after = before.replace('people of region 12.', 'people of region 12, delivered by non-governmental organisations.');
    expectPatchedToMeetHumanitarianDefined(before, after, 0);
  });

  it('reads again the anchors and duties of the provision an edit rebuilds, and keeps the others', () => {
    const provision = (n: number) => `## ${n} Provision ${n}\n\nThe Minister must keep a record of each matter dealt with under this section ${n}.\n`;
    const base = '# Test Bill\n\n## 1 Designation\n\nThe Minister may designate a person responsible for torture.\n\n' + Array.from({ length: 10 }, (_, i) => provision(i + 2)).join('\n');
    // A reporting duty typed into section 7's paragraph (an anchor of oversight.report, and a duty measures.mandatory
    // reads), then its "must" made "may".
    const report = (modal: string) => base.replace('this section 7.', `this section 7. The Minister ${modal}, within 3 months after the end of each financial year, lay before each House of Parliament a report on the designations made during that year.`);
    const cache = new ParseCache();
    const first = analyse(base, {}, cache);
    const statuses = (r: typeof first) => ['oversight.report', 'measures.mandatory'].map((id) => r.result.checklist.find((l) => l.id === id)!.status);
    const seen: string[][] = [];
    for (const text of [report('must'), report('may'), report('must'), base]) {
      const incremental = analyse(text, {}, cache);
      // (Patched, not built again: the provisions before the edit are the last version's.)
      expect(incremental.bill.provisions[0]!.sentences).toBe(first.bill.provisions[0]!.sentences);
      expect(incremental.result).toEqual(analyse(text).result);
      seen.push(statuses(incremental));
    }
    expect(statuses(first)).toEqual(['missing', 'missing']);
    expect(seen).toEqual([
      ['partial', 'met'],
      ['partial', 'partial'],
      ['partial', 'met'],
      ['missing', 'missing'],
    ]);
  });

  it('reads again the references an edit can change, and moves the others with the text', () => {
    const base = [
      '# Test Bill',
      '## 1 Designation',
      'The Minister may designate a person responsible for torture, as section 7(5) and section 42 provide.',
      '## 2 Freeze',
      'A person must not deal with the funds of a designated person.',
      ...Array.from({ length: 4 }, (_, i) => `## ${i + 3} Provision ${i + 3}\n\nThe Minister must keep a record under this section.`),
      '## 7 Reports',
      '(1) The Minister must report on designations.',
      '(2) The report must be published.',
      '(3) The report must be laid before Parliament.',
      '## 8 Other matters',
      'Nothing in section 99 applies.',
      '',
    ].join('\n\n');
    const versions = [
      // Section 7 gains a subsection (5) inside its third paragraph: the reference to 7(5) in section 1 now holds.
      base.replace('(3) The report must', '(5) The annual report must'),
      base,
      // A dangling reference typed into section 2.
      base.replace('of a designated person.', 'of a designated person under section 77.'),
      base,
    ];
    const { first, seen } = flaggedAsTyped(base, versions, 'drafting.cross-reference', 0);
    expect(first).toEqual(['section 7(5)', 'section 42', 'section 99']);
    expect(seen).toEqual([
      ['section 42', 'section 99'],
      ['section 7(5)', 'section 42', 'section 99'],
      ['section 7(5)', 'section 42', 'section 77', 'section 99'],
      ['section 7(5)', 'section 42', 'section 99'],
    ]);
  });

  it('reads again for defined terms only the edited block, and reads the bill afresh when a definition changes', () => {
    const base = [
      '# Test Bill',
      '## 1 Interpretation',
      'In this Act, “designated person” means a person designated under section 2, and “relevant agency” means an agency the Minister names.',
      '## 2 Designation',
      'The Minister may designate a person responsible for torture.',
      ...Array.from({ length: 4 }, (_, i) => `## ${i + 3} Provision ${i + 3}\n\nThe Minister must keep a record of each designated person under this section.`),
      '## 7 Freeze',
      'A person must not deal with the funds of a person without the consent of a relevant body.',
      '',
    ].join('\n\n');
    const versions = [
      // A use of the unused term typed into section 7.
      base.replace('a relevant body.', 'a relevant agency.'),
      base,
      // Text quoted as if defined, never defined.
      base.replace('the funds of a person', 'the “frozen funds” of a person'),
      base,
      // A definition edited: “relevant agency” becomes “relevant body”, which section 7 uses.
      base.replace('“relevant agency” means', '“relevant body” means'),
      base,
    ];
    const { first, seen } = flaggedAsTyped(base, versions, 'drafting.defined-term', 1);
    expect(first).toEqual(['“relevant agency”']);
    expect(seen).toEqual([[], ['“relevant agency”'], ['“relevant agency”', '“frozen funds”'], ['“relevant agency”'], [], ['“relevant agency”']]);
  });

  it('gives the same answers with the memos of one document used for another', () => {
    // A cache is per document in the server, but nothing in it may depend on which document filled it.
    const cache = new ParseCache();
    for (const text of BILLS) expect(analyse(text, {}, cache).result).toEqual(analyse(text).result);
  });
});
