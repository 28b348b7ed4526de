import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The built CLI (bin/build-cli.mjs, run by `prepare`) behaves as the source does. No timing asserts. */

const root = fileURLToPath(new URL('../../', import.meta.url));
const repoNode = join(root, 'node_modules/.bin/node');
const node = existsSync(repoNode) ? repoNode : process.execPath;
const sample = join(root, 'events/packages/sample-spring-launch.json');

function spawnNode(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(node, args, { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-build-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built CLI', { timeout: 180_000 }, () => {
  it('builds with esbuild and prints the same artifact JSON as the source, byte for byte', async () => {
    const out = join(dir, 'dist');
    expect((await spawnNode([join(root, 'bin/build-cli.mjs'), out])).code).toBe(0);
    const inputs = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')) as { inputs: string[] };
    expect(inputs.inputs).toContain('functions/cli/main.ts');
    // The rulebooks are validated at build time and baked in: editing one makes the build stale.
    expect(inputs.inputs).toContain('contracts/rulebooks/marketing-default-1.2.0.json');
    expect(inputs.inputs).toContain('functions/core/bundled-data.ts');
    const fromSource = await spawnNode([join(root, 'bin/handoff.mjs'), 'score', sample, '--json'], {
      HANDOFF_FROM_SOURCE: '1',
    });
    const fromBuild = await spawnNode([join(out, 'main.mjs'), 'score', sample, '--json']);
    expect(fromBuild.stderr).toBe('');
    expect(fromBuild.code).toBe(0);
    expect(fromBuild.stdout).toBe(fromSource.stdout);
    expect(fromBuild.stdout.length).toBeGreaterThan(100);
    // The whole regression corpus too: the build bakes trie sources in and primes regexes differently.
    const corpus = join(root, 'test/regression/corpus');
    const batchSource = await spawnNode(
      [join(root, 'bin/handoff.mjs'), 'score', corpus, '--format', 'json'],
      { HANDOFF_FROM_SOURCE: '1' },
    );
    const batchBuild = await spawnNode([join(out, 'main.mjs'), 'score', corpus, '--format', 'json']);
    expect(batchBuild.stderr).toBe('');
    expect(batchBuild.stdout).toBe(batchSource.stdout);
    expect(JSON.parse(batchBuild.stdout)).toHaveProperty('files');
    // Contracts are validated at build time and baked in as parsed: the same ids and versions either way
    // (the whole contracts are in every artifact above as their digests: the corpus uses all five).
    const contracts = ['contract', 'list', '--json'];
    const listSource = await spawnNode([join(root, 'bin/handoff.mjs'), ...contracts], {
      HANDOFF_FROM_SOURCE: '1',
    });
    expect((await spawnNode([join(out, 'main.mjs'), ...contracts])).stdout).toBe(listSource.stdout);
    // commander's child_process is loaded on first spawn only, which `score` never does; the launcher
    // imports it only to hand over to another Node.
    expect(readFileSync(join(root, 'bin/handoff.mjs'), 'utf8')).not.toMatch(/^import .*child_process/m);
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')));\nawait import(${JSON.stringify(pathToFileURL(join(out, 'main.mjs')).href)});\n`,
    );
    const probed = await spawnNode([probe, 'score', sample, '--json']);
    expect(probed.stdout).toBe(fromSource.stdout);
    expect(probed.stderr).toContain('NativeModule fs');
    expect(probed.stderr).not.toContain('NativeModule child_process');
  });
});
