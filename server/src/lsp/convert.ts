/** Engine findings → LSP diagnostics: rule id as code, a link to the rule's page, evidence as related information. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span } from '../engine/types.js';
import { resourceDir } from '../library/load.js';
import { isJapanese } from '../engine/language.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

let docsDir: string | null = null;
const docUrls = new Map<string, string>();

/** The rule's documentation page, as a file URL inside the installed extension or package: docs/rules/ja/ in Japanese. */
export function ruleDocUrl(rule: string, locale?: string): string {
  docsDir ??= resourceDir('docs', 'rules');
  const key = `${isJapanese(locale) ? 'ja' : 'en'}:${rule}`;
  let url = docUrls.get(key);
  if (!url) {
    const ja = join(docsDir, 'ja', `${rule}.md`);
    url = pathToFileURL(isJapanese(locale) && existsSync(ja) ? ja : join(docsDir, `${rule}.md`)).href;
    docUrls.set(key, url);
  }
  return url;
}

export function spanRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(Math.max(span.start, span.end)) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, locale?: string): Diagnostic {
  return {
    range: spanRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule, locale) },
    source: 'magnitsky-lint',
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: doc.uri, range: spanRange(doc, r.span) }, message: r.message })),
    data: { rule: f.rule, status: f.status ?? null, span: f.span },
  };
}
