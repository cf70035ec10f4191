/** Hostile input: the engine answers every one with a clean result or a clear note, and never throws. */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { parseBlocks, wholeDocumentBlocks } from '../server/src/engine/parse.js';
import { LineIndex } from '../server/src/engine/text.js';

const BILL = '# Bill\n\n## 1 Designation\n\nThe Minister may designate a person if the Minister has reasonable grounds to suspect that the person is responsible for torture.\n';

describe('hostile input', () => {
  it('reads 50,000-deep block quotes as plain text and says so', () => {
    const r = lint('> '.repeat(50_000) + 'x\n\n' + BILL);
    expect(r.notes.map((n) => n.message).join()).toContain('nested too deeply');
    expect(r.checklist).toHaveLength(26);
    expect(r.checklist.find((l) => l.id === 'evidence.standard')!.status).toBe('met');
  });

  it('reads absurdly nested lists as plain text', () => {
    const deep = Array.from({ length: 2_000 }, (_, i) => ' '.repeat(Math.min(i, 300) * 2) + '- item').join('\n');
    const r = lint(deep + '\n\n' + BILL);
    expect(r.notes).toHaveLength(1);
    expect(r.checklist.find((l) => l.id === 'scope.human-rights')!.status).toBe('met');
  });

  it('handles a 1 MB single line, NUL bytes and lone surrogates', () => {
    expect(lint('a'.repeat(1 << 20)).checklist).toHaveLength(26);
    expect(lint('abc\u0000def\n' + BILL).checklist.find((l) => l.id === 'evidence.standard')!.status).toBe('met');
    expect(lint('# Bill\n\n\ud800 section 4\n').findings.some((f) => f.rule === 'drafting.cross-reference')).toBe(true);
  });

  it('gives the same result for CRLF and mixed line endings, with ranges on the right lines', () => {
    const crlf = BILL.replace(/\n/g, '\r\n');
    const mixed = BILL.replace(/\n\n/, '\r\n\r\n');
    const statuses = (t: string) => lint(t).checklist.map((l) => l.status);
    expect(statuses(crlf)).toEqual(statuses(BILL));
    expect(statuses(mixed)).toEqual(statuses(BILL));
    expect(parseBlocks(crlf)).toEqual(wholeDocumentBlocks(crlf));
    const r = lint(crlf);
    const ev = r.checklist.find((l) => l.id === 'evidence.standard')!.evidence[0]!;
    expect(new LineIndex(crlf).position(ev.span.start)).toEqual({ line: 4, column: 0 });
  });

  it('ignores a byte-order mark', () => {
    expect(lint('\ufeff' + BILL).checklist.map((l) => l.status)).toEqual(lint(BILL).checklist.map((l) => l.status));
  });

  it('answers an empty file and a file that is only front matter', () => {
    for (const t of ['', '---\ntitle: x\n---\n']) {
      const r = lint(t);
      expect(r.checklist.every((l) => l.status === 'missing')).toBe(true);
      expect(r.findings.every((f) => f.span.start >= 0 && f.span.end <= t.length)).toBe(true);
    }
  });
});
