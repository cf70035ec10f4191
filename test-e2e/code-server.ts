/** Helpers for the real-editor tests: Debian's Chromium, code-server with the packaged extension installed, and where screenshots go. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const E2E_DIR = process.env.MLINT_E2E_DIR ?? '/tmp/mlint-e2e';
const CS = join(E2E_DIR, 'code-server');
const VSIX = new URL('../magnitsky-lint.vsix', import.meta.url).pathname;

export interface Session {
  page: Page;
  browser: Browser;
  proc: ChildProcess;
  workspace: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Debian's Chromium, headless, offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Screenshots refresh docs/screenshots/ only when asked (MLINT_SCREENSHOTS=1), so a test run leaves the tree clean. */
export const SHOTS = process.env.MLINT_SCREENSHOTS ? new URL('../docs/screenshots/', import.meta.url).pathname : mkdtempSync(join(tmpdir(), 'mlint-shots-'));

/**
 * VS Code's display language, as a user sets it ("Configure Display Language", or code-server's
 * --locale). VS Code only switches to a language it has a language pack for, and none can be
 * downloaded here (no Marketplace), so a stub pack is registered in the user data folder the way an
 * installed one is (languagepacks.json): it translates none of VS Code's own words — the workbench
 * stays in English — but VS Code then runs in that language: vscode.env.language is "ja", the
 * extension's package.nls.ja.json is used, and the language client sends "ja" as the LSP
 * initialize locale.
 */
function registerStubLanguagePack(userData: string, locale: string): void {
  const translations = join(userData, 'stub-language-pack', `${locale}.i18n.json`);
  mkdirSync(join(userData, 'stub-language-pack'), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(
    join(userData, 'languagepacks.json'),
    JSON.stringify({ [locale]: { hash: `mlint-stub-${locale}`, extensions: [{ extensionIdentifier: { id: `mlint.stub-language-pack-${locale}` }, version: '0.0.0' }], translations: { vscode: translations }, label: locale } }),
  );
}

export async function startVSCode(files: Record<string, string>, settings: Record<string, unknown> = {}, options: { locale?: string } = {}): Promise<Session> {
  if (!existsSync(join(CS, '.ready'))) throw new Error(`code-server is not installed in ${CS}: run scripts/e2e/setup-code-server.sh`);
  if (!existsSync(VSIX)) throw new Error('magnitsky-lint.vsix is missing: run npm run package');
  const root = mkdtempSync(join(tmpdir(), 'mlint-vscode-'));
  const userData = join(root, 'user');
  const extensions = join(root, 'extensions');
  const workspace = join(root, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(workspace, { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'editor.minimap.enabled': false, 'telemetry.telemetryLevel': 'off', ...settings }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  execFileSync(process.execPath, [join(CS, 'out/node/entry.js'), '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', VSIX], { stdio: 'pipe' });
  if (options.locale) registerStubLanguagePack(userData, options.locale);
  const port = await freePort();
  const proc = spawn(process.execPath, [join(CS, 'out/node/entry.js'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--user-data-dir', userData, '--extensions-dir', extensions, ...(options.locale ? ['--locale', options.locale] : []), workspace], { stdio: 'pipe' });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error('code-server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  return {
    page,
    browser,
    proc,
    workspace,
    async stop() {
      await browser.close().catch(() => undefined);
      proc.kill();
    },
  };
}

/** Open a file from the Explorer (more reliable than quick open while the workbench settles). */
export async function openFile(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 30_000 });
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

/** The Problems panel's rows (a virtual list: rows scrolled out of view are not in the page). */
export const problems = (page: Page) => page.locator('.markers-panel .monaco-list-row');

/** The Problems panel's filter box. */
export const problemsFilter = (page: Page) => page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();

/** The Problems panel's rows for one rule, found through its filter box, which is cleared again. */
export async function problemsFor(page: Page, rule: string): Promise<string[]> {
  const filter = problemsFilter(page);
  await filter.fill(rule);
  await page.waitForTimeout(500);
  const rows = await problems(page).allInnerTexts();
  await filter.fill('');
  return rows.filter((r) => r.includes(rule));
}
