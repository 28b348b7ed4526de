import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI as a process, the way a shell or a CI job runs it: help, JSON errors, "did you mean", pipes,
 * colour, batch reports (SARIF, JUnit, GitHub annotations) and package diff. Spawned with the repository's
 * Node; no timing asserts, generous timeouts for a busy machine.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/handoff.mjs');
const repoNode = join(root, 'node_modules/.bin/node');
const node = existsSync(repoNode) ? repoNode : process.execPath;
const sample = join(root, 'events/packages/sample-spring-launch.json');
const newsletter = join(root, 'events/packages/sample-newsletter-copy.yaml');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  argv: string[],
  opts: { env?: Record<string, string>; closeStdout?: boolean } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
    if (!opts.env || !('NO_COLOR' in opts.env)) delete env.NO_COLOR;
    if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
    const child = spawn(node, [bin, ...argv], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // The reader goes away before the CLI writes, as `| head` does after its lines.
    if (opts.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-process-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function blockedCopy(name: string): string {
  const pkg = JSON.parse(readFileSync(sample, 'utf8')) as { story: { hook: string } };
  pkg.story.hook = 'TODO: write the hook. Lorem ipsum dolor sit amet.';
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  return file;
}

describe('handoff as a process', { timeout: 120_000 }, () => {
  it('every command has its own --help with an example', async () => {
    for (const cmd of [['score'], ['validate'], ['diff'], ['contract', 'diff'], ['kpi'], ['flags', 'set']]) {
      const r = await cli([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toMatch(new RegExp(`^Usage: handoff ${cmd.join(' ')} `));
      expect(r.stdout, cmd.join(' ')).toMatch(/\nExample:\n {2}\$ handoff /);
    }
  });

  it('suggests the command or option meant, and exits 2', async () => {
    const cmd = await cli(['scor', sample]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain("unknown command 'scor' (did you mean score?)");
    const opt = await cli(['score', sample, '--formt', 'sarif']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("unknown option '--formt' (did you mean --format?)");
  });

  it('with --json an error is one JSON object on stderr with a code, nothing on stdout', async () => {
    const r = await cli(['score', join(dir, 'missing.json'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({
      error: { code: 'file_not_found', message: expect.stringContaining('missing.json'), exitCode: 2 },
    });
    const unknown = await cli(['explain', 'disclosure.nope', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stderr).error).toMatchObject({ code: 'unknown_rule', exitCode: 1 });
  });

  it('explain --list into a closed pipe exits quietly, without an EPIPE stack trace', async () => {
    const r = await cli(['explain', '--list'], { closeStdout: true });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.code).toBe(0);
  });

  it('colour only when asked for and never with NO_COLOR', async () => {
    const blocked = blockedCopy('colour.json');
    const plain = await cli(['score', blocked]);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await cli(['score', blocked], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31mBLOCKED\u001b[0m');
    const refused = await cli(['score', blocked], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(refused.stdout).not.toContain('\u001b[');
    expect(refused.stdout).toMatch(/^decision {4}BLOCKED$/m);
  });

  it('score takes files, folders and globs and prints a summary table; exit 1 when one is blocked', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'ok.yaml'), readFileSync(newsletter));
    const blocked = blockedCopy('batch/blocked.json');
    const r = await cli(['score', folder, sample, join(dir, 'batch/*.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 file(s): 1 pass, 1 needs-approval, 1 blocked, 0 invalid');
    expect(r.stdout).toMatch(new RegExp(`${blocked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+blocked`));
  });

  it('--format sarif is SARIF 2.1.0 with rule metadata and located results', async () => {
    const blocked = blockedCopy('sarif.json');
    const invalid = join(root, 'events/packages/invalid/wrong-type.json');
    const r = await cli(['score', blocked, invalid, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('handoff');
    expect(run.tool.driver.rules.length).toBeGreaterThan(10);
    for (const rule of run.tool.driver.rules) {
      expect(rule.id).toEqual(expect.any(String));
      expect(rule.shortDescription.text).toEqual(expect.any(String));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results.length).toBeGreaterThan(0);
    const ruleIds = new Set(run.tool.driver.rules.map((x: { id: string }) => x.id));
    for (const res of run.results) {
      expect(ruleIds.has(res.ruleId)).toBe(true);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text).toEqual(expect.any(String));
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toEqual(expect.any(String));
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const placeholder = run.results.find((x: { ruleId: string }) => x.ruleId.startsWith('placeholder.'));
    // The hook is on its own line in the pretty-printed copy: the region points at it, not at line 1.
    const hookLine =
      readFileSync(blocked, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"hook"')) + 1;
    expect(placeholder.locations[0].physicalLocation.region.startLine).toBe(hookLine);
    expect(run.results.some((x: { ruleId: string }) => x.ruleId === 'package/invalid_type')).toBe(true);
  });

  it('--format junit and --format github report the same problems for CI', async () => {
    const blocked = blockedCopy('ci.json');
    const junit = await cli(['score', blocked, newsletter, '--format', 'junit']);
    expect(junit.code).toBe(1);
    expect(junit.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(junit.stdout).toContain('<testsuite name="handoff score" tests="2" failures="1"');
    expect(junit.stdout).toMatch(/<failure message="blocked score \d+\/100" type="blocked">/);
    const gh = await cli(['score', blocked, '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(/^::error file=[^,]+ci\.json,line=\d+,col=\d+,title=placeholder\.[\w.-]+::/m);
  });

  it('diff shows the changed fields and how the score, decision and findings moved', async () => {
    const blocked = blockedCopy('r2.json');
    const r = await cli(['diff', sample, blocked]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^decision {4}NEEDS-APPROVAL → BLOCKED$/m);
    expect(r.stdout).toMatch(/^ {2}~ \/story\/hook$/m);
    // The sample itself may carry findings (undated evidence): those stay unchanged.
    expect(r.stdout).toMatch(/^findings {4}0 resolved, [1-9]\d* new, \d+ unchanged$/m);
    const back = await cli(['diff', blocked, sample, '--json']);
    expect(back.code).toBe(0);
    const d = JSON.parse(back.stdout);
    expect(d.changes).toEqual([{ op: 'changed', pointer: '/story/hook' }]);
    expect(d.findings.resolved.length).toBeGreaterThan(0);
    expect(d.scoreDelta).toBe(d.new.score - d.old.score);
  });
});
