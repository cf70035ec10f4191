/**
 * Provision forms that Markdown does not mark as headings: UK statutory
 * instruments ("1." list items, "5.—(1)"), Canadian marginal notes, Japanese
 * supplementary provisions, and text inserted into another Act in quotation
 * marks. Each test checks what a drafter sees: the provisions read, and the
 * drafting findings that must (or must not) follow.
 */
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';
import { draftingFindings as drafting } from './helpers.js';

const bill = (text: string) => buildBill(parseBlocks(text), 'en');

const SI = [
  '# STATUTORY INSTRUMENTS',
  '',
  '## 2025 No. 1184',
  '',
  '### The Example (Sanctions) Regulations 2025',
  '',
  'The Secretary of State makes these Regulations in exercise of the powers conferred by sections 1(1), 15(2)(b) and 54 of that Act.',
  '',
  '## PART 1 — General',
  '',
  '**Citation and commencement**',
  '',
  '1. These Regulations may be cited as the Example (Sanctions) Regulations 2025.',
  '',
  '**Interpretation**',
  '',
  '2. In these Regulations—',
  '',
  '"designated person" means a person designated under regulation 3;',
  '',
  '**Power to designate**',
  '',
  '3.—(1) The Secretary of State may designate persons by name.',
  '',
  '(2) A person "deals with" funds if the person moves them.',
  '',
  '**Finance**',
  '',
  '4. A person must not deal with funds of a designated person. This is subject to regulation 9.',
].join('\n');

describe('provisions written without Markdown headings', () => {
  it('reads a statutory instrument whose regulations are "1." list items and "3.—(1)" paragraphs under bold headings', () => {
    const b = bill(SI);
    const numbered = b.provisions.filter((p) => p.key !== null);
    expect(numbered.map((p) => [p.label, p.caption, p.role])).toEqual([
      ['regulation 1', 'Citation and commencement', 'preliminary'],
      ['regulation 2', 'Interpretation', 'definitions'],
      ['regulation 3', 'Power to designate', 'operative'],
      ['regulation 4', 'Finance', 'operative'],
    ]);
  });

  it('flags only the reference to a regulation the instrument lacks, not the enabling Act’s sections or the defined verb', () => {
    // Line 29 cites regulation 9; "sections … of that Act" are the parent Act's; "deals with" is defined and used as "deal with".
    expect(drafting(SI)).toEqual(['drafting.cross-reference@29']);
  });

  it('reads Canadian sections under bold marginal notes, and a duplicated number among them', () => {
    const text = [
      '# BILL C-1',
      '',
      '## Summary',
      '',
      'This enactment does things.',
      '',
      '## Short Title',
      '',
      '**Short title**',
      '',
      '1 This Act may be cited as the Example Act.',
      '',
      '## Designation',
      '',
      '**Order**',
      '',
      '2 (1) The Governor in Council may, by order, designate a foreign national.',
      '',
      '**Publication**',
      '',
      '(2) Every order must be published in the *Canada Gazette*, Part II.',
      '',
      '**Tabling**',
      '',
      '3 The Minister must table each order made under section 2.',
      '',
      '**Report**',
      '',
      '3 The Minister must report under section 7.',
    ].join('\n');
    const b = bill(text);
    expect(b.provisions.filter((p) => p.key !== null).map((p) => `${p.label}: ${p.caption}`)).toEqual([
      'section 1: Short title',
      'section 2: Order',
      'section 3: Tabling',
      'section 3: Report',
    ]);
    // The second section 3 (line 29), and section 7 (line 29); not "Canada Gazette, Part II".
    expect(drafting(text).sort()).toEqual(['drafting.cross-reference@29', 'drafting.numbering@29']);
  });

  it('does not read the numbered paragraphs of an article, under its caption, as provisions', () => {
    const text = [
      '# Council Regulation',
      '',
      '## Article 1',
      '',
      '**Freezing**',
      '',
      '1. All funds shall be frozen.',
      '',
      '2. No funds shall be made available.',
      '',
      '## Article 2',
      '',
      '**Humanitarian exception**',
      '',
      'Article 1(1) and (2) shall not apply to humanitarian assistance.',
    ].join('\n');
    const b = bill(text);
    expect(b.provisions.map((p) => `${p.label}: ${p.caption}`)).toEqual(['Article 1: Freezing', 'Article 2: Humanitarian exception']);
    expect(drafting(text)).toEqual([]);
  });

  it('numbers the articles of the supplementary provisions afresh', () => {
    const text = [
      '# Act on Example Measures',
      '',
      '**Article 1 (Purpose)**',
      '',
      'The purpose of this Act is to protect.',
      '',
      '**Article 2 (Designation)**',
      '',
      'The Minister may designate a person.',
      '',
      '## Supplementary Provisions',
      '',
      '**Article 1 (Effective Date)**',
      '',
      'This Act comes into effect on a day set by Cabinet Order.',
      '',
      '**Article 2 (Review)**',
      '',
      'The Government shall review this Act after five years.',
    ].join('\n');
    const b = bill(text);
    expect(b.provisions.filter((p) => p.key !== null).map((p) => `${p.domain}: ${p.label}`)).toEqual([
      'main: Article 1',
      'main: Article 2',
      'Supplementary Provisions: Article 1',
      'Supplementary Provisions: Article 2',
    ]);
    expect(drafting(text)).toEqual([]);
  });

  it('leaves alone references inside text inserted into another Act in quotation marks', () => {
    const text = [
      '# Law Amending the Law on Aliens',
      '',
      '### Article 1. Supplementing the Law with Article 133¹',
      '',
      'The Law shall be supplemented with the following new Article 133¹:',
      '',
      '"Article 133¹. Proposals of the Seimas',
      '',
      '1. The Committee may propose an alien for the list referred to in Article 133(5) of this Law.',
      '',
      '2. The Minister shall review each listing under Article 133(5) of this Law every year."',
      '',
      '### Article 2. Entry into force',
      '',
      'This Law shall enter into force on 1 May. Article 4 applies to pending cases.',
    ].join('\n');
    // Article 133(5) is the principal Law's; Article 4 (line 15) is this Law's own and missing.
    expect(drafting(text)).toEqual(['drafting.cross-reference@15']);
  });
});
