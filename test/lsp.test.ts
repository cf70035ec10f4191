/** The language server as any editor sees it: spawned over stdio, spoken to in JSON-RPC. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client.js';
import { fixture } from './helpers.js';
import { lint } from '../server/src/engine/lint.js';

const SAMPLE = fixture('sample-bill.md');
const URI = 'file:///drafts/sample-bill.md';
let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function started(options?: Parameters<typeof TestClient.start>[0]) {
  const s = await TestClient.start(options);
  client = s.client;
  return s;
}

describe('language server', () => {
  it('announces its features', async () => {
    const { capabilities } = await started();
    expect(capabilities).toMatchObject({ textDocumentSync: 2, hoverProvider: true, documentSymbolProvider: true, completionProvider: {}, codeLensProvider: {}, codeActionProvider: { codeActionKinds: ['quickfix'] } });
    expect(capabilities['diagnosticProvider']).toBeUndefined();
  });

  it('publishes the engine’s findings with the document version, rule codes and links to each rule’s page', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    const p = await client.diagnosticsFor(URI, 1);
    expect(p.diagnostics.map((d) => d.code).sort()).toEqual(lint(SAMPLE).findings.map((f) => f.rule).sort());
    for (const d of p.diagnostics) {
      expect(d.source).toBe('magnitsky-lint');
      expect(d.codeDescription!.href).toMatch(new RegExp(`/docs/rules/${String(d.code).replace('.', '\\.')}\\.md$`));
      expect(existsSync(fileURLToPath(d.codeDescription!.href))).toBe(true);
    }
    const partial = p.diagnostics.find((d) => d.code === 'oversight.report')!;
    expect(partial.message).toContain('only partly meets');
    expect(partial.relatedInformation![0]!.message).toMatch(/^Evidence: /);
  });

  it('leaves ordinary Markdown alone', async () => {
    const { client } = await started();
    client.open('file:///drafts/README.md', '# Notes\n\nThe draft bill is in sample-bill.md; see section 12 of it.\n');
    expect((await client.diagnosticsFor('file:///drafts/README.md', 1)).diagnostics).toEqual([]);
  });

  it('explains a finding on hover: the lesson, its source and how other jurisdictions did it', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    const d = (await client.diagnosticsFor(URI, 1)).diagnostics.find((x) => x.code === 'oversight.report')!;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: d.range.start });
    const text = (h.contents as { value: string }).value;
    expect(text).toContain('**Reports to the legislature**');
    expect(text).toContain('Henderson');
    expect(text).toContain('How others did it');
    expect(text).toMatch(/United States|United Kingdom|Canada|Recommended/);
  });

  it('offers a quick fix that inserts a model clause; the finding then disappears and the fix is not offered twice', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    const d = (await client.diagnosticsFor(URI, 1)).diagnostics.find((x) => x.code === 'oversight.trigger')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    const insert = actions.find((a) => a.title.startsWith('Insert model clause'))!;
    expect(insert.title).toMatch(/^Insert model clause for “Legislative trigger” \(.+\) as section \d+A?$/);
    const edits = (insert.edit!.documentChanges![0] as { edits: { newText: string }[]; textDocument: { version: number } });
    expect(edits.textDocument.version).toBe(1);
    expect(edits.edits).toHaveLength(1);
    const doc = client.docs.get(URI)!;
    const before = doc.getText();
    const at = doc.offsetAt((edits.edits[0] as unknown as { range: { start: { line: number; character: number } } }).range.start);
    client.applyWorkspaceEdit(insert.edit!);
    const after = client.docs.get(URI)!.getText();
    // Exactly the clause is added, at one place; nothing else in the document changes.
    expect(after).toBe(before.slice(0, at) + edits.edits[0]!.newText + before.slice(at));
    expect(edits.edits[0]!.newText).toMatch(/^\n\n## \d+A? /);
    const p = await client.diagnosticsFor(URI, 2);
    expect(p.diagnostics.map((x) => x.code)).not.toContain('oversight.trigger');
    expect(p.diagnostics.map((x) => x.code)).not.toContain('drafting.numbering');
    const again = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    expect(again.filter((a) => a.title === insert.title)).toEqual([]);
  });

  it('offers to disable a rule for a line or the file, and the comment silences exactly that rule', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    const d = (await client.diagnosticsFor(URI, 1)).diagnostics.find((x) => x.code === 'drafting.cross-reference')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    client.applyWorkspaceEdit(actions.find((a) => a.title === 'Disable drafting.cross-reference for this line')!.edit!);
    const p = await client.diagnosticsFor(URI, 2);
    expect(p.diagnostics.filter((x) => x.code === 'drafting.cross-reference')).toEqual([]);
    expect(p.diagnostics.length).toBe(lint(SAMPLE).findings.length - 1);
  });

  it('completes model clauses as snippets with tab stops', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    await client.diagnosticsFor(URI, 1);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 3, character: 0 } });
    expect(items.length).toBeGreaterThanOrEqual(10);
    const trigger = items.find((i) => i.label.startsWith('Legislative trigger'))!;
    expect(trigger.insertTextFormat).toBe(2);
    expect(trigger.insertText).toMatch(/\$\{1:[^}]+\}/);
    expect(trigger.filterText).toContain('oversight.trigger');
  });

  it('gives an outline of parts and provisions, and a checklist score on the title', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    await client.diagnosticsFor(URI, 1);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const names = symbols.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
    expect(names).toContain('Section 5 Designation of persons');
    expect(names.some((n) => n.startsWith('Part 2'))).toBe(true);
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    const r = lint(SAMPLE).checklist;
    const n = (s: string) => r.filter((l) => l.status === s).length;
    expect(lenses[0]!.command.title).toBe(`Checklist: ${n('met')} met · ${n('partial')} partial · ${n('missing')} missing`);
  });

  /**
   * Open the sample bill, type 40 letters into a provision as fast as the client can send them, and wait
   * `settle` ms after the last version's diagnostics. Returns the publishes after the first, and that last one.
   */
  async function burst(options: Parameters<typeof TestClient.start>[0], settle: number) {
    const { client } = await started(options);
    client.open(URI, SAMPLE);
    await client.diagnosticsFor(URI, 1);
    const before = client.publishes.length;
    let version = 1;
    const at = SAMPLE.indexOf('The Minister may, by notice');
    for (let i = 0; i < 40; i++) version = client.type(URI, at + i, 'x');
    const last = await client.diagnosticsFor(URI, version);
    await new Promise((r) => setTimeout(r, settle));
    const after = client.publishes.slice(before);
    expect(after[after.length - 1]).toBe(last);
    expect(after.every((p) => p.version! <= version)).toBe(true);
    return { after, last, typed: SAMPLE.slice(0, at) + 'x'.repeat(40) + SAMPLE.slice(at) };
  }

  it('settles a burst of 40 keystrokes with a handful of publishes, the last for the last version', async () => {
    const { after } = await burst(undefined, 600);
    expect(after.length).toBeLessThanOrEqual(3);
  });

  it('with no debounce, still ends a burst of keystrokes with the diagnostics of the last version', async () => {
    const { last, typed } = await burst({ initializationOptions: { settings: { debounce: 0 } } }, 300);
    expect(last.diagnostics.map((d) => d.message)).toEqual(lint(typed).findings.map((f) => f.message));
  });

  /** Three keystrokes in the sample, each checked before the next: returns the last version. */
  async function typeThree(client: TestClient): Promise<number> {
    const at = SAMPLE.indexOf('may designate');
    let version = 1;
    for (let k = 0; k < 3; k++) {
      version = client.type(URI, at, 'x');
      await client.diagnosticsFor(URI, version);
    }
    return version;
  }

  it('sends the checklist score for the status bar when it changes, not on every keystroke', async () => {
    const { client } = await started({ initializationOptions: { settings: { debounce: 0 } } });
    client.open(URI, SAMPLE);
    await client.diagnosticsFor(URI, 1);
    await typeThree(client);
    await new Promise((r) => setTimeout(r, 300));
    const score = lint(SAMPLE).checklist;
    expect(client.statuses).toEqual([{ uri: URI, version: 1, isBill: true, met: score.filter((l) => l.status === 'met').length, partial: score.filter((l) => l.status === 'partial').length, missing: score.filter((l) => l.status === 'missing').length, locale: null }]);
    // The text is no longer a bill: a new score.
    const version = client.change(URI, '# Meeting notes\n\nNothing to see.\n');
    expect((await client.waitFor(() => client.statuses[1])).isBill).toBe(false);
    expect(client.statuses[1]!.version).toBe(version);
  });

  it('answers pull diagnostics when the client supports them, and then does not push', async () => {
    const { client, capabilities } = await started({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    expect(capabilities['diagnosticProvider']).toMatchObject({ interFileDependencies: false });
    client.open(URI, SAMPLE);
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
    expect(report.kind).toBe('full');
    expect(report.items.length).toBe(lint(SAMPLE).findings.length);
    await new Promise((r) => setTimeout(r, 400));
    expect(client.publishes).toEqual([]);
  });

  it('names a broken configuration file once and goes on linting with the defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlint-lsp-'));
    writeFileSync(join(dir, '.magnitsky-lint.json'), '{ "rules": { "oversight.report": "loud" } }');
    writeFileSync(join(dir, 'bill.md'), SAMPLE);
    const uri = pathToFileURL(join(dir, 'bill.md')).href;
    const { client } = await started();
    client.open(uri, SAMPLE);
    const p = await client.diagnosticsFor(uri, 1);
    expect(p.diagnostics.length).toBe(lint(SAMPLE).findings.length);
    const m = await client.waitFor(() => client.messages.find((x) => x.message.includes('.magnitsky-lint.json')));
    expect(m.message).toContain('"oversight.report" must be one of');
  });

  it('applies rule settings from the editor and reports unknown rule ids', async () => {
    const { client } = await started({ capabilities: { workspace: { configuration: true } }, configuration: { rules: { 'scope.corruption': 'off', 'no.such-rule': 'error' } } });
    client.open(URI, SAMPLE);
    const p = await client.diagnosticsFor(URI, 1);
    expect(p.diagnostics.map((d) => d.code)).not.toContain('scope.corruption');
    expect((await client.waitFor(() => client.messages.find((m) => m.message.includes('no.such-rule')))).message).toContain('unknown rule');
  });

  it('asks the editor for its settings once, not on every keystroke, and checks the bill again when they change', async () => {
    const { client } = await started({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
      configuration: { rules: { 'scope.corruption': 'off' } },
    });
    client.open(URI, SAMPLE);
    expect((await client.diagnosticsFor(URI, 1)).diagnostics.map((d) => d.code)).not.toContain('scope.corruption');
    // It asked to be told when the settings or a configuration file change (VS Code tells it of neither unasked).
    expect(client.registrations).toEqual(
      expect.arrayContaining([
        { id: expect.any(String), method: 'workspace/didChangeConfiguration', registerOptions: { section: 'magnitskyLint' } },
        { id: expect.any(String), method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: '**/.magnitsky-lint.json' }] } },
      ]),
    );
    const version = await typeThree(client);
    expect(client.configurationRequests).toBe(1);
    // The user turns the rule back on: with no edit, the bill is checked again with the new settings.
    client.configuration = {};
    const seen = client.publishes.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.publishAfter(URI, seen);
    expect(p.version).toBe(version);
    expect(p.diagnostics.map((d) => d.code)).toContain('scope.corruption');
    expect(client.configurationRequests).toBe(2);
  });

  it('asks for the settings again at the next check when the editor failed to give them', async () => {
    const { client } = await started({ capabilities: { workspace: { configuration: true } }, configuration: { rules: { 'scope.corruption': 'off' } } });
    client.failConfigurationRequests = 1;
    client.open(URI, SAMPLE);
    await client.waitFor(() => client.configurationRequests === 1);
    const version = client.type(URI, SAMPLE.indexOf('may designate'), 'x');
    expect((await client.diagnosticsFor(URI, version)).diagnostics.map((d) => d.code)).not.toContain('scope.corruption');
    expect(client.configurationRequests).toBe(2);
  });

  it('checks the bill again when its configuration file changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlint-lsp-'));
    const uri = pathToFileURL(join(dir, 'bill.md')).href;
    const { client } = await started();
    client.open(uri, SAMPLE);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code)).toContain('scope.corruption');
    writeFileSync(join(dir, '.magnitsky-lint.json'), '{ "rules": { "scope.corruption": "off" } }');
    const seen = client.publishes.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.magnitsky-lint.json')).href, type: 1 }] });
    expect((await client.publishAfter(uri, seen)).diagnostics.map((d) => d.code)).not.toContain('scope.corruption');
  });

  it('produces the checklist report and the jurisdiction comparison on request', async () => {
    const { client } = await started();
    client.open(URI, SAMPLE);
    await client.diagnosticsFor(URI, 1);
    const report = await client.request<string>('workspace/executeCommand', { command: 'magnitsky-lint.server.report', arguments: [URI] });
    expect(report).toMatch(/^# Checklist report: /);
    expect(report).toContain(`](${URI}#L`);
    const cmp = await client.request<{ markdown: string; html: string }>('workspace/executeCommand', { command: 'magnitsky-lint.server.compare', arguments: ['oversight.trigger', URI] });
    expect(cmp.markdown).toContain('**Your draft**');
    expect(cmp.html).toMatch(/^<!doctype html>/);
  });

  it('keeps answering after hostile input', async () => {
    const { client } = await started();
    client.open('file:///drafts/deep.md', '> '.repeat(50_000) + 'x\n');
    await client.diagnosticsFor('file:///drafts/deep.md', 1);
    client.open(URI, SAMPLE);
    expect((await client.diagnosticsFor(URI, 1)).diagnostics.length).toBeGreaterThan(0);
  });
});
