/** The default, human-readable format: one line per finding, then the checklist per file. */
import type { FileReport } from './report.js';
import { counts } from '../lsp/ui-text.js';

const SYMBOL = { met: '✓ met', partial: '◐ partial', missing: '✗ missing' } as const;

export function formatText(files: FileReport[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const sev = d.severity === 'error' ? c('31', 'error') : d.severity === 'warning' ? c('33', 'warning') : c('36', d.severity);
      out.push(`${f.path}:${d.line}:${d.column}  ${sev}  ${d.message}  ${c('2', d.rule)}`);
    }
    for (const n of f.notes) out.push(`${f.path}:${n.line}:${n.column}  ${c('36', 'note')}  ${n.message}`);
    // (A check that failed is among the diagnostics, as an error naming it; f.failures lists them for tools.)
    const n = counts(f.checklist);
    out.push('');
    out.push(c('1', `Checklist for ${f.path}: ${n.met} met · ${n.partial} partial · ${n.missing} missing`));
    const rows = f.checklist.map((l) => {
      const detail = l.status === 'met' ? evidenceNote(l) : l.status === 'partial' ? `lacks ${l.missingElements.join('; ')}` : '';
      return [l.id, SYMBOL[l.status], detail];
    });
    const w0 = Math.max(...rows.map((r) => r[0]!.length), 6);
    const w1 = Math.max(...rows.map((r) => r[1]!.length), 6);
    out.push(`  ${'lesson'.padEnd(w0)}  ${'status'.padEnd(w1)}  where / what is missing`);
    for (const [id, status, detail] of rows) {
      const colored = status!.startsWith('✓') ? c('32', status!.padEnd(w1)) : status!.startsWith('◐') ? c('33', status!.padEnd(w1)) : c('31', status!.padEnd(w1));
      out.push(`  ${id!.padEnd(w0)}  ${colored}  ${detail}`);
    }
    out.push('');
  }
  const errors = files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const other = files.reduce((n, f) => n + f.diagnostics.length, 0) - errors - warnings;
  out.push(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${other} note${other === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
}

function evidenceNote(l: FileReport['checklist'][number]): string {
  const e = l.evidence[0];
  if (!e) return '';
  return `${e.provision ?? 'line'} (line ${e.line})`;
}
