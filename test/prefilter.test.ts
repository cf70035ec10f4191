/**
 * The literal pre-check (checklist/prefilter.ts) skips a pattern only when
 * the text lacks every string a match must contain. A wrong reading would
 * silently drop a finding, so it is checked against the patterns themselves:
 * every pattern of both checklists over every sentence of the fixtures and
 * evaluation bills, hand-written constructs, and random text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyse, checklistFor } from '../server/src/engine/lint.js';
import type { CompiledChecklist, CompiledCue } from '../server/src/engine/checklist/compile.js';
import { mayCrossJoin, mayMatch, readPattern, requiredLiterals } from '../server/src/engine/checklist/prefilter.js';
import { prefilterTable, tableText } from '../server/src/engine/checklist/prefilter-table.js';
import { billFiles } from './helpers.js';
import { fuzzParams } from './fuzz/arbitraries.js';

/** Every regular expression the judge matches sentences against. */
function patternsOf(c: CompiledChecklist): RegExp[] {
  const out: RegExp[] = [];
  const cue = (q: CompiledCue | null) => {
    if (q) out.push(...q.all, ...q.none, ...q.alongside);
  };
  for (const l of c.lessons) {
    for (const v of l.variants) {
      cue(v.anchor);
      for (const e of v.elements) {
        cue(e.cue);
        cue(e.because);
        for (const o of e.or) cue(o.cue);
      }
    }
    for (const d of l.duties) cue(d.cue);
    out.push(...l.placement);
  }
  out.push(c.enabling, c.enablingCriteria, c.modal, c.must, c.may, c.actors, ...c.aliases.map((a) => a.re));
  return out;
}

function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

