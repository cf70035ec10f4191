/** The checklist is data: one schema for every lesson, ids that match the specification, and new lessons need no code. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LESSONS, RULE_IDS } from '../server/src/engine/checklist/index.js';
import { compileChecklist } from '../server/src/engine/checklist/compile.js';
import type { LessonSpec } from '../server/src/engine/checklist/schema.js';
import { judgeLessons } from '../server/src/engine/judge.js';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';

const SPEC = fileURLToPath(new URL('../../shared/checklist.md', import.meta.url));

describe('the checklist as data', () => {
  // The specification lives beside the repository (as in CI); a checkout without it cannot compare.
  it.skipIf(!existsSync(SPEC))('has exactly the lesson ids of the specification (../shared/checklist.md), in its order', () => {
    const spec = readFileSync(SPEC, 'utf8');
    const ids = [...spec.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect([...LESSONS.map((l) => l.id), 'drafting.cross-reference', 'drafting.defined-term', 'drafting.numbering']).toEqual(ids);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it('gives every lesson a title, sources, a reason, a missing message and elements with labels', () => {
    for (const l of LESSONS) {
      expect(l.title.en.length, l.id).toBeGreaterThan(3);
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      for (const s of l.sources) expect(s.speaker && s.document && s.paraphrase, l.id).toBeTruthy();
      expect(l.why.en, l.id).toMatch(/\.$/);
      expect(l.missing.en, l.id).toMatch(/\.$/);
      for (const v of l.variants ?? []) for (const e of v.elements) expect(e.label.en.length, `${l.id}/${e.id}`).toBeGreaterThan(3);
    }
  });

  it('compiles every pattern once, for every language that has one', () => {
    expect(() => compileChecklist(LESSONS, 'en')).not.toThrow();
    expect(() => compileChecklist(LESSONS, 'ja')).not.toThrow();
  });

  it('compiles a cue that several lessons share once, so that a sentence is matched against it once', () => {
    for (const language of ['en', 'ja'] as const) {
      const compiled = compileChecklist(LESSONS, language);
      const anchorOf = (id: string) => compiled.lessons.find((l) => l.spec.id === id)!.variants[0]!.anchor;
      // The power to designate anchors the three scope lessons alike (written once in each lesson's data).
      const shared = ['scope.human-rights', 'scope.corruption', 'scope.accomplices'].map(anchorOf);
      expect(new Set(shared).size, language).toBe(1);
      expect(anchorOf('evidence.standard'), language).toBe(anchorOf('scope.individuals'));
      expect(compiled.anchors, language).toContain(shared[0]);
      expect(new Set(compiled.anchors).size, `${language}: an anchor listed twice`).toBe(compiled.anchors.length);
    }
  });

  it('judges a lesson added as data, with no new code', () => {
    const cyber: LessonSpec = {
      id: 'scope.cyber',
      area: 'scope',
      title: { en: 'Malicious cyber activity as a ground' },
      severity: 'information',
      sources: [{ speaker: 'Test', document: 'Test', paraphrase: 'Test.' }],
      why: { en: 'Test.' },
      missing: { en: 'Cyber activity is not a ground.' },
      mode: 'anchored',
      binary: true,
      variants: [{ anchor: { en: { all: ['{DESIGNATION}'] } }, elements: [{ id: 'cyber', label: { en: 'malicious cyber activity' }, scope: 'provision', cue: { en: { all: [String.raw`\bcyber[- ]?(?:attacks?|activity)\b`] } } }] }],
      placement: { en: ['designat'] },
    };
    const compiled = compileChecklist([...LESSONS, cyber], 'en');
    const judge = (text: string) => judgeLessons(buildBill(parseBlocks(text), 'en'), compiled).find((o) => o.lesson.spec.id === 'scope.cyber')!;
    expect(judge('# Bill\n\n## 2 Designation\n\nThe Minister may designate a person responsible for malicious cyber activity.\n').status).toBe('met');
    expect(judge('# Bill\n\n## 2 Designation\n\nThe Minister may designate a person responsible for torture.\n').status).toBe('missing');
  });
});
