/**
 * The clause library: every lesson has at least two clauses; every citation
 * is one the shared reference confirms; every clause, set alone in a bill,
 * gets exactly the status its entry records (a library clause the linter
 * rejects is a bug in one of them); the generated snippet file matches.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLibrary, LibraryError } from '../server/src/library/load.js';
import { billWithClause } from '../server/src/library/insert.js';
import { plainText, snippetBody, placeholders } from '../server/src/library/placeholders.js';
import { snippetFileText } from '../server/src/library/snippets.js';
import { entryProblems } from '../server/src/library/schema.js';
import { LESSONS } from '../server/src/engine/checklist/index.js';
import { lint } from '../server/src/engine/lint.js';
import { runCli } from './helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = loadLibrary();
const REFERENCE = fileURLToPath(new URL('../../shared/jurisdictions.md', import.meta.url));
const SHORT_TITLE_ONLY = (style: string) => billWithClause({ id: 'x', lessons: { 'oversight.report': 'met' }, jurisdiction: 'x', instrument: 'x', provision: null, year: null, kind: 'modelled', style: style as 'us', title: 'Blank', text: 'This section is intentionally blank.', note: 'x' });

describe('clause library', () => {
  it('has at least two clauses for every lesson', () => {
    const thin = LESSONS.filter((l) => entries.filter((e) => l.id in e.lessons).length < 2).map((l) => l.id);
    expect(thin).toEqual([]);
  });

  it.skipIf(!existsSync(REFERENCE))('cites only provisions that ../shared/jurisdictions.md confirms', () => {
    const reference = readFileSync(REFERENCE, 'utf8');
    const unconfirmed = entries.filter((e) => e.provision !== null && !reference.includes(e.provision)).map((e) => `${e.id}: ${e.provision}`);
    expect(unconfirmed).toEqual([]);
  });

  it('presents recommended clauses as recommendations, never as enacted law', () => {
    for (const e of entries.filter((x) => x.kind === 'recommended')) {
      expect([e.jurisdiction, e.provision, e.year], e.id).toEqual(['Recommended', null, null]);
    }
  });

  it('gives every clause a note for students that names the lesson it applies', () => {
    for (const e of entries) {
      expect(e.note.length, e.id).toBeGreaterThan(80);
      const titles = Object.keys(e.lessons).flatMap((id) => [id, LESSONS.find((l) => l.id === id)!.title.en.toLowerCase()]);
      const words = e.note.toLowerCase();
      expect(titles.some((t) => words.includes(t)) || Object.keys(e.lessons).some((id) => words.includes(id.split('.')[1]!.replace('-', ' '))), `${e.id} note should say which lesson it applies`).toBe(true);
    }
  });

  describe('each clause, inserted alone into a bill that lacks its lesson, is judged as its entry records', () => {
    for (const e of entries) {
      it(e.id, () => {
        const before = lint(SHORT_TITLE_ONLY(e.style));
        const after = lint(billWithClause(e));
        for (const [id, want] of Object.entries(e.lessons)) {
          expect(before.checklist.find((l) => l.id === id)!.status, `${id} without the clause`).toBe('missing');
          const got = after.checklist.find((l) => l.id === id)!;
          expect({ lesson: id, status: got.status, lacks: got.status === want ? [] : got.missingElements }).toEqual({ lesson: id, status: want, lacks: [] });
        }
      });
    }
  });

  it('turns placeholders into tab stops, the same text into the same stop', () => {
    const t = 'The {{Minister}} must report to {{Parliament}} within {{30}} days; the {{Minister}} may not use $ or }.';
    expect(plainText(t)).toBe('The Minister must report to Parliament within 30 days; the Minister may not use $ or }.');
    expect(snippetBody(t)).toBe('The ${1:Minister} must report to ${2:Parliament} within ${3:30} days; the ${1:Minister} may not use \\$ or \\}.');
    expect(placeholders(t)).toEqual(['Minister', 'Parliament', '30']);
    for (const e of entries) expect(placeholders(e.text).length, `${e.id} has placeholders for names, bodies or periods`).toBeGreaterThan(0);
  });

  it('generates a snippet file that matches the library (run npm run build:snippets after editing it)', () => {
    const committed = readFileSync(new URL('../snippets/markdown.code-snippets', import.meta.url), 'utf8');
    expect(committed).toBe(snippetFileText(entries));
    const snippets = JSON.parse(committed) as Record<string, { prefix: string[]; body: string[] }>;
    expect(Object.keys(snippets)).toHaveLength(entries.length);
  });

  it('reports malformed entries clearly', () => {
    expect(entryProblems({ id: 'x' }, 'f.json[0]')).toContain('f.json[0]: "jurisdiction" must be a non-empty string');
    expect(entryProblems({ id: 'x', lessons: { 'no.such': 'met' } }, 'f[0]').join()).toContain('unknown lesson "no.such"');
    const dir = mkdtempSync(join(tmpdir(), 'lib-'));
    writeFileSync(join(dir, 'bad.json'), '{');
    expect(() => loadLibrary(dir)).toThrow(LibraryError);
  });
});

describe('magnitsky-lint compare', () => {
  it('sets every jurisdiction’s clause for a lesson side by side, with citations', async () => {
    const r = await runCli(['compare', 'oversight.trigger', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Jurisdiction') && !l.startsWith('| ---'));
    expect(rows.length).toBe(entries.filter((e) => 'oversight.trigger' in e.lessons).length);
    expect(r.out).toContain('they are not the text of any law');
  });

  it('adds the draft’s own clause, or its absence, as a column', async () => {
    const r = await runCli(['compare', 'oversight.trigger', '--draft', fileURLToPath(new URL('../test-fixtures/sample-bill.md', import.meta.url))]);
    expect(r.out).toContain('Your draft');
    expect(r.out).toContain('(the draft has no provision on this)');
  });

  it('rejects an unknown lesson with exit 2', async () => {
    const r = await runCli(['compare', 'oversight.triger']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown lesson "oversight.triger"');
  });
});
