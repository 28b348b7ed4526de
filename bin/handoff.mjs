#!/usr/bin/env node
// Runs the TypeScript CLI straight from a clone: tsx compiles it on the fly, so no build step is needed.
//
// The project runs on the Lambda runtime's Node major (24). `npx handoff` and npm scripts find the Node 24
// binary that `npm ci` links at node_modules/.bin/node (optional dependency, Linux x64/arm64). Started by
// another node (`./bin/handoff.mjs` or an `npm link` on the OS's Node 20), the CLI hands over to that binary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major !== NODE_MAJOR && !process.env.HANDOFF_NODE_HANDOVER) {
  const pinned = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
  if (existsSync(pinned)) {
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

const { register } = await import('tsx/esm/api');
register();
await import('../functions/cli/main.ts');
