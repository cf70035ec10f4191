/**
 * The VS Code side, kept thin (as vscode-eslint does): start the language
 * server, forward workspace trust, show the status bar score, and offer the
 * commands. Every judgement is the server's.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AREA_TITLES, LESSONS } from '../../server/src/engine/checklist/index';

let client: LanguageClient | undefined;

interface Status {
  uri: string;
  isBill: boolean;
  met: number;
  partial: number;
  missing: number;
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
  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s || !s.isBill) return bar.hide();
    bar.text = `$(law) ${s.met} met · ${s.partial} partial · ${s.missing} missing`;
    bar.tooltip = 'magnitsky-lint checklist for this bill — click for the full report';
    bar.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('magnitsky-lint/trust', { trusted: true })));

  const run = <T>(command: string, args: unknown[]): Promise<T> => client!.sendRequest('workspace/executeCommand', { command, arguments: args }) as Promise<T>;
  const activeBill = () => vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor.document.uri.toString() : undefined;

  context.subscriptions.push(
    vscode.commands.registerCommand('magnitsky-lint.showReport', async (uri?: string) => {
      const target = uri ?? activeBill();
      if (!target) return vscode.window.showInformationMessage('Open a draft bill (a Markdown file) to see its checklist report.');
      const markdown = await run<string | null>('magnitsky-lint.server.report', [target]);
      if (!markdown) return undefined;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside, true);
      return vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    }),
    vscode.commands.registerCommand('magnitsky-lint.insertModelClause', async () => {
      const uri = activeBill();
      if (!uri) return vscode.window.showInformationMessage('Open a draft bill (a Markdown file) to insert a model clause.');
      const clauses = await run<{ id: string; lessons: string[]; jurisdiction: string; title: string; citation: string }[]>('magnitsky-lint.server.clauses', []);
      const area = await vscode.window.showQuickPick(
        [...new Set(LESSONS.map((l) => l.area))].map((a) => ({ label: AREA_TITLES[a] ?? a, area: a })),
        { title: 'Insert model clause (1/3): area' },
      );
      if (!area) return undefined;
      const lesson = await vscode.window.showQuickPick(
        LESSONS.filter((l) => l.area === area.area).map((l) => ({ label: l.title.en, description: l.id, detail: l.why.en, id: l.id })),
        { title: 'Insert model clause (2/3): lesson', matchOnDetail: true },
      );
      if (!lesson) return undefined;
      const pick = await vscode.window.showQuickPick(
        clauses.filter((c) => c.lessons.includes(lesson.id)).map((c) => ({ label: c.jurisdiction, description: c.title, detail: c.citation, id: c.id })),
        { title: 'Insert model clause (3/3): jurisdiction', matchOnDetail: true },
      );
      if (!pick) return undefined;
      const applied = await run<boolean>('magnitsky-lint.server.insertClause', [uri, pick.id]);
      if (!applied) void vscode.window.showInformationMessage('That model clause is already in the bill.');
      return undefined;
    }),
    vscode.commands.registerCommand('magnitsky-lint.compareJurisdictions', async (lessonId?: string) => {
      const id =
        lessonId ??
        (await vscode.window.showQuickPick(
          LESSONS.map((l) => ({ label: l.title.en, description: l.id, detail: AREA_TITLES[l.area], id: l.id })),
          { title: 'Compare jurisdictions: which lesson?', matchOnDescription: true },
        ))?.id;
      if (!id) return;
      const result = await run<{ html: string }>('magnitsky-lint.server.compare', [id, activeBill()]);
      const panel = vscode.window.createWebviewPanel('magnitskyLintCompare', `Compare: ${LESSONS.find((l) => l.id === id)?.title.en ?? id}`, vscode.ViewColumn.Beside, { enableScripts: false });
      panel.webview.html = result.html;
    }),
  );

  await client.start();
  client.onNotification('magnitsky-lint/status', (s: Status) => {
    statuses.set(s.uri, s);
    showStatus();
  });
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
