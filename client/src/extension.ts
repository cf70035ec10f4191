/**
 * The VS Code side, kept thin (as vscode-eslint does): start the language
 * server, forward workspace trust, show the status bar score, and offer the
 * commands. Every judgement is the server's; every word shown comes from the
 * server's interface table (server/src/lsp/ui-text.ts, Japanese in ui-ja.json),
 * in the locale the server uses for the bill.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LESSONS } from '../../server/src/engine/checklist/index';
import { localize } from '../../server/src/engine/language';
import { areaTitle, lessonTitle, resolveLocale, ui } from '../../server/src/lsp/ui-text';

let client: LanguageClient | undefined;

interface Status {
  uri: string;
  isBill: boolean;
  met: number;
  partial: number;
  missing: number;
  /** The locale the server shows this bill's messages in. */
  locale?: string | null;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: { trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('magnitskyLint', 'magnitsky-lint', serverOptions, clientOptions);

  const bar = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  bar.command = 'magnitsky-lint.showReport';
  context.subscriptions.push(bar);
  const statuses = new Map<string, Status>();
  /** The active bill's locale as the server resolved it; before the server has spoken, the setting or VS Code's display language. */
  const locale = (): string | undefined => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    return s?.locale ?? resolveLocale(vscode.workspace.getConfiguration('magnitskyLint').get<string>('locale'), vscode.env.language);
  };
  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s || !s.isBill) return bar.hide();
    const l = s.locale ?? undefined;
    bar.text = `$(law) ${ui('counts', l, { met: s.met, partial: s.partial, missing: s.missing })}`;
    bar.tooltip = ui('status.tooltip', l);
    bar.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('magnitsky-lint/trust', { trusted: true })));

  const run = <T>(command: string, args: unknown[]): Promise<T> => client!.sendRequest('workspace/executeCommand', { command, arguments: args }) as Promise<T>;
  const activeBill = () => vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor.document.uri.toString() : undefined;

  context.subscriptions.push(
    vscode.commands.registerCommand('magnitsky-lint.showReport', async (uri?: string) => {
      const target = uri ?? activeBill();
      if (!target) return vscode.window.showInformationMessage(ui('client.open-bill-report', locale()));
      const markdown = await run<string | null>('magnitsky-lint.server.report', [target]);
      if (!markdown) return undefined;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside, true);
      return vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    }),
    vscode.commands.registerCommand('magnitsky-lint.insertModelClause', async () => {
      const uri = activeBill();
      const l = locale();
      if (!uri) return vscode.window.showInformationMessage(ui('client.open-bill-insert', l));
      const clauses = await run<{ id: string; lessons: string[]; jurisdiction: string; title: string; citation: string }[]>('magnitsky-lint.server.clauses', [l ?? null, uri]);
      const area = await vscode.window.showQuickPick(
        [...new Set(LESSONS.map((x) => x.area))].map((a) => ({ label: areaTitle(a, l), area: a })),
        { title: ui('client.pick-area', l) },
      );
      if (!area) return undefined;
      const lesson = await vscode.window.showQuickPick(
        LESSONS.filter((x) => x.area === area.area).map((x) => ({ label: localize(x.title, l), description: x.id, detail: localize(x.why, l), id: x.id })),
        { title: ui('client.pick-lesson', l), matchOnDetail: true },
      );
      if (!lesson) return undefined;
      const pick = await vscode.window.showQuickPick(
        clauses.filter((c) => c.lessons.includes(lesson.id)).map((c) => ({ label: c.jurisdiction, description: c.title, detail: c.citation, id: c.id })),
        { title: ui('client.pick-jurisdiction', l), matchOnDetail: true },
      );
      if (!pick) return undefined;
      const applied = await run<boolean>('magnitsky-lint.server.insertClause', [uri, pick.id]);
      if (!applied) void vscode.window.showInformationMessage(ui('client.already', l));
      return undefined;
    }),
    vscode.commands.registerCommand('magnitsky-lint.compareJurisdictions', async (lessonId?: string) => {
      const l = locale();
      const id =
        lessonId ??
        (await vscode.window.showQuickPick(
          LESSONS.map((x) => ({ label: localize(x.title, l), description: x.id, detail: areaTitle(x.area, l), id: x.id })),
          { title: ui('client.compare-pick', l), matchOnDescription: true },
        ))?.id;
      if (!id) return;
      const result = await run<{ html: string }>('magnitsky-lint.server.compare', [id, activeBill()]);
      const panel = vscode.window.createWebviewPanel('magnitskyLintCompare', ui('client.compare-title', l, { title: lessonTitle(id, l) }), vscode.ViewColumn.Beside, { enableScripts: false });
      panel.webview.html = result.html;
    }),
  );

  // Before start: the server sends a document's score once, when it first changes, which may be during start.
  client.onNotification('magnitsky-lint/status', (s: Status) => {
    statuses.set(s.uri, s);
    showStatus();
  });
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
