import { fileURLToPath } from 'node:url';
import { run } from './commands.ts';
import { colourWanted } from './io.ts';

/**
 * Entry point of the `handoff` CLI: `bin/handoff.mjs` runs the built copy (dist/cli) or this file through
 * tsx. Pipe-safe: a reader that goes away (`handoff explain --list | head`) ends the run quietly.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// From dist/cli/main.mjs or functions/cli/main.ts, the repository root is two folders up.
const root = fileURLToPath(new URL('../../', import.meta.url));
process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  root,
  color: colourWanted(process.env, process.stdout.isTTY === true),
});
