/**
 * `npm run bench`: how fast the engine judges a bill, against the bare
 * remark parse (the floor) and markdownlint, cold, after a one-character
 * edit, and through the language server. Prints a table and the targets, and
 * writes bench/out/results.json. Never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { fixturesInput, generatedInputs, EDITS_PER_DOC, type Input } from './inputs.js';
import { coldColumns, incrementalMs } from './engine.js';
import type { ServerResult } from './server.js';
import { cliColdRun } from './cli-rss.js';
import { describeMachine, machineLine } from './machine.js';
import { table, targetLines, targets, type Row } from './report.js';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function measure(input: Input): Row {
  const { docs, plan } = input;
  progress(`${input.label}: remark-parse, markdownlint and the engine, cold`);
  const { remark, markdownlint, engine } = coldColumns(docs, plan);
  progress(`${input.label}: engine, incremental`);
  const incremental = incrementalMs(docs, plan);
  progress(`${input.label}: language server`);
  const server = serverColumn(input.label);
  return { label: input.label, bytes: input.bytes, files: docs.length, plan, remarkParseMs: remark, engine, markdownlintMs: markdownlint, incrementalMs: incremental, server };
}

/** The language server's column, from a client process of its own (see server-client.ts). */
function serverColumn(label: string): ServerResult {
  const client = fileURLToPath(new URL('./server-client.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', client, label], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(out) as ServerResult;
}

function main(): void {
  const started = performance.now();
  if (!(globalThis as { gc?: unknown }).gc) progress('run node with --expose-gc for steadier figures (npm run bench does)');
  const machine = describeMachine();
  const generated = generatedInputs();
  const inputs = [...generated, fixturesInput()];
  const rows: Row[] = [];
  for (const input of inputs) rows.push(measure(input));

  mkdirSync(OUT, { recursive: true });
  const big = generated.find((i) => i.label === '5 MB')!;
  const bigFile = join(OUT, big.docs[0]!.name);
  writeFileSync(bigFile, big.docs[0]!.text);
  progress('5 MB: cold CLI run');
  const cli5mb = cliColdRun(bigFile);
  const verdicts = targets(rows, cli5mb);
  const seconds = (performance.now() - started) / 1000;

  console.log(`Machine: ${machineLine(machine)}`);
  console.log(`Date: ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(table(rows));
  console.log(`\nCold CLI run on the 5 MB bill: peak RSS ${cli5mb.peakRssMb.toFixed(0)} MB, ${(cli5mb.wallMs / 1000).toFixed(1)} s wall.`);
  console.log(`\nTargets:\n${targetLines(verdicts)}`);
  console.log(`\nWhole run: ${seconds.toFixed(0)} s. Results in bench/out/results.json.`);

  const results = { date: new Date().toISOString(), machine, debounceMs: 0, editsPerDoc: EDITS_PER_DOC, rows, cli5mb, targets: verdicts, seconds };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

try {
  main();
} catch (e: unknown) {
  console.error(e);
  process.exitCode = 1;
}
