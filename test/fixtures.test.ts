/**
 * Every fixture bill gets exactly the checklist statuses and drafting findings
 * its expert labels say (test-fixtures/**\/*.expected.json).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/src/engine/lint.js';
import { LineIndex } from '../server/src/engine/text.js';
import { LESSONS } from '../server/src/engine/checklist/index.js';

const ROOT = fileURLToPath(new URL('../test-fixtures/', import.meta.url));

interface Expected {
  checklist: Record<string, { status: string }>;
  drafting: { rule: string; line: number; text: string }[];
}

const cases: { name: string; text: string; expected: Expected }[] = [];
for (const dir of ['', 'enacted', 'ja']) {
  for (const f of readdirSync(join(ROOT, dir))) {
    const exp = join(ROOT, dir, f.replace(/\.md$/, '.expected.json'));
    if (!f.endsWith('.md') || !existsSync(exp)) continue;
    cases.push({ name: join(dir, f), text: readFileSync(join(ROOT, dir, f), 'utf8'), expected: JSON.parse(readFileSync(exp, 'utf8')) as Expected });
  }
}

describe('fixture bills', () => {
  it('has at least ten labelled bills', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const result = lint(c.text);

      it('labels every lesson of the checklist', () => {
        expect(Object.keys(c.expected.checklist).sort()).toEqual(LESSONS.map((l) => l.id).sort());
      });

      it('gets the labelled status for every lesson', () => {
        const got = Object.fromEntries(result.checklist.map((l) => [l.id, l.status]));
        const want = Object.fromEntries(Object.entries(c.expected.checklist).map(([id, v]) => [id, v.status]));
        expect(got).toEqual(want);
      });

      it('reports exactly the labelled drafting faults, on their text', () => {
        const index = new LineIndex(c.text);
        const got = result.findings
          .filter((f) => f.rule.startsWith('drafting.'))
          .map((f) => ({ rule: f.rule, line: index.position(f.span.start).line + 1, text: c.text.slice(f.span.start, f.span.end) }));
        const byLine = (a: { line: number; rule: string }, b: { line: number; rule: string }) => a.line - b.line || a.rule.localeCompare(b.rule);
        const expected = [...c.expected.drafting].sort(byLine);
        got.sort(byLine);
        expect(got.map(({ rule, line }) => ({ rule, line }))).toEqual(expected.map((d) => ({ rule: d.rule, line: d.line })));
        for (const [i, d] of expected.entries()) expect(got[i]!.text, d.text).toContain(d.text.replace(/^["“]|["”]$/g, ''));
      });

      it('puts one finding on the bill for every lesson not met, and none for met ones', () => {
        for (const l of result.checklist) {
          const findings = result.findings.filter((f) => f.rule === l.id);
          expect(findings.length, l.id).toBe(l.status === 'met' ? 0 : 1);
        }
      });
    });
  }
});
