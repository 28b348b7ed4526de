#!/usr/bin/env node
// Builds the `handoff` CLI into dist/cli (npm run build:cli; `prepare` runs it on npm ci / npm install):
// one esbuild bundle of functions/cli/main.ts with its dependencies, split so the operating commands' AWS
// SDK code loads only when one of them runs. bin/handoff.mjs uses it while it is newer than every source
// file it was built from (dist/cli/inputs.json) and runs the TypeScript through tsx otherwise.
// The bundled contracts and rulebooks are static data: they are validated here, with the engine's own code,
// and baked in as validated, with the rulebooks' trie regex sources (functions/core/bundle-bake.ts,
// bundled-data.ts), so the built CLI repeats none of that work at every start.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = process.argv[2] ?? join(root, 'dist/cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without devDependencies: the CLI keeps running from source through tsx.
  process.stderr.write('build-cli: esbuild is not installed; the CLI runs from source\n');
  process.exit(0);
}

const startedAt = Date.now();
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
/**
 * What the engine computes from its bundled data (functions/core/bundle-bake.ts): the data files as it
 * validates them (file name → data; throws when one is invalid) and each rulebook's trie sources.
 */
async function bakedData() {
  const check = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['functions/core/bundle-bake.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const file = join(outdir, '.validate-bundled-data.mjs');
  writeFileSync(file, check.outputFiles[0].contents);
  try {
    const bake = await import(pathToFileURL(file).href);
    return {
      validated: bake.validatedDataFiles(),
      tries: bake.bundledTrieSources(),
      inputs: Object.keys(check.metafile.inputs),
    };
  } finally {
    rmSync(file, { force: true });
  }
}

const { validated, tries, inputs: bakeInputs } = await bakedData();
/** Bakes the computed data in: the rulebook files as validated, the flag that says so, the trie sources. */
const bakeValidated = {
  name: 'bake-validated-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]functions[\\/]core[\\/]bundled-data\.ts$/ }, () => ({
      contents: `export const BUNDLED_DATA_VALIDATED = true;\nexport const BUNDLED_TRIE_SOURCES = ${JSON.stringify(tries)};\n`,
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]contracts[\\/](rulebooks[\\/])?[^\\/]+\.json$/ }, (args) => {
      const data = validated[basename(args.path)];
      if (data === undefined) throw new Error(`build-cli: ${args.path} is not a validated bundled file`);
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

/**
 * commander imports node:child_process at load, for git-style executable subcommands this CLI never has;
 * loading that module (and net, dgram, ... behind it) is a measurable part of every start. It now gets a
 * stand-in that loads the module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child-process', namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "export default new Proxy({}, { get: (_, name) => require('node:child_process')[name] });\n",
      loader: 'js',
    }));
  },
};

const result = await esbuild.build({
  absWorkingDir: root,
  plugins: [bakeValidated, lazyChildProcess],
  entryPoints: { main: 'functions/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __handoffRequire } from 'node:module'; const require = __handoffRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  // Less to parse at every start; error classes carry literal names (HandoffError), so renaming is safe.
  minify: true,
});
// What the build read, baked data included: files of the repository only (not dependencies, not the
// plugins' virtual modules), and the lockfile, which pins the dependencies (zod's parse is baked in).
const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...bakeInputs])]
  .filter((f) => !f.includes('node_modules/') && !f.includes(':'))
  .map((f) => relative(root, join(root, f)))
  .sort();
writeFileSync(
  join(outdir, 'inputs.json'),
  `${JSON.stringify({ builtAt: startedAt, inputs: [...inputs, 'package.json', 'package-lock.json'] }, null, 2)}\n`,
);
process.stderr.write(`build-cli: ${relative(root, outdir)}/main.mjs from ${inputs.length} source files\n`);
