/**
 * Bill-shaped Markdown of a given size: parts, numbered provisions with
 * subsections and nested lists, definitions, tables and long sentences, with
 * the vocabulary the checklist looks for. Deterministic for a given size.
 */
const SUBSECTIONS = [
  'The Minister may designate a person if the Minister has reasonable grounds to suspect that the person is responsible for, or complicit in, torture, extrajudicial killing, enforced disappearance or arbitrary detention, or has materially assisted such conduct.',
  'The Minister must, within 3 months after the end of each financial year, lay before each House of Parliament a report on the designations made during that year and the reasons for each designation.',
  'A person must not deal with funds or economic resources owned, held or controlled by a designated person, and must not make funds or economic resources available to or for the benefit of a designated person.',
  'Any person, including a non-governmental organisation or a victim, may submit to the Minister information relevant to whether a person should be designated, and the Minister must consider credible information so submitted.',
  'The Treasury may grant a licence authorising an act that would otherwise be prohibited, for the basic needs of a designated person and dependants, for reasonable legal fees, or for humanitarian assistance as defined in section 2.',
];

export function generateBill(targetBytes: number): string {
  const out: string[] = ['# Generated Human Rights Sanctions Bill', '', 'A Bill for an Act to provide for targeted sanctions, and for related purposes.', '', 'Be it enacted by the Parliament as follows:', ''];
  let size = out.join('\n').length;
  let section = 1;
  let part = 1;
  while (size < targetBytes) {
    const chunk: string[] = [];
    if (section % 12 === 1) chunk.push(`# Part ${part++} — Provisions ${section} onwards`, '');
    chunk.push(`## ${section} Provision number ${section}`, '');
    const n = 2 + (section % 4);
    for (let k = 0; k < n; k++) chunk.push(`(${k + 1}) ${SUBSECTIONS[(section + k) % SUBSECTIONS.length]}`, '');
    if (section % 5 === 0) {
      chunk.push('(5) The matters are—', '', '- (a) the first matter, described at some length so that the sentence is long and the parser has work to do;', '  - (i) a nested matter;', '  - (ii) another nested matter; and', '- (b) the second matter.', '');
    }
    if (section % 9 === 0) chunk.push('| Item | Ground | Period |', '| --- | --- | --- |', '| 1 | basic needs | 90 days |', '| 2 | legal fees | 30 days |', '');
    const text = chunk.join('\n') + '\n';
    out.push(text);
    size += text.length + 1;
    section++;
  }
  return out.join('\n');
}
