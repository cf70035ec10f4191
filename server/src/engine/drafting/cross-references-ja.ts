/**
 * drafting.cross-reference for bills in Japanese: 第十五条, 第三条第一項第二号
 * and 附則第二条 are resolved against the bill's articles, their paragraphs
 * (２　…) and items (一　…). References into other laws (出入国管理及び難民認定法
 * （…）第五条第一項, 同法第七条) and relative references (前条, 同項, 次条, 各号)
 * are left alone.
 */
import type { Bill, Provision } from '../structure/bill.js';
import { numberKey } from '../structure/numbers.js';
import { proseBlocks, say, spanIn, type DraftingFault } from './common.js';

const N = '[〇一二三四五六七八九十百千０-９0-9]+';
const REF = new RegExp(`(附則)?第(${N})条(?:の(${N}))?(?:第(${N})項)?(?:第(${N})号)?`, 'g');
/** What ends a law's name just before a reference into it: …法, …令（昭和…号）, 同法. */
const LAW_BEFORE = /(?:法|法律|政令|省令|府令|規則|条約|協定|規程|令)(?:[（(][^（）()]*[）)])?$|同(?:法|令|条約)$/;

/** Paragraph and item counts of an article: items[k] is the number of items in paragraph k+1. */
function shape(bill: Bill, p: Provision): number[] {
  const items: number[] = [];
  for (const bi of p.blocks) {
    const b = bill.blocks[bi]!;
    if (b.kind === 'heading') continue;
    const text = bi === p.headerBlock ? b.text.replace(/^[\s\u3000]*第[^\s\u3000]*[\s\u3000]*/, '') : b.text;
    if (/^[\s\u3000]*[（(][^）)]{1,40}[）)][\s\u3000]*$/.test(text)) continue; // a caption line
    if (items.length === 0) items.push(0);
    if (/^[\s\u3000]*[２-９0-9０-９][０-９0-9]*[\s\u3000]/.test(text)) items.push(0);
    else if (/^[\s\u3000]*[一二三四五六七八九十]+[\s\u3000]/.test(text)) items[items.length - 1]!++;
  }
  return items.length ? items : [0];
}

export function checkJapaneseCrossReferences(bill: Bill): DraftingFault[] {
  const faults: DraftingFault[] = [];
  const articles = new Map<string, Provision>();
  for (const p of bill.provisions) if (p.key !== null) articles.set(`${p.domain === 'main' ? '' : '附則'}:${p.key}`, p);
  const shapes = new Map<Provision, number[]>();
  const shapeOf = (p: Provision) => {
    let s = shapes.get(p);
    if (!s) shapes.set(p, (s = shape(bill, p)));
    return s;
  };
  for (const { block } of proseBlocks(bill.blocks, bill.inserted, bill.contents)) {
    const text = block.text;
    REF.lastIndex = 0;
    for (let m = REF.exec(text); m; m = REF.exec(text)) {
      if (LAW_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const [, supp, art, branch, para, item] = m;
      const key = numberKey(branch ? `${art}の${branch}` : art!);
      if (key === null) continue;
      const target = articles.get(`${supp ? '附則' : ''}:${key}`);
      let missing: string | null = null;
      if (!target) missing = `${supp ?? ''}第${art}条${branch ? `の${branch}` : ''}`;
      else {
        const s = shapeOf(target);
        const pn = para ? numberKey(para) : null;
        const pi = pn ? Number(pn) : 1;
        if (pn && pi > s.length) missing = `${target.label}第${para}項`;
        else if (item && Number(numberKey(item)) > (s[pi - 1] ?? 0)) missing = `${target.label}${para ? `第${para}項` : ''}第${item}号`;
      }
      if (!missing) continue;
      faults.push({
        rule: 'drafting.cross-reference',
        span: spanIn(block, m.index, m.index + m[0].length),
        message: say('cross-reference-ja', { missing }),
        related: [],
      });
    }
    // 別表第二 when the bill has only 別表第一 (a table of another law is named with that law: 同法別表第一).
    if (bill.schedules.length > 0) {
      SCHEDULE_REF.lastIndex = 0;
      for (let m = SCHEDULE_REF.exec(text); m; m = SCHEDULE_REF.exec(text)) {
        if (LAW_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        const key = numberKey(m[1]!);
        if (key === null || bill.schedules.some((sch) => sch.key === key)) continue;
        faults.push({
          rule: 'drafting.cross-reference',
          span: spanIn(block, m.index, m.index + m[0].length),
          message: say('cross-reference-ja', { missing: m[0] }),
          related: [],
        });
      }
    }
  }
  return faults;
}

const SCHEDULE_REF = new RegExp(`別表第(${N})`, 'g');
