import { spawn } from 'node:child_process';

// `npm start -- --auto-approve --once` as a user runs it: a child process on an ephemeral data dir that
// submits the samples, approves through the local approval page and exits 0 when every run succeeded.

function runStart(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('npm start', () => {
  it('runs the samples end to end with --auto-approve --once and exits 0', async () => {
    const { code, out } = await runStart(['--ephemeral', '--auto-approve', '--once']);
    expect(out).toMatch(/auto-approved as \S+@\S+ \(POST \/approvals\/[\w-]+ → HTTP 200\)/);
    expect(out).toMatch(/✓ handed-off spring-launch-2027-r3 → outcome needs-approval/);
    expect(out).toMatch(/✓ handed-off april-newsletter-2027-r1 → outcome pass/);
    expect(out).toMatch(/2 run\(s\): 2 succeeded, 0 failed/);
    expect(code).toBe(0);
  }, 300_000);
});
