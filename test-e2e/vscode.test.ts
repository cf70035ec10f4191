/**
 * In real VS Code (code-server, headless Chromium), as a drafter uses it: the
 * Problems panel lists the findings, a hover explains a lesson, a quick fix
 * inserts a model clause and the finding disappears, completion offers
 * clauses, a change of settings or of the configuration file shows at once,
 * and a README in the same folder gets nothing. Screenshots of each
 * step go to docs/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startVSCode, openFile, runCommand, problems, problemsFilter, problemsFor, SHOTS, type Session } from './code-server.js';
const SAMPLE = readFileSync(new URL('../test-fixtures/sample-bill.md', import.meta.url), 'utf8');
let s: Session;

beforeAll(async () => {
  s = await startVSCode({ 'sample-bill.md': SAMPLE, 'README.md': '# Meeting notes\n\nWe discussed section 12 and the sanctions regime.\n' });
});
afterAll(async () => {
  await s?.stop();
});

/** Open a finding from the Problems panel, and leave the cursor on it in the editor. */
async function goToProblem(page: Session['page'], text: string): Promise<void> {
  await problems(page).filter({ hasText: text }).first().dblclick();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(1000);
}

describe('magnitsky-lint in VS Code', () => {
  it('lists the bill’s findings in the Problems panel', async () => {
    const { page } = s;
    await openFile(page, 'sample-bill.md');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length > 5, undefined, { timeout: 90_000 });
    const text = (await problems(page).allInnerTexts()).join('\n');
    expect(text).toContain('Reports to the legislature');
    expect(text).toContain('oversight.trigger');
    await page.screenshot({ path: join(SHOTS, 'problems-panel.png') });
  });

  it('explains a finding on hover', async () => {
    const { page } = s;
    await goToProblem(page, 'Reports to the legislature');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // The editor's hover, not the Problems panel's tooltip, which repeats only the message.
    const hover = page.locator('.monaco-editor .monaco-hover', { hasText: 'How others did it' }).first();
    await hover.waitFor({ timeout: 30_000 });
    const text = (await hover.textContent()) ?? '';
    expect(text).toContain('Reports to the legislature · oversight.report · partly met');
    expect(text).toMatch(/Why: Without regular reports/);
    expect(text).toMatch(/United States \(modelled on Global Magnitsky/);
    await page.screenshot({ path: join(SHOTS, 'hover.png') });
    await page.keyboard.press('Escape');
  });

  it('inserts a model clause with a quick fix, and the finding disappears', async () => {
    const { page } = s;
    expect(await problemsFor(page, 'oversight.trigger')).toHaveLength(1);
    await goToProblem(page, 'oversight.trigger');
    await page.keyboard.press('Control+.');
    const action = page.locator('.context-view .monaco-list-row', { hasText: 'Insert model clause for “Legislative trigger” (Recommended)' }).first();
    await action.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'quick-fix.png') });
    // The menu is a virtual list: walk to the action with the keyboard, as a user would.
    const wanted = 'Insert model clause for “Legislative trigger” (Recommended)';
    for (let i = 0; i < 40; i++) {
      const focused = (await page.locator('.context-view .monaco-list-row.focused').first().textContent().catch(() => '')) ?? '';
      if (focused.includes(wanted)) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('.context-view .monaco-list-row.focused').first().textContent()).toContain(wanted);
    await page.keyboard.press('Enter');
    await expect.poll(() => problemsFor(page, 'oversight.trigger'), { timeout: 60_000 }).toHaveLength(0);
    await page.screenshot({ path: join(SHOTS, 'after-quick-fix.png') });
    // Saved to disk, the bill holds the clause once, as a new section, and nothing else changed.
    await page.keyboard.press('Control+S');
    const path = join(s.workspace, 'sample-bill.md');
    await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 10_000 }).toMatch(/relevant committee/);
    const saved = readFileSync(path, 'utf8');
    expect(saved.match(/may, by written notice to the Minister, request the Minister to consider/g)).toHaveLength(1);
    expect(saved.length).toBeGreaterThan(SAMPLE.length);
    expect(saved).toMatch(/\n## 8A Committee requests to consider designation\n/);
    expect(saved.replace(/## 8A[\s\S]*?\n(?=#)/, '')).toBe(SAMPLE);
    await page.screenshot({ path: join(SHOTS, 'after-quick-fix.png') });
  });

  it('offers model clauses as completions', async () => {
    const { page } = s;
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('trigger', { delay: 30 });
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.suggest-widget.visible');
    await widget.waitFor({ timeout: 30_000 });
    await expect.poll(async () => widget.innerText(), { timeout: 15_000 }).toContain('Legislative trigger');
    await page.screenshot({ path: join(SHOTS, 'completion.png') });
    await page.keyboard.press('Escape');
  });

  it('counts the checklist in the status bar', async () => {
    const { page } = s;
    const item = page.locator('.statusbar-item', { hasText: /\d+ met · \d+ partial · \d+ missing/ });
    await item.first().waitFor({ timeout: 30_000 });
    expect(await item.first().innerText()).toMatch(/\d+ met · \d+ partial · \d+ missing/);
  });

  it('compares jurisdictions side by side, with the open draft’s own clause as a column', async () => {
    const { page } = s;
    await page.locator('.editor-instance .view-lines').first().click();
    await runCommand(page, 'magnitsky-lint: Compare jurisdictions…');
    const input = page.locator('.quick-input-widget input');
    await input.fill('oversight.report');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reports to the legislature' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'Compare: Reports to the legislature' }).waitFor({ timeout: 30_000 });
    // The view is a webview: its text lives in a nested frame.
    const webviewText = async () => {
      for (const f of page.frames()) {
        const t = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (t.includes('Your draft')) return t;
      }
      return '';
    };
    await expect.poll(webviewText, { timeout: 30_000 }).toContain('Your draft');
    const text = await webviewText();
    expect(text).toContain('United States');
    expect(text).toMatch(/Global Magnitsky/);
    expect(text).toContain('The Minister must, within 3 months after the end of each financial year');
    await page.screenshot({ path: join(SHOTS, 'compare.png') });
  });

  it('inserts a model clause chosen by area, lesson and jurisdiction', async () => {
    const { page } = s;
    await openFile(page, 'sample-bill.md');
    await page.locator('.editor-instance .view-lines').first().click();
    expect(await problemsFor(page, 'civil-society.guidance')).toHaveLength(1);
    await runCommand(page, 'magnitsky-lint: Insert model clause…');
    const pick = async (title: string, row: string) => {
      await page.locator('.quick-input-widget', { hasText: title }).waitFor({ timeout: 15_000 });
      await page.locator('.quick-input-widget input').fill(row);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor();
      await page.keyboard.press('Enter');
    };
    await pick('(1/3): area', 'Civil society');
    await pick('(2/3): lesson', 'Guidance and answers for submitters');
    await pick('(3/3): jurisdiction', 'Recommended');
    await expect.poll(() => problemsFor(page, 'civil-society.guidance'), { timeout: 60_000 }).toHaveLength(0);
  });

  it('checks the bill again as soon as a setting or the configuration file changes, with no edit', async () => {
    const { page, workspace } = s;
    expect(await problemsFor(page, 'scope.corruption')).toHaveLength(1);
    // The workspace's settings turn the rule off, then on again.
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'magnitskyLint.rules': { 'scope.corruption': 'off' } }));
    await expect.poll(() => problemsFor(page, 'scope.corruption'), { timeout: 60_000 }).toHaveLength(0);
    writeFileSync(join(workspace, '.vscode', 'settings.json'), '{}');
    await expect.poll(() => problemsFor(page, 'scope.corruption'), { timeout: 60_000 }).toHaveLength(1);
    // The project's configuration file does the same.
    writeFileSync(join(workspace, '.magnitsky-lint.json'), JSON.stringify({ rules: { 'scope.corruption': 'off' } }));
    await expect.poll(() => problemsFor(page, 'scope.corruption'), { timeout: 60_000 }).toHaveLength(0);
    rmSync(join(workspace, '.magnitsky-lint.json'));
    await expect.poll(() => problemsFor(page, 'scope.corruption'), { timeout: 60_000 }).toHaveLength(1);
  });

  it('gives a README in the same folder nothing', async () => {
    const { page } = s;
    await openFile(page, 'README.md');
    await page.waitForTimeout(3000);
    // The filter matches file names too: no row of the panel belongs to the README.
    const filter = problemsFilter(page);
    await filter.fill('README');
    await page.waitForTimeout(500);
    expect(await problems(page).count()).toBe(0);
    await filter.fill('sample-bill');
    await expect.poll(() => problems(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await filter.fill('');
  });
});
