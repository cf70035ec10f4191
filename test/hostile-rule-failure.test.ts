/**
 * "A rule that throws is reported as its own failure and the other rules still
 * report" (issue #5, item 4). Two faults are injected, with no hook in the
 * engine: a drafting check replaced by one that throws (vi.mock of its module,
 * switched on per test), and a lesson whose compiled data throws when the
 * judge reads it (a getter on the compiled checklist, restored afterwards).
 * The language server publishes exactly the engine's findings (test/lsp.test.ts,
 * test/fuzz/server.fuzz.test.ts), so a failure reaches the editor as the same
 * error diagnostic; its hover is checked here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checklistFor, lint } from '../server/src/engine/lint.js';
import { LESSONS } from '../server/src/engine/checklist/index.js';
import type { LintResult } from '../server/src/engine/types.js';
import { hoverAt } from '../server/src/lsp/hover.js';
import { runCli } from './helpers.js';

const fault = vi.hoisted(() => ({ numbering: false }));
vi.mock('../server/src/engine/drafting/numbering.js', async (original) => {
  const real = await original<typeof import('../server/src/engine/drafting/numbering.js')>();
  return {
    ...real,
    checkNumbering: (...args: Parameters<typeof real.checkNumbering>) => {
      if (fault.numbering) throw new RangeError('injected numbering fault');
      return real.checkNumbering(...args);
    },
  };
});

/** Make one lesson's judgement throw, as a defect in its data or code would. Returns the undo. */
function breakLesson(id: string): () => void {
  const lesson = checklistFor('en').lessons.find((l) => l.spec.id === id)!;
  const saved = { variants: lesson.variants, duties: lesson.duties };
  const boom = {
    get(): never {
      throw new TypeError(`injected fault in ${id}`);
    },
    configurable: true,
  };
  Object.defineProperty(lesson, 'variants', boom);
  Object.defineProperty(lesson, 'duties', boom);
  return () => {
    Object.defineProperty(lesson, 'variants', { value: saved.variants, writable: true, configurable: true });
    Object.defineProperty(lesson, 'duties', { value: saved.duties, writable: true, configurable: true });
  };
}

const BILL = `# Human Rights Sanctions Bill

## 1 Designation

(1) The Minister may designate a foreign person if the Minister has reasonable grounds to suspect that the person is responsible for torture.

## 3 Reports

(1) The Minister must report to Parliament every year on the operation of this Act.

## 3 Freezing

(1) A person must not deal with the funds of a designated person. See section 9.
`;

const statuses = (r: LintResult, skip: string[]) => r.checklist.filter((l) => !skip.includes(l.id)).map((l) => [l.id, l.status]);
const findings = (r: LintResult, skip: string[]) => r.findings.filter((f) => !skip.includes(f.rule)).map((f) => [f.rule, f.span, f.message]);

let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  undo = undefined;
  fault.numbering = false;
});

describe('a rule that throws', () => {
  it('is reported as its own failure, naming the check in plain words; every other rule still reports as before', () => {
    const clean = lint(BILL);
    expect(clean.findings.some((f) => f.rule === 'drafting.numbering')).toBe(true); // section 3 twice
    expect(clean.findings.some((f) => f.rule === 'oversight.report')).toBe(true);

    undo = breakLesson('oversight.report');
    fault.numbering = true;
    const r = lint(BILL);
    const broken = ['oversight.report', 'drafting.numbering'];

    expect(r.failures).toEqual([
      { rule: 'oversight.report', message: 'injected fault in oversight.report' },
      { rule: 'drafting.numbering', message: 'injected numbering fault' },
    ]);
    // Every lesson keeps its row; the failed one is reported missing, saying it was not checked; the other 25 are judged as they were.
    expect(r.checklist.map((l) => l.id)).toEqual(LESSONS.map((l) => l.id));
    expect(r.checklist.find((l) => l.id === 'oversight.report')).toMatchObject({ status: 'missing', missingElements: ['not checked: the check failed (see the error finding)'], evidence: [] });
    expect(statuses(r, broken)).toEqual(statuses(clean, broken));
    expect(findings(r, broken)).toEqual(findings(clean, broken));
    // Each failure is one error finding of its own rule, on the title, in words a drafter can act on.
    const own = r.findings.filter((f) => broken.includes(f.rule));
    expect(own.map((f) => [f.rule, f.severity, f.span])).toEqual([
      ['drafting.numbering', 'error', { start: 0, end: 29 }],
      ['oversight.report', 'error', { start: 0, end: 29 }],
    ]);
    expect(own.find((f) => f.rule === 'oversight.report')!.message).toBe(
      'magnitsky-lint could not check “Reports to the legislature” (oversight.report) in this document: the check stopped with an internal error (injected fault in oversight.report). The other checks ran. This is a fault in magnitsky-lint, not in the bill; please report it.',
    );
    expect(own.find((f) => f.rule === 'drafting.numbering')!.message).toMatch(/^magnitsky-lint could not check “Skipped or duplicated provision numbers” \(drafting\.numbering\)/);
  });

  it('is told in Japanese to a Japanese reader', () => {
    undo = breakLesson('oversight.report');
    const f = lint(BILL, { locale: 'ja' }).findings.find((x) => x.rule === 'oversight.report')!;
    expect(f.message).toMatch(/^magnitsky-lint は、この文書について「.+」（oversight\.report）を確認できませんでした/);
  });

  it('is not reported when the rule is turned off', () => {
    undo = breakLesson('oversight.report');
    fault.numbering = true;
    const r = lint(BILL, { rules: { 'oversight.report': 'off', 'drafting.numbering': 'off' } });
    expect(r.failures).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'oversight.report' || f.rule === 'drafting.numbering')).toEqual([]);
  });

  it('has a hover in the editor that shows the failure as it is', () => {
    undo = breakLesson('oversight.report');
    const r = lint(BILL);
    const own = { ...r, findings: r.findings.filter((f) => f.rule === 'oversight.report') }; // (other findings share the title)
    const hover = hoverAt(own, 3, 0, 29, 'commonwealth', 'en')!;
    expect((hover.contents as { value: string }).value).toContain('could not check “Reports to the legislature”');
  });

  it('makes the CLI print the failure among the findings and exit 1; JSON lists it under "failures"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlint-fail-'));
    writeFileSync(join(dir, 'bill.md'), BILL);
    undo = breakLesson('oversight.report');
    let r = await runCli(['--no-color', join(dir, 'bill.md')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bill\.md:1:1 {2}error {2}magnitsky-lint could not check “Reports to the legislature” \(oversight\.report\).* {2}oversight\.report/);
    expect(r.out).toMatch(/scope\.individuals\s+✓ met/); // the checklist of the other lessons is still printed
    expect(r.err).toBe('');
    r = await runCli(['-f', 'json', join(dir, 'bill.md')]);
    const file = JSON.parse(r.out).files[0];
    expect(file.failures).toEqual([{ rule: 'oversight.report', message: 'injected fault in oversight.report' }]);
    expect(file.checklist).toHaveLength(LESSONS.length);
  });
});
