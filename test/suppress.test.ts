/** Inline configuration comments switch rules off for a line, a stretch or the file — and only those. */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { LineIndex } from '../server/src/engine/text.js';
import { looksLikeBill } from '../server/src/engine/detect.js';
import { buildBill } from '../server/src/engine/structure/bill.js';
import { parseBlocks } from '../server/src/engine/parse.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BILL = ['# Bill', '', '## 1 Designation', '', 'The Minister may designate a person. See section 9.', '', '## 2 Other', '', 'See section 12 and section 14.', ''];
const rulesAt = (text: string) => {
  const idx = new LineIndex(text);
  return lint(text).findings.filter((f) => f.rule === 'drafting.cross-reference').map((f) => idx.position(f.span.start).line + 1);
};

describe('inline configuration comments', () => {
  it('without comments, every dangling reference is flagged', () => {
    expect(rulesAt(BILL.join('\n'))).toEqual([5, 9, 9]);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const t = [...BILL.slice(0, 4), '<!-- magnitsky-lint-disable-next-line drafting.cross-reference -->', ...BILL.slice(4)].join('\n');
    expect(rulesAt(t)).toEqual([10, 10]);
  });

  it('disable-line works at the end of a line', () => {
    const t = BILL.join('\n').replace('See section 9.', 'See section 9. <!-- magnitsky-lint-disable-line drafting.cross-reference -->');
    expect(rulesAt(t)).toEqual([9, 9]);
  });

  it('disable-line works on a line of a Japanese bill set line by line (one Markdown paragraph for several articles)', () => {
    // Far enough into the file that offsets within the paragraph and in the file differ.
    const lines = ['# 人権侵害制裁法案', '', '趣旨の説明。'.repeat(40), '', '第一条　この法律は、重大な人権侵害に関与した外国人に対する措置を定める。', '第二条　第九十九条の規定による指定は、官報で公示しなければならない。', '第三条　第八十八条の規定により、外務大臣は指定をすることができる。', ''];
    const flagged = (t: string) => lint(t).findings.filter((f) => f.rule === 'drafting.cross-reference').map((f) => new LineIndex(t).position(f.span.start).line + 1);
    expect(flagged(lines.join('\n'))).toEqual([6, 7]);
    lines[5] += '<!-- magnitsky-lint-disable-line drafting.cross-reference -->';
    expect(flagged(lines.join('\n'))).toEqual([7]);
  });

  it('disable … enable covers a stretch; other rules still report', () => {
    const t = ['<!-- magnitsky-lint-disable drafting.cross-reference -->', ...BILL.slice(0, 6), '<!-- magnitsky-lint-enable drafting.cross-reference -->', ...BILL.slice(6)].join('\n');
    expect(rulesAt(t)).toEqual([11, 11]);
    expect(lint(t).findings.some((f) => f.rule === 'oversight.report')).toBe(true);
  });

  it('disable-file, and a bare disable, switch everything off; the checklist still reports statuses', () => {
    const t = ['<!-- magnitsky-lint-disable-file -->', ...BILL].join('\n');
    const r = lint(t);
    expect(r.findings).toEqual([]);
    expect(r.checklist.find((l) => l.id === 'oversight.report')!.status).toBe('missing');
  });

  it('warns about an unknown rule id instead of silently ignoring it', () => {
    const r = lint(['<!-- magnitsky-lint-disable drafting.crossreference -->', ...BILL].join('\n'));
    expect(r.notes.map((n) => n.message).join()).toContain('unknown rule “drafting.crossreference”');
    expect(r.findings.filter((f) => f.rule === 'drafting.cross-reference')).toHaveLength(3);
  });
});

describe('which documents are bills', () => {
  const isBill = (t: string) => looksLikeBill(buildBill(parseBlocks(t), 'en'));
  it('recognises bills by their shape or front matter, and leaves other Markdown alone', () => {
    expect(isBill('# Human Rights Sanctions Bill\n\n## 1 Short title\n\nText.\n\n## 2 Designation\n\nThe Minister may designate a person.\n')).toBe(true);
    expect(isBill('# Project README\n\nRun `npm test` to check the bills.\n\n## Set-up\n\nInstall Node.\n')).toBe(false);
    expect(isBill('# Meeting notes 3 May\n\n- discussed sanctions on officials\n- next steps\n')).toBe(false);
    expect(isBill('---\nmagnitsky-lint: true\n---\n\n# Notes\n')).toBe(true);
    expect(isBill('---\nmagnitsky-lint: false\n---\n\n# Bill\n\n## 1 A\n\nx\n\n## 2 B\n\ndesignate\n')).toBe(false);
    expect(isBill('# A Bill\n\nBe it enacted by the Parliament as follows:\n\n1. Short title.\n')).toBe(true);
  });

  it('treats every fixture bill as a bill, and this project’s own documentation as not one', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const md = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
    for (const f of [...md('test-fixtures'), ...md('test-fixtures/enacted')].filter((f) => !f.endsWith('README.md'))) expect(isBill(readFileSync(join(root, f), 'utf8')), f).toBe(true);
    for (const f of ['README.md', 'CHANGELOG.md', 'test-fixtures/README.md', ...md('docs'), ...md('docs/rules')]) expect(isBill(readFileSync(join(root, f), 'utf8')), f).toBe(false);
  });
});
