/**
 * Readings prompted by the eighth blind round (eval/blind-round-8): each form
 * of text in a small bill of its own, with what a drafter should see.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { lessonStatus as status, lessonStatuses as statuses, draftingFindings as drafting } from './helpers.js';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';

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

describe('a US bill that amends the Global Magnitsky Act, hard-wrapped, with "--" for dashes', () => {
  const US = [
    '**S. 4127**',
    '',
    'Be it enacted by the Senate and House of Representatives of the United',
    'States of America in Congress assembled,',
    '',
    '**SECTION 1. DEFINITIONS.**',
    '',
    'In this Act:',
    '',
    '(1) COVERED ENGAGEMENT.--The term "covered engagement" means a meeting',
    'between an officer of the Department of State and a foreign government.',
    '',
    '**SEC. 2. SANCTIONABLE CONDUCT.**',
    '',
    'Section 1263(a) of the Global Magnitsky Human Rights Accountability Act',
    '(22 U.S.C. 10102(a)) is amended by striking paragraphs (1) and (2) and',
    'inserting the following:',
    '',
    '"(1) is responsible for, or complicit in, an extrajudicial killing,',
    'torture, enforced disappearance or prolonged arbitrary detention;',
    '',
    '"(2) acted as an agent of or on behalf of a foreign person in a matter',
    'relating to an activity described in paragraph (1);".',
    '',
    '**SEC. 3. CONGRESSIONAL REQUESTS.**',
    '',
    'Section 1263(d) of that Act is amended to read as follows:',
    '',
    '"(d) REQUESTS BY CONGRESS.--',
    '',
    '"(1) IN GENERAL.--Not later than 90 days after receiving a written',
    'request from the chairperson and ranking member of any of the',
    'appropriate congressional committees, the President shall--',
    '',
    '"(A) determine whether that foreign person has engaged in such an',
    'activity; and',
    '',
    '"(B) submit to the chairperson and ranking member who made the request a',
    'report with respect to that determination.".',
    '',
    '**SEC. 4. INFORMATION FROM CIVIL SOCIETY.**',
    '',
    '(a) SUBMISSION PROCESS.--The Secretary shall establish a process by which',
    'nongovernmental organizations and victims may submit information to the',
    'Bureau of Democracy, Human Rights, and Labor.',
    '',
    '**SEC. 5. COORDINATION WITH ALLIES.**',
    '',
    '(a) ENGAGEMENT.--The Secretary shall encourage the governments of',
    'countries that are allies or partners of the United States to impose',
    'sanctions similar to those imposed under section 1263 of that Act.',
    '',
    '(b) SHARING OF INFORMATION.--The Secretary may provide to the government',
    'of any such country information regarding a foreign person.',
    '',
    '**SEC. 6. ENFORCEMENT BRIEFING.**',
    '',
    'The Secretary of the Treasury shall brief the appropriate congressional',
    'committees on civil penalties assessed for violations of regulations.',
    '',
  ].join('\n');

  it('reads the inserted grounds as the criteria of the designation provision it amends', () => {
    expect(statuses(US, ['evidence.criteria', 'scope.accomplices', 'oversight.trigger'])).toEqual({ 'evidence.criteria': 'met', 'scope.accomplices': 'met', 'oversight.trigger': 'met' });
  });

  it('reads the rest as the labels say', () => {
    expect(statuses(US, ['civil-society.submissions', 'coordination.allies', 'coordination.information-sharing', 'measures.penalties'])).toEqual({
      // a process to submit to a named bureau
      'civil-society.submissions': 'met',
      // only encouraging allies to impose sanctions
      'coordination.allies': 'partial',
      // one direction, no protection
      'coordination.information-sharing': 'partial',
      // a briefing about penalties is not a penalty
      'measures.penalties': 'missing',
    });
  });

  it('flags the defined term that is never used, whatever its caption dash', () => {
    expect(drafting(US)).toEqual(['drafting.defined-term@10']);
  });
});

describe('an Australian amending bill whose schedule item inserts a whole Part', () => {
  const AU = [
    '# Autonomous Sanctions Amendment (Human Rights Accountability) Bill 2026',
    '',
    '**1  Short title**',
    '',
    'This Act is the Autonomous Sanctions Amendment (Human Rights Accountability) Act 2026.',
    '',
    '## Schedule 1—Amendments',
    '',
    '### Part 1—Amendments',
    '',
    '**1  Subsection 4(1)**',
    '',
    'Insert:',
    '',
    '***humanitarian activity*** means the provision of food, water, medicine, medical care or shelter,',
    '',
    'when carried out by an agency of the United Nations, the International Committee of the Red Cross or a non-government organisation.',
    '',
    '**2  After Part 3**',
    '',
    'Insert:',
    '',
    '## Part 3A—Thematic sanctions',
    '',
    '### Division 1—Designation',
    '',
    '**22A  Designation of persons and entities**',
    '',
    '(1) The Minister may designate a person or entity if the Minister has reasonable grounds to believe that the person or entity meets a ground in section 22B.',
    '',
    '**22B  Grounds for designation**',
    '',
    'A person or entity meets a ground if the person or entity is responsible for torture.',
    '',
    '**22C  Exception for humanitarian activity**',
    '',
    'Section 22A does not prevent humanitarian activity.',
    '',
    '### Part 2—Application provisions',
    '',
    '**3  Application of amendments**',
    '',
    'The amendments made by Part 1 of this Schedule apply in relation to conduct engaged in after the commencement of this item.',
    '',
  ].join('\n');

  it('numbers the inserted sections in the amended Act’s series and resolves references among them', () => {
    expect(drafting(AU)).toEqual([]);
  });

  it('reads who carries out humanitarian activity from the words after the list', () => {
    expect(status(AU, 'humanitarian.defined')).toBe('met');
  });
});

describe('a Lithuanian law in English translation: Articles with numbered paragraphs', () => {
  const LT = [
    '# Law on National Restrictive Measures',
    '',
    '**Article 3. Grounds for Inclusion**',
    '',
    '1. A foreigner shall be included in the national list where there are reasonable grounds to believe that the foreigner has committed torture.',
    '',
    '**Article 5. Decision on Inclusion**',
    '',
    '1. The decision to include a foreigner in the national list shall be taken by the Minister of the Interior.',
    '',
    '2. The decision shall state the grounds on which it is based. The foreigner shall be informed of the decision and its grounds in writing within 10 working days.',
    '',
    '**Article 9. Liability**',
    '',
    '1. A legal person which fails to comply with the prohibition on making funds available shall incur a fine of from 10 000 to 60 000 euros.',
    '',
    '**Article 10. Publication of the National List**',
    '',
    '1. The national list shall be published on the website of the Ministry of the Interior.',
    '',
    '2. The national list shall be updated within three working days of each decision to include a foreigner in the list or to remove a foreigner from the list.',
    '',
  ].join('\n');

  it('reads the standard, the reasons, the fines and the published list kept up to date', () => {
    expect(statuses(LT, ['evidence.standard', 'evidence.reasons', 'measures.penalties', 'coordination.public-list'])).toEqual({
      'evidence.standard': 'met',
      'evidence.reasons': 'met',
      'measures.penalties': 'met',
      'coordination.public-list': 'met',
    });
  });
});

describe('a Japanese bill that lists the conduct in a table (別表)', () => {
  const JA = [
    '重大な人権侵害行為に関与した外国人等に対する措置に関する法律案',
    '',
    '（定義）',
    '第一条　この法律において「重大な人権侵害行為」とは、別表第一に掲げる行為をいう。',
    '',
    '（指定）',
    '第二条　外務大臣は、外国人等が次の各号のいずれかに該当すると信ずるに足りる相当な理由があるときは、当該外国人等を指定することができる。',
    '一　重大な人権侵害行為を行い、命じ、又はこれに関与したこと。',
    '二　前号に掲げる者のために行動したこと。',
    '',
    '（許可）',
    '第三条　外務大臣は、別表第二に定める基準に従い、許可をすることができる。',
    '',
    '## 別表第一（第一条関係）',
    '',
    '一　裁判によらない殺害',
    '二　拷問',
    '三　強制失踪',
    '四　恣意的な拘禁',
    '',
  ].join('\n');

  it('reads the conduct from the table the definition points to', () => {
    expect(status(JA, 'evidence.criteria')).toBe('met');
  });

  it('does not take 外国人 for a foreign government', () => {
    expect(status(JA, 'coordination.allies')).toBe('missing');
  });

  it('flags 別表第二 when the bill has only 別表第一', () => {
    const f = lint(JA).findings.filter((x) => x.rule === 'drafting.cross-reference');
    expect(f.map((x) => JA.slice(x.span.start, x.span.end))).toEqual(['別表第二']);
  });
});

describe('property "held by or on behalf of" a listed person', () => {
  const CA = [
    '# Sanctions Act',
    '',
    '**4 (1)** The Governor in Council may make orders in respect of a foreign national if there are reasonable grounds to believe that the foreign national is responsible for torture.',
    '',
    '**(2)** An order may provide for the seizure of any property situated in Canada that is held by or on behalf of a listed foreign national.',
    '',
  ].join('\n');

  it('does not reach those who act on behalf of a perpetrator', () => {
    expect(status(CA, 'scope.accomplices')).toBe('missing');
  });
});

describe('an EU Council Regulation', () => {
  const EU = [
    '# Council Regulation (EU) 2026/1',
    '',
    '### Article 2',
    '',
    '1. Annex I shall include the natural or legal persons, entities or bodies who are responsible for torture or enforced disappearance.',
    '',
    '### Article 4',
    '',
    '1. Article 3 shall not apply to funds necessary for humanitarian purposes provided by \'implementing partners\' of the United Nations.',
    '',
    '### Article 6',
    '',
    '1. Where the Council considers that a natural or legal person, entity or body falls within Article 2(1), it shall amend Annex I accordingly.',
    '',
    '### Annex I',
    '',
    'List of natural and legal persons.',
    '',
  ].join('\n');

  it('reads "shall amend Annex I" as listing, on a subjective test', () => {
    expect(status(EU, 'evidence.standard')).toBe('partial');
  });

  it('flags a term in single quotes that the Regulation never defines, but not the States’ apostrophes', () => {
    const f = lint(EU + "\nMember States' authorities shall inform the Commission.\n").findings.filter((x) => x.rule === 'drafting.defined-term');
    expect(f.map((x) => (EU + "\nMember States' authorities shall inform the Commission.\n").slice(x.span.start, x.span.end))).toEqual(["'implementing partners'"]);
  });
});

describe('inadmissibility "on grounds of sanctions"', () => {
  const CA = [
    '# Sanctions Act',
    '',
    '**4 (1)** The Governor in Council may, by order, list a foreign national if there are reasonable grounds to believe that the foreign national is responsible for torture.',
    '',
    '**9** A foreign national is inadmissible on grounds of sanctions if the foreign national is listed under section 4.',
    '',
  ].join('\n');

  it('is not a statement of reasons for the listing', () => {
    expect(status(CA, 'evidence.reasons')).toBe('missing');
  });
});
