import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { runCli } from './helpers.js';
import { LESSONS } from '../server/src/engine/checklist/index.js';

const WEAK = `# Weak Bill 2026\n\n## 1 Designation\n\n(1) The Minister may designate a person.\n`;
const CLEAN_ENOUGH = `# Bill\n\n## 1 Corruption\n\n(1) The Minister may designate a foreign person who is responsible for significant corruption.\n`;

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('magnitsky-lint command line', () => {
  it('prints file:line:col, severity, message and rule id, then a checklist table', async () => {
    const dir = tmp({ 'bill.md': WEAK });
    const r = await runCli([join(dir, 'bill.md')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bill\.md:1:1 {2}error {2}No provision requires the executive to report to the legislature.* {2}oversight\.report/);
    expect(r.out).toContain('Checklist for');
    expect(r.out).toMatch(/oversight\.report\s+✗ missing/);
    expect(r.out).toMatch(/scope\.individuals\s+✓ met/);
  });

  it('writes the JSON contract with every lesson and 1-based positions', async () => {
    const dir = tmp({ 'bill.md': WEAK });
    const r = await runCli(['--format', 'json', join(dir, 'bill.md')]);
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(1);
    const f = json.files[0];
    expect(f.checklist.map((l: { id: string }) => l.id)).toEqual(LESSONS.map((l) => l.id));
    for (const l of f.checklist) {
      expect(['met', 'partial', 'missing']).toContain(l.status);
      expect(Array.isArray(l.missingElements)).toBe(true);
      expect(Array.isArray(l.evidence)).toBe(true);
    }
    const ind = f.checklist.find((l: { id: string }) => l.id === 'scope.individuals');
    expect(ind.evidence[0]).toMatchObject({ line: 5, text: '(1) The Minister may designate a person.' });
    const d = f.diagnostics.find((x: { rule: string }) => x.rule === 'oversight.report');
    expect(d).toMatchObject({ severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 17 });
  });

  it('writes SARIF 2.1.0 with rules and results', async () => {
    const dir = tmp({ 'bill.md': WEAK });
    const r = await runCli(['-f', 'sarif', join(dir, 'bill.md')]);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('magnitsky-lint');
    expect(run.tool.driver.rules.length).toBe(29);
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'oversight.report');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(run.tool.driver.rules[res.ruleIndex].id).toBe('oversight.report');
  });

  it('exits 0 when there are only warnings and notes', async () => {
    const dir = tmp({ 'bill.md': WEAK, '.magnitsky-lint.json': JSON.stringify({ rules: Object.fromEntries(LESSONS.filter((l) => l.severity === 'error').map((l) => [l.id, 'warning'])) }) });
    const r = await runCli([join(dir, 'bill.md')]);
    expect(r.out).not.toMatch(/ {2}error {2}/);
    expect(r.code).toBe(0);
  });

  it('reads .magnitsky-lint.json from a parent folder to turn rules off', async () => {
    const dir = tmp({ 'drafts/bill.md': CLEAN_ENOUGH, '.magnitsky-lint.json': JSON.stringify({ rules: { 'oversight.report': 'off', 'scope.corruption': false } }) });
    const r = await runCli(['-f', 'json', join(dir, 'drafts/bill.md')]);
    const rules = JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).not.toContain('oversight.report');
    expect(rules).toContain('oversight.trigger');
  });

  it('stops with exit 2 and names the file on a broken config', async () => {
    const dir = tmp({ 'bill.md': WEAK, '.magnitsky-lint.json': '{ "rules": { "oversight.report": "loud" } }' });
    const r = await runCli([join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.magnitsky-lint.json');
    expect(r.err).toContain('"oversight.report" must be one of');
  });

  it('rejects invalid JSON and unknown rule ids in a config with a clear message', async () => {
    let dir = tmp({ 'bill.md': WEAK, '.magnitsky-lint.json': '{ rules: ' });
    let r = await runCli([join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not valid JSON/);
    dir = tmp({ 'bill.md': WEAK, '.magnitsky-lint.json': '{ "rules": { "oversight.reports": "off" } }' });
    r = await runCli([join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown rule "oversight.reports"');
    expect(r.err).toContain('Did you mean "oversight.report"?');
  });

  it('reports a missing file clearly, without a stack trace, and exits 2', async () => {
    const r = await runCli(['no/such/bill.md']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('magnitsky-lint: no/such/bill.md: no such file.\n');
  });

  it('refuses binary files', async () => {
    const dir = tmp({});
    writeFileSync(join(dir, 'x.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    const r = await runCli([join(dir, 'x.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a text file');
  });

  it('expands globs and folders, and says so when nothing matches', async () => {
    const dir = tmp({ 'a.md': WEAK, 'sub/b.md': WEAK, 'notes.txt': 'x' });
    let r = await runCli(['-f', 'json', join(dir, '**/*.md')]);
    expect(JSON.parse(r.out).files).toHaveLength(2);
    r = await runCli(['-f', 'json', dir]);
    expect(JSON.parse(r.out).files).toHaveLength(2);
    r = await runCli([join(dir, '*.markdown')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no files match');
  });

  it('rejects unknown options and formats with exit 2', async () => {
    expect((await runCli(['--frobnicate', 'x.md'])).code).toBe(2);
    const r = await runCli(['--format', 'xml', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown format "xml"');
    expect((await runCli([])).code).toBe(2);
  });

  it('never writes to its input files', async () => {
    const dir = tmp({ 'bill.md': WEAK });
    await runCli(['-f', 'json', join(dir, 'bill.md')]);
    expect(readFileSync(join(dir, 'bill.md'), 'utf8')).toBe(WEAK);
    const r = await runCli(['-o', join(dir, 'bill.md'), join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'bill.md'), 'utf8')).toBe(WEAK);
  });

  it('runs as the installed bin', () => {
    const bin = new URL('../bin/magnitsky-lint.js', import.meta.url).pathname;
    const dir = tmp({ 'bill.md': WEAK });
    const res = spawnSync(process.execPath, [bin, '-f', 'json', join(dir, 'bill.md')], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(JSON.parse(res.stdout).files[0].checklist).toHaveLength(26);
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('magnitsky-lint matrix', () => {
  const bills = { 'weak.md': WEAK, 'corruption.md': CLEAN_ENOUGH };

  it('writes bills × lessons as a Markdown table', async () => {
    const dir = tmp(bills);
    const r = await runCli(['matrix', join(dir, 'weak.md'), join(dir, 'corruption.md')]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^\| Lesson \| .*weak\.md \| .*corruption\.md \|$/);
    expect(lines.find((l) => l.includes('`scope.corruption`'))).toMatch(/✗ missing \| ✓ met \|$/);
    expect(lines.filter((l) => /^\| .*`[a-z-]+\.[a-z-]+`/.test(l))).toHaveLength(26);
  });

  it('writes CSV with one row per bill and a column per lesson', async () => {
    const dir = tmp(bills);
    const r = await runCli(['matrix', '--format', 'csv', join(dir, '*.md')]);
    const [head, ...rows] = r.out.trim().split('\n');
    expect(head!.split(',')).toHaveLength(27);
    expect(rows).toHaveLength(2);
    expect(rows.find((x) => x.includes('corruption.md'))!.split(',')[LESSONS.findIndex((l) => l.id === 'scope.corruption') + 1]).toBe('met');
  });

  it('writes a self-contained HTML page with the evidence clause on each cell', async () => {
    const dir = tmp(bills);
    const out = join(dir, 'matrix.html');
    const r = await runCli(['matrix', '--format', 'html', '-o', out, join(dir, 'corruption.md')]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('Evidence (section 1): (1) The Minister may designate a foreign person who is responsible for significant corruption.');
    expect(html).toContain('Civil society');
  });

  it('leaves out documents that are not bills, and says so', async () => {
    const dir = tmp({ ...bills, 'README.md': '# Notes\n\nWe discussed the sanctions regime and section 12.\n' });
    const r = await runCli(['matrix', '--format', 'csv', join(dir, '*.md')]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(3);
    expect(r.out).not.toContain('README.md');
    expect(r.err).toMatch(/README\.md: left out of the matrix: it does not look like a bill/);
  });

  it('rejects lint formats for the matrix', async () => {
    const r = await runCli(['matrix', '--format', 'sarif', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Use markdown, csv or html');
  });
});
