/**
 * Judging and drafting readings prompted by the seventh blind round
 * (eval/blind-round-7): what a drafter sees on each form of text, in a small
 * bill of its own, so that each reading is pinned down apart from the
 * evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { lessonStatus as status, draftingFindings as drafting } from './helpers.js';

describe('a table of contents typed as lines of a paragraph', () => {
  const NZ = [
    '# Human Rights (Targeted Sanctions) Bill',
    '',
    'Contents',
    '',
    '1 Title',
    '2 Commencement',
    'Part 1 — Preliminary provisions',
    '3 Purpose',
    '4 Consultation with civil society',
    '',
    'The Parliament of New Zealand enacts as follows:',
    '',
    '**1 Title**',
    '',
    'This Act is the Human Rights (Targeted Sanctions) Act 2026.',
    '',
    '**2 Commencement**',
    '',
    'This Act comes into force on the day after the date of Royal assent.',
    '',
    '**3 Purpose**',
    '',
    'The purpose of this Act is to allow sanctions on persons who commit serious violations of human rights.',
    '',
    '**4 Consultation with civil society**',
    '',
    'The Minister may seek the views of any person.',
    '',
  ].join('\n');

  it('is not read as provisions, references or a standing role for civil society', () => {
    expect(drafting(NZ)).toEqual([]);
    expect(status(NZ, 'civil-society.institutional-role')).toBe('missing');
  });

  it('in a US bill, does not duplicate the numbers of the sections it lists', () => {
    const US = [
      '# H. R. 1',
      '',
      'Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,',
      '',
      '#### SECTION 1. SHORT TITLE; TABLE OF CONTENTS.',
      '',
      '(a) SHORT TITLE.—This Act may be cited as the "Example Act".',
      '',
      '(b) TABLE OF CONTENTS.—The table of contents for this Act is as follows:',
      '',
      'Sec. 1. Short title; table of contents.',
      'Sec. 2. Findings.',
      'Sec. 3. Sanctions.',
      '',
      '#### SEC. 2. FINDINGS.',
      '',
      'Congress finds that torture is wrong.',
      '',
      '#### SEC. 3. SANCTIONS.',
      '',
      'The President may impose sanctions on a foreign person responsible for torture.',
      '',
    ].join('\n');
    expect(drafting(US)).toEqual([]);
  });
});

describe('regulation powers written as a list of what the regulations "may do"', () => {
  const BILL = [
    '# Sanctions Bill',
    '',
    '## 7 Designation',
    '',
    'The Minister may designate a person or entity, of any nationality, if the Minister has reasonable grounds to believe that the person is responsible for torture.',
    '',
    '## 11 Regulations imposing sanctions',
    '',
    '(1) The Governor-General may, by Order in Council, make regulations that impose sanctions on designated persons.',
    '',
    '(2) Sanctions regulations may do any of the following:',
    '',
    '(a) prohibit or restrict dealing with assets owned or controlled by a designated person:',
    '',
    '(b) prohibit or restrict making assets or services available to or for the benefit of a designated person:',
    '',
    '(c) create offences for contraventions of the regulations and prescribe fines for an individual and for a body corporate.',
    '',
  ].join('\n');

  it('enable a freeze and offences without imposing them: partial, not met', () => {
    expect(status(BILL, 'measures.asset-freeze')).toBe('partial');
    expect(status(BILL, 'measures.penalties')).toBe('partial');
  });

  it('the same prohibitions imposed by the bill itself are met', () => {
    const direct = BILL.replace('(2) Sanctions regulations may do any of the following:', '(2) A person must not do any of the following:')
      .replace('(a) prohibit or restrict dealing with', '(a) deal with')
      .replace('(b) prohibit or restrict making assets or services available', '(b) make assets or services available');
    expect(status(direct, 'measures.asset-freeze')).toBe('met');
  });
});

describe('US-style blocking and reports', () => {
  const US = [
    '# H. R. 2',
    '',
    '#### SEC. 1. DEFINITIONS.',
    '',
    'In this Act:',
    '',
    '(1) FINANCIAL INSTITUTION.—The term "financial institution" has the meaning given that term in section 5312 of title 31, United States Code.',
    '',
    '(2) FOREIGN PERSON.—The term "foreign person" means any individual or entity that is not a United States person.',
    '',
    '#### SEC. 2. SANCTIONS.',
    '',
    '(a) IN GENERAL.—The President may impose the sanctions described in subsection (b) with respect to any foreign person that the President determines, based on credible evidence, is responsible for torture.',
    '',
    '(b) BLOCKING OF PROPERTY.—The President shall exercise all of the powers granted by the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.), except that the requirements of section 202 of that Act shall not apply, to the extent necessary to block and prohibit all transactions in all property and interests in property of the foreign person.',
    '',
    '#### SEC. 3. ANNUAL REPORT.',
    '',
    '(a) IN GENERAL.—Not later than 120 days after the date of the enactment of this Act, and annually thereafter, the Secretary of State shall submit to the appropriate congressional committees a report that includes—',
    '',
    '(1) a list of each foreign person with respect to which sanctions were imposed under section 2; and',
    '',
    '(2) the dates on which those sanctions were imposed and the reasons for imposing them.',
    '',
    '(b) PUBLICATION.—The unclassified portion of each report required by subsection (a) shall be made available to the public.',
    '',
  ].join('\n');

  it('blocking under IEEPA "except that the requirements of section 202 shall not apply" is still a freeze', () => {
    expect(status(US, 'measures.asset-freeze')).toBe('met');
  });

  it('a published report giving "the reasons for imposing" each sanction gives reasons', () => {
    expect(status(US, 'evidence.reasons')).toBe('met');
  });

  it('a term whose only other mention is its own caption is unused', () => {
    expect(drafting(US)).toEqual(['drafting.defined-term@7']);
  });

  it('a term used in the subsection just before its definition, in the same paragraph, is used', () => {
    const UK = [
      '# Sanctions Act',
      '',
      '**12 Freezing of funds**',
      '',
      '(1) A person must not deal with funds owned by a designated person.',
      '(2) In this section "deal with" includes using, moving or transferring funds.',
      '',
    ].join('\n');
    expect(drafting(UK)).toEqual([]);
  });
});

describe('an EU Council Decision', () => {
  const EU = [
    '# Council Decision (CFSP) 2026/1 concerning restrictive measures against serious human rights violations',
    '',
    '**Article 1**',
    '',
    '1. This Decision applies to the following acts, wherever committed:',
    '',
    '(a) torture and other cruel, inhuman or degrading treatment;',
    '',
    '(b) enforced disappearance of persons;',
    '',
    '(c) arbitrary arrests or detentions.',
    '',
    '2. The measures provided for in Article 2 apply to natural or legal persons, entities or bodies, of any nationality and wherever located, who are:',
    '',
    '(a) responsible for an act referred to in paragraph 1;',
    '',
    '(b) providing financial, technical or material support for, or otherwise involved in, such an act.',
    '',
    '**Article 2**',
    '',
    '1. All funds and economic resources belonging to the natural or legal persons, entities or bodies listed in the Annex shall be frozen.',
    '',
    '2. No funds or economic resources shall be made available, directly or indirectly, to or for the benefit of the persons listed in the Annex.',
    '',
    '**Article 3**',
    '',
    '1. Member States shall lay down rules on the penalties applicable to infringements of the measures set out in Article 2 and shall take all measures necessary to ensure that they are implemented.',
    '',
    '2. The penalties provided for shall be effective, proportionate and dissuasive.',
    '',
  ].join('\n');

  it('reads "the measures … apply to natural or legal persons … who are responsible" as the designation provision', () => {
    for (const id of ['evidence.criteria', 'scope.human-rights', 'scope.individuals', 'scope.accomplices']) expect([id, status(EU, id)]).toEqual([id, 'met']);
  });

  it('leaves penalties to the Member States: partial, even where it says they must be dissuasive', () => {
    expect(status(EU, 'measures.penalties')).toBe('partial');
  });
});

describe('an amending law that inserts a chapter of decimal-numbered sections in quotation marks', () => {
  const LV = [
    '# Amendments to the Law on International Sanctions',
    '',
    'Make the following amendments to the Law on International Sanctions:',
    '',
    '**1.** Supplement Section 1 with Clause 11 in the following wording:',
    '',
    '"11) serious human rights violation — torture or enforced disappearance."',
    '',
    '**2.** Supplement the Law with Chapter IV.1 in the following wording:',
    '',
    '"Chapter IV.1',
    '',
    '**Section 13.1. Subjects of National Sanctions**',
    '',
    '(1) The Cabinet may impose national sanctions on a natural or legal person if there are reasonable grounds to believe that the person has committed a serious human rights violation.',
    '',
    '**Section 13.2. Review**',
    '',
    '(1) The information classified in accordance with Section 13.10 of this Law shall be made available only to the judge, and the persons referred to in Section 13.1 may contest the order."',
    '',
    '**3.** Supplement the Transitional Provisions with Paragraph 6 in the following wording:',
    '',
    '"6. The Cabinet shall issue the regulations referred to in Section 13.2 of this Law."',
    '',
  ].join('\n');

  it('numbers the inserted sections in the amended Act’s series, and flags only the reference to a section the chapter lacks', () => {
    expect(drafting(LV)).toEqual(['drafting.cross-reference@19']);
    const f = lint(LV).findings.find((x) => x.rule === 'drafting.cross-reference')!;
    expect(LV.slice(f.span.start, f.span.end)).toBe('Section 13.10');
  });
});

describe('a Baltic law in English translation', () => {
  const LV = [
    '# Law on National Sanctions',
    '',
    '**Section 2. Proposals**',
    '',
    '(1) Any natural or legal person, including a victim of a serious human rights violation or an association or foundation, may submit to the Ministry of Foreign Affairs a substantiated proposal for imposing national sanctions.',
    '',
    '(2) The Ministry of Foreign Affairs shall examine each proposal submitted in accordance with Paragraph one of this Section and the information received from foreign states.',
    '',
    '**Section 3. Cabinet Order**',
    '',
    '(1) The Cabinet may impose national sanctions on a natural or legal person if there are reasonable grounds to believe that the person has committed a serious human rights violation.',
    '',
    '(2) The Cabinet order shall indicate the subject of the sanctions and the reasons for their imposition.',
    '',
    '(3) The Cabinet order shall be published in the official publication on the day of its adoption.',
    '',
    '**Section 4. Exemptions**',
    '',
    '(1) The Financial Intelligence Unit may, upon a reasoned request, permit the use of frozen funds to meet the basic needs of the subject of the sanctions and of the members of his or her family.',
    '',
    '(2) The Financial Intelligence Unit shall take a decision on a request within 30 days.',
    '',
    '**Section 5. Review**',
    '',
    '(1) The Ministry of Foreign Affairs shall, at least once every 12 months, assess whether the grounds for the national sanctions imposed under this Law still exist.',
    '',
    '(2) The subject of the sanctions may contest the Cabinet order before the Administrative District Court.',
    '',
    '**Section 6. Liability**',
    '',
    '(1) For the violation of national sanctions, a fine shall be imposed on a natural person, and a higher fine shall be imposed on a legal person.',
    '',
  ].join('\n');

  it('reads each provision as a drafter would', () => {
    const got = Object.fromEntries(['oversight.trigger', 'civil-society.consideration', 'evidence.reasons', 'evidence.review', 'measures.penalties'].map((id) => [id, status(LV, id)]));
    expect(got).toEqual({
      // "the members of his or her family" asking for a licence are not members of the legislature.
      'oversight.trigger': 'missing',
      // A duty to examine every proposal, which victims and associations may make.
      'civil-society.consideration': 'met',
      // The order states the reasons and is published.
      'evidence.reasons': 'met',
      // Yearly reassessment and a court, but no application for removal with a deadline.
      'evidence.review': 'partial',
      'measures.penalties': 'met',
    });
  });
});

describe('a Canadian bill that lists persons by adding their names to a schedule', () => {
  const CA = [
    '# An Act to provide for sanctions against foreign persons responsible for gross violations of human rights',
    '',
    '*Listing by regulation*',
    '',
    '**3 (1)** The Governor in Council may, by regulation, on the recommendation of the Minister, add the name of a foreign person to the schedule if there are reasonable grounds to believe that the foreign person is responsible for torture.',
    '',
    '*Tabling in Parliament*',
    '',
    '**4** A copy of each regulation made under subsection 3(1) is to be tabled in each House of Parliament within 15 sitting days after it is made.',
    '',
    '*Submission of information*',
    '',
    '**7 (1)** Any person, including a non-governmental organization, may submit information to the Minister concerning a foreign person.',
    '',
    '*Consideration of information*',
    '',
    '**(2)** In deciding whether to recommend that the name of a foreign person be added to the schedule, the Minister may consider information received under subsection (1) and credible information obtained by non-governmental organizations.',
    '',
  ].join('\n');

  it('reads the listing power, its tabling and the optional consideration of NGO information', () => {
    const got = Object.fromEntries(['evidence.standard', 'oversight.notification', 'civil-society.consideration'].map((id) => [id, status(CA, id)]));
    // "reasonable grounds to believe" on the listing; tabling each listing regulation, but not removals, is
    // partial notice; "may consider" is the checklist's partial case.
    expect(got).toEqual({ 'evidence.standard': 'met', 'oversight.notification': 'partial', 'civil-society.consideration': 'partial' });
  });
});

describe('UK periods written as "the end of the period of 3 years"', () => {
  const UK = [
    '# Human Rights Sanctions Act 2026',
    '',
    '**3 Designation**',
    '',
    '(1) The Secretary of State may designate a person if the Secretary of State has reasonable grounds to suspect that the person is responsible for torture.',
    '',
    '**9 Revocation on request**',
    '',
    '(1) A designated person may request the Secretary of State to revoke the designation.',
    '(2) The Secretary of State must decide the request within 90 days of receiving it and inform the person of the decision.',
    '(3) The person may apply to the High Court to set aside a decision on the designation.',
    '',
    '**10 Periodic review**',
    '',
    'The Secretary of State must review each designation before the end of the period of 3 years beginning with the day on which it was made, and before the end of each subsequent period of 3 years.',
    '',
    '**23 Independent review**',
    '',
    '(1) The Secretary of State must appoint an independent person to review the operation of this Act as soon as practicable after the end of the period of 3 years beginning with the day on which section 3 comes into force.',
    '(2) The Secretary of State must lay the report before Parliament within 30 days of receiving it.',
    '',
  ].join('\n');

  it('a review of each designation every 3 years is periodic, and a review of the Act after 3 years has a period', () => {
    expect(status(UK, 'evidence.review')).toBe('met');
    expect(status(UK, 'oversight.review')).toBe('met');
  });
});

describe('Japanese bills in the Diet’s form', () => {
  const JA = [
    '特定外国人等に対する措置に関する法律案',
    '',
    '（指定）',
    '第一条　外務大臣は、重大な人権侵害行為を行ったと信ずるに足りる相当な理由がある外国人等を指定することができる。',
    '',
    '（情報の参考）',
    '第二条　外務大臣は、指定をするかどうかを判断するに当たっては、非政府組織から提供された情報を参考にすることができる。',
    '２　外務大臣は、指定をするかどうかを判断するに当たっては、外国政府が同一の外国人等について講じた同種の措置を考慮するものとする。',
    '',
    '（公示）',
    '第三条　外務大臣は、指定をしたときは、遅滞なく、指定外国人等の氏名を官報で公示しなければならない。',
    '２　第一項の規定は、指定を解除した場合について準用する。',
    '',
    '（上陸の拒否）',
    '第四条　指定外国人等である個人は、出入国管理及び難民認定法（昭和二十六年政令第三百十九号）第五条第一項第十四号に掲げる者とみなして、同法の規定を適用する。',
    '',
  ].join('\n');

  it('reads optional reference to NGO information, partners’ measures, publication of removals by 準用 and a deemed landing refusal', () => {
    const got = Object.fromEntries(['civil-society.consideration', 'coordination.allies', 'coordination.public-list', 'measures.entry-ban'].map((id) => [id, status(JA, id)]));
    expect(got).toEqual({ 'civil-society.consideration': 'partial', 'coordination.allies': 'met', 'coordination.public-list': 'met', 'measures.entry-ban': 'met' });
  });
});

describe('commentary printed inside a provision that another provision takes in', () => {
  const MODEL = [
    '# Model Human Rights Sanctions Act',
    '',
    '## Section 4. Designation',
    '',
    '(1) The Designating Authority may designate a person where there are reasonable grounds to believe that the person is responsible for torture.',
    '',
    '> **Commentary:** Legislatures that wish to add a ground for significant corruption may model it on the United States legislation.',
    '',
    '## Section 7. Requests by the legislature',
    '',
    '(1) The Committee, or one third of its members acting jointly, may request the Designating Authority to determine whether a person named in the request meets the criteria in section 4.',
    '',
  ].join('\n');

  it('is not law: corruption named only in the commentary is not a ground', () => {
    expect(status(MODEL, 'scope.corruption')).toBe('missing');
  });
});
