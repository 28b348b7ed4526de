import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handoffArtifactSchema } from '#core/artifact-schema';
import { HELP, run } from '../../functions/cli/commands.ts';
import { renderSchemas } from '../../functions/cli/schemas.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/handoff.mjs');
const sample = join(root, 'events/packages/sample-spring-launch.json');

/** Spawns the real CLI exactly as a user would. */
function cli(...argv: string[]) {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8', timeout: 100_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in-process (same code path, no process start-up) for the many message checks. */
async function inProcess(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { out: (s) => (stdout += s), err: (s) => (stderr += s), root });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deep copy with every object's keys in reverse order. */
function reorder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reorder);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .reverse()
        .map((k) => [k, reorder((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

// Each spawn starts Node + tsx, which a machine loaded by other test runs slows many times over: the
// timeouts leave room for that, so a slow machine is not a failure.
describe('handoff CLI as a spawned process', { timeout: 300_000 }, () => {
  it('score --json prints exactly one line of artifact JSON and nothing else, byte-identical for a key-reordered copy', () => {
    const reordered = join(dir, 'reordered.json');
    writeFileSync(reordered, JSON.stringify(reorder(JSON.parse(readFileSync(sample, 'utf8'))), null, 4));
    const a = cli('score', sample, '--json');
    const b = cli('score', reordered, '--json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout.endsWith('\n')).toBe(true);
    expect(a.stdout.indexOf('\n')).toBe(a.stdout.length - 1);
    const artifact = JSON.parse(a.stdout) as unknown;
    expect(a.stdout).toBe(`${JSON.stringify(artifact)}\n`);
    expect(b.stdout).toBe(a.stdout);
    expect(handoffArtifactSchema.safeParse(artifact).success).toBe(true);
  });

  it('score exits 0 for needs-approval and prints the readable summary', () => {
    const r = cli('score', sample);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^decision {4}NEEDS-APPROVAL$/m);
    expect(r.stdout).toMatch(/^approval {4}required: group legal/m);
  });

  it('score exits 1 for a blocked package', () => {
    const pkg = JSON.parse(readFileSync(sample, 'utf8')) as { story: { hook: string } };
    pkg.story.hook = 'TODO: write the hook. Lorem ipsum dolor sit amet.';
    const file = join(dir, 'blocked.json');
    writeFileSync(file, JSON.stringify(pkg));
    const r = cli('score', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^decision {4}BLOCKED$/m);
  });

  it('validate exits 0 on the YAML sample and 1 on an invalid fixture', () => {
    expect(cli('validate', join(root, 'events/packages/sample-newsletter-copy.yaml')).code).toBe(0);
    const bad = cli('validate', join(root, 'events/packages/invalid/unknown-field.json'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("/budget: unknown field 'budget' is not allowed [unrecognized_keys]");
  });

  it('contract diff exits 1 on a breaking change between id@version references', () => {
    const r = cli(
      'contract',
      'diff',
      'campaign-package-to-publishing@0.9.0',
      'campaign-package-to-publishing@1.0.0',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('BREAKING added   /requiredFields + "/audience/regions"');
  });

  it('exits 2 with a readable message and no stack trace for an unknown command and a missing file', () => {
    const unknown = cli('publish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("handoff: unknown command 'publish'\nRun 'handoff --help' for usage.\n");
    const missing = cli('score', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^handoff: file not found: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('--version prints the package and engine versions', () => {
    const r = cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^handoff \d+\.\d+\.\d+ \(engine \d+\.\d+\.\d+, package schema v1, artifact v1\)\n$/,
    );
  });
});

describe('handoff CLI behaviour (in-process)', () => {
  it('--help documents every command and why needs-approval exits 0', async () => {
    const r = await inProcess('--help');
    expect(r.code).toBe(0);
    for (const cmd of [
      'validate FILE',
      'score FILE',
      'contract diff OLD NEW',
      'explain RULE_ID',
      'schemas --write',
    ]) {
      expect(r.stdout).toContain(cmd);
    }
    expect(HELP).toMatch(/needs-approval exits 0 on purpose/);
  });

  it('no arguments prints help and exits 2', async () => {
    expect((await inProcess()).code).toBe(2);
  });

  it('an unknown flag is a usage error', async () => {
    const r = await inProcess('validate', sample, '--strict');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^handoff: unknown option '--strict'/);
  });

  it('a missing argument is a usage error', async () => {
    const r = await inProcess('contract', 'diff', 'copy-to-design@1.0.0');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "handoff: missing required argument 'new'\nRun 'handoff contract diff --help' for usage.\n",
    );
    expect((await inProcess('score')).code).toBe(2);
  });

  it('score on an invalid package prints violations on stderr, nothing on stdout, and exits 1', async () => {
    const r = await inProcess('score', join(root, 'events/packages/invalid/wrong-type.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/streamId: must be a string [invalid_type]');
  });

  it('score --json on an invalid package: {ok:false, violations} on stdout, a JSON error on stderr', async () => {
    const file = join(root, 'events/packages/invalid/wrong-type.json');
    const r = await inProcess('score', file, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; violations: { rule: string }[] };
    expect(out.ok).toBe(false);
    expect(out.violations.map((v) => v.rule)).toContain('invalid_type');
    const err = JSON.parse(r.stderr) as { error: { code: string; exitCode: number } };
    expect(err.error).toMatchObject({ code: 'invalid_package', exitCode: 1 });
  });

  it('score rejects a package whose contract does not exist', async () => {
    const pkg = JSON.parse(readFileSync(sample, 'utf8')) as { contract: { version: string } };
    pkg.contract.version = '7.0.0';
    const file = join(dir, 'unknown-contract.json');
    writeFileSync(file, JSON.stringify(pkg));
    const r = await inProcess('score', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[contract_not_found]');
  });

  it('validate --json prints machine-readable violations', async () => {
    const r = await inProcess(
      'validate',
      join(root, 'events/packages/invalid/oversize-string.json'),
      '--json',
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      violations: [
        {
          pointer: '/title',
          rule: 'too_big',
          message: 'must be at most 200 characters',
          expected: 'at most 200 characters',
          received: 'string (260 characters)',
        },
      ],
    });
  });

  it('validate checks the referenced contract too: a channel it does not allow is a violation', async () => {
    const pkg = JSON.parse(readFileSync(sample, 'utf8')) as {
      contract: { id: string };
      channels: { channel: string; deliverables: unknown[] }[];
    };
    pkg.contract.id = 'creative-brief-to-production';
    const file = join(dir, 'other-contract.json');
    writeFileSync(file, JSON.stringify(pkg));
    expect((await inProcess('validate', file)).code).toBe(0);
    pkg.channels.push({
      channel: 'podcast',
      deliverables: [{ id: 'read', kind: 'script', copy: 'Grow herbs at home.' }],
    });
    writeFileSync(file, JSON.stringify(pkg));
    const bad = await inProcess('validate', file);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      "/channels/3/channel: channel 'podcast' is not allowed by contract creative-brief-to-production@1.0.0",
    );
  });

  it('contract diff on identical contracts exits 0; a non-breaking loosening exits 0', async () => {
    expect((await inProcess('contract', 'diff', 'copy-to-design@1.0.0', 'copy-to-design@1.0.0')).code).toBe(
      0,
    );
    const loose = JSON.parse(readFileSync(join(root, 'contracts/copy-to-design-1.0.0.json'), 'utf8')) as {
      version: string;
      scoring: { thresholds: { autoPassMin: number } };
    };
    loose.version = '1.1.0';
    loose.scoring.thresholds.autoPassMin = 80;
    const file = join(dir, 'copy-to-design-1.1.0.json');
    writeFileSync(file, JSON.stringify(loose));
    const r = await inProcess('contract', 'diff', 'copy-to-design@1.0.0', file, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { breaking: boolean }).breaking).toBe(false);
  });

  it('contract diff rejects an unknown id@version as a usage error and an invalid contract file as input error', async () => {
    expect((await inProcess('contract', 'diff', 'copy-to-design@9.0.0', 'copy-to-design@1.0.0')).code).toBe(
      2,
    );
    const file = join(dir, 'broken-contract.json');
    writeFileSync(file, JSON.stringify({ id: 'x' }));
    const r = await inProcess('contract', 'diff', file, 'copy-to-design@1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not a valid contract/);
  });

  it('explain prints a known rule and exits 1 with suggestions for an unknown one', async () => {
    const ok = await inProcess('explain', 'disclosure.email-unsubscribe');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ {2}severity {3}block$/m);
    const bad = await inProcess('explain', 'disclosure.nope');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('disclosure.email-unsubscribe');
  });

  it('explain shows a fact rule its examples as facts, one that fires and one that passes', async () => {
    const r = await inProcess('explain', 'email.consent-none');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  fires on   a package with email copy, regions GB; consent email: none (event)\n',
    );
    expect(r.stdout).toContain(
      '  passes     a package with email copy, regions US; consent email: none (event)\n',
    );
  });

  it('the committed JSON Schemas are up to date (run `npm run schemas` after a schema change)', () => {
    for (const [name, text] of Object.entries(renderSchemas())) {
      expect(readFileSync(join(root, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });
});
