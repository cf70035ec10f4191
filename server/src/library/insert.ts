/** A clause set as a provision in a bill's drafting style: the heading and the body. */
import type { ClauseEntry, Style } from './schema.js';
import { plainText } from './placeholders.js';
import { kanjiNumeral } from '../engine/structure/numbers.js';

export function provisionHeading(style: Style, number: number, title: string): string {
  switch (style) {
    case 'us':
      return `SEC. ${number}. ${title.toUpperCase()}.`;
    case 'uk':
      return `${number}. ${title}`;
    case 'eu':
      return `Article ${number} (${title})`;
    case 'ja':
      return `第${kanjiNumeral(number)}条（${title}）`;
    default:
      return `${number} ${title}`;
  }
}

/** A minimal bill holding only a short title and this clause, for testing and for the comparison view. */
export function billWithClause(entry: ClauseEntry, placeholdersAsDefaults = true): string {
  const body = placeholdersAsDefaults ? plainText(entry.text) : entry.text;
  if (entry.style === 'ja') {
    return `# 模範条項法案\n\n### ${provisionHeading('ja', 1, '趣旨')}\n\nこの法律は、模範条項の例を示すものとする。\n\n### ${provisionHeading('ja', 2, entry.title)}\n\n${body}\n`;
  }
  return `# Model Clause Bill\n\n## ${provisionHeading(entry.style, 1, 'Short title')}\n\nThis Act may be cited as the Model Clause Act.\n\n## ${provisionHeading(entry.style, 2, entry.title)}\n\n${body}\n`;
}
