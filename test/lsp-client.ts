/** A minimal LSP client for tests: spawns the stdio server and records what it sends. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

// MLINT_SERVER runs the tests against another build, e.g. the bundled dist/server/server.mjs.
const SERVER = process.env.MLINT_SERVER ?? fileURLToPath(new URL('../bin/magnitsky-lint-server.js', import.meta.url));

export class TestClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  /** The checklist scores the server sent for the status bar (magnitsky-lint/status). */
  readonly statuses: { uri: string; version: number; isBill: boolean; met: number; partial: number; missing: number }[] = [];
  readonly docs = new Map<string, TextDocument>();
  /** What the client answers workspace/configuration with (a test may change it, as a user changes a setting). */
  configuration: unknown = {};
  /** How many times the server asked for the settings. */
  configurationRequests = 0;
  /** How many of the next settings requests to answer with an error. */
  failConfigurationRequests = 0;
  /** The notifications the server registered for (client/registerCapability), with their options. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
  ) {}

  static async start(options: { capabilities?: object; initializationOptions?: object; configuration?: unknown; locale?: string } = {}): Promise<{ client: TestClient; capabilities: Record<string, unknown> }> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    proc.stdin!.on('error', () => undefined); // the server may already be gone when a test ends
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onError(() => undefined);
    const client = new TestClient(proc, conn);
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => client.publishes.push(p));
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => client.messages.push(p));
    conn.onNotification('magnitsky-lint/status', (p: TestClient['statuses'][number]) => client.statuses.push(p));
    client.configuration = options.configuration ?? {};
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      client.configurationRequests++;
      if (client.failConfigurationRequests > 0) {
        client.failConfigurationRequests--;
        return new ResponseError(-32603, 'the editor could not read its settings');
      }
      return p.items.map(() => client.configuration);
    });
    conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      client.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.listen();
    const init = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    })) as { capabilities: Record<string, unknown> };
    await conn.sendNotification('initialized', {});
    return { client, capabilities: init.capabilities };
  }

  open(uri: string, text: string): void {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Replace the whole text (a full-text change event). */
  change(uri: string, text: string): number {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, 'markdown', doc.version + 1, text);
    this.docs.set(uri, next);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
    return next.version;
  }

  /** An incremental change: insert text at an offset. */
  type(uri: string, offset: number, text: string): number {
    const doc = this.docs.get(uri)!;
    const pos = doc.positionAt(offset);
    const next = TextDocument.update(TextDocument.create(uri, 'markdown', doc.version, doc.getText()), [{ range: { start: pos, end: pos }, text }], doc.version + 1);
    this.docs.set(uri, next);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range: { start: pos, end: pos }, text }] });
    return next.version;
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const change of edit.documentChanges ?? []) {
      if (!('edits' in change)) continue;
      const doc = this.docs.get(change.textDocument.uri)!;
      this.change(doc.uri, TextDocument.applyEdits(doc, change.edits as TextEdit[]));
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async waitFor<T>(check: () => T | undefined | false, ms = 10_000): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > until) throw new Error('timed out waiting for the server');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** The first publish for a document after the first `after` publishes, once the server sends one. */
  async publishAfter(uri: string, after: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.publishes.slice(after).find((p) => p.uri === uri));
  }

  /** The latest publish for a document, once it matches a version. */
  async diagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => [...this.publishes].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version)));
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 20));
    this.conn.dispose();
    this.proc.kill();
  }
}
