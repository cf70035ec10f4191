/** drafting.numbering: duplicated or skipped provision numbers, per numbering domain. */
import type { Bill, Provision } from '../structure/bill.js';
import type { DraftingFault } from './common.js';

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
          message: `There are two provisions numbered ${p.label}. Renumber one of them, and check every reference to either.`,
          related: [{ span: first.header, message: `The first ${first.label}.` }],
        });
        continue;
      }
      seen.set(p.key!, p);
      if (prev && prev.value !== null) {
        const a = prev.value;
        const b = p.value!;
        const newSeries = p.division !== prev.division && b % 100 === 1 && b > a; // TITLE II, SEC. 201
        if (b > a + 1 && !newSeries) {
          const missing = b === a + 2 ? `${p.kind} ${a + 1} is missing` : `${p.kind}s ${a + 1} to ${b - 1} are missing`;
          faults.push({
            rule: 'drafting.numbering',
            span: p.header,
            message: `${cap(p.label)} follows ${prev.label}: ${missing} from the numbering. Renumber, or restore the missing provision.`,
            related: [{ span: prev.header, message: `The provision before the gap, ${prev.label}.` }],
          });
        } else if (b < a || (b === a && p.key !== prev.key && !p.key!.startsWith(String(a)))) {
          faults.push({
            rule: 'drafting.numbering',
            span: p.header,
            message: `${cap(p.label)} comes after ${prev.label}: the numbering runs backwards here.`,
            related: [{ span: prev.header, message: `The provision before it, ${prev.label}.` }],
          });
        }
      }
      prev = p;
    }
  }
  return faults;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
