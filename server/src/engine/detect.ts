/**
 * Is this document a bill? The editor lints only bills, so a README or
 * meeting notes in the same workspace get nothing. Front matter decides when
 * present (`magnitsky-lint: true|false`, or `type: bill`); otherwise the shape
 * of a bill does: numbered provisions, or an enacting formula, or the
 * vocabulary of sanctions in operative text.
 */
import type { Bill } from './structure/bill.js';

export function looksLikeBill(bill: Bill): boolean {
  const fm = bill.blocks.find((b) => b.kind === 'frontmatter');
  if (fm) {
    const m = /^\s*(?:magnitsky-lint|magnitsky_lint)\s*:\s*(true|false|yes|no|on|off)\s*$/im.exec(fm.text);
    if (m) return /^(true|yes|on)$/i.test(m[1]!);
    if (/^\s*(?:type|kind|document)\s*:\s*["']?(?:bill|draft bill|legislation|act|regulations?)["']?\s*$/im.test(fm.text)) return true;
  }
  const numbered = bill.provisions.filter((p) => p.value !== null).length;
  const sanctions = /\b(?:sanction|designat|freez|magnitsky|entry ban|prohibition on entry|human rights)\w*/i;
  const enacting = /\b(?:be it enacted|enacts as follows|has adopted this|makes the following regulations)\b/i;
  const text = (b: { text: string }) => b.text;
  const hasEnacting = bill.preamble.some((s) => enacting.test(s.text));
  const mentionsSanctions = bill.provisions.some((p) => p.sentences.some((s) => sanctions.test(text(s)))) || (bill.title !== null && sanctions.test(bill.title.text));
  const legislativeTitle = bill.title !== null && /\b(?:act|bill|law|regulations?|order|decision|directive|statute|code)\b/i.test(bill.title.text);
  // Unnumbered sections (plain-language drafting) read as law when most of them impose duties or confer powers.
  const lawLike = bill.provisions.filter((p) => p.sentences.some((s) => /\b(?:must|shall|may)\b/.test(s.text))).length;
  const plainLanguageBill = bill.provisions.length >= 3 && lawLike / bill.provisions.length >= 0.6;
  return hasEnacting || (numbered >= 2 && mentionsSanctions) || numbered >= 4 || (legislativeTitle && mentionsSanctions && (numbered >= 1 || plainLanguageBill));
}
