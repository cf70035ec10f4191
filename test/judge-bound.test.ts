/**
 * On a long bill the judge stops looking at a lesson's candidates once the
 * rest cannot change the result (judgeAnchored in judge.ts): a met candidate,
 * or one with every element the bill can give any candidate. A wrong stop
 * would silently change a status, its missing elements or its evidence, so
 * the bounded search is compared with the exhaustive one on bills long enough
 * for the stop to be reached: every fixture and evaluation bill repeated,
 * generated bills, and random mixtures of the bills.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checklistFor } from '../server/src/engine/lint.js';
import { judgeLessons, type LessonOutcome } from '../server/src/engine/judge.js';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill, type Bill } from '../server/src/engine/structure/bill.js';
import { detectLanguage } from '../server/src/engine/language.js';
import { generateBill } from '../bench/generate.js';
import { billFiles } from './helpers.js';
import { fuzzParams, fuzzTimeout } from './fuzz/arbitraries.js';

const BILLS = billFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** What a user sees of an outcome: status, missing elements, where the finding goes and the evidence cited. */
function summary(bill: Bill, outcomes: LessonOutcome[]) {
  const at = (s: { block: number; from: number; to: number }) => `${s.block}:${s.from}-${s.to}`;
  return outcomes.map((o) => ({
    id: o.lesson.spec.id,
    status: o.status,
    missing: o.missing.map((m) => m.en),
    anchor: o.anchor ? `${at(o.anchor.sentence)} ${o.anchor.words?.join('-') ?? ''} ${o.anchor.provision?.label ?? ''}` : null,
    evidence: o.evidence.map((r) => `${at(r.sentence)} ${r.provision?.label ?? ''}`),
    language: bill.language,
  }));
}

function bothWays(text: string) {
  const language = detectLanguage(text);
  const bill = buildBill(parseBlocks(text), language);
  const compiled = checklistFor(language);
  return { bounded: summary(bill, judgeLessons(bill, compiled)), exhaustive: summary(bill, judgeLessons(bill, compiled, undefined, undefined, 'exhaustive')) };
}

/** The bill's text after its first heading (its title), so that copies of it read as more provisions of one bill. */
function body(text: string): string {
  const at = text.indexOf('\n#', text.indexOf('#') + 1);
  return at < 0 ? text : text.slice(at + 1);
}

describe('the judge stops early only when the rest cannot change the result', () => {
  it('gives every fixture and evaluation bill, repeated ten times, the same judgement as an exhaustive search', () => {
    expect(BILLS.length).toBeGreaterThan(100);
    for (const { path, text } of BILLS) {
      const long = text + ('\n\n' + body(text)).repeat(9);
      const { bounded, exhaustive } = bothWays(long);
      expect(bounded, path).toEqual(exhaustive);
    }
  }, 120_000);

  it('gives generated bills the same judgement as an exhaustive search', () => {
    for (const size of [20_000, 150_000]) {
      const { bounded, exhaustive } = bothWays(generateBill(size));
      expect(bounded).toEqual(exhaustive);
    }
  }, 60_000);

  it('gives random mixtures of the bills the same judgement as an exhaustive search', () => {
    const english = BILLS.filter((b) => detectLanguage(b.text) === 'en');
    const pick = fc.integer({ min: 0, max: english.length - 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(pick, fc.integer({ min: 1, max: 4 })), { minLength: 2, maxLength: 5 }), (parts) => {
        const text = english[parts[0]![0]]!.text + parts.map(([i, n]) => ('\n\n' + body(english[i]!.text)).repeat(n)).join('');
        const { bounded, exhaustive } = bothWays(text);
        expect(bounded).toEqual(exhaustive);
      }),
      fuzzParams(1),
    );
  }, fuzzTimeout(1, 400));
});
