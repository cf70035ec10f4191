import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, cpSync, readdirSync, statSync, truncateSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawnSync } from 'node:child_process';
import { runCli } from './helpers.js';
import { LESSONS } from '../server/src/engine/checklist/index.js';
import { generateBill } from '../bench/generate.js';

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

/** Hostile files (issue #5): a clear one-line message on standard error, no stack trace, exit 2, and the other files still checked. */
describe('magnitsky-lint on files that are not bills', () => {
  const noTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |Error:/);

  it('refuses binary data (a PNG named .md) and still checks the other files', async () => {
    const dir = tmp({ 'bill.md': WEAK });
    const bytes = Buffer.alloc(4096);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (let i = 16; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(join(dir, 'image.md'), bytes);
    const r = await runCli(['-f', 'json', join(dir, 'image.md'), join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`magnitsky-lint: ${join(dir, 'image.md')}: is not a text file (it contains NUL bytes), so it was not checked.\n`);
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path.split('/').pop())).toEqual(['bill.md']);
  });

  it('explains a folder with no Markdown in it, and a folder given where a file is needed', async () => {
    const dir = tmp({ 'notes.txt': 'x' });
    let r = await runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`magnitsky-lint: no Markdown files in the folder "${dir}".\n`);
    r = await runCli(['compare', 'oversight.report', '--draft', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`magnitsky-lint: ${dir}: is a folder, not a file.\n`);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const dir = tmp({ 'huge.md': '' });
    truncateSync(join(dir, 'huge.md'), 21 * 1024 * 1024); // sparse: nothing is written
    const r = await runCli([join(dir, 'huge.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`magnitsky-lint: ${join(dir, 'huge.md')}: is 21.0 MB; files over 20 MB are not checked.\n`);
    noTrace(r.err);
  });

  it('reports a missing file among others, and checks the others', async () => {
    const dir = tmp({ 'bill.md': WEAK });
    const r = await runCli(['-f', 'json', join(dir, 'gone.md'), join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`magnitsky-lint: ${join(dir, 'gone.md')}: no such file.\n`);
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it('checks a 1 MB bill, an empty file, a file that is only front matter, CRLF and a byte-order mark', async () => {
    // (The 5 MB bill goes to the engine and the server in test/hostile.test.ts.)
    const dir = tmp({ 'big.md': generateBill(1024 * 1024), 'empty.md': '', 'front.md': '---\ntitle: x\n---\n', 'crlf.md': WEAK.replace(/\n/g, '\r\n'), 'bom.md': '\ufeff' + WEAK });
    const r = await runCli(['-f', 'json', dir]);
    expect(r.err).toBe('');
    const files = JSON.parse(r.out).files as { path: string; checklist: unknown[]; diagnostics: { rule: string; line: number; column: number; endLine: number; endColumn: number }[]; failures: unknown[] }[];
    expect(files).toHaveLength(5);
    for (const f of files) {
      expect(f.checklist).toHaveLength(26);
      expect(f.failures).toEqual([]);
    }
    // The same findings at the same lines and columns, with CRLF or a BOM as with neither (columns as an editor shows them).
    const at = (name: string) => files.find((f) => f.path.endsWith(name))!.diagnostics.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn]);
    const plain = JSON.parse((await runCli(['-f', 'json', join(tmp({ 'weak.md': WEAK }), 'weak.md')])).out).files[0].diagnostics.map((d: { rule: string; line: number; column: number; endLine: number; endColumn: number }) => [d.rule, d.line, d.column, d.endLine, d.endColumn]);
    expect(at('crlf.md')).toEqual(plain);
    expect(at('bom.md')).toEqual(plain);
  }, 60_000);
});

/** "The CLI never writes to input files" (issue #5, item 5): every format, with and without --output, over copies of the fixtures. */
describe('magnitsky-lint leaves its input alone', () => {
  it('changes no byte and no modification time of any input, whatever the format and output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlint-inputs-'));
    const fixtures = fileURLToPath(new URL('../test-fixtures/', import.meta.url));
    cpSync(fixtures, join(dir, 'bills'), { recursive: true });
    writeFileSync(join(dir, 'bills', '.magnitsky-lint.json'), JSON.stringify({ rules: { 'scope.corruption': 'warning' } }));
    writeFileSync(join(dir, 'bills', 'bom-crlf.md'), '\ufeff' + WEAK.replace(/\n/g, '\r\n'));
    const inputs = (readdirSync(join(dir, 'bills'), { recursive: true }) as string[]).map((f) => join(dir, 'bills', f)).filter((f) => statSync(f).isFile());
    // An old, exact modification time, so that any write would show.
    const past = new Date('2020-01-02T03:04:05Z');
    for (const f of inputs) utimesSync(f, past, past);
    const snapshot = () => inputs.map((f) => [f, readFileSync(f).toString('base64'), statSync(f).mtimeMs]);
    const before = snapshot();
    const md = inputs.filter((f) => f.endsWith('.md'));
    const one = join(dir, 'bills', 'sample-bill.md');
    const runs: string[][] = [
      [join(dir, 'bills')],
      ['--format', 'json', join(dir, 'bills', '**/*.md')],
      ['-f', 'sarif', ...md],
      ['-f', 'text', '--quiet', '--no-color', '--locale', 'ja', one],
      ['-f', 'json', '-o', join(dir, 'report.json'), join(dir, 'bills')],
      ['-f', 'sarif', '-o', join(dir, 'report.sarif'), ...md],
      ['-o', join(dir, 'report.txt'), one],
      ['-o', one, one], // refused: the report would overwrite its input
      ['-o', join(dir, 'bills', '.magnitsky-lint.json'), one], // refused: the configuration file is an input too
      ['matrix', join(dir, 'bills')],
      ['matrix', '-f', 'csv', '-o', join(dir, 'matrix.csv'), ...md],
      ['matrix', '-f', 'html', '-o', join(dir, 'matrix.html'), join(dir, 'bills')],
      ['matrix', '-f', 'html', '-o', md[0]!, ...md],
      ['compare', 'oversight.report', '--draft', one],
      ['compare', 'oversight.report', '--draft', one, '-f', 'html', '-o', join(dir, 'compare.html')],
      ['compare', 'oversight.report', '--draft', one, '-o', one],
    ];
    const codes: number[] = [];
    for (const args of runs) codes.push((await runCli(args)).code);
    expect(snapshot()).toEqual(before);
    // The refusals are refusals, and the reports were written where asked.
    expect(codes.filter((c) => c === 2)).toHaveLength(4);
    for (const f of ['report.json', 'report.sarif', 'report.txt', 'matrix.csv', 'matrix.html', 'compare.html']) expect(statSync(join(dir, f)).size, f).toBeGreaterThan(0);
  }, 120_000);

  it('refuses to write the report over the configuration file it reads', async () => {
    const dir = tmp({ 'bill.md': WEAK, '.magnitsky-lint.json': '{ "rules": {} }' });
    // (It used to overwrite it.)
    const r = await runCli(['-o', join(dir, '.magnitsky-lint.json'), join(dir, 'bill.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('refusing to write the report over');
    expect(readFileSync(join(dir, '.magnitsky-lint.json'), 'utf8')).toBe('{ "rules": {} }');
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
