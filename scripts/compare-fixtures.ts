// Development aid: compare the engine's statuses with the labels in test-fixtures/**/*.expected.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint.js';
import { LineIndex } from '../server/src/engine/text.js';

const dirs = process.env.FIXTURES ? process.env.FIXTURES.split(',') : ['test-fixtures', 'test-fixtures/enacted'];
let agree = 0, total = 0, falseMet = 0;
const only = process.argv[2];
for (const d of dirs) {
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d)) {
    if (!f.endsWith('.md') || f === 'README.md') continue;
    if (only && !f.includes(only)) continue;
    const exp = join(d, f.replace(/\.md$/, '.expected.json'));
    if (!existsSync(exp)) continue;
    const text = readFileSync(join(d, f), 'utf8');
    const labels = JSON.parse(readFileSync(exp, 'utf8'));
    const r = lint(text);
    const idx = new LineIndex(text);
    const bad: string[] = [];
    for (const l of r.checklist) {
      const want = labels.checklist[l.id]?.status;
      total++;
      if (want === l.status) agree++;
      else {
        if (l.status === 'met') falseMet++;
        bad.push(`  ${l.id}: got ${l.status} want ${want} | got missing: ${l.missingElements.join('; ')} | ev: ${l.evidence.slice(0,2).map(e => `${e.provision}: ${e.text.slice(0,90)}`).join(' // ')} | label: ${labels.checklist[l.id]?.why ?? ''}`);
      }
    }
    const dr = r.findings.filter(x => x.rule.startsWith('drafting.')).map(x => `${x.rule}@${idx.position(x.span.start).line + 1}:${text.slice(x.span.start, x.span.end)}`);
    const wantDr = (labels.drafting ?? []).map((x: any) => `${x.rule}@${x.line}:${x.text}`);
    console.log(`${d}/${f}: ${r.checklist.length - bad.length}/${r.checklist.length}`);
    for (const b of bad) console.log(b);
    const extra = dr.filter((x: string) => !wantDr.some((w: string) => w.split(':')[0] === x.split(':')[0]));
    const miss = wantDr.filter((w: string) => !dr.some((x: string) => w.split(':')[0] === x.split(':')[0]));
    if (extra.length || miss.length) console.log(`  drafting extra: ${JSON.stringify(extra)}\n  drafting missed: ${JSON.stringify(miss)}`);
  }
}
console.log(`agreement ${agree}/${total} = ${(100 * agree / total).toFixed(1)}%, false met ${falseMet}`);
