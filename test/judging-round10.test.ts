/**
 * Readings prompted by the tenth blind round (eval/blind-round-10): each form
 * of text in a small bill of its own, with what a drafter should see.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/engine/lint.js';
import { lessonStatus as status } from './helpers.js';
import { parseBlocks, wholeDocumentBlocks } from '../server/src/engine/parse.js';
import { LineIndex } from '../server/src/engine/text.js';

describe('subsections indented by four spaces (an indented code block to Markdown)', () => {
  const US = [
    '# S. 1',
    '',
    '## SEC. 4. AUTHORIZATION OF SANCTIONS.',
    '',
    '(a) IN GENERAL.—The President may impose the sanctions described in subsection (b) with respect to any foreign person the President determines, based on credible evidence—',
    '',
    '    (1) is responsible for extrajudicial killing, torture, or enforced disappearance;',
    '',
    '    (2) acted as an agent of or on behalf of a foreign person in a matter relating to an activity described in paragraph (1).',
    '',
    '(b) SANCTIONS DESCRIBED.—',
    '',
    '    (1) INADMISSIBILITY.—An alien described in subsection (a) is ineligible to enter the United States.',
    '',
  ].join('\n');

  it('are read as the law they are', () => {
    expect(['evidence.criteria', 'scope.accomplices', 'measures.entry-ban'].map((id) => status(US, id))).toEqual(['met', 'met', 'met']);
  });

  it('point their evidence at the indented line, and parse the same in chunks as whole', () => {
    const ev = lint(US).checklist.find((l) => l.id === 'measures.entry-ban')!.evidence[0]!;
    expect(new LineIndex(US).position(ev.span.start)).toEqual({ line: 12, column: 4 });
    expect(parseBlocks(US)).toEqual(wholeDocumentBlocks(US));
  });

  it('leave fenced blocks and indented code as code', () => {
    const fenced = US.replace('    (1) INADMISSIBILITY', '```\n(1) INADMISSIBILITY').replace('the United States.\n', 'the United States.\n```\n');
    expect(status(fenced, 'measures.entry-ban')).toBe('missing');
    const code = US.replace('    (1) INADMISSIBILITY.—An alien described in subsection (a) is ineligible to enter the United States.', '    const inadmissible = (alien) => { return true; }');
    expect(status(code, 'measures.entry-ban')).toBe('missing');
  });
});

describe('typical wording from the tenth round', () => {
  it('an Australian offence defined by its conduct ("commits an offence if the person … deals with") is a penalty for breach', () => {
    const AU = [
      '# Human Rights Sanctions Bill 2026',
      '',
      '## 10 Designation',
      '',
      'The Minister may designate a person if the Minister is satisfied on reasonable grounds that the person is responsible for torture.',
      '',
      '## 12 Dealing with assets of designated persons',
      '',
      '(1) A person commits an offence if the person uses or deals with an asset that is owned or controlled by a designated person.',
      '',
      '(2) An offence against this section is punishable on conviction by imprisonment for not more than 10 years; if a body corporate commits the offence, by a fine of not more than 10,000 penalty units.',
      '',
    ].join('\n');
    expect(status(AU, 'measures.penalties')).toBe('met');
  });

  it('an optional report on orders and reasons beside a mandatory report on staffing is partial, not met', () => {
    const IE = [
      '# Human Rights (Targeted Sanctions) Bill 2026',
      '',
      '**2.** (1) The Minister may, by order, designate a person where the Minister has reasonable grounds to believe that the person is responsible for torture.',
      '',
      '**9.** (1) The Minister may, at such intervals as the Minister thinks fit, make a report to the Joint Committee on the orders made under section 2 and the reasons for them.',
      '',
      '(2) The Minister shall, not later than 31 March in each year, cause to be laid before each House of the Oireachtas a report on the staffing and administrative costs incurred in the preceding year.',
      '',
    ].join('\n');
    expect(status(IE, 'oversight.report')).toBe('partial');
  });

  it('a Canadian Minister who "may consider" NGO information when deciding whether to recommend an order, and gives reasons for the order only on request', () => {
    const CA = [
      '# An Act respecting sanctions',
      '',
      '**4** The Governor in Council may make any orders that the Governor in Council considers necessary in respect of a foreign national who is responsible for torture.',
      '',
      '**5** In deciding whether to recommend that an order be made under section 4, the Minister may consider information provided by non-governmental organizations.',
      '',
      '**6** On the request of a foreign national who is the subject of an order under section 4, the Minister must provide that foreign national with the reasons for the order.',
      '',
    ].join('\n');
    expect(['civil-society.consideration', 'evidence.reasons'].map((id) => status(CA, id))).toEqual(['partial', 'partial']);
  });
});

describe('a Japanese committee request answered to "当該関係委員会"', () => {
  const JA = [
    '特定外国人等に対する措置に関する法律案',
    '',
    '（定義）',
    '第一条　この法律において「関係委員会」とは、衆議院及び参議院の外務委員会をいう。',
    '',
    '（指定）',
    '第一条の二　外務大臣は、重大な人権侵害行為を行ったと信ずるに足りる相当な理由がある外国人等を指定することができる。',
    '',
    '（関係委員会の要請）',
    '第二条　関係委員会は、外務大臣に対し、特定の外国人等について、前条の規定による指定をするかどうかの検討を要請することができる。',
    '２　外務大臣は、前項の規定による要請を受けたときは、その要請を受けた日から九十日以内に、指定をするかどうかを決定し、その結果及び理由を当該関係委員会に通知しなければならない。',
    '',
  ].join('\n');

  it('is a legislative trigger with every element', () => {
    expect(status(JA, 'oversight.trigger')).toBe('met');
  });
});
