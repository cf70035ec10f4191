/**
 * The language server's column, measured from a client process of its own:
 * `node --import tsx bench/server-client.ts <input label>` prints the
 * ServerResult as JSON. The bench's own process has just run the cold
 * columns on the same input (for 5 MB, hundreds of megabytes of garbage);
 * an editor's client does not carry that, and the edit→diagnostics time is
 * the client's as much as the server's (it must read the reply).
 */
import { fixturesInput, generatedInputs } from './inputs.js';
import { measureServer } from './server.js';

const label = process.argv[2];
const input = [...generatedInputs(), fixturesInput()].find((i) => i.label === label);
if (!input) {
  process.stderr.write(`no bench input labelled ${label}\n`);
  process.exit(2);
}
const result = await measureServer(input.docs, input.plan);
process.stdout.write(`${JSON.stringify(result)}\n`);
