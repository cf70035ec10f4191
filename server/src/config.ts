/**
 * The workspace configuration file, `.magnitsky-lint.json`, shared by the CLI
 * and the editor: which rules run and at what severity. Found by walking up
 * from the linted file; every problem is reported with the file's name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULE_IDS } from './engine/checklist/index.js';
import { fill } from './engine/checklist/text-ja.js';
import type { Severity } from './engine/types.js';

export const CONFIG_FILE = '.magnitsky-lint.json';

export interface Config {
  rules: Record<string, Severity | 'off'>;
  locale?: string;
}

/**
 * What can be wrong with a configuration file, as frames to fill, each read
 * after the file's name. These are the English frames (the CLI's words); the
 * editor shows them in the user's language, with the Japanese frames kept
 * beside the interface's other words (engine/checklist/ui-ja.json).
 */
export const CONFIG_PROBLEMS = {
  'config.invalid-json': 'is not valid JSON ({detail}).',
  'config.not-object': 'must hold a JSON object, e.g. {"rules": {"scope.corruption": "off"}}.',
  'config.unknown-setting': 'has an unknown setting "{key}" (known: "rules", "locale").',
  'config.bad-locale': '"locale" must be a string such as "en" or "ja".',
  'config.bad-rules': '"rules" must be an object mapping rule ids to a severity or "off".',
  'config.unknown-rule': 'names an unknown rule "{rule}". Run magnitsky-lint --list-rules to see the rule ids.',
  'config.unknown-rule-near': 'names an unknown rule "{rule}". Did you mean "{near}"?',
  'config.bad-severity': 'rule "{rule}" must be one of "error", "warning", "information", "hint", "off", true or false (got {value}).',
  'config.unreadable': 'cannot be read ({detail}).',
} as const;

export type ConfigProblem = keyof typeof CONFIG_PROBLEMS;

/** A configuration file that cannot be used: its name, and what is wrong (a frame of CONFIG_PROBLEMS and its words). */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ConfigProblem,
    readonly params: Record<string, string> = {},
  ) {
    super(`${file}: ${fill(CONFIG_PROBLEMS[problem], params)}`);
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
    throw new ConfigError(file, 'config.invalid-json', { detail: (e as Error).message });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(file, 'config.not-object');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!['rules', 'locale', '$schema'].includes(k)) throw new ConfigError(file, 'config.unknown-setting', { key: k });
  }
  const config: Config = { rules: {} };
  if (obj['locale'] !== undefined) {
    if (typeof obj['locale'] !== 'string') throw new ConfigError(file, 'config.bad-locale');
    config.locale = obj['locale'];
  }
  const rules = obj['rules'];
  if (rules === undefined) return config;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigError(file, 'config.bad-rules');
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id)) {
      const near = nearestRule(id);
      throw near ? new ConfigError(file, 'config.unknown-rule-near', { rule: id, near }) : new ConfigError(file, 'config.unknown-rule', { rule: id });
    }
    if (value === false) config.rules[id] = 'off';
    else if (value === true) continue;
    else if (typeof value === 'string' && SEVERITIES.includes(value)) config.rules[id] = value as Severity | 'off';
    else throw new ConfigError(file, 'config.bad-severity', { rule: id, value: JSON.stringify(value) });
  }
  return config;
}

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, 'config.unreadable', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  return parseConfig(text, file);
}

/** The rule an unknown id most likely means: one with the same last part, or one whose last part starts alike. */
function nearestRule(id: string): string | undefined {
  const tail = id.split('.').pop() ?? id;
  return RULE_IDS.find((r) => r.endsWith(`.${tail}`) || r.split('.').pop()!.startsWith(tail.slice(0, 5)));
}
