/**
 * Neovim 0.7 (Debian's) as a second, plain LSP client: the server's
 * diagnostics, hover and code actions reach an editor that knows nothing of
 * VS Code. Installed by scripts/e2e/setup-code-server.sh.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = (p: string) => new URL(p, import.meta.url).pathname;

function probe(bill: string, locale?: string): { got_diagnostics: boolean; diagnostics: { line: number; code: string; message: string }[]; hover?: string; actions?: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'mlint-nvim-'));
  copyFileSync(here(`../test-fixtures/${bill}`), join(dir, bill));
  const outFile = join(dir, 'out.json');
  execFileSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${here('./neovim/probe.lua')}`, bill], {
    cwd: dir,
    env: { ...process.env, MLINT_SERVER: here('../bin/magnitsky-lint-server.js'), MLINT_OUT: outFile, ...(locale ? { MLINT_LOCALE: locale } : {}) },
    timeout: 90_000,
    stdio: 'pipe',
  });
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

describe('magnitsky-lint-server in Neovim', () => {
  it('publishes the sample bill’s findings, explains one on hover and offers its quick fixes', () => {
    const r = probe('sample-bill.md');
    expect(r.got_diagnostics).toBe(true);
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes).toContain('oversight.trigger');
    expect(codes).toContain('oversight.report');
    expect(r.diagnostics.find((d) => d.code === 'oversight.report')?.message).toMatch(/^Section 14 only partly meets “Reports to the legislature”/);
    expect(r.hover).toContain('**Reports to the legislature** · `oversight.report` · partly met');
    expect(r.actions).toContain('Disable oversight.report for this line');
    expect(r.actions?.some((t) => t.startsWith('Insert model clause for “Reports to the legislature”'))).toBe(true);
  });

  it('speaks Japanese with the locale setting "ja" in init_options, and judges the same', () => {
    const en = probe('sample-bill.md');
    const r = probe('sample-bill.md', 'ja');
    expect(r.diagnostics.map((d) => `${d.line} ${d.code}`).sort()).toEqual(en.diagnostics.map((d) => `${d.line} ${d.code}`).sort());
    expect(r.diagnostics.find((d) => d.code === 'oversight.report')?.message).toMatch(/は「国会への報告」を一部しか満たしていません。欠けているもの：/);
    expect(r.hover).toContain('**国会への報告** · `oversight.report` · 一部充足');
    expect(r.hover).toContain('*他の法域の例*：');
    expect(r.actions).toContain('この行でoversight.reportを無効にする');
    expect(r.actions?.some((t) => t.startsWith('「国会への報告」のモデル条項（'))).toBe(true);
  });
});
