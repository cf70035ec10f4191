/**
 * Messages in the user's language, as an editor sees them: the server started
 * with the LSP initialize locale "ja" (VS Code's display language) speaks
 * Japanese in diagnostics, hover, code lens, quick fixes, completion and the
 * checklist report — for a Japanese bill and an English one alike — and
 * English with "en". The judgement underneath is the same in both.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client.js';
import { fixture } from './helpers.js';
import { lint } from '../server/src/engine/lint.js';
import { UI_EN } from '../server/src/lsp/ui-text.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const JA_BILL = fixture('ja/ja-weak-country-based.md');
const JA_URI = 'file:///drafts/ja-weak-country-based.md';
const EN_BILL = fixture('sample-bill.md');
const EN_URI = 'file:///drafts/sample-bill.md';
const BILLS = [
  { name: 'a Japanese bill', uri: JA_URI, text: JA_BILL },
  { name: 'an English bill', uri: EN_URI, text: EN_BILL },
];
/** Kana or kanji: a message a Japanese reader reads in Japanese. */
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

let clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.map((c) => c.stop()));
  clients = [];
});

async function started(locale: string | undefined, configuration?: unknown): Promise<TestClient> {
  const { client } = await TestClient.start({ locale, ...(configuration ? { capabilities: { workspace: { configuration: true } }, configuration } : {}) });
  clients.push(client);
  return client;
}

/** Everything a user reads about one bill, through the protocol. */
async function whatTheUserSees(client: TestClient, uri: string, text: string) {
  client.open(uri, text);
  const diagnostics = (await client.diagnosticsFor(uri, 1)).diagnostics;
  // A partial finding sits on its own provision, so its hover is about it alone.
  const partial = diagnostics.find((d) => (d.data as { status?: string }).status === 'partial')!;
  const doc = client.docs.get(uri)!;
  const hovered = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(doc.offsetAt(partial.range.start) + 2) });
  // The hover explains every finding under the pointer; the partial one is ours.
  const hover = (hovered.contents as { value: string }).value.split('\n\n---\n\n').find((b) => b.includes(`\`${String(partial.code)}\``))!;
  const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
  const report = await client.request<string>('workspace/executeCommand', { command: 'magnitsky-lint.server.report', arguments: [uri] });
  const report1 = diagnostics.find((d) => d.code === 'oversight.report')!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: report1.range, context: { diagnostics: [report1] } });
  const completion = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
  return { diagnostics, partial, hover, lens: lenses[0]!.command.title, report, actions: actions.map((a) => a.title), completion };
}

