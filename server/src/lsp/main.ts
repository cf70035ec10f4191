/**
 * magnitsky-lint-server: the language server for any editor. Transport from
 * the command line, as usual for LSP servers: --stdio, --node-ipc or
 * --socket=<port>.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

process.on('uncaughtException', (e) => {
  // Keep answering: a bug in one request must not take the editor's linting down.
  process.stderr.write(`magnitsky-lint-server: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
});

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
startServer(createConnection(ProposedFeatures.all));
