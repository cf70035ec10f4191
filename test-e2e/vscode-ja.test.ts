/**
 * In real VS Code with the display language Japanese (code-server --locale ja,
 * as "Configure Display Language" sets it), a drafter working on a Japanese
 * bill reads magnitsky-lint in Japanese: the Problems panel, the hover, the
 * code lens and status bar, quick fixes, the Compare jurisdictions view, the
 * command palette's titles (package.nls.ja.json) and the Insert model clause
 * prompts.
 *
 * No language pack can be downloaded here, so VS Code's own words stay in
 * English (a stub pack is registered, see registerStubLanguagePack); what this
 * checks is that VS Code runs in Japanese — vscode.env.language and the LSP
 * initialize locale are "ja" — and that everything magnitsky-lint shows follows
 * it, with no magnitskyLint.locale setting. Screenshots: problems-panel-ja.png,
 * hover-ja.png, quick-fix-ja.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startVSCode, openFile, runCommand, problems, problemsFilter, problemsFor, SHOTS, type Session } from './code-server.js';

const BILL = readFileSync(new URL('../test-fixtures/ja/ja-weak-country-based.md', import.meta.url), 'utf8');
const NAME = 'ja-weak-country-based.md';
let s: Session;

beforeAll(async () => {
  s = await startVSCode({ [NAME]: BILL }, {}, { locale: 'ja' });
});
afterAll(async () => {
  await s?.stop();
});

/**
 * Open a finding from the Problems panel, found through its filter (left set: clearing it would take
 * the focus back from the editor), and leave the cursor on it in the editor.
 */
async function goToProblem(page: Session['page'], rule: string): Promise<void> {
  await problemsFilter(page).fill(rule);
  await page.waitForTimeout(500);
  await problems(page).filter({ hasText: rule }).first().dblclick();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(1000);
}

/** Show the editor's hover at the cursor (Ctrl+K Ctrl+I), asking again until one holding `text` appears. */
async function hoverHolding(page: Session['page'], text: string) {
  const hover = page.locator('.monaco-editor .monaco-hover', { hasText: text }).first();
  for (let i = 0; i < 5 && !(await hover.isVisible()); i++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await hover.waitFor({ timeout: 6_000 }).catch(() => undefined);
  }
  await hover.waitFor({ timeout: 5_000 });
  return hover;
}

