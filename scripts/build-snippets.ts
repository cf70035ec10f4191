// Regenerates snippets/markdown.code-snippets from the clause library.
import { writeFileSync } from 'node:fs';
import { loadLibrary } from '../server/src/library/load.js';
import { snippetFileText } from '../server/src/library/snippets.js';

const entries = loadLibrary();
writeFileSync(new URL('../snippets/markdown.code-snippets', import.meta.url), snippetFileText(entries));
console.log(`snippets/markdown.code-snippets: ${entries.length} clauses`);
