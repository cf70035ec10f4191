import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { main } from '../server/src/cli/main.js';
import { lint } from '../server/src/engine/lint.js';

/** Every bill under the fixtures and the evaluation rounds (paths; READMEs are documentation, not bills). */
export function billFiles(): string[] {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const under = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? under(p) : f.endsWith('.md') && f !== 'README.md' ? [p] : [];
    });
  return [...under(join(root, 'test-fixtures')), ...under(join(root, 'eval'))];
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../test-fixtures/${name}`, import.meta.url), 'utf8');
}

/** Run the CLI in-process and capture what a user would see. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        f(String(chunk));
        cb();
      },
    });
  const code = await main(args, { out: sink((s) => (out += s)) as unknown as NodeJS.WriteStream, err: sink((s) => (err += s)) as unknown as NodeJS.WriteStream });
  return { code, out, err };
}

/** A lesson's status for a bill, as the JSON report gives it. */
export function lessonStatus(text: string, id: string): string {
  return lint(text).checklist.find((l) => l.id === id)!.status;
}

/** Several lessons' statuses for a bill, by id. */
export function lessonStatuses(text: string, ids: string[]): Record<string, string> {
  const byId = new Map(lint(text).checklist.map((l) => [l.id, l.status]));
  return Object.fromEntries(ids.map((id) => [id, byId.get(id)!]));
}

/** A bill's drafting findings, as "rule@line" (1-based), in document order. */
export function draftingFindings(text: string): string[] {
  return lint(text)
    .findings.filter((f) => f.rule.startsWith('drafting.'))
    .map((f) => `${f.rule}@${text.slice(0, f.span.start).split('\n').length}`);
}
