/** The bill's outline: parts, provisions and schedules, as document symbols; a provision's role in the reader's locale. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Bill } from '../engine/structure/bill.js';
import { spanRange } from './convert.js';
import { ui } from './ui-text.js';

export function outline(doc: TextDocument, bill: Bill, locale?: string): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  const parts = new Map<string, DocumentSymbol>();
  for (const d of bill.divisions) {
    const s: DocumentSymbol = { name: d.title ? `${d.label} — ${d.title}` : d.label, kind: SymbolKind.Namespace, range: spanRange(doc, d.span), selectionRange: spanRange(doc, d.span), children: [] };
    parts.set(d.label, s);
    top.push(s);
  }
  for (const p of bill.provisions) {
    const name = p.value === null ? p.label.replace(/^“|”$/g, '') : p.caption ? `${cap(p.label)} ${p.caption}` : cap(p.label);
    const s: DocumentSymbol = {
      name,
      detail: p.role === 'operative' ? undefined : ui(`role.${p.role}`, locale),
      kind: p.value === null ? SymbolKind.Module : SymbolKind.Method,
      range: spanRange(doc, p.span),
      selectionRange: spanRange(doc, p.header),
    };
    const parent = p.division ? parts.get(p.division) : undefined;
    if (parent && p.domain === 'main') {
      parent.children!.push(s);
      parent.range = { start: parent.range.start, end: s.range.end };
    } else top.push(s);
  }
  return top;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
