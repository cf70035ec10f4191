import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../server/src/engine/parse.js';
import { buildBill } from '../server/src/engine/structure/bill.js';

const bill = (text: string) => buildBill(parseBlocks(text), 'en');

describe('reading a bill’s structure', () => {
  it('reads US, UK, Commonwealth and EU provision markers', () => {
    const b = bill(
      [
        '# Test Bill',
        '',
        'SEC. 3. REPORTS TO CONGRESS.',
        '',
        '(a) IN GENERAL.—The President shall report.',
        '',
        '## Regulation 5',
        '',
        'Text.',
        '',
        '## 6 Designation of persons',
        '',
        'Text.',
        '',
        '### Article 7 (Designation)',
        '',
        'Text.',
        '',
        '## PART 2 — Measures',
        '',
        '## 8. Freezing',
        '',
        'Text.',
        '',
        '## Schedule 1',
        '',
        'Listed things.',
      ].join('\n'),
    );
    expect(b.title?.text).toBe('Test Bill');
    expect(b.provisions.map((p) => [p.label, p.caption])).toEqual([
      ['section 3', 'REPORTS TO CONGRESS'],
      ['regulation 5', ''],
      ['section 6', 'Designation of persons'],
      ['Article 7', 'Designation'],
      ['section 8', 'Freezing'],
      ['Schedule 1', 'Schedule 1'],
    ]);
    expect(b.divisions.map((d) => d.label)).toEqual(['Part 2']);
    expect(b.provisions[4]!.division).toBe('Part 2');
    expect(b.schedules.map((s) => s.label)).toEqual(['Schedule 1']);
  });

  it('does not treat a paragraph that cites a section as a new provision', () => {
    const b = bill('# Bill\n\n## 1 Scope\n\nSection 3 applies to every designation.\n');
    expect(b.provisions).toHaveLength(1);
  });

  it('marks purpose clauses, recitals, findings and the preamble as not operative', () => {
    const b = bill(
      [
        '# Bill',
        '',
        'Whereas the Parliament wishes to report on designations;',
        '',
        'Be it enacted by Parliament as follows:',
        '',
        '## 1 Purpose',
        '',
        'The purpose of this Act is to require reports to Parliament.',
        '',
        '## 2 Findings',
        '',
        'Congress finds that reporting matters.',
        '',
        '## 3 Reports',
        '',
        'The Minister must report to Parliament.',
        '',
        'Note: this is explained in the memorandum.',
      ].join('\n'),
    );
    const operative = b.provisions.flatMap((p) => p.sentences.filter((s) => s.operative).map((s) => s.text));
    expect(operative).toEqual(['The Minister must report to Parliament.']);
    expect(b.preamble.map((s) => s.text)).toEqual(['Whereas the Parliament wishes to report on designations;', 'Be it enacted by Parliament as follows:']);
  });

  it('keeps definitions sections operative, and captions that merely mention purposes', () => {
    const b = bill('# Bill\n\n## 1 Definitions\n\nIn this Act, “aid” means food.\n\n## 2 Licences for humanitarian purposes\n\nThe Minister may grant licences.\n');
    expect(b.provisions.map((p) => p.role)).toEqual(['definitions', 'operative']);
    expect(b.provisions.every((p) => p.sentences.every((s) => s.operative))).toBe(true);
  });

  it('reads provision headings set in bold instead of as Markdown headings', () => {
    const b = bill('# Bill\n\n**Section 2.** Designation\n\nThe Minister may designate a person.\n\n**12 Reports**\n\n(1) The Minister must report.\n\nThe **Minister** must act.\n');
    expect(b.provisions.map((p) => [p.label, p.caption])).toEqual([
      ['section 2', 'Designation'],
      ['section 12', 'Reports'],
    ]);
    expect(b.provisions[1]!.sentences.map((s) => s.text)).toEqual(['(1) The Minister must report.', 'The Minister must act.']);
  });

  it('names bare-numbered provisions after the instrument: regulations in Regulations', () => {
    const b = bill('# The Sanctions Regulations 2026\n\n## 5. Designations\n\nText.\n');
    expect(b.provisions[0]!.label).toBe('regulation 5');
  });
});

