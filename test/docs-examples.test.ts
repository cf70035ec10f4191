/**
 * The examples in docs/rules/<id>.md are run as tests, so the documentation
 * cannot drift from what the tool does (the remark-lint practice).
 * ```markdown met|partial|missing``` blocks give a lesson's status;
 * ```markdown ok|not-ok``` blocks say whether a drafting rule reports anything.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint.js';
import { RULE_IDS } from '../server/src/engine/checklist/index.js';

const DOCS = fileURLToPath(new URL('../docs/rules/', import.meta.url));
const FENCE = /^```markdown (met|partial|missing|ok|not-ok)\n([\s\S]*?)^```$/gm;

describe('rule documentation', () => {
  it('has a page for every rule', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...RULE_IDS].sort());
  });

  for (const id of RULE_IDS) {
    const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');
    const examples = [...page.matchAll(FENCE)].map((m) => ({ expect: m[1]!, text: m[2]! }));

    it(`${id}: has the sections a reader needs and a passing and a failing example`, () => {
      for (const h of ['## What it checks', '## Why it matters', '## Source', '## Examples']) expect(page).toContain(h);
      const kinds = new Set(examples.map((e) => e.expect));
      if (id.startsWith('drafting.')) expect([kinds.has('ok'), kinds.has('not-ok')]).toEqual([true, true]);
      else expect([kinds.has('met'), kinds.has('missing')]).toEqual([true, true]);
    });

    examples.forEach((ex, i) => {
      it(`${id}: example ${i + 1} is ${ex.expect}`, () => {
        const result = lint(ex.text);
        if (id.startsWith('drafting.')) {
          const hits = result.findings.filter((f) => f.rule === id);
          if (ex.expect === 'ok') expect(hits.map((h) => h.message)).toEqual([]);
          else expect(hits.length).toBeGreaterThan(0);
        } else {
          const lesson = result.checklist.find((l) => l.id === id)!;
          expect({ status: lesson.status, missing: lesson.missingElements }).toMatchObject({ status: ex.expect });
        }
      });
    });
  }
});