describe('magnitsky-lint in VS Code with the display language Japanese', () => {
  it('lists a Japanese bill’s findings in Japanese in the Problems panel', async () => {
    const { page } = s;
    await openFile(page, NAME);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length > 5, undefined, { timeout: 90_000 });
    const text = (await problems(page).allInnerTexts()).join('\n');
    // The engine's Japanese findings, as the server sends them for locale "ja".
    expect(text).toContain('政府に対し、一定の期間ごとに、行った指定及びその理由について国会に報告することを義務付ける規定がありません。');
    expect(text).toMatch(/を一部しか満たしていません。欠けているもの：/);
    expect(text).not.toMatch(/only partly meets|No provision requires/);
    await page.screenshot({ path: join(SHOTS, 'problems-panel-ja.png') });
  });

  it('explains a finding on hover in Japanese, with the Japanese model clause first', async () => {
    const { page } = s;
    await goToProblem(page, 'measures.asset-freeze');
    const hover = await hoverHolding(page, '他の法域の例');
    const text = (await hover.textContent()) ?? '';
    expect(text).toMatch(/資産凍結 · measures\.asset-freeze · 一部充足/);
    expect(text).toContain('欠けているもの：');
    expect(text).toContain('理由：');
    expect(text).toContain('出典：');
    // For a Japanese bill the Japanese model clause comes first.
    expect(text.split('他の法域の例：')[1]!.trimStart()).toMatch(/^推奨（magnitsky-lint独自のモデル条項であり、制定された法律ではありません）：[^A-Za-z]{20}/);
    expect(text).toContain('このルールの説明と例');
    expect(text).not.toMatch(/How others did it|Why:|Source:/);
    await page.screenshot({ path: join(SHOTS, 'hover-ja.png') });
    await page.keyboard.press('Escape');
  });

  it('counts the checklist in Japanese on the title and in the status bar', async () => {
    const { page } = s;
    // The code lens sits on the bill's title, at the top.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    const counts = /充足 \d+・一部充足 \d+・未充足 \d+/;
    const item = page.locator('.statusbar-item', { hasText: counts });
    await item.first().waitFor({ timeout: 30_000 });
    const bar = await item.first().innerText();
    const lens = page.locator('.codelens-decoration', { hasText: 'チェックリスト：' }).first();
    await lens.waitFor({ timeout: 30_000 });
    // The same judgement in both places.
    expect((await lens.innerText()).match(counts)![0]).toBe(bar.match(counts)![0]);
  });

  it('offers quick fixes with Japanese titles, inserting the next article in kanji', async () => {
    const { page } = s;
    await goToProblem(page, 'oversight.report');
    await page.keyboard.press('Control+.');
    const wanted = '「国会への報告」のモデル条項（推奨：国会への報告）を第十三条として挿入';
    await page.locator('.context-view .monaco-list-row', { hasText: wanted }).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.context-view').first().innerText()).toContain('この行でoversight.reportを無効にする');
    await page.screenshot({ path: join(SHOTS, 'quick-fix-ja.png') });
    await page.keyboard.press('Escape');
  });

  it('compares jurisdictions in Japanese, with the draft’s own column', async () => {
    const { page } = s;
    await openFile(page, NAME);
    await page.locator('.editor-instance .view-lines').first().click();
    await runCommand(page, 'magnitsky-lint: 法域を比較…');
    await page.locator('.quick-input-widget', { hasText: '法域を比較：どの教訓について比較しますか？' }).waitFor({ timeout: 15_000 });
    await page.locator('.quick-input-widget input').fill('oversight.report');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '国会への報告' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: '比較：国会への報告' }).waitFor({ timeout: 30_000 });
    const webviewText = async () => {
      for (const f of page.frames()) {
        const t = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (t.includes('あなたの草案')) return t;
      }
      return '';
    };
    await expect.poll(webviewText, { timeout: 30_000 }).toContain('あなたの草案');
    const text = await webviewText();
    expect(text).toContain('規定なし');
    expect(text).toContain('米国');
    expect(text).not.toContain('Your draft');
    await page.keyboard.press('Control+W');
  });

  it('takes the command palette titles from package.nls.ja.json, and asks for area, lesson and jurisdiction in Japanese', async () => {
    const { page } = s;
    await openFile(page, NAME);
    await page.locator('.editor-instance .view-lines').first().click();
    expect(await problemsFor(page, 'oversight.report')).toHaveLength(1);
    await runCommand(page, 'magnitsky-lint: モデル条項を挿入…');
    const pick = async (title: string, row: string) => {
      await page.locator('.quick-input-widget', { hasText: title }).waitFor({ timeout: 15_000 });
      await page.locator('.quick-input-widget input').fill(row);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor();
      await page.keyboard.press('Enter');
    };
    await pick('モデル条項を挿入（1/3）：分野', '国会による監督');
    await pick('モデル条項を挿入（2/3）：教訓', '国会への報告');
    await pick('モデル条項を挿入（3/3）：法域', '推奨');
    await expect.poll(() => problemsFor(page, 'oversight.report'), { timeout: 60_000 }).toHaveLength(0);
    await page.keyboard.press('Control+S');
    const path = join(s.workspace, NAME);
    // The first clause offered for a Japanese bill is a Japanese one, set as the bill's next article.
    await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 10_000 }).toMatch(/\n（国会への報告）\n\n第十三条　外務大臣は、毎年、/);
    const saved = readFileSync(path, 'utf8');
    expect(saved.indexOf('第十三条　')).toBeLessThan(saved.indexOf('附　則'));
  });
});
