/**
 * The language server: LSP wiring only. Every judgement comes from the
 * engine; this file schedules it (debounced, per document version), turns
 * its findings into protocol messages, and answers the editor's requests.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  TextDocumentSyncKind,
  TextDocuments,
  TextDocumentEdit,
  TextEdit,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../engine/lint.js';
import { ParseCache, warmParseCache } from '../engine/parse.js';
import { trimHeap } from './heap.js';
import { looksLikeBill } from '../engine/detect.js';
import { LESSONS, RULE_IDS } from '../engine/checklist/index.js';
import type { Bill } from '../engine/structure/bill.js';
import type { LintResult } from '../engine/types.js';
import type { LineIndex } from '../engine/text.js';
import { loadLibrary } from '../library/load.js';
import { plainText, snippetBody } from '../library/placeholders.js';
import type { ClauseEntry } from '../library/schema.js';
import { compareLesson } from '../cli/compare.js';
import { CONFIG_FILE } from '../config.js';
import { DEFAULT_SETTINGS, documentSettings, readEditorSettings, type DocumentSettings, type EditorSettings } from './settings.js';
import { spanRange, toDiagnostic } from './convert.js';
import { hoverAt } from './hover.js';
import { outline } from './symbols.js';
import { checklistReport } from './report.js';
import { billStyle, clauseInsertion, clausesInOrder, definitionInsertion, inBillOrder, undefinedTerm } from './insert-clause.js';
import { clauseCitation, completionText, counts, disableFixTitle, insertFixTitle, jurisdictionName, lensTitle, resolveLocale, ui } from './ui-text.js';

interface Analysis {
  version: number;
  text: string;
  result: LintResult;
  bill: Bill;
  lines: LineIndex;
  isBill: boolean;
  settings: DocumentSettings;
}

interface DocState {
  cache: ParseCache;
  /** The pending check of the document (debounced), if any. */
  timer?: { cancel(): void };
  analysis?: Analysis;
  /**
   * The editor's settings for the document, asked for once and kept until the editor says they changed (a
   * round trip to the editor on every keystroke would add its time to every check).
   */
  editorSettings?: Promise<EditorSettings>;
  /** The last status sent for the document (see sendStatus). */
  statusSent?: string;
}

export const COMMANDS = {
  report: 'magnitsky-lint.server.report',
  compare: 'magnitsky-lint.server.compare',
  clauses: 'magnitsky-lint.server.clauses',
  insertClause: 'magnitsky-lint.server.insertClause',
};

/**
 * The edit of "Disable <rule> for this line". Before a line that starts a block, a comment line
 * "<!-- magnitsky-lint-disable-next-line <rule> -->"; on a later line of a paragraph or list item, where a comment
 * line would cut the paragraph in two (and so change how the bill is read), "<!-- magnitsky-lint-disable-line
 * <rule> -->" at the end of the line, before a hard line break's spaces or backslash.
 */
