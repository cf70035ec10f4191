/** Reading the clause library from snippets/library/*.json, with clear messages for malformed entries. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryProblems, type ClauseEntry } from './schema.js';

/**
 * A folder shipped beside the program (snippets/library, docs/rules), found by
 * walking up from this module: server/src/library in development, dist/… when
 * built, dist/server in the packaged extension.
 */
export function resourceDir(...parts: string[]): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(d, ...parts);
    try {
      readdirSync(candidate);
      return candidate;
    } catch {
      d = resolve(d, '..');
    }
  }
  throw new Error(`${parts.join('/')} was not found beside the program`);
}

/** snippets/library. */
export function libraryDir(): string {
  return resourceDir('snippets', 'library');
}

export class LibraryError extends Error {}

let cached: ClauseEntry[] | null = null;

/** Every entry, in file then file order. Throws LibraryError listing every problem found. */
export function loadLibrary(dir: string = libraryDir()): ClauseEntry[] {
  if (cached && dir === libraryDir()) return cached;
  const entries: ClauseEntry[] = [];
  const problems: string[] = [];
  // One file per area, and a folder per further drafting language (ja/oversight.json …).
  const files = readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? readdirSync(join(dir, d.name)).filter((x) => x.endsWith('.json')).map((x) => `${d.name}/${x}`) : d.name.endsWith('.json') ? [d.name] : [],
  );
  for (const f of files.sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      problems.push(`${f}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${f}: must hold a JSON array of clause entries`);
      continue;
    }
    data.forEach((e, i) => {
      const p = entryProblems(e, `${f}[${i}]`);
      if (p.length) problems.push(...p);
      else entries.push(e as ClauseEntry);
    });
  }
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`duplicate clause id "${e.id}"`);
    ids.add(e.id);
  }
  if (problems.length) throw new LibraryError(`The clause library has problems:\n- ${problems.join('\n- ')}`);
  if (dir === libraryDir()) cached = entries;
  return entries;
}

/** The clauses that apply a lesson. */
export function clausesFor(lessonId: string, entries: ClauseEntry[] = loadLibrary()): ClauseEntry[] {
  return entries.filter((e) => lessonId in e.lessons);
}
