/** Engine findings → LSP diagnostics: rule id as code, a link to the rule's page, evidence as related information. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span } from '../engine/types.js';
import { resourceDir } from '../library/load.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

let docsDir: string | null = null;

/** The rule's documentation page, as a file URL inside the installed extension or package. */
export function ruleDocUrl(rule: string): string {
  docsDir ??= resourceDir('docs', 'rules');
  return pathToFileURL(join(docsDir, `${rule}.md`)).href;
}

export function spanRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(Math.max(span.start, span.end)) };
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  return {
    range: spanRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    source: 'magnitsky-lint',
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: doc.uri, range: spanRange(doc, r.span) }, message: r.message })),
    data: { rule: f.rule, status: f.status ?? null, span: f.span },
  };
}
