/**
 * Placeholders in clause text: {{the Minister}} is a placeholder whose default
 * is "the Minister". The same text twice is the same placeholder (typed once,
 * filled everywhere in a snippet).
 */
const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

/** The clause as plain text, each placeholder replaced by its default. */
export function plainText(text: string): string {
  return text.replace(PLACEHOLDER, (_, d: string) => d);
}

/** The clause as a VS Code snippet body, placeholders numbered as tab stops in order of first use. */
export function snippetBody(text: string): string {
  const numbers = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out += escapeSnippet(text.slice(last, m.index));
    const d = m[1]!;
    if (!numbers.has(d)) numbers.set(d, numbers.size + 1);
    out += `\${${numbers.get(d)}:${escapeSnippet(d)}}`;
    last = m.index! + m[0].length;
  }
  out += escapeSnippet(text.slice(last));
  return out;
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The distinct placeholders of a clause, in order. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}
