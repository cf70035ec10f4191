/** The table of prefilter.ts's readings, as scripts/build-prefilter.ts writes it and the tests check it. */
import type { CompiledChecklist } from './compile.js';
import { readPattern, unicodeMode, type Required } from './prefilter.js';

/** Every pattern the checklists pre-check, by source, read afresh: sorted, so the file changes only where a pattern does. */
export function prefilterTable(checklists: CompiledChecklist[]): Record<string, Required> {
  const sources = new Map<string, RegExp>();
  for (const c of checklists) for (const re of c.prechecked) if (!unicodeMode(re)) sources.set(re.source, re);
  const out: Record<string, Required> = {};
  for (const source of [...sources.keys()].sort()) out[source] = readPattern(sources.get(source)!);
  return out;
}

/** The table as JSON, a pattern to a line. */
export function tableText(table: Record<string, Required>): string {
  return `{\n${Object.entries(table).map(([source, req]) => ` ${JSON.stringify(source)}: ${JSON.stringify(req)}`).join(',\n')}\n}\n`;
}
