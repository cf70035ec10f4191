// Regenerates server/src/engine/checklist/prefilter-table.json: what every
// pattern the checklists pre-check must contain (prefilter.ts), read ahead of
// time so that a new process does not read them all before its first bill.
import { writeFileSync } from 'node:fs';
import { checklistFor } from '../server/src/engine/lint.js';
import { prefilterTable, tableText } from '../server/src/engine/checklist/prefilter-table.js';

const table = prefilterTable([checklistFor('en'), checklistFor('ja')]);
writeFileSync(new URL('../server/src/engine/checklist/prefilter-table.json', import.meta.url), tableText(table));
console.log(`server/src/engine/checklist/prefilter-table.json: ${Object.keys(table).length} patterns`);