describe('the literal pre-check of the checklist patterns', () => {
  it('never rules out a pattern that matches, over every sentence of the fixtures and evaluation bills', () => {
    const files = billFiles();
    expect(files.length).toBeGreaterThan(100);
    let checked = 0;
    let skipped = 0;
    let matched = 0;
    for (const file of files) {
      const { bill } = analyse(readFileSync(file, 'utf8'));
      const patterns = patternsOf(checklistFor(bill.language));
      const texts = [...bill.provisions.flatMap((p) => p.sentences.flatMap((s) => [s.text, s.context])), ...bill.preamble.map((s) => s.text)];
      for (const t of texts) {
        for (const re of patterns) {
          checked++;
          const may = mayMatch(re, t);
          if (!may) skipped++;
          if (matches(re, t)) {
            matched++;
            if (!may) throw new Error(`ruled out /${re.source.slice(0, 80)}…/ on a sentence it matches: ${t.slice(0, 160)}`);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // It is worth having: most pairs of pattern and sentence are ruled out without running the pattern.
    expect(skipped / checked).toBeGreaterThan(0.6);
  });

  it('ships the current reading of every pattern the checklists pre-check (run npm run build:prefilter after editing a cue)', () => {
    const committed = readFileSync(new URL('../server/src/engine/checklist/prefilter-table.json', import.meta.url), 'utf8');
    const en = checklistFor('en');
    const ja = checklistFor('ja');
    expect(committed).toBe(tableText(prefilterTable([en, ja])));
    // Every cue pattern and both enabling patterns are in it, so a new process reads none of them itself.
    const table = JSON.parse(committed) as Record<string, unknown>;
    for (const c of [en, ja]) {
      for (const re of [c.enabling, ...c.anchors.flatMap((a) => a.all)]) expect(Object.hasOwn(table, re.source), re.source.slice(0, 80)).toBe(true);
    }
  });

  it('reads a pattern that is not in the table from its source', () => {
    const re = /\b(?:tribunal|court) of (?:appeal|review)\b/i;
    expect(requiredLiterals(re)).toEqual(readPattern(re));
    expect(requiredLiterals(re)?.map((c) => [...c].sort())).toEqual([['court of appeal', 'court of review', 'tribunal of appeal', 'tribunal of review']]);
  });

  it('reads the words a match must contain from alternatives, optional parts, classes and lookarounds', () => {
    expect(requiredLiterals(/\b(?:parliament|congress)\b/i)).toEqual([['congress', 'parliament']]);
    // Optional parts multiply out.
    expect(requiredLiterals(/prohibitions? on entry/i)).toEqual([['prohibition on entry', 'prohibitions on entry']]);
    expect(requiredLiterals(/organi[sz]ation/i)).toEqual([['organisation', 'organization']]);
    // Control escapes read alike in a class and out of one; "{" that is not a quantifier is a literal.
    expect(requiredLiterals(/[\r\n]x/)).toEqual([['\rx', '\nx']]);
    expect(mayMatch(/[\r\n]x/, 'a\rx')).toBe(true);
    expect(requiredLiterals(/\{ab{2,}c/)).toEqual([['{a'], ['b'], ['c']]);
    // Lookarounds add no text; a negative lookbehind does not make its words required.
    expect(requiredLiterals(/(?<!reasonable )\bgrounds\b(?! for)/i)).toEqual([['grounds']]);
    // "\w*", "[^;]{0,60}" and the like require nothing; the words on either side are both required, the longer first.
    expect(requiredLiterals(/\bdesignat\w*[^;]{0,60}\bcourt\b/i)).toEqual([['designat'], ['court']]);
    // Every alternative must require something, or nothing is required.
    expect(requiredLiterals(/report|\w+ly/i)).toEqual([['ly', 'report']]);
    expect(requiredLiterals(/report|\w+/i)).toBeNull();
    expect(requiredLiterals(/(?:review)?/)).toBeNull();
    // Alternatives unite their clauses: any branch may be the one that matches.
    expect(requiredLiterals(/\b(?:shall|must)\b[^.]*\bnotify\b|\bis to (?:report|inform)\b/i)?.map((c) => [...c].sort())).toEqual([
      ['is to inform', 'is to report', 'notify'],
      ['is to inform', 'is to report', 'must', 'shall'],
    ]);
    // Upper case in the pattern is read in lower case, as the text is.
    expect(requiredLiterals(/Minister/)).toEqual([['minister']]);
    // Japanese has no case: the characters themselves.
    expect([...requiredLiterals(/(?:考慮|勘案)(?:しなければならない|するものとする)/)![0]!].sort()).toEqual(
      ['考慮しなければならない', '考慮するものとする', '勘案しなければならない', '勘案するものとする'].sort(),
    );
  });

  it('makes no claim where case folding is not plain lower case (unicode mode) or the pattern has back-references', () => {
    expect(requiredLiterals(/strasse/iu)).toBeNull();
    expect(mayMatch(/s/iu, 'ſ')).toBe(true);
    expect(requiredLiterals(/(a)\1/)).toEqual([['a']]);
    expect(requiredLiterals(/(\w)\1x/)).toEqual([['x']]);
  });

  it('agrees with the pattern on random text made of the pattern’s own words', () => {
    const en = patternsOf(checklistFor('en'));
    const words = ['the', 'Minister', 'may', 'shall', 'designate', 'Parliament', 'report', 'reasons', 'humanitarian', 'exemption', 'court', 'review', 'list', 'person', 'foreign', 'countries', ';', ',', '.', '(a)'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.nat(en.length - 1), (ws, k) => {
        const text = ws.join(' ');
        const re = en[k]!;
        if (matches(re, text)) expect(mayMatch(re, text)).toBe(true);
      }),
      fuzzParams(2000),
    );
  });

  it('finds exactly the strings a text holds, overlapping or nested (one pass over the text for all of them)', () => {
    const word = fc.stringMatching(/^[ab ]{1,4}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.stringMatching(/^[abAB ]{0,24}$/), (words, text) => {
        const re = new RegExp(words.map((w) => w.replace(/ /g, '\\x20')).join('|'), 'i');
        expect(mayMatch(re, text)).toBe(words.some((w) => text.toLowerCase().includes(w)));
      }),
      fuzzParams(3000),
    );
  });

  it('says whether a pattern could reach past the ";" that joins a pool\'s sentences (erring towards yes)', () => {
    const cannot = [/\b(?:food|basic (?:human )?needs)\b/gi, /[a-z-]+ [A-Z0-9]/, /\bwater\s*\(\d\)/];
    const could = [/food.needs/, /a;b/, /[^x]/, /\W/, /\S+/, /\p{P}/u, /[!-@]/, /\u003b/, /(?<=x)y/, /y(?!x)/, /^food/, /food$/, /\x3b/];
    for (const re of cannot) expect(mayCrossJoin(re), re.source).toBe(false);
    for (const re of could) expect(mayCrossJoin(re), re.source).toBe(true);
    // Every pattern of both checklists that it reads as unable to does not match a lone ";" either.
    for (const language of ['en', 'ja'] as const) {
      for (const re of patternsOf(checklistFor(language))) {
        if (!mayCrossJoin(re)) expect(new RegExp(re.source, re.flags.replace('g', '')).test('a ; b ; ;'), re.source).toBe(false);
      }
    }
  });
});
