/**
 * The workspace configuration file, `.magnitsky-lint.json`, shared by the CLI
 * and the editor: which rules run and at what severity. Found by walking up
 * from the linted file; every problem is reported with the file's name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULE_IDS } from './engine/checklist/index.js';
import type { Severity } from './engine/types.js';

export const CONFIG_FILE = '.magnitsky-lint.json';

export interface Config {
  rules: Record<string, Severity | 'off'>;
  locale?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** The nearest config file at or above `dir`, or null. */
export function findConfig(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    const f = join(d, CONFIG_FILE);
    if (existsSync(f)) return f;
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** Parse and check a config file's text. Throws ConfigError naming the file and the problem. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(file, `is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(file, 'must hold a JSON object, e.g. {"rules": {"scope.corruption": "off"}}.');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!['rules', 'locale', '$schema'].includes(k)) throw new ConfigError(file, `has an unknown setting "${k}" (known: "rules", "locale").`);
  }
  const config: Config = { rules: {} };
  if (obj['locale'] !== undefined) {
    if (typeof obj['locale'] !== 'string') throw new ConfigError(file, '"locale" must be a string such as "en" or "ja".');
    config.locale = obj['locale'];
  }
  const rules = obj['rules'];
  if (rules === undefined) return config;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigError(file, '"rules" must be an object mapping rule ids to a severity or "off".');
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id)) throw new ConfigError(file, `names an unknown rule "${id}".${suggest(id)}`);
    if (value === false) config.rules[id] = 'off';
    else if (value === true) continue;
    else if (typeof value === 'string' && SEVERITIES.includes(value)) config.rules[id] = value as Severity | 'off';
    else throw new ConfigError(file, `rule "${id}" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}, true or false (got ${JSON.stringify(value)}).`);
  }
  return config;
}

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  return parseConfig(text, file);
}

function suggest(id: string): string {
  const tail = id.split('.').pop() ?? id;
  const near = RULE_IDS.find((r) => r.endsWith(`.${tail}`) || r.split('.').pop()!.startsWith(tail.slice(0, 5)));
  return near ? ` Did you mean "${near}"?` : ' Run magnitsky-lint --list-rules to see the rule ids.';
}
