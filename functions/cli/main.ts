import { fileURLToPath } from 'node:url';
import { run } from './commands.ts';

/** Entry point of the `handoff` CLI (`bin/handoff.mjs` loads it through tsx). */
const root = fileURLToPath(new URL('../../', import.meta.url));
process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  root,
});
