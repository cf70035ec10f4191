/**
 * The VS Code snippet file for Markdown, generated from the clause library
 * (npm run build:snippets). A test fails when the committed file and the
 * library disagree.
 */
import { LESSONS } from '../engine/checklist/index.js';
import type { ClauseEntry } from './schema.js';
import { snippetBody } from './placeholders.js';

export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

export function citation(e: ClauseEntry): string {
  if (e.kind === 'recommended') return "magnitsky-lint's own model, not enacted law";
  return `modelled on ${e.instrument}${e.provision ? ` ${e.provision}` : ''}${e.year ? ` (${e.year})` : ''}`;
}

export function generateSnippets(entries: ClauseEntry[]): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const e of entries) {
    const lessons = Object.keys(e.lessons);
    const first = LESSONS.find((l) => l.id === lessons[0])!;
    const name = `${first.title.en} — ${e.jurisdiction}: ${e.title}`;
    out[name] = {
      prefix: [e.id, `magnitsky ${first.title.en.toLowerCase()} ${e.jurisdiction.toLowerCase()}`, ...lessons.map((l) => `${l} ${e.jurisdiction.toLowerCase()}`)],
      body: snippetBody(e.text).split('\n'),
      description: `${citation(e)}. Applies ${lessons.join(', ')}. ${e.note}`,
    };
  }
  return out;
}

export function snippetFileText(entries: ClauseEntry[]): string {
  return JSON.stringify(generateSnippets(entries), null, 2) + '\n';
}
