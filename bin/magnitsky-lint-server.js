#!/usr/bin/env node
// The language server for any editor: magnitsky-lint-server --stdio
import '../dist/lsp/main.js';
