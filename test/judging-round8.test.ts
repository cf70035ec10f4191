/**
 * Readings prompted by the eighth blind round (eval/blind-round-8): each form
 * of text in a small bill of its own, with what a drafter should see.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';

const status = (text: string, id: string) => lint(text).checklist.find((l) => l.id === id)!.status;
const statuses = (text: string, ids: string[]) => Object.fromEntries(ids.map((id) => [id, status(text, id)]));
/** The drafting findings, as "rule@line" (1-based). */
const drafting = (text: string) =>
  lint(text)
    .findings.filter((f) => f.rule.startsWith('drafting.'))
    .map((f) => `${f.rule}@${text.slice(0, f.span.start).split('\n').length}`);

describe('a Kenyan bill: parts as lines in capitals, italic marginal notes ending in a full stop, sections as a numbered list', () => {
  const KE = [
    'THE HUMAN RIGHTS (TARGETED SANCTIONS) BILL, 2026',
    '',
    'ENACTED by the Parliament of Kenya, as follows—',
    '',
    'PART I — PRELIMINARY',
    '',
    '*Short title.*',
    '',
    '1. This Act may be cited as the Human Rights (Targeted Sanctions) Act, 2026.',
    '',
    'PART II — DESIGNATION',
    '',
    '*Designation of persons.*',
    '',
    '2. (1) The Cabinet Secretary may, by notice in the Gazette, designate a person where there are reasonable grounds to believe that the person has committed a gross violation of human rights.',
    '',
    '(2) The Cabinet Secretary may, by notice in the Gazette, revoke a designation made under subsection (1).',
    '',
    'PART III — MEASURES',
    '',
    '*Prohibited immigrant.*',
    '',
    '3. A designated person who is an individual shall be a prohibited immigrant for the purposes of section 33 of the Kenya Citizenship and Immigration Act, 2011.',
    '',
    '---',
    '',
    'MEMORANDUM OF OBJECTS AND REASONS',
    '',
    'The Bill is intended to allow victims and civil society organisations to submit evidence to the Cabinet Secretary, and Parliament to recommend persons for designation.',
    '',
  ].join('\n');

  it('reads its parts and sections', () => {
    const bill = buildBill(parseBlocks(KE), 'en');
    expect(bill.provisions.map((p) => `${p.label} in ${p.division}`)).toEqual(['section 1 in Part I', 'section 2 in Part II', 'section 3 in Part III']);
    expect(drafting(KE)).toEqual([]);
  });

  it('judges the sections, not the memorandum', () => {
    expect(statuses(KE, ['evidence.standard', 'measures.entry-ban', 'civil-society.submissions', 'oversight.trigger'])).toEqual({
      'evidence.standard': 'met',
      'measures.entry-ban': 'met',
      'civil-society.submissions': 'missing',
      'oversight.trigger': 'missing',
    });
  });
});

describe('a UK statutory instrument with a heading caption above each regulation', () => {
  const SI = [
    '# The Example Sanctions Regulations 2026',
    '',
    '## PART 2 — Designation of persons',
    '',
    '### Power to designate persons',
    '',
    '5.—(1) The Secretary of State may designate persons by name for the purposes of any of regulations 7 to 10.',
    '',
    '### Publication',
    '',
    '6. The Secretary of State must maintain on a website of the Government of the United Kingdom a list of designated persons.',
    '',
    '## PART 3 — Finance',
    '',
    '### Asset-freeze in relation to designated persons',
    '',
    '7. A person must not deal with funds or economic resources owned, held or controlled by a designated person.',
    '',
    '### Making funds available to designated persons',
    '',
    '8. A person must not make funds available directly or indirectly to a designated person.',
    '',
    '### Circumventing prohibitions',
    '',
    '10. A person must not intentionally participate in activities knowing that the object or effect of them is to circumvent regulation 7 or 8.',
    '',
  ].join('\n');

  it('reads every regulation after a Part heading, with the heading above it as its caption', () => {
    const bill = buildBill(parseBlocks(SI), 'en');
    expect(bill.provisions.map((p) => `${p.label}: ${p.caption}`)).toEqual([
      'regulation 5: Power to designate persons',
      'regulation 6: Publication',
      'regulation 7: Asset-freeze in relation to designated persons',
      'regulation 8: Making funds available to designated persons',
      'regulation 10: Circumventing prohibitions',
    ]);
  });

  it('flags only the skipped regulation 9, not the references to regulations 7 to 10', () => {
    expect(drafting(SI)).toEqual(['drafting.numbering@25']);
  });

  it('does not take the UK Government’s own website list for a partner’s designations', () => {
    expect(status(SI, 'coordination.allies')).toBe('missing');
  });
});
