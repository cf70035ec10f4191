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
import { lint } from '../engine/lint.js';
import { LESSONS, DRAFTING_RULES } from '../engine/checklist/index.js';
import { ConfigError, findConfig, loadConfig, type Config } from '../config.js';
import { fileReport, type FileReport } from './report.js';
import { formatText } from './format-text.js';
import { formatSarif } from './format-sarif.js';
import { readBillFile } from './read-file.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `Usage: magnitsky-lint [options] <files, folders or globs…>

Checks draft Magnitsky-style sanctions bills written in Markdown against the
checklist of lessons learned, and reports drafting faults.

Options:
  -f, --format <text|json|sarif>  Output format (default: text)
  -c, --config <file>             Use this configuration file instead of the
                                  nearest .magnitsky-lint.json
      --no-config                 Ignore configuration files
      --locale <en|ja>            Language of the messages (default: en)
  -o, --output <file>             Write the report to a file
      --quiet                     Report errors only
      --no-color                  Plain text output
      --list-rules                List the rule ids and exit
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit status: 0 no errors (warnings allowed), 1 at least one error-severity
finding, 2 a usage, configuration or file problem.
`;

export class UsageError extends Error {}

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        locale: { type: 'string' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.err.write(`magnitsky-lint: ${(e as Error).message}\nRun magnitsky-lint --help for the options.\n`);
    return 2;
  }
  const { values, positionals } = args;
  const version = packageVersion();
  if (values.help) {
    io.out.write(HELP);
    return 0;
  }
  if (values.version) {
    io.out.write(`${version}\n`);
    return 0;
  }
  if (values['list-rules']) {
    for (const l of LESSONS) io.out.write(`${l.id.padEnd(36)} ${l.severity.padEnd(12)} ${l.title.en}\n`);
    for (const d of DRAFTING_RULES) io.out.write(`${d.id.padEnd(36)} ${d.severity.padEnd(12)} ${d.title.en}\n`);
    return 0;
  }
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) {
    io.err.write(`magnitsky-lint: unknown format "${format}". Use text, json or sarif.\n`);
    return 2;
  }
  if (values.locale !== undefined && !/^(en|ja)([-_].*)?$/i.test(values.locale)) {
    io.err.write(`magnitsky-lint: unknown locale "${values.locale}". Use en or ja.\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.err.write(`magnitsky-lint: no files given.\n\n${HELP}`);
    return 2;
  }

  let files: string[];
  try {
    files = await expand(positionals);
  } catch (e) {
    io.err.write(`magnitsky-lint: ${(e as Error).message}\n`);
    return 2;
  }

  const explicit = values.config ? resolve(values.config) : null;
  let explicitConfig: Config | null = null;
  const configs = new Map<string, Config | null>();
  try {
    if (explicit) explicitConfig = loadConfig(explicit);
  } catch (e) {
    io.err.write(`magnitsky-lint: configuration error: ${(e as Error).message}\n`);
    return 2;
  }

  const reports: FileReport[] = [];
  let fileErrors = 0;
  for (const file of files) {
    let config: Config | null = explicitConfig;
    if (!explicit && !values['no-config']) {
      const found = findConfig(dirname(resolve(file)));
      if (found) {
        if (!configs.has(found)) {
          try {
            configs.set(found, loadConfig(found));
          } catch (e) {
            if (e instanceof ConfigError) {
              io.err.write(`magnitsky-lint: configuration error: ${e.message}\n`);
              return 2;
            }
            throw e;
          }
        }
        config = configs.get(found) ?? null;
      }
    }
    const read = readBillFile(file);
    if (!read.ok) {
      io.err.write(`magnitsky-lint: ${file}: ${read.message}\n`);
      fileErrors++;
      continue;
    }
    const result = lint(read.text, { locale: values.locale ?? config?.locale, rules: config?.rules });
    const report = fileReport(displayPath(file), read.text, result);
    if (values.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
    reports.push(report);
  }

  const output =
    format === 'json'
      ? JSON.stringify({ files: reports }, null, 2) + '\n'
      : format === 'sarif'
        ? formatSarif(reports, version, join(ROOT, 'docs', 'rules'))
        : formatText(reports, !values['no-color'] && !values.output && Boolean((io.out as NodeJS.WriteStream).isTTY));
  if (values.output) {
    const target = resolve(values.output);
    if (files.some((f) => resolve(f) === target)) {
      io.err.write(`magnitsky-lint: refusing to write the report over an input file (${values.output}).\n`);
      return 2;
    }
    writeFileSync(target, output);
  } else {
    io.out.write(output);
  }
  if (fileErrors > 0) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error') || r.failures.length > 0) ? 1 : 0;
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
