/** SARIF 2.1.0, as GitHub code scanning reads it. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { LESSONS, DRAFTING_RULES } from '../engine/checklist/index.js';
import { readFileSync } from 'node:fs';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileReport } from './report.js';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(files: FileReport[], version: string, docsDir: string): string {
  const rules = [
    ...LESSONS.map((l) => ({ id: l.id, title: l.title.en, why: l.why.en, severity: l.severity, area: l.area })),
    ...DRAFTING_RULES.map((d) => ({ id: d.id, title: d.title.en, why: d.title.en, severity: d.severity, area: d.area })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/[.-](\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    help: helpOf(docsDir, r.id, r.why),
    helpUri: pathToFileURL(join(docsDir, `${r.id}.md`)).href,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['legislation', r.area] },
  }));
  const results: Result[] = files.flatMap((f) =>
    f.diagnostics.map((d): Result => {
      const uri = f.path.split('\\').join('/');
      return {
        ruleId: d.rule,
        ruleIndex: index.get(d.rule) ?? 0,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : 1) },
            },
          },
        ],
        relatedLocations: d.related.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
        })),
      };
    }),
  );
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'magnitsky-lint',
            version,
            semanticVersion: version,
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** The rule's page, "What it checks" and "Why it matters", as SARIF help. */
function helpOf(docsDir: string, id: string, fallback: string): { text: string; markdown?: string } {
  try {
    const page = readFileSync(join(docsDir, `${id}.md`), 'utf8');
    const part = /## What it checks\n([\s\S]*?)\n## (?:Source|How jurisdictions)/.exec(page)?.[1]?.trim();
    if (part) return { text: part.replace(/[*`]/g, ''), markdown: part };
  } catch {
    // no docs installed: fall back to the one-line reason
  }
  return { text: fallback };
}
