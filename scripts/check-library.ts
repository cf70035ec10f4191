// Development aid: judge every library clause on its own in a minimal bill, and check its citation.
// Usage: npx tsx scripts/check-library.ts [lesson-id or clause id prefix]
import { readFileSync, existsSync } from 'node:fs';
import { loadLibrary } from '../server/src/library/load.js';
import { billWithClause } from '../server/src/library/insert.js';
import { lint } from '../server/src/engine/lint.js';
import { LESSONS } from '../server/src/engine/checklist/index.js';

const filter = process.argv[2] ?? '';
const refPath = new URL('../../shared/jurisdictions.md', import.meta.url);
const reference = existsSync(refPath) ? readFileSync(refPath, 'utf8') : null;
const entries = loadLibrary();
let bad = 0;
for (const e of entries) {
  if (filter && !e.id.startsWith(filter) && !(filter in e.lessons)) continue;
  const r = lint(billWithClause(e));
  for (const [id, want] of Object.entries(e.lessons)) {
    const got = r.checklist.find((l) => l.id === id)!;
    const ok = got.status === want;
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${e.id} → ${id}: want ${want}, got ${got.status}${got.missingElements.length ? ` (lacks: ${got.missingElements.join('; ')})` : ''}`);
  }
  if (e.provision && reference && !reference.includes(e.provision)) {
    bad++;
    console.log(`FAIL ${e.id}: provision "${e.provision}" does not appear in ../shared/jurisdictions.md`);
  }
}
const counts = LESSONS.map((l) => [l.id, entries.filter((e) => l.id in e.lessons).length] as const);
const thin = counts.filter(([, n]) => n < 2);
console.log(`\n${entries.length} clauses; lessons with fewer than 2 clauses: ${thin.map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}; ${bad} problems`);
