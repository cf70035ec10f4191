/**
 * Readings prompted by the eleventh blind round (eval/blind-round-11).
 */
import { describe, expect, it } from 'vitest';
import { draftingFindings as drafting } from './helpers.js';

describe('drafting faults from the eleventh round', () => {
  it('flags a reference to a subsection beyond the last one of its section', () => {
    const CA = [
      '# An Act respecting sanctions',
      '',
      '**7 (1)** The owner of property may apply to the Minister for a certificate.',
      '',
      '**(2)** The Minister must issue the certificate if the property meets reasonable expenses.',
      '',
      '**(3)** The Minister must decide an application under subsection (1) within 90 days.',
      '',
      '**8 (1)** A listed foreign national may apply in writing to the Minister to cease being listed.',
      '',
      '**(2)** An applicant may apply for judicial review, subject to the procedure in subsection 7(5) and the time limit in subsection 7(3).',
      '',
    ].join('\n');
    expect(drafting(CA)).toEqual(['drafting.cross-reference@11']);
  });

  it('reads Baltic definitions without quotation marks, and flags one never used', () => {
    const LV = [
      '# On Restriction of Entry of Foreigners',
      '',
      '**Section 1. Terms Used in this Law**',
      '',
      'The following terms are used in this Law:',
      '',
      '1) foreigner — a natural person who is not a citizen of Latvia;',
      '',
      '2) sanctions subject — a person subject to restrictive measures of the United Nations.',
      '',
      '**Section 2. Prohibition of Entry**',
      '',
      'A foreigner who is responsible for torture shall be included in the list of foreigners whose entry is prohibited.',
      '',
    ].join('\n');
    expect(drafting(LV)).toEqual(['drafting.defined-term@9']);
  });
});