export function disableLineEdit<E>(a: { text: string; bill: Bill; lines: LineIndex }, line: number, rule: string, edit: (offset: number, text: string) => E): { edit: E } {
  const start = a.lines.lineStart(line);
  const content = a.text.slice(start, a.lines.lineEnd(line));
  if (a.bill.blocks.some((b) => b.start < start && start < b.end)) {
    return { edit: edit(start + content.replace(/(?:[ \t]+|\\)$/, '').length, ` <!-- magnitsky-lint-disable-line ${rule} -->`) };
  }
  const indent = /^[ \t>]*/.exec(content)![0];
  return { edit: edit(start, `${indent}<!-- magnitsky-lint-disable-next-line ${rule} -->\n`) };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  let editorSettings: EditorSettings = DEFAULT_SETTINGS;
  let canPullConfig = false;
  /** What the editor lets the server ask to be told of (see onInitialized). */
  let canRegister = { configuration: false, watchedFiles: false };
  let pullDiagnostics = false;
  let displayLocale: string | undefined;
  let trusted = true;
  const shownProblems = new Set<string>();

  const state = (uri: string): DocState => {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = { cache: new ParseCache() }));
    return s;
  };

  const tell = (problem: string) => {
    if (shownProblems.has(problem)) return;
    shownProblems.add(problem);
    // A plain notification: nothing to choose, so no request for the editor to answer.
    void connection.sendNotification('window/showMessage', { type: 2, message: problem });
  };

  /** The editor's settings for a document: pulled from the editor when it can give them per document, else those it pushed. */
  function editorSettingsFor(uri: string): Promise<EditorSettings> {
    if (!canPullConfig) return Promise.resolve(editorSettings);
    const st = state(uri);
    const asked = (st.editorSettings ??= connection.workspace.getConfiguration({ scopeUri: uri, section: 'magnitskyLint' }).then((raw: unknown) => {
      const problems: string[] = [];
      const read = readEditorSettings(raw, problems, displayLocale);
      problems.forEach(tell);
      return read;
    }));
    // An editor that failed to answer is asked again at the next check, not taken at its failure for good.
    asked.catch(() => {
      if (st.editorSettings === asked) st.editorSettings = undefined;
    });
    return asked;
  }

  async function settingsFor(uri: string): Promise<DocumentSettings> {
    const editor = await editorSettingsFor(uri);
    // (The configuration file is read again each time: it is small, and an edit to it shows at once.)
    const s = documentSettings(uri, editor, displayLocale, trusted);
    if (s.configProblem) tell(s.configProblem);
    return s;
  }

  /** Analyse the document's current version, reusing the parse of unchanged chunks. */
  async function analyseNow(uri: string): Promise<Analysis | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const st = state(uri);
    if (st.analysis && st.analysis.version === doc.version) return st.analysis;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return undefined; // a newer version is on its way
    const text = current.getText();
    // A long bill is parsed in slices; a newer edit stops this run, and the next reuses what was parsed.
    if (!(await warmParseCache(text, st.cache, () => documents.get(uri)?.version !== version))) return undefined;
    // The previous version's analysis is of no more use: let it go before the new one is built, so that a long
    // bill is not held twice.
    st.analysis = undefined;
    const { result, bill, lines } = analyse(text, { rules: settings.rules, locale: settings.locale }, st.cache);
    const isBill = settings.enable && !settings.exclude && (settings.include || looksLikeBill(bill));
    const analysis: Analysis = { version, text, result, bill, lines, isBill, settings };
    st.analysis = analysis;
    // After the caller has sent what it asked for (a check-phase callback runs after this turn's writes).
    setImmediate(trimHeap);
    return analysis;
  }

  function diagnosticsOf(doc: TextDocument, a: Analysis): Diagnostic[] {
    return a.isBill ? a.result.findings.map((f) => toDiagnostic(doc, f, a.settings.locale)) : [];
  }

  async function publish(uri: string): Promise<void> {
    const a = await analyseNow(uri);
    const doc = documents.get(uri);
    if (!a || !doc || doc.version !== a.version) return; // stale: dropped
    if (!pullDiagnostics) await connection.sendDiagnostics({ uri, version: a.version, diagnostics: diagnosticsOf(doc, a) });
    sendStatus(uri, a);
  }

  /** The checklist score for the status bar, sent only when it differs from the last sent for the document (typing seldom changes it). */
  function sendStatus(uri: string, a: Analysis): void {
    const status = { isBill: a.isBill, ...counts(a.result.checklist), locale: a.settings.locale ?? null };
    const st = state(uri);
    const key = JSON.stringify(status);
    if (st.statusSent === key) return;
    st.statusSent = key;
    void connection.sendNotification('magnitsky-lint/status', { uri, version: a.version, ...status });
  }

  function schedule(uri: string, delay?: number): void {
    const st = state(uri);
    st.timer?.cancel();
    const wait = delay ?? st.analysis?.settings.debounce ?? editorSettings.debounce;
    const run = () => {
      st.timer = undefined;
      publish(uri).catch((e) => connection.console.error(`magnitsky-lint: ${String(e)}`));
    };
    // No debounce (and an opened document) runs on the next turn of the event loop: a 0 ms timer waits 1 ms.
    if (wait <= 0) {
      const handle = setImmediate(run);
      st.timer = { cancel: () => clearImmediate(handle) };
    } else {
      const handle = setTimeout(run, wait);
      st.timer = { cancel: () => clearTimeout(handle) };
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    canPullConfig = Boolean(caps.workspace?.configuration);
    canRegister = {
      configuration: canPullConfig && Boolean(caps.workspace?.didChangeConfiguration?.dynamicRegistration),
      watchedFiles: Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration),
    };
    pullDiagnostics = Boolean(caps.textDocument?.diagnostic);
    displayLocale = params.locale;
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; settings?: unknown };
    if (init.trusted === false) trusted = false;
    if (init.settings !== undefined) editorSettings = readEditorSettings(init.settings, [], displayLocale);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'magnitsky-lint' },
    };
  });

  connection.onInitialized(() => {
    // Ask the editor to say when the settings or a configuration file change, so that open bills are checked again
    // at once (VS Code tells a server of neither unless asked; other editors may push settings unasked).
    if (canRegister.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'magnitskyLint' });
    if (canRegister.watchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
  });

  /** Check every open document again, with the settings read afresh. */
  function checkAllAgain(): void {
    for (const [uri, st] of states) {
      st.analysis = undefined;
      st.editorSettings = undefined;
      schedule(uri, 0);
    }
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
  }

  connection.onDidChangeConfiguration((change) => {
    if (!canPullConfig) {
      const settings = (change.settings as { magnitskyLint?: unknown } | undefined)?.magnitskyLint;
      const problems: string[] = [];
      editorSettings = readEditorSettings(settings, problems, displayLocale);
      problems.forEach(tell);
    }
    checkAllAgain();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) checkAllAgain();
  });

  connection.onNotification('magnitsky-lint/trust', (p: { trusted: boolean }) => {
    trusted = p.trusted;
    checkAllAgain();
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const st = states.get(e.document.uri);
    st?.timer?.cancel();
    states.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const a = await analyseNow(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (token.isCancellationRequested || !a || !doc) return { kind: 'full', items: [] };
    sendStatus(params.textDocument.uri, a);
    return { kind: 'full', items: diagnosticsOf(doc, a) };
  });

  connection.onHover(async (p) => {
    const a = await analyseNow(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    if (!a || !doc || !a.isBill) return null;
    const offset = doc.offsetAt(p.position);
    return hoverAt(a.result, offset, a.lines.lineStart(p.position.line), a.lines.lineEnd(p.position.line), billStyle(a.bill), a.settings.locale);
  });

  connection.onDocumentSymbol(async (p) => {
    const a = await analyseNow(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    if (!a || !doc || !a.isBill) return [];
    return outline(doc, a.bill, a.settings.locale);
  });

  connection.onCodeLens(async (p) => {
    const a = await analyseNow(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    if (!a || !doc || !a.isBill) return [];
    const span = a.bill.title?.span ?? { start: 0, end: 0 };
    return [{ range: spanRange(doc, span), command: { title: lensTitle(a.result.checklist, a.settings.locale), command: 'magnitsky-lint.showReport', arguments: [p.textDocument.uri] } }];
  });

  connection.onCompletion(async (p) => {
    const a = await analyseNow(p.textDocument.uri);
    if (!a || !a.isBill) return [];
    const style = billStyle(a.bill);
    let entries: ClauseEntry[];
    try {
      entries = loadLibrary();
    } catch (e) {
      tell(`magnitsky-lint: ${(e as Error).message}`);
      return [];
    }
    return entries.map((e, i): CompletionItem => {
      const ids = Object.keys(e.lessons);
      const lesson = LESSONS.find((l) => l.id === ids[0])!;
      const words = completionText(e, a.settings.locale);
      return {
        label: words.label,
        labelDetails: { description: words.description },
        kind: CompletionItemKind.Snippet,
        detail: words.detail,
        documentation: { kind: 'markdown', value: `${e.note}\n\n---\n\n${plainText(e.text).slice(0, 600)}` },
        filterText: `${ids.join(' ')} ${lesson.title.en} ${words.label} ${lesson.area} ${e.jurisdiction} ${e.instrument} ${e.title}`,
        sortText: `${e.style === style ? '0' : '1'}${String(i).padStart(3, '0')}`,
        insertText: snippetBody(e.text),
        insertTextFormat: InsertTextFormat.Snippet,
      };
    });
  });

  connection.onCodeAction(async (p) => {
    const a = await analyseNow(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    if (!a || !doc || !a.isBill) return [];
    const actions: CodeAction[] = [];
    const edit = (offset: number, text: string) => ({
      documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: a.version }, [TextEdit.insert(doc.positionAt(offset), text)])],
    });
    let entries: ClauseEntry[] = [];
    try {
      entries = loadLibrary();
    } catch {
      entries = [];
    }
    const style = billStyle(a.bill);
    for (const d of p.context.diagnostics) {
      const data = d.data as { rule?: string; status?: string; span?: { start: number; end: number } } | undefined;
      const rule = data?.rule ?? (typeof d.code === 'string' ? d.code : undefined);
      if (!rule || !RULE_IDS.includes(rule)) continue;
      if (LESSONS.some((l) => l.id === rule)) {
        const start = doc.offsetAt(d.range.start);
        const after = data?.status === 'partial' ? a.bill.provisions.find((q) => q.span.start <= start && start <= q.span.end && q.value !== null) : undefined;
        const offered = clausesInOrder(entries, rule, style).slice(0, 3);
        const source = (e: ClauseEntry) => `${e.jurisdiction}${e.provision ? `, ${e.provision}` : ''}`;
        for (const entry of offered) {
          const ins = clauseInsertion(a.text, a.bill, entry, rule, after, a.settings.locale);
          if (!ins) continue;
          // Two clauses from the same provision (say, in two drafting styles) are told apart by their own titles.
          const twin = offered.some((o) => o !== entry && source(o) === source(entry));
          actions.push({
            title: insertFixTitle(rule, entry, twin, ins.label, a.settings.locale),
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: actions.length === 0,
            edit: edit(ins.offset, ins.text),
          });
        }
      }
      const term = rule === 'drafting.defined-term' ? undefinedTerm(d.message) : undefined;
      const def = term ? definitionInsertion(a.text, a.bill, term) : null;
      if (term && def) actions.push({ title: ui('fix.define', a.settings.locale, { term, provision: def.label }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(def.offset, def.text) });
      actions.push({ title: disableFixTitle(rule, 'line', a.settings.locale), kind: CodeActionKind.QuickFix, diagnostics: [d], ...disableLineEdit(a, d.range.start.line, rule, edit) });
      const fm = a.bill.blocks.find((b) => b.kind === 'frontmatter');
      const top = fm ? a.lines.lineStart(a.lines.position(fm.end).line + 1) : 0;
      actions.push({ title: disableFixTitle(rule, 'file', a.settings.locale), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(top, `<!-- magnitsky-lint-disable-file ${rule} -->\n\n`) });
    }
    return actions;
  });

  connection.onExecuteCommand(async (p) => {
    const args = p.arguments ?? [];
    if (p.command === COMMANDS.clauses) {
      const locale = typeof args[0] === 'string' ? args[0] : displayLocale;
      // For an open bill, its own language and drafting style first (Japanese clauses for a Japanese bill).
      const a = typeof args[1] === 'string' ? await analyseNow(args[1]) : undefined;
      return (a ? inBillOrder(loadLibrary(), billStyle(a.bill), true) : loadLibrary()).map((e) => ({ id: e.id, lessons: Object.keys(e.lessons), jurisdiction: jurisdictionName(e.jurisdiction, locale), title: e.title, citation: clauseCitation(e, locale), kind: e.kind, style: e.style }));
    }
    if (p.command === COMMANDS.report) {
      const uri = String(args[0]);
      const a = await analyseNow(uri);
      if (!a) return null;
      return checklistReport(uri, a.bill.title?.text ?? uri, a.result, a.lines, a.settings.locale);
    }
    if (p.command === COMMANDS.compare) {
      const lesson = String(args[0]);
      const uri = args[1] ? String(args[1]) : undefined;
      const a = uri ? await analyseNow(uri) : undefined;
      const own = a?.result.checklist.find((l) => l.id === lesson);
      const draft = own && uri ? { path: decodeURIComponent(uri.split('/').pop() ?? uri), result: own } : undefined;
      const locale = a?.settings.locale ?? resolveLocale(editorSettings.locale, displayLocale);
      return { markdown: compareLesson(lesson, 'markdown', draft, undefined, locale), html: compareLesson(lesson, 'html', draft, undefined, locale) };
    }
    if (p.command === COMMANDS.insertClause) {
      const [uri, clauseId] = [String(args[0]), String(args[1])];
      const a = await analyseNow(uri);
      const doc = documents.get(uri);
      const entry = loadLibrary().find((e) => e.id === clauseId);
      if (!a || !doc || !entry) return false;
      const lesson = Object.keys(entry.lessons)[0]!;
      const ins = clauseInsertion(a.text, a.bill, entry, lesson, undefined, a.settings.locale);
      if (!ins) return false;
      const r = await connection.workspace.applyEdit({ label: ui('edit.insert', a.settings.locale, { title: entry.title }), edit: { documentChanges: [TextDocumentEdit.create({ uri, version: a.version }, [TextEdit.insert(doc.positionAt(ins.offset), ins.text)])] } });
      return r.applied;
    }
    return null;
  });

  documents.listen(connection);
  connection.listen();
}

export type { Range };
