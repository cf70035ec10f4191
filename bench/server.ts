/**
 * The language server as an editor sees it: the built server over stdio,
 * debounce 0, one-character edits sent as incremental changes, and the time
 * until the diagnostics for that version arrive. Peak RSS is the server
 * process's VmHWM once all edits are done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editRounds, median, WARMUP_EDIT_ROUNDS, type Plan } from './timing.js';
import type { Doc } from './inputs.js';

const SERVER = fileURLToPath(new URL('../bin/magnitsky-lint-server.js', import.meta.url));

/** Set through initializationOptions; the server then checks as soon as an edit arrives. */
const DEBOUNCE_MS = 0;

/** Long enough for the cold first check of a 5 MB bill on a slow machine. */
const WAIT_MS = 300_000;

export interface ServerResult {
  /** Sum over the documents of each document's median edit → diagnostics time, debounce subtracted. */
  editToDiagnosticsMs: number;
  /**
   * The same, for the first round of edits right after the document is opened (its first ten edits), before any
   * warm-up: what the first keystrokes cost while V8 is still compiling the edit path. Summed over the documents.
   */
  firstEditsMs: number;
  /** didOpen → first diagnostics, summed over the documents. */
  openMs: number;
  peakRssMb: number;
  /** Diagnostics in the last publish, summed: a check that the server judged the documents as bills. */
  diagnostics: number;
}

interface Publish {
  at: number;
  count: number;
}

class BenchClient {
  private readonly waiting = new Map<string, (p: Publish) => void>();
  private readonly docs = new Map<string, TextDocument>();

  private constructor(
    private readonly proc: ChildProcess,
    private readonly conn: MessageConnection,
  ) {
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const at = performance.now();
      this.waiting.get(key(p.uri, p.version))?.({ at, count: p.diagnostics.length });
    });
    conn.onNotification('magnitsky-lint/status', () => undefined);
    conn.onNotification('window/showMessage', (p: { message: string }) => process.stderr.write(`server: ${p.message}\n`));
  }

  static async start(): Promise<BenchClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new BenchClient(proc, conn);
    conn.listen();
    // No workspace/configuration capability: the server takes its settings from initializationOptions.
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { debounce: DEBOUNCE_MS } } });
    await conn.sendNotification('initialized', {});
    return client;
  }

  /** Open a document; resolves when its first diagnostics arrive. */
  async open(uri: string, text: string): Promise<Publish & { sent: number }> {
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    this.docs.set(uri, doc);
    const published = this.published(uri, 1);
    const sent = performance.now();
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return { ...(await published), sent };
  }

  /** Insert (or, with `remove`, delete) one character; resolves with ms until that version's diagnostics. */
  async edit(uri: string, offset: number, remove: boolean): Promise<number> {
    const doc = this.docs.get(uri)!;
    const range = { start: doc.positionAt(offset), end: doc.positionAt(remove ? offset + 1 : offset) };
    const change = { range, text: remove ? '' : 'x' };
    const next = TextDocument.update(doc, [change], doc.version + 1);
    this.docs.set(uri, next);
    const published = this.published(uri, next.version);
    const sent = performance.now();
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [change] });
    return (await published).at - sent - DEBOUNCE_MS;
  }

  /** The server's peak resident set so far, from /proc (Linux). */
  peakRssMb(): number {
    const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (!kb) throw new Error('no VmHWM in /proc status');
    return Number(kb[1]) / 1024;
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } finally {
      this.conn.dispose();
      this.proc.kill();
    }
  }

  private published(uri: string, version: number): Promise<Publish> {
    const k = key(uri, version);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${k} within ${WAIT_MS} ms`)), WAIT_MS);
      this.waiting.set(k, (p) => {
        clearTimeout(timer);
        this.waiting.delete(k);
        resolve(p);
      });
    });
  }
}

function key(uri: string, version: number | undefined): string {
  return `${uri}#${version}`;
}

/**
 * One server for the input's documents, all opened. For each document:
 * untimed rounds of its edits (each made and undone) as a warm-up, then each
 * edit made and undone, both timed, in as many rounds as the in-process
 * incremental column.
 */
export async function measureServer(docs: Doc[], plan: Plan): Promise<ServerResult> {
  const client = await BenchClient.start();
  try {
    let openMs = 0;
    let diagnostics = 0;
    let editToDiagnosticsMs = 0;
    let firstEditsMs = 0;
    for (const doc of docs) {
      // untitled: no file, so no .magnitsky-lint.json lookup; the server decides by the bill's shape.
      const uri = `untitled:${doc.name}`;
      const opened = await client.open(uri, doc.text);
      openMs += opened.at - opened.sent;
      diagnostics += opened.count;
      // Warm-up: rounds over every edit, not counted as steady typing (see WARMUP_EDIT_ROUNDS); the first is reported.
      for (let round = 0; round < WARMUP_EDIT_ROUNDS; round++) {
        const first: number[] = [];
        for (const offset of doc.edits) {
          first.push(await client.edit(uri, offset, false));
          first.push(await client.edit(uri, offset, true));
        }
        if (round === 0) firstEditsMs += median(first);
      }
      const samples: number[] = [];
      for (let round = 0; round < editRounds(plan); round++) {
        for (const offset of doc.edits) {
          samples.push(await client.edit(uri, offset, false));
          samples.push(await client.edit(uri, offset, true));
        }
      }
      editToDiagnosticsMs += median(samples);
    }
    return { editToDiagnosticsMs, firstEditsMs, openMs, peakRssMb: client.peakRssMb(), diagnostics };
  } finally {
    await client.stop();
  }
}
