#!/usr/bin/env node
// The `handoff` launcher. It runs the built CLI (dist/cli, made by `npm run build:cli`, which `npm ci` runs
// through `prepare`) while that build is newer than every source file it came from, and otherwise the
// TypeScript straight from the clone through tsx, so editing the source never runs a stale build.
// HANDOFF_FROM_SOURCE=1 forces the source.
//
// The project runs on the Lambda runtime's Node major (24). `npx handoff` and npm scripts find the Node 24
// binary that `npm ci` links at node_modules/.bin/node (optional dependency, Linux x64/arm64). Started by
// another node (`./bin/handoff.mjs` or an `npm link` on the OS's Node 20), the CLI hands over to that binary.
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major !== NODE_MAJOR && !process.env.HANDOFF_NODE_HANDOVER) {
  const pinned = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
  if (existsSync(pinned)) {
    // Imported here only: loading child_process (net, dgram, ...) would cost every start on Node 24.
    const { spawnSync } = await import('node:child_process');
    const child = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, HANDOFF_NODE_HANDOVER: '1' },
    });
    process.exit(child.status ?? 1);
  }
  process.stderr.write(
    `handoff: running on Node ${process.version}; the project targets Node ${NODE_MAJOR} (.nvmrc)\n`,
  );
}

/** The built entry point, if there is one and no source file it was built from changed since. */
function built() {
  if (process.env.HANDOFF_FROM_SOURCE) return undefined;
  const root = new URL('../', import.meta.url);
  const entry = new URL('dist/cli/main.mjs', root);
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
    const fresh = inputs.every((f) => statSync(new URL(f, root)).mtimeMs <= builtAt);
    return fresh && existsSync(entry) ? entry.href : undefined;
  } catch {
    return undefined; // no build, or a source file it needs is gone
  }
}

const entry = built();
if (entry) {
  // V8's code cache on disk (Node ≥ 22.1): later starts skip compiling the bundle.
  module.enableCompileCache?.();
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../functions/cli/main.ts');
}
