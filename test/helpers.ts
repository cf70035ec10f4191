import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { main } from '../server/src/cli/main.js';

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
