/** Reading a bill from disk, with a clear message for everything that is not one. */
import { readFileSync, statSync } from 'node:fs';

/** Larger files are refused: no bill is this long, and the editor would stall on it. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readBillFile(file: string): ReadResult {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, message: 'is a folder, not a file.' };
    size = st.size;
  } catch (e) {
    return { ok: false, message: describe(e) };
  }
  if (size > MAX_BYTES) return { ok: false, message: `is ${(size / 1048576).toFixed(1)} MB; files over ${MAX_BYTES / 1048576} MB are not checked.` };
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    return { ok: false, message: describe(e) };
  }
  if (buf.includes(0)) return { ok: false, message: 'is not a text file (it contains NUL bytes), so it was not checked.' };
  // Without a byte-order mark, as editors show the file: columns on line 1 are then the editor's columns.
  const text = buf.toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  return `cannot be read (${code ?? (e as Error).message}).`;
}
