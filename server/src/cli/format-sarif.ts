/** SARIF 2.1.0, as GitHub code scanning reads it. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { LESSONS, DRAFTING_RULES } from '../engine/checklist/index.js';
import type { FileReport } from './report.js';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(files: FileReport[], version: string, docsDir: string): string {
  const rules = [
    ...LESSONS.map((l) => ({ id: l.id, title: l.title.en, why: l.why.en, severity: l.severity, area: l.area })),
    ...DRAFTING_RULES.map((d) => ({ id: d.id, title: d.title.en, why: d.title.en, severity: d.severity, area: d.area })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'magnitsky-lint',
            version,
            semanticVersion: version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[.-](\w)/g, (_, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              helpUri: pathToFileURL(join(docsDir, `${r.id}.md`)).href,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['legislation', r.area] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: index.get(d.rule) ?? 0,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.path.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : 1) },
                },
              },
            ],
            ...(d.related.length
              ? {
                  relatedLocations: d.related.map((r, i) => ({
                    id: i + 1,
                    message: { text: r.message },
                    physicalLocation: { artifactLocation: { uri: f.path.split('\\').join('/'), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
