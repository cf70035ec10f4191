/**
 * Inline configuration comments, as markdownlint has them:
 *   <!-- magnitsky-lint-disable [rule …] -->        from here on
 *   <!-- magnitsky-lint-enable [rule …] -->         from here on
 *   <!-- magnitsky-lint-disable-next-line [rule …] -->
 *   <!-- magnitsky-lint-disable-line [rule …] -->   (at the end of a line)
 *   <!-- magnitsky-lint-disable-file [rule …] -->   the whole file
 * With no rule ids the directive applies to every rule.
 */
import type { Block } from './parse.js';
import type { LineIndex } from './text.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[];
  /** 0-based line of the comment. */
  line: number;
  offset: number;
  /** Rule ids that are not known, for a warning. */
  unknown: string[];
}

const DIRECTIVE = /<!--\s*magnitsky-lint-(disable-next-line|disable-line|disable-file|disable|enable)((?:\s+[\w.-]+)*)\s*-->/g;

export function findDirectives(blocks: Block[], lines: LineIndex, known: Set<string>): Directive[] {
  const out: Directive[] = [];
  const scan = (value: string, offset: number) => {
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(value); m; m = DIRECTIVE.exec(value)) {
      const rules = m[2]!.trim() ? m[2]!.trim().split(/\s+/) : [];
      const at = offset + m.index;
      out.push({ kind: m[1] as Directive['kind'], rules: rules.filter((r) => known.has(r)), unknown: rules.filter((r) => !known.has(r)), line: lines.position(at).line, offset: at });
    }
  };
  for (const b of blocks) {
    if (b.kind === 'html') scan(b.text, b.start);
    for (const c of b.comments ?? []) scan(c.value, b.start + c.offset);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Is a finding of `rule` starting on `line` switched off by the directives? */
export function suppressor(directives: Directive[]): (rule: string, line: number) => boolean {
  const applies = (d: Directive, rule: string) => (d.rules.length === 0 && d.unknown.length === 0) || d.rules.includes(rule);
  return (rule, line) => {
    let off = false;
    for (const d of directives) {
      if (!applies(d, rule)) continue;
      if (d.kind === 'disable-file') return true;
      if (d.kind === 'disable-line' && d.line === line) return true;
      if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
      if (d.line <= line) {
        if (d.kind === 'disable') off = true;
        else if (d.kind === 'enable') off = false;
      }
    }
    return off;
  };
}
