import { fileURLToPath } from 'node:url';
import { run } from './commands.ts';

/** Entry point of the `handoff` CLI (`bin/handoff.mjs` loads it through tsx). */
const root = fileURLToPath(new URL('../../', import.meta.url));
// The ops commands create AWS SDK clients; on Node 20 each would print the SDK's Node-version notice to
// stderr (npm start filters it the same way). Every other warning still prints.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.name;
  if (/NodeVersionSupportWarning/.test(text) || /NodeVersionSupportWarning/.test(String(rest[0]))) return;
  (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  root,
});
