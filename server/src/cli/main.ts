/**
 * magnitsky-lint [options] <files or globs…> — the command-line front end
 * over the same engine as the editor. Exit codes as ESLint: 0 clean or
 * warnings only, 1 when any error-severity finding, 2 on usage, configuration
 * or file errors.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { analyse, lint } from '../engine/lint.js';
import { looksLikeBill } from '../engine/detect.js';
import { LESSONS, DRAFTING_RULES } from '../engine/checklist/index.js';
import { ConfigError, findConfig, loadConfig, type Config } from '../config.js';
import { fileReport, type FileReport } from './report.js';
import { formatText } from './format-text.js';
import { formatSarif } from './format-sarif.js';
import { readBillFile } from './read-file.js';
import { compareLesson, type CompareFormat, type DraftColumn } from './compare.js';
import { formatMatrix, type MatrixFormat } from './matrix.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `Usage: magnitsky-lint [options] <files, folders or globs…>
       magnitsky-lint compare <lesson-id> [--format text|markdown|json]
       magnitsky-lint matrix [options] <files, folders or globs…>

Checks draft Magnitsky-style sanctions bills written in Markdown against the
checklist of lessons learned, and reports drafting faults.

  compare   every jurisdiction's approach to one lesson, side by side, from
            the clause library, with citations
  matrix    bills × lessons (met / partial / missing) as a Markdown table,
            CSV, or a self-contained HTML page (--format markdown|csv|html)

Options:
  -f, --format <format>           text|json|sarif for linting (default: text)
  -c, --config <file>             Use this configuration file instead of the
                                  nearest .magnitsky-lint.json
      --no-config                 Ignore configuration files
      --locale <en|ja>            Language of the messages (default: en)
  -o, --output <file>             Write the report to a file
      --quiet                     Report errors only
      --no-color                  Plain text output
      --draft <file>              With compare: add the draft's own clause as a column
      --list-rules                List the rule ids and exit
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit status: 0 no errors (warnings allowed), 1 at least one error-severity
finding, 2 a usage, configuration or file problem.
`;

export class UsageError extends Error {}

export async function main(argv: string[], io: IO = { out: process.stdout, err: process.stderr }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        locale: { type: 'string' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        draft: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.err.write(`magnitsky-lint: ${(e as Error).message}\nRun magnitsky-lint --help for the options.\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out.write(HELP);
    return 0;
  }
  if (values.version) {
    io.out.write(`${packageVersion()}\n`);
    return 0;
  }
  if (values['list-rules']) {
    for (const l of LESSONS) io.out.write(`${l.id.padEnd(36)} ${l.severity.padEnd(12)} ${l.title.en}\n`);
    for (const d of DRAFTING_RULES) io.out.write(`${d.id.padEnd(36)} ${d.severity.padEnd(12)} ${d.title.en}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  try {
    if (command === 'compare') return compareCommand(rest, values, io);
    if (command === 'matrix') return await lintCommand(rest, values, io, 'matrix');
    return await lintCommand(positionals, values, io, 'lint');
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`magnitsky-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

type Values = { draft?: string; format?: string; config?: string; 'no-config'?: boolean; locale?: string; output?: string; quiet?: boolean; 'no-color'?: boolean };
type IO = { out: NodeJS.WritableStream; err: NodeJS.WritableStream };

function compareCommand(args: string[], values: Values, io: IO): number {
  const format = values.format ?? 'text';
  if (!['text', 'markdown', 'json', 'html'].includes(format)) throw new UsageError(`compare takes --format text, markdown, json or html (got "${format}").`);
  if (args.length !== 1) throw new UsageError('compare takes one lesson id, e.g. magnitsky-lint compare oversight.trigger');
  let draft: DraftColumn | undefined;
  if (values.draft) {
    const read = readBillFile(values.draft);
    if (!read.ok) throw new UsageError(`${values.draft}: ${read.message}`);
    const result = lint(read.text).checklist.find((l) => l.id === args[0]);
    if (result) draft = { path: displayPath(values.draft), result };
  }
  let text: string;
  try {
    text = compareLesson(args[0]!, format as CompareFormat, draft);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return emit(text, values, io, values.draft ? [values.draft] : []);
}

async function lintCommand(patterns: string[], values: Values, io: IO, mode: 'lint' | 'matrix'): Promise<number> {
  const formats = mode === 'matrix' ? ['markdown', 'csv', 'html'] : ['text', 'json', 'sarif'];
  const format = values.format ?? formats[0]!;
  if (!formats.includes(format)) throw new UsageError(`unknown format "${format}". Use ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}.`);
  if (values.locale !== undefined && !/^(en|ja)([-_].*)?$/i.test(values.locale)) throw new UsageError(`unknown locale "${values.locale}". Use en or ja.`);
  if (patterns.length === 0) throw new UsageError(`no files given.\n\n${HELP}`);

  let files: string[];
  try {
    files = await expand(patterns);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }

  const explicit = values.config ? resolve(values.config) : null;
  const configs = new Map<string, Config>();
  const configFor = (file: string): Config | null => {
    const path = explicit ?? (values['no-config'] ? null : findConfig(dirname(resolve(file))));
    if (!path) return null;
    if (!configs.has(path)) {
      try {
        configs.set(path, loadConfig(path));
      } catch (e) {
        if (e instanceof ConfigError) throw new UsageError(`configuration error: ${e.message}`);
        throw e;
      }
    }
    return configs.get(path)!;
  };
  if (explicit) configFor(explicit);

  const reports: FileReport[] = [];
  let fileErrors = 0;
  for (const file of files) {
    const config = configFor(file);
    const read = readBillFile(file);
    if (!read.ok) {
      io.err.write(`magnitsky-lint: ${file}: ${read.message}\n`);
      fileErrors++;
      continue;
    }
    const { result, bill } = analyse(read.text, { locale: values.locale ?? config?.locale, rules: config?.rules });
    // A matrix compares bills: a README or notes caught by a glob would be a column of "missing".
    if (mode === 'matrix' && !looksLikeBill(bill)) {
      io.err.write(`magnitsky-lint: ${displayPath(file)}: left out of the matrix: it does not look like a bill (no title naming an Act, Bill or Regulation, and no numbered provisions).\n`);
      continue;
    }
    const report = fileReport(displayPath(file), read.text, result);
    if (values.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
    reports.push(report);
  }

  const output =
    mode === 'matrix'
      ? formatMatrix(reports, format as MatrixFormat)
      : format === 'json'
        ? JSON.stringify({ files: reports }, null, 2) + '\n'
        : format === 'sarif'
          ? formatSarif(reports, packageVersion(), join(ROOT, 'docs', 'rules'))
          : formatText(reports, !values['no-color'] && !values.output && Boolean((io.out as NodeJS.WriteStream).isTTY));
  // Never over an input: the bills, nor the configuration files read for them.
  const written = emit(output, values, io, [...files, ...configs.keys()]);
  if (written !== 0) return written;
  if (fileErrors > 0) return 2;
  if (mode === 'matrix') return 0;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error') || r.failures.length > 0) ? 1 : 0;
}

/** Write output to stdout or --output, never over an input file. Returns 2 on refusal, else 0. */
function emit(output: string, values: Values, io: IO, inputs: string[]): number {
  if (values.output) {
    const target = resolve(values.output);
    if (inputs.some((f) => resolve(f) === target)) {
      io.err.write(`magnitsky-lint: refusing to write the report over an input file (${values.output}); choose another --output.\n`);
      return 2;
    }
    writeFileSync(target, output);
  } else {
    io.out.write(output);
  }
  return 0;
}

/** Files, folders (their .md files) and globs → file paths, in order, without repeats. */
async function expand(patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  const add = (f: string) => {
    if (!out.includes(f)) out.push(f);
  };
  for (const p of patterns) {
    let st;
    try {
      st = statSync(p);
    } catch {
      st = null;
    }
    if (st?.isFile()) add(p);
    else if (st?.isDirectory()) {
      const found = await glob(['**/*.md', '**/*.markdown'], { cwd: p, ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new Error(`no Markdown files in the folder "${p}".`);
      for (const f of found.sort()) add(join(p, f));
    } else if (/[*?[\]{}]/.test(p)) {
      const found = await glob([p], { ignore: ['**/node_modules/**'] });
      if (found.length === 0) throw new Error(`no files match "${p}".`);
      for (const f of found.sort()) add(f);
    } else {
      add(p); // reported as unreadable when read
    }
  }
  return out;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith('..') ? resolve(file) : rel;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
