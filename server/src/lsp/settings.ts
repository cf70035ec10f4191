/**
 * Settings for one document: the editor's settings (magnitskyLint.*), then the
 * nearest .magnitsky-lint.json above the file, which the CLI reads too. A
 * broken config file gets one clear message naming it; linting goes on with
 * the editor settings alone.
 */
import picomatch from 'picomatch';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { ConfigError, findConfig, loadConfig } from '../config.js';
import { RULE_IDS } from '../engine/checklist/index.js';
import type { Severity } from '../engine/types.js';
import { resolveLocale, ui } from './ui-text.js';

export interface EditorSettings {
  enable: boolean;
  /** Rule id → severity or "off"; same meaning as in the config file. */
  rules: Record<string, Severity | 'off'>;
  /** Globs of files always linted, whatever their shape. */
  include: string[];
  /** Globs of files never linted. */
  exclude: string[];
  /** Milliseconds to wait after the last keystroke before linting. */
  debounce: number;
  /** "auto" (the editor's display language), "en" or "ja". */
  locale: string;
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, rules: {}, include: [], exclude: [], debounce: 250, locale: 'auto' };

/** Settings as the client sent them, checked field by field; bad fields fall back to defaults with a message, in the settings' locale. */
export function readEditorSettings(raw: unknown, problems: string[], displayLocale?: string): EditorSettings {
  const s: EditorSettings = { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof raw !== 'object' || raw === null) return s;
  const r = raw as Record<string, unknown>;
  if (typeof r['enable'] === 'boolean') s.enable = r['enable'];
  if (typeof r['debounce'] === 'number' && r['debounce'] >= 0 && r['debounce'] <= 10_000) s.debounce = r['debounce'];
  if (typeof r['locale'] === 'string') s.locale = r['locale'];
  for (const k of ['include', 'exclude'] as const) {
    if (Array.isArray(r[k]) && r[k].every((x) => typeof x === 'string')) s[k] = r[k] as string[];
  }
  const locale = resolveLocale(s.locale, displayLocale);
  if (typeof r['rules'] === 'object' && r['rules'] !== null) {
    for (const [id, v] of Object.entries(r['rules'] as Record<string, unknown>)) {
      if (!RULE_IDS.includes(id)) {
        problems.push(ui('settings.unknown-rule', locale, { rule: id }));
        continue;
      }
      if (v === false || v === 'off') s.rules[id] = 'off';
      else if (typeof v === 'string' && ['error', 'warning', 'information', 'hint'].includes(v)) s.rules[id] = v as Severity;
      else if (v !== true) problems.push(ui('settings.bad-rule', locale, { rule: id }));
    }
  }
  return s;
}

export interface DocumentSettings {
  enable: boolean;
  rules: Record<string, Severity | 'off'>;
  include: boolean;
  exclude: boolean;
  debounce: number;
  locale: string | undefined;
  /** A problem with a configuration file, to show once. */
  configProblem?: string;
}

/**
 * Combine editor settings with the document's config file. The config file
 * wins for the rules it names (it is the project's shared choice, as in
 * markdownlint); in an untrusted workspace it is not read.
 */
export function documentSettings(uri: string, editor: EditorSettings, displayLocale: string | undefined, trusted: boolean): DocumentSettings {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : null;
  const out: DocumentSettings = {
    enable: editor.enable,
    rules: { ...editor.rules },
    include: path !== null && matches(editor.include, path),
    exclude: path !== null && matches(editor.exclude, path),
    debounce: editor.debounce,
    locale: resolveLocale(editor.locale, displayLocale),
  };
  if (path && trusted) {
    const file = findConfig(dirname(path));
    if (file) {
      try {
        const config = loadConfig(file);
        Object.assign(out.rules, config.rules);
        if (config.locale && editor.locale === 'auto') out.locale = config.locale;
      } catch (e) {
        out.configProblem = e instanceof ConfigError ? ui('settings.config-problem', out.locale, { file: e.file, problem: ui(e.problem, out.locale, e.params) }) : String(e);
      }
    }
  }
  return out;
}

function matches(globs: string[], path: string): boolean {
  if (globs.length === 0) return false;
  const p = path.split('\\').join('/');
  return globs.some((g) => picomatch(g.includes('/') ? g : `**/${g}`, { dot: true })(p));
}
