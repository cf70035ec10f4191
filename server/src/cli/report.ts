/**
 * The report a CLI run produces, in the JSON contract's shape (1-based lines
 * and columns). The text and SARIF formats are built from it.
 */
import type { LintResult, Span } from '../engine/types.js';
import { LineIndex } from '../engine/text.js';

export interface FileReport {
  path: string;
  language: string;
  checklist: {
    id: string;
    area: string;
    title: string;
    status: 'met' | 'partial' | 'missing';
    missingElements: string[];
    evidence: { line: number; text: string; provision: string | null }[];
  }[];
  diagnostics: {
    rule: string;
    severity: 'error' | 'warning' | 'information' | 'hint';
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
    related: { line: number; column: number; message: string }[];
  }[];
  failures: { rule: string; message: string }[];
  notes: { line: number; column: number; message: string }[];
}

export function fileReport(path: string, text: string, result: LintResult): FileReport {
  const index = new LineIndex(text);
  const pos = (offset: number) => {
    const p = index.position(offset);
    return { line: p.line + 1, column: p.column + 1 };
  };
  const range = (s: Span) => {
    const a = pos(s.start);
    const b = pos(Math.max(s.start, s.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  return {
    path,
    language: result.language,
    checklist: result.checklist.map((l) => ({
      id: l.id,
      area: l.area,
      title: l.title,
      status: l.status,
      missingElements: l.missingElements,
      evidence: l.evidence.map((e) => ({ line: pos(e.span.start).line, text: e.text, provision: e.provision })),
    })),
    diagnostics: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      ...range(f.span),
      message: f.message,
      related: f.related.map((r) => ({ ...pos(r.span.start), message: r.message })),
    })),
    failures: result.failures,
    notes: result.notes.map((n) => ({ ...pos(n.span.start), message: n.message })),
  };
}
