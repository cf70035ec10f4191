/**
 * Readings prompted by the ninth blind round (eval/blind-round-9): each form
 * of text in a small bill of its own, with what a drafter should see.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { lessonStatus as status, lessonStatuses as statuses, draftingFindings as drafting } from './helpers.js';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';

describe('a New Zealand bill whose sections are a numbered list with bold captions', () => {
  const NZ = [
    '# Human Rights Violators (Sanctions) Bill',
    '',
    'The Parliament of New Zealand enacts as follows:',
    '',
    '1. **Title**',
    '',
    '   This Act is the Human Rights Violators (Sanctions) Act 2026.',
    '',
    '2. **Designation**',
    '',
    '   (1) The Minister may designate a person if the Minister has reasonable grounds to believe that the person is responsible for torture.',
    '',
    '3. **Request for revocation**',
    '',
    '   (1) A designated person may ask the Minister, in writing, to revoke the designation under section 2.',
    '',
  ].join('\n');

  it('reads each item as a section with its caption', () => {
    expect(buildBill(parseBlocks(NZ), 'en').provisions.map((p) => `${p.label}: ${p.caption}`)).toEqual(['section 1: Title', 'section 2: Designation', 'section 3: Request for revocation']);
    expect(drafting(NZ)).toEqual([]);
  });

  it('reads a designated person asking the Minister to revoke as an application for removal', () => {
    expect(status(NZ, 'evidence.review')).toBe('partial');
  });
});

describe('an Estonian law in English translation, hard-wrapped, with § sections', () => {
  const EE = [
    '# Entry Restrictions Act',
    '',
    '**§ 1. Scope and purpose of Act**',
    '',
    '(1) This Act provides the grounds and procedure for prohibiting the',
    'entry into Estonia of aliens, with the aim of contributing to the fight',
    'against corruption.',
    '',
    '**§ 3. Grounds for prohibition on entry**',
    '',
    '(1) The Minister of the Interior may apply a prohibition on entry to an',
    'alien if the information available to the state gives good reason to',
    'believe that the alien:',
    '1) has committed torture or enforced disappearance;',
    '2) has financed an act specified in clause 1) of this subsection.',
    '',
    '**§ 4. Preparation of proposal**',
    '',
    '(1) In preparing a proposal, the Minister of Foreign Affairs may take',
    'into account a prohibition on entry or a similar restrictive measure',
    'applied to the same person by another Member State of the European',
    'Union or the United States of America.',
    '',
    '**§ 5. Permission to enter in exceptional cases**',
    '',
    '(1) The Minister of the Interior may, in an exceptional case, permit an',
    'alien to enter Estonia for humanitarian reasons.',
    '',
    '(2) The procedure is established by a regulation issued on the basis of',
    '§ 12 of this Act.',
    '',
    '**§ 6. Amendment of the Obligation to Leave and Prohibition on Entry Act**',
    '',
    'In subsection 29 (1) of the Obligation to Leave and Prohibition on Entry',
    'Act, the words "or under this Act" are added after the words "on the',
    'grounds provided for in this Act".',
    '',
  ].join('\n');

  it('judges as the law reads', () => {
    expect(statuses(EE, ['scope.corruption', 'evidence.standard', 'coordination.allies', 'humanitarian.exemption'])).toEqual({
      // corruption only in the aim of § 1(1), not a ground in § 3
      'scope.corruption': 'missing',
      // "good reason to believe"
      'evidence.standard': 'met',
      // partners' measures "applied to the same person by another Member State"
      'coordination.allies': 'met',
      // entry "in an exceptional case" by the Minister's permission is a discretionary permit
      'humanitarian.exemption': 'partial',
    });
  });

  it('flags § 12, which the Act does not contain, and not the words it amends', () => {
    expect(drafting(EE)).toEqual(['drafting.numbering@9', 'drafting.cross-reference@30']);
  });
});

describe('a Korean draft act in English translation', () => {
  const KR = [
    '# Act on Sanctions against Perpetrators of Serious Human Rights Violations',
    '',
    '**Article 4 (Designation)** (1) The Minister of Foreign Affairs may designate a foreign individual, corporation or organization as a sanctioned person where there are reasonable grounds to believe that the person has committed torture.',
    '',
    '**Article 5 (Requests for Designation)** (1) A victim or a civil society organization may request the Minister of Foreign Affairs, in writing, to designate a person as a sanctioned person.',
    '',
    '(2) In examining a request, the Minister of Foreign Affairs may take into consideration information provided by civil society organizations.',
    '',
    '**Article 6 (Public Notice and Notification)** (1) When the Minister of Foreign Affairs designates a sanctioned person or revokes a designation, the Minister shall, without delay, publish the fact in the Official Gazette.',
    '',
    '(2) The Minister of Foreign Affairs shall notify the sanctioned person of the designation and of the reasons therefor.',
    '',
    '## ADDENDA',
    '',
    '**Article 1 (Enforcement Date)** This Act shall enter into force six months after the date of its promulgation.',
    '',
  ].join('\n');

  it('judges as the law reads', () => {
    expect(statuses(KR, ['civil-society.submissions', 'civil-society.consideration', 'coordination.public-list', 'evidence.reasons', 'measures.mandatory'])).toEqual({
      'civil-society.submissions': 'met',
      'civil-society.consideration': 'partial',
      'coordination.public-list': 'met',
      'evidence.reasons': 'met',
      // "may take into consideration" is a duty worded as a power
      'measures.mandatory': 'partial',
    });
  });

  it('numbers the Addenda afresh', () => {
    expect(drafting(KR)).toEqual([]);
  });
});

describe('an EU Council Decision whose Annex lists persons with the grounds for each', () => {
  const EU = [
    '# COUNCIL DECISION (CFSP) 2026/1',
    '',
    'HAS ADOPTED THIS DECISION:',
    '',
    '### Article 1',
    '',
    '1. Member States shall take the measures necessary to prevent the entry into their territories of the natural persons listed in the Annex who are responsible for serious violations of human rights committed against human rights defenders.',
    '',
    '### Article 2',
    '',
    '1. All funds and economic resources belonging to the natural or legal persons listed in the Annex shall be frozen.',
    '',
    '### Article 3',
    '',
    '1. By way of derogation from Article 2, the competent authority may authorise the making available of certain funds for humanitarian purposes.',
    '',
    '### Article 4',
    '',
    '1. The Council shall establish and amend the list set out in the Annex.',
    '',
    '2. The Annex shall also contain, where available, the information necessary to identify the persons concerned.',
    '',
    '### Article 5',
    '',
    '1. The Council shall communicate its decision to the person concerned, providing that person with an opportunity to present observations.',
    '',
    '2. Where observations are submitted, the Council shall review its decision.',
    '',
    '### Annex',
    '',
    '| Name | Grounds |',
    '| --- | --- |',
    '| [Name withheld] | Commander of a unit responsible for torture, enforced disappearance and arbitrary detention. |',
    '',
  ].join('\n');

  it('does not read the grounds given for listed persons as the criteria for listing', () => {
    expect(status(EU, 'evidence.criteria')).toBe('partial');
  });

  it('freezes without banning funds made available: a derogation and "where available" are no ban', () => {
    expect(status(EU, 'measures.asset-freeze')).toBe('partial');
  });

  it('reads observations the Council must review as a request for review without a deadline', () => {
    expect(status(EU, 'evidence.review')).toBe('partial');
  });
});

describe('US and UK wording from the ninth round', () => {
  const US = [
    '# H. R. 9',
    '',
    '## SEC. 5. SANCTIONS.',
    '',
    '(a) IN GENERAL.—The President may impose sanctions on a foreign person that the President determines, based on credible evidence, is responsible for torture.',
    '',
    '(h) REQUESTS FOR REMOVAL.—A foreign person subject to sanctions under this section may submit to the Secretary of State a request that the sanctions be terminated. The Secretary shall review each such request and inform the requester of the outcome.',
    '',
    '## SEC. 8. GAO REVIEW.',
    '',
    '(a) IN GENERAL.—Not later than 2 years after the date of the enactment of this Act, the Comptroller General of the United States shall submit to the appropriate congressional committees a report on the implementation of this Act.',
    '',
  ].join('\n');

  it('a request that sanctions "be terminated" is an application for removal, and a GAO report on the Act is a review for Congress', () => {
    expect(statuses(US, ['evidence.review', 'oversight.review'])).toEqual({ 'evidence.review': 'partial', 'oversight.review': 'met' });
  });

  const UK = [
    '# Human Rights Sanctions Bill',
    '',
    '## Clause 5 — Humanitarian activity',
    '',
    '(1) The prohibitions in clause 3 do not apply to anything done for the purpose of carrying out humanitarian activity.',
    '',
    '(2) In this Act "humanitarian activity" means—',
    '',
    '(a) the provision of food, medicine, medical care or shelter, or',
    '',
    '(b) other activities to meet basic human needs,',
    '',
    'carried out by the United Nations, the International Committee of the Red Cross or a non-governmental organisation.',
    '',
  ].join('\n');

  it('reads who carries out humanitarian activity from the words after the list', () => {
    expect(status(UK, 'humanitarian.defined')).toBe('met');
  });

  const CA = [
    '# An Act to amend the Justice for Victims of Corrupt Foreign Officials Act',
    '',
    '**4 (1)** The Governor in Council may, by order, list a foreign national if there are reasonable grounds to believe that the foreign national is responsible for torture.',
    '',
    '**5 (1)** The Minister shall cause a copy of each order made under subsection 4(1) to be laid before each House of Parliament within 15 sitting days, with a statement of the reasons for it.',
    '',
  ].join('\n');

  it('"shall cause a copy … to be laid" is a duty to give notice', () => {
    expect(lint(CA).checklist.find((l) => l.id === 'oversight.notification')!.missingElements.join()).not.toContain('duty');
  });
});
