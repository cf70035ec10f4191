/**
 * The matrix of the test fixtures, opened in a real browser (headless
 * Chromium) as a researcher would: one column per bill, one row per lesson,
 * and the evidence clause shown on hover.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, SHOTS } from './code-server.js';

const ROOT = new URL('..', import.meta.url).pathname;
const bills = readdirSync(join(ROOT, 'test-fixtures')).filter((f) => f.endsWith('.md') && f !== 'README.md');
let browser: Browser;
let page: Awaited<ReturnType<Browser['newPage']>>;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'mlint-matrix-')), 'matrix.html');
  // Through a shell glob, as the README shows: the fixtures' README is left out by the tool itself.
  execFileSync(process.execPath, [join(ROOT, 'bin/magnitsky-lint.js'), 'matrix', '--format', 'html', '-o', out, 'test-fixtures/*.md'], { cwd: ROOT, stdio: 'pipe' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`file://${out}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('the checklist matrix in a browser', () => {
  it('has a column per bill and a row per lesson', async () => {
    expect(await page.locator('caption').innerText()).toBe(`Checklist matrix: ${bills.length} bills × 26 lessons`);
    const headers = await page.locator('thead th[scope=col]').allInnerTexts();
    expect(headers).toHaveLength(bills.length);
    expect(headers).toContain('test-fixtures/sample-bill.md');
    expect(headers).not.toContain('test-fixtures/README.md');
    expect(await page.locator('tbody tr', { has: page.locator('th[scope=row] code') }).count()).toBe(26);
  });

  it('shows the evidence clause when a cell is hovered', async () => {
    const col = (await page.locator('thead th[scope=col]').allInnerTexts()).indexOf('test-fixtures/sample-bill.md');
    const row = page.locator('tbody tr', { has: page.locator('code', { hasText: 'oversight.report' }) });
    const cell = row.locator('td').nth(col);
    expect(await cell.locator('.tip').isVisible()).toBe(false);
    await cell.hover();
    const tip = cell.locator('.tip');
    expect(await tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('Reports to the legislature: partial');
    expect(text).toMatch(/Evidence \(section 14\): .*The Minister must/);
    expect(text).toContain('Lacks: the reasons for each designation');
    await page.screenshot({ path: join(SHOTS, 'matrix.png') });
  });
});
