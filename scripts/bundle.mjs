// Bundles the extension: a CommonJS client for VS Code and an ESM server with
// its dependencies, so the .vsix needs no node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['client/src/extension.ts'],
  outfile: 'dist/client/extension.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});

await build({
  entryPoints: ['server/src/lsp/main.ts'],
  outfile: 'dist/server/server.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  // CommonJS dependencies of the server call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __mlCreateRequire } from 'module'; const require = __mlCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('bundled dist/client/extension.cjs and dist/server/server.mjs');