/** The words a Markdown renderer shows in italics. */
function emphasised(markdown: string): string[] {
  const out: string[] = [];
  const walk = (n: { type: string; value?: string; children?: unknown[] }): void => {
    if (n.type === 'emphasis') out.push(toString(n));
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  const toString = (n: { value?: string; children?: unknown[] }): string => n.value ?? (n.children ?? []).map((c) => toString(c as typeof n)).join('');
  walk(unified().use(remarkParse).parse(markdown) as never);
  return out;
}

/** What a judgement is, whatever the words: which rules fire where, with which status. */
const judgement = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range, severity: d.severity, status: (d.data as { status?: string }).status ?? null })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('messages in the user’s language (LSP initialize locale)', () => {
  for (const bill of BILLS) {
    it(`speaks Japanese about ${bill.name} when the editor’s display language is ja`, async () => {
      const seen = await whatTheUserSees(await started('ja'), bill.uri, bill.text);
      const expected = lint(bill.text, { locale: 'ja' });
      // Diagnostics: the engine's Japanese messages, each linked to the Japanese page of its rule.
      expect(seen.diagnostics.map((d) => d.message).sort()).toEqual(expected.findings.map((f) => f.message).sort());
      for (const d of seen.diagnostics) {
        expect(d.message).toMatch(JAPANESE);
        expect(d.message).not.toMatch(/only partly meets|The bill|Evidence:/);
        expect(d.codeDescription!.href).toMatch(new RegExp(`/docs/rules/ja/${String(d.code).replace('.', '\\.')}\\.md$`));
        expect(existsSync(fileURLToPath(d.codeDescription!.href))).toBe(true);
        for (const r of d.relatedInformation ?? []) expect(r.message).toMatch(/^該当箇所：/);
      }
      // Hover: the lesson's Japanese title, what is missing, why, who said so, and how others did it.
      expect(seen.hover).toMatch(/^\*\*[^*]*[\u3040-\u9fff][^*]*\*\* · `[a-z.-]+` · 一部充足\n/);
      expect(seen.hover).toContain('欠けているもの：');
      expect(seen.hover).toContain('*理由*：');
      expect(seen.hover).toContain('*出典*：');
      expect(seen.hover).toContain('[このルールの説明と例](');
      expect(seen.hover).toMatch(/\/docs\/rules\/ja\/[a-z.-]+\.md\)$/);
      expect(seen.hover).not.toMatch(/How others did it|Why:|Source:|Lacks /);
      // Markdown emphasis next to Japanese punctuation only works one way round (*理由*：, not *理由：*).
      expect(emphasised(seen.hover)).toEqual(expect.arrayContaining(['理由', '出典']));
      // Code lens: the same counts as the engine's, in Japanese.
      const n = (s: string) => expected.checklist.filter((l) => l.status === s).length;
      expect(seen.lens).toBe(`チェックリスト：充足 ${n('met')}・一部充足 ${n('partial')}・未充足 ${n('missing')}`);
      // Checklist report.
      expect(seen.report).toMatch(/^# チェックリストの結果：/);
      expect(seen.report).toContain(`**教訓${expected.checklist.length}項目のうち、充足 ${n('met')}・一部充足 ${n('partial')}・未充足 ${n('missing')}**`);
      expect(seen.report).toContain('## 国会による監督');
      expect(seen.report).toMatch(/^### (✗ 未充足|◐ 一部充足) — 国会への報告（`oversight\.report`）$/m);
      expect(seen.report).toContain('*なぜ重要か*：');
      expect(seen.report).not.toMatch(/Why it matters|Checklist report| met · /);
      // Quick fixes.
      expect(seen.actions.filter((t) => t.startsWith('「国会への報告」のモデル条項（')).length).toBeGreaterThan(0);
      expect(seen.actions).toContain('この行でoversight.reportを無効にする');
      expect(seen.actions).toContain('このファイルでoversight.reportを無効にする');
      expect(seen.actions.filter((t) => /^(Insert|Disable) /.test(t))).toEqual([]);
      // Completion: the tool's words in Japanese; the clause text itself is the library's.
      const item = seen.completion.find((i) => i.label === '国会への報告 — 推奨')!;
      expect(item.detail).toBe('magnitsky-lint独自のモデル条項であり、制定された法律ではありません');
      expect(item.labelDetails!.description).toBe('推奨条項');
      expect(seen.completion.find((i) => i.label.startsWith('Reports to the legislature'))).toBeUndefined();
    });

    it(`speaks English about ${bill.name} when the display language is en`, async () => {
      const seen = await whatTheUserSees(await started('en'), bill.uri, bill.text);
      const expected = lint(bill.text, { locale: 'en' });
      expect(seen.diagnostics.map((d) => d.message).sort()).toEqual(expected.findings.map((f) => f.message).sort());
      for (const d of seen.diagnostics) expect(d.codeDescription!.href).toMatch(new RegExp(`/docs/rules/${String(d.code).replace('.', '\\.')}\\.md$`));
      // Outside what the bill itself quotes, not a word of Japanese.
      const partialMessage = seen.partial.message.replace(/“[^”]*”/g, '');
      expect(partialMessage).toMatch(/only partly meets/);
      expect(seen.hover).toMatch(/^\*\*[A-Z][^*]+\*\* · `[a-z.-]+` · partly met\n/);
      expect(seen.hover).toContain('*Why:*');
      // The tool's words are English; the model clauses quoted for a Japanese bill stay in Japanese.
      expect(seen.hover.split('\n').filter((l) => !l.startsWith('- ')).join('\n')).not.toMatch(/理由|出典|欠けているもの|他の法域/);
      const n = (s: string) => expected.checklist.filter((l) => l.status === s).length;
      expect(seen.lens).toBe(`Checklist: ${n('met')} met · ${n('partial')} partial · ${n('missing')} missing`);
      expect(seen.report).toMatch(/^# Checklist report: /);
      expect(seen.report).toContain('## Oversight by the legislature');
      expect(seen.report).toMatch(/^### (✗ missing|◐ partly met) — Reports to the legislature \(`oversight\.report`\)$/m);
      expect(seen.actions.some((t) => t.startsWith('Insert model clause for “Reports to the legislature” ('))).toBe(true);
      expect(seen.actions).toContain('Disable oversight.report for this line');
      expect(seen.completion.find((i) => i.label === 'Reports to the legislature — Recommended')).toBeDefined();
      expect(seen.completion.find((i) => i.label.startsWith('国会への報告'))).toBeUndefined();
    });

    it(`judges ${bill.name} the same in both languages`, async () => {
      const [ja, en] = await Promise.all([started('ja'), started('en')]);
      const statuses: Record<string, { met: number; partial: number; missing: number }> = {};
      for (const [name, c] of [['ja', ja], ['en', en]] as const) {
        c.conn.onNotification('magnitsky-lint/status', (s: { met: number; partial: number; missing: number }) => (statuses[name] = { met: s.met, partial: s.partial, missing: s.missing }));
      }
      const [a, b] = await Promise.all([whatTheUserSees(ja, bill.uri, bill.text), whatTheUserSees(en, bill.uri, bill.text)]);
      expect(judgement(a.diagnostics)).toEqual(judgement(b.diagnostics));
      expect(a.diagnostics.length).toBeGreaterThan(5);
      expect(a.lens.match(/\d+/g)).toEqual(b.lens.match(/\d+/g));
      expect(statuses['ja']).toEqual(statuses['en']);
      // Every lesson carries the same mark in both reports, in the same order.
      const marks = (r: string) => [...r.matchAll(/^### ([✓◐✗]) .*[(（]`([a-z.-]+)`[)）]$/gm)].map((m) => `${m[1]} ${m[2]}`);
      expect(marks(a.report)).toHaveLength(lint(bill.text).checklist.length);
      expect(marks(a.report)).toEqual(marks(b.report));
      // The same quick fixes, in the same number: only their titles differ.
      expect(a.actions.length).toBe(b.actions.length);
    });
  }

  it('puts Japanese model clauses first in the hover on a Japanese bill, and inserts one as the next article in kanji before 附則', async () => {
    const client = await started('ja');
    const seen = await whatTheUserSees(client, JA_URI, JA_BILL);
    const uri = JA_URI;
    const d = seen.diagnostics.find((x) => x.code === 'oversight.report')!;
    // Missing lessons sit on the title: the hover there explains the first of them.
    const hover = ((await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: d.range.start })).contents as { value: string }).value;
    const others = hover.split('\n\n---\n\n')[0]!.split('*他の法域の例*：\n')[1]!.split('\n').filter((l) => l.startsWith('- '));
    expect(others[0]).toMatch(/^- \*\*推奨\*\*（magnitsky-lint独自のモデル条項であり、制定された法律ではありません）：[^a-zA-Z]{40}/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    // Two recommended clauses for the lesson, told apart by their captions; only Japanese ones for a Japanese bill.
    expect(actions.map((a) => a.title).filter((t) => t.includes('モデル条項'))).toEqual(['「国会への報告」のモデル条項（推奨：国会への報告）を第十三条として挿入', '「国会への報告」のモデル条項（推奨：人権侵害制裁に関する年次報告）を第十三条として挿入']);
    const insert = actions[0]!;
    client.applyWorkspaceEdit(insert.edit!);
    const after = client.docs.get(uri)!.getText();
    expect(after).toMatch(/\n（国会への報告）\n\n第十三条　外務大臣は、毎年、/);
    expect(after.indexOf('第十三条　')).toBeLessThan(after.indexOf('附　則'));
    const p = await client.diagnosticsFor(uri, 2);
    expect(p.diagnostics.filter((x) => x.code === 'oversight.report')).toEqual([]);
    const drafting = (ds: Diagnostic[]) => ds.filter((x) => String(x.code).startsWith('drafting.')).length;
    expect(drafting(p.diagnostics)).toBe(drafting(seen.diagnostics));
  });

  it('offers to define a term quoted but never defined in either language', async () => {
    const text = fixture('drafting-faults.md');
    const uri = 'file:///drafts/drafting-faults.md';
    const titles: string[][] = [];
    for (const locale of ['en', 'ja']) {
      const client = await started(locale);
      client.open(uri, text);
      const d = (await client.diagnosticsFor(uri, 1)).diagnostics.filter((x) => x.code === 'drafting.defined-term' && /never defines it|定義がありません/.test(x.message))[0]!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      titles.push(actions.map((a) => a.title).filter((t) => /definition|定義/.test(t)));
    }
    expect(titles[0]).toHaveLength(1);
    expect(titles[0]![0]).toMatch(/^Add a definition of “.+” to section \d+$/);
    expect(titles[1]).toHaveLength(1);
    expect(titles[1]![0]).toMatch(/^「.+」の定義をsection \d+に加える$/);
  });

  it('follows the magnitskyLint.locale setting over the display language', async () => {
    const client = await started('en', { locale: 'ja' });
    const seen = await whatTheUserSees(client, EN_URI, EN_BILL);
    expect(seen.lens).toMatch(/^チェックリスト：/);
    expect(seen.partial.message).toMatch(JAPANESE);
    const back = await started('ja', { locale: 'en' });
    expect((await whatTheUserSees(back, EN_URI, EN_BILL)).lens).toMatch(/^Checklist: /);
  });

  it('compares jurisdictions in the locale, the draft’s own column included', async () => {
    const views: Record<string, string> = {};
    for (const locale of ['ja', 'en']) {
      const client = await started(locale);
      client.open(JA_URI, JA_BILL);
      await client.diagnosticsFor(JA_URI, 1);
      views[locale] = (await client.request<{ html: string }>('workspace/executeCommand', { command: 'magnitsky-lint.server.compare', arguments: ['oversight.report', JA_URI] })).html;
    }
    expect(views['ja']).toMatch(/^<!doctype html><html lang="ja">/);
    expect(views['ja']).toContain('<h1>国会への報告 <code>oversight.report</code></h1>');
    expect(views['ja']).toContain('<th>法域</th><th>教訓の充足</th><th>モデル条項</th><th>注記</th>');
    expect(views['ja']).toMatch(/<th scope="row">あなたの草案<div class="src">ja-weak-country-based\.md<\/div><\/th><td>規定なし<\/td>/);
    expect(views['ja']).toContain('<th scope="row">米国<div class="src">Global Magnitsky Human Rights Accountability Act');
    expect(views['ja']).not.toMatch(/Your draft|meets the lesson|Jurisdiction/);
    expect(views['en']).toMatch(/^<!doctype html><html lang="en">/);
    expect(views['en']).toMatch(/<th scope="row">Your draft<div class="src">ja-weak-country-based\.md<\/div><\/th><td>missing<\/td>/);
    // The same clauses in the same order, whatever the words around them.
    const clauses = (html: string) => [...html.matchAll(/<td class="clause">([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(clauses(views['ja']!)[0]).toBe('<p>（草案にはこれについての規定がありません）</p>');
    expect(clauses(views['ja']!).slice(1)).toEqual(clauses(views['en']!).slice(1));
    expect(clauses(views['ja']!).length).toBeGreaterThan(3);
  });

  it('lists model clauses for Insert model clause… in the locale, the bill’s own language first', async () => {
    const client = await started('ja');
    client.open(JA_URI, JA_BILL);
    client.open(EN_URI, EN_BILL);
    await client.diagnosticsFor(JA_URI, 1);
    await client.diagnosticsFor(EN_URI, 1);
    type Clause = { lessons: string[]; jurisdiction: string; citation: string; style: string };
    const list = (uri: string) => client.request<Clause[]>('workspace/executeCommand', { command: 'magnitsky-lint.server.clauses', arguments: ['ja', uri] });
    const forReport = (cs: Clause[]) => cs.filter((c) => c.lessons.includes('oversight.report'));
    const ja = forReport(await list(JA_URI));
    const en = forReport(await list(EN_URI));
    expect(ja[0]).toMatchObject({ style: 'ja', jurisdiction: '推奨', citation: 'magnitsky-lint独自のモデル条項であり、制定された法律ではありません' });
    expect(en[0]!.style).not.toBe('ja');
    expect(en.map((c) => c.jurisdiction)).toContain('米国');
    // Every clause is still offered, only the order differs.
    expect(ja.length).toBe(en.length);
  });

  it('names the roles of provisions in the outline in the locale', async () => {
    const roles: Record<string, (string | undefined)[]> = {};
    for (const locale of ['ja', 'en']) {
      const client = await started(locale);
      client.open(JA_URI, JA_BILL);
      await client.diagnosticsFor(JA_URI, 1);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: JA_URI } });
      const all = symbols.flatMap((x) => [x, ...(x.children ?? [])]);
      roles[locale] = ['第一条', '第二条', '第三条'].map((n) => all.find((x) => x.name.startsWith(n))?.detail);
    }
    expect(roles['ja']).toEqual(['目的規定', '定義規定', undefined]);
    expect(roles['en']).toEqual(['purpose', 'definitions', undefined]);
  });

  it('tells a Japanese user about a bad rule setting in Japanese', async () => {
    const client = await started('ja', { rules: { 'no.such-rule': 'error' } });
    client.open(EN_URI, EN_BILL);
    await client.diagnosticsFor(EN_URI, 1);
    const m = await client.waitFor(() => client.messages.find((x) => x.message.includes('no.such-rule')));
    expect(m.message).toBe('設定 magnitskyLint.rules に存在しないルール「no.such-rule」が指定されています。この指定は無視します。');
  });

  it('tells a Japanese user what is wrong with a configuration file in Japanese, and an English user in English', async () => {
    const cases: [string, string, string][] = [
      ['{ "rulez": {} }', 'に不明な設定「rulez」があります（使える設定は "rules" と "locale" です）。', 'has an unknown setting "rulez" (known: "rules", "locale").'],
      ['{ "rules": { "oversight.reports": "off" } }', 'に存在しないルール「oversight.reports」が指定されています。「oversight.report」のことですか。', 'names an unknown rule "oversight.reports". Did you mean "oversight.report"?'],
      ['{ "rules": { "oversight.report": "loud" } }', 'のルール「oversight.report」の値は "error"、"warning"、"information"、"hint"、"off"、true または false のいずれかでなければなりません（指定された値："loud"）。', 'rule "oversight.report" must be one of "error", "warning", "information", "hint", "off", true or false (got "loud").'],
    ];
    for (const [config, ja, en] of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'mlint-locale-'));
      const file = join(dir, '.magnitsky-lint.json');
      writeFileSync(file, config);
      const uri = pathToFileURL(join(dir, 'bill.md')).href;
      for (const [locale, frame] of [
        ['ja', `magnitsky-lint：設定ファイル ${file} ${ja}既定の設定で検査を続けます。`],
        ['en', `magnitsky-lint: the configuration file ${file}: ${en} Linting goes on with the default settings.`],
      ] as const) {
        const client = await started(locale);
        client.open(uri, EN_BILL);
        await client.diagnosticsFor(uri, 1);
        expect((await client.waitFor(() => client.messages.find((x) => x.message.includes('.magnitsky-lint.json')))).message).toBe(frame);
      }
    }
  });
});

describe('the words as data', () => {
  const ja = JSON.parse(readFileSync(new URL('../server/src/engine/checklist/ui-ja.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every interface frame in Japanese, with the same placeholders', () => {
    for (const [key, en] of Object.entries(UI_EN)) {
      const t = ja[key];
      expect(typeof t, key).toBe('string');
      expect(slots(t as string), key).toEqual(slots(en));
      if (!/^(hover\.source-separator|hover\.finding|hover\.heading|completion\.label|list\.separator|report\.source-separator)$/.test(key)) expect(t, key).toMatch(JAPANESE);
    }
  });

  it('the manifest takes every user-visible string from package.nls.json, translated in package.nls.ja.json', () => {
    const read = (f: string) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');
    const manifest = read('package.json');
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const jaNls = JSON.parse(read('package.nls.ja.json')) as Record<string, string>;
    const pkg = JSON.parse(manifest) as { displayName: string; description: string; contributes: { commands: { title: string; category: string }[]; configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> } } };
    const visible = [pkg.displayName, pkg.description, pkg.contributes.configuration.title, ...pkg.contributes.commands.flatMap((c) => [c.title, c.category]), ...Object.values(pkg.contributes.configuration.properties).flatMap((p) => [p.description ?? p.markdownDescription!, ...(p.enumDescriptions ?? [])])];
    for (const v of visible) expect(v).toMatch(/^%[\w.]+%$/);
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    for (const k of keys) {
      expect(en[k], k).toBeTruthy();
      expect(jaNls[k], k).toBeTruthy();
    }
    expect(Object.keys(jaNls).sort()).toEqual(Object.keys(en).sort());
    expect(jaNls['command.insertModelClause.title']).toBe('モデル条項を挿入…');
  });
});
