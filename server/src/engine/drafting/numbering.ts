/** drafting.numbering: duplicated or skipped provision numbers, per numbering domain. */
import type { Bill, Provision } from '../structure/bill.js';
import { say, type DraftingFault } from './common.js';
import type { Text } from '../checklist/schema.js';
import { kanjiNumeral } from '../structure/numbers.js';

export function checkNumbering(bill: Bill): DraftingFault[] {
  const faults: DraftingFault[] = [];
  const domains = new Map<string, Provision[]>();
  for (const p of bill.provisions) {
    if (p.key === null || p.value === null) continue;
    let list = domains.get(p.domain);
    if (!list) domains.set(p.domain, (list = []));
    list.push(p);
  }
  for (const list of domains.values()) {
    const seen = new Map<string, Provision>();
    let prev: Provision | null = null;
    for (const p of list) {
      const first = seen.get(p.key!);
      if (first) {
        faults.push({
          rule: 'drafting.numbering',
          span: p.header,
          message: say('numbering-duplicate', { label: p.label }),
          related: [{ span: first.header, message: say('numbering-duplicate-related', { first: first.label }) }],
        });
        continue;
      }
      seen.set(p.key!, p);
      if (prev && prev.value !== null) {
        const a = prev.value;
        const b = p.value!;
        const newSeries = p.division !== prev.division && b % 100 === 1 && b > a; // TITLE II, SEC. 201
        if (b > a + 1 && !newSeries) {
          const one = b === a + 2;
          const range = { kind: p.kind, from: String(a + 1), to: String(b - 1) };
          const missing: Text = say(one ? 'numbering-missing-one' : 'numbering-missing-range', range);
          // A Japanese bill names the missing articles as articles: 第十二条, 第十二条から第十四条まで.
          if (bill.language === 'ja') missing.ja = one ? `第${kanjiNumeral(a + 1)}条` : say('numbering-missing-range', { kind: '', from: `第${kanjiNumeral(a + 1)}条`, to: `第${kanjiNumeral(b - 1)}条` }).ja!.trim();
          faults.push({
            rule: 'drafting.numbering',
            span: p.header,
            message: { en: say('numbering-gap', { label: p.label, prev: prev.label, missing: missing.en }).en, ja: say('numbering-gap', { label: p.label, prev: prev.label, missing: missing.ja ?? missing.en }).ja },
            related: [{ span: prev.header, message: say('numbering-gap-related', { prev: prev.label }) }],
          });
        } else if (b < a || (b === a && p.key !== prev.key && !p.key!.startsWith(String(a)))) {
          faults.push({
            rule: 'drafting.numbering',
            span: p.header,
            message: say('numbering-backwards', { label: p.label, prev: prev.label }),
            related: [{ span: prev.header, message: say('numbering-backwards-related', { prev: prev.label }) }],
          });
        }
      }
      prev = p;
    }
  }
  return faults;
}
