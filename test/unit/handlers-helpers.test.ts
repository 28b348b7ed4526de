import { dependencyError, isTransactionConflict, isTransient } from '#adapters/aws';
import { decodedKeyCandidates, rejectionMessage } from '#app/intake';
import { REJECTION_ERRORS } from '#app/rollback';
import type { ApprovalSummary } from '#core/approval';
import { approvalLink, approverGroupsFromEnv, chooseApprovers } from '#core/approval';
import { expiryOf } from '#core/approval-expiry';
import { approvalEmail } from '#core/approval-mail';
import type { Violation } from '#core/errors';
import { failureReason, runIdFor } from '#core/run';
import { handoffStep, restoreTarget } from '#core/stream';
import { TransientDependencyError } from '#shared/errors';

const summary: ApprovalSummary = {
  title: 'Spring\nlaunch <b>brief</b>',
  packageId: 'spring-2026',
  streamId: 'spring-launch',
  score: 64,
  risk: 'high',
  confidence: 70,
  outcome: 'needs-approval',
  blocking: [{ ruleId: 'claim.unsubstantiated', pointer: '/claims/0', message: 'no evidence' }],
  reasons: ['risk high'],
};

describe('intake rejection message', () => {
  it('is the JSON list of violations, readable in the Fail state cause', () => {
    const v: Violation = { pointer: '/title', rule: 'too_big', message: 'at most 200 characters' };
    const parsed = JSON.parse(rejectionMessage([v]));
    expect(parsed.violations).toEqual([v]);
    expect(parsed.message).toBe('package rejected: 1 violation(s)');
  });

  it('stays under 32 KB for thousands of long violations, saying how many it left out', () => {
    const many: Violation[] = Array.from({ length: 2000 }, (_, i) => ({
      pointer: `/channels/${i}/deliverables/0/copy`,
      rule: 'too_big',
      message: 'x'.repeat(200),
    }));
    const message = rejectionMessage(many);
    expect(Buffer.byteLength(message)).toBeLessThan(32 * 1024);
    const parsed = JSON.parse(message);
    expect(parsed.violations.length).toBeGreaterThan(10);
    expect(parsed.message).toContain(`${2000 - parsed.violations.length} not shown`);
  });
});

describe('S3 event keys', () => {
  it('offers the decoded forms of an encoded key, and nothing for a plain one', () => {
    expect(decodedKeyCandidates('incoming/spring%20launch/brief%2Bfinal.yaml')).toEqual([
      'incoming/spring launch/brief+final.yaml',
    ]);
    expect(decodedKeyCandidates('incoming/a+b.json')).toEqual(['incoming/a b.json']);
    expect(decodedKeyCandidates('incoming/plain.json')).toEqual([]);
    expect(decodedKeyCandidates('incoming/100%.json')).toEqual([]);
  });
});

describe('rollback target', () => {
  const artifact = { artifactDigest: 'new', prevStableDigest: 'old' };
  const me = { runId: 'run-a' };
  const written = {
    current: 'new',
    stable: 'new',
    seq: 5,
    runId: 'run-a',
    version: 3,
    replaced: { current: 'b', stable: 'b', seq: 4, runId: 'run-b' },
  };

  it('restores exactly what this run replaced, not the stable digest recorded at scoring', () => {
    expect(restoreTarget(written, me, artifact)).toEqual({
      current: 'b',
      stable: 'b',
      seq: 4,
      runId: 'run-b',
      action: 'rollback',
      by: 'run-a',
    });
  });

  it('leaves a pointer another run wrote since alone', () => {
    expect(restoreTarget({ ...written, runId: 'run-c', seq: 6 }, me, artifact)).toBeUndefined();
  });

  it('returns a first-ever write to an empty pointer', () => {
    const first = { current: 'new', stable: 'new', seq: 1, runId: 'run-a', version: 1 };
    expect(
      restoreTarget({ ...first, replaced: { current: null, stable: null } }, me, artifact),
    ).toMatchObject({
      current: null,
      stable: null,
    });
  });

  it('on a pointer written before ordering, returns to the stable digest recorded at scoring', () => {
    expect(restoreTarget({ current: 'new', stable: 'new', version: 3 }, me, artifact)).toMatchObject({
      current: 'old',
      stable: 'old',
    });
    expect(restoreTarget({ current: 'other', stable: 'old', version: 3 }, me, undefined)).toMatchObject({
      current: 'old',
      stable: 'old',
    });
    expect(restoreTarget({ current: 'old', stable: 'old', version: 4 }, me, artifact)).toBeUndefined();
    expect(restoreTarget({ current: null, stable: null, version: 0 }, me, artifact)).toBeUndefined();
  });

  it('classifies verdicts on the package as rejections', () => {
    expect(REJECTION_ERRORS).toEqual(['PackageRejectedError', 'ApprovalRejectedError', 'PolicyBlocked']);
  });
});

describe('approval routing', () => {
  it('takes the package approvers of the group plus configured ones, once per email', () => {
    const groups = approverGroupsFromEnv(
      '{"legal":["ana@example.com","lee@example.com"],"brand":["b@example.com"]}',
    );
    expect(chooseApprovers('legal', [{ name: 'Ana', email: 'Ana@Example.com' }], groups)).toEqual([
      { name: 'Ana', email: 'Ana@Example.com' },
      { name: 'lee@example.com', email: 'lee@example.com' },
    ]);
    expect(chooseApprovers('finance', [], groups)).toEqual([]);
  });

  it('refuses an APPROVER_GROUPS value that is not a map of email lists', () => {
    expect(() => approverGroupsFromEnv('{"legal":"ana@example.com"}')).toThrow(/APPROVER_GROUPS/);
    expect(approverGroupsFromEnv(undefined)).toEqual({});
  });

  it('builds a link with the id, expiry and URL-safe signature, under the stage the base names', () => {
    expect(
      approvalLink('https://x.execute-api.eu-west-1.amazonaws.com/prod/', 'abcd-1234', 42, 'a_b-c'),
    ).toBe('https://x.execute-api.eu-west-1.amazonaws.com/prod/approvals/abcd-1234?exp=42&sig=a_b-c');
  });

  it('writes an email with title and risk in a one-line subject, the facts, the link, and HTML escaped', () => {
    const link = 'https://x/approvals/abcd-1234?exp=42&sig=s';
    const expiry = expiryOf(1_794_214_800, new Date('2026-11-08T09:00:00Z'));
    const email = approvalEmail(summary, link, expiry);
    expect(email.subject).toBe('Approval needed: Spring launch <b>brief</b> (risk high)');
    expect(email.text).toContain('Score: 64 / 100');
    expect(email.text).toContain('Decide by Monday, 9 November 2026 at 09:00 UTC (expires in 24 hours).');
    expect(email.text).toContain('Blocking in claim.unsubstantiated at /claims/0: no evidence');
    expect(email.text).toContain(link);
    expect(email.html).toContain('Spring\nlaunch &lt;b&gt;brief&lt;/b&gt;');
    expect(email.html).toContain('href="https://x/approvals/abcd-1234?exp=42&amp;sig=s"');
  });
});

describe('workflow plumbing', () => {
  it('reads the message out of a Lambda error cause and keeps plain causes as they are', () => {
    expect(failureReason(JSON.stringify({ errorType: 'X', errorMessage: 'boom', trace: [] }))).toBe('boom');
    expect(failureReason('policy-constraint-check failed')).toBe('policy-constraint-check failed');
    expect(failureReason('y'.repeat(5000)).length).toBe(2000);
  });

  it('derives the run id from the execution name, so retries of one execution agree', () => {
    const arn = 'arn:aws:states:eu-west-1:123456789012:execution:Handoff:4f1a9b0e-6c55-2b7d';
    expect(runIdFor(arn)).toBe('4f1a9b0e-6c55-2b7d');
    expect(runIdFor(arn)).toBe(runIdFor(arn));
    expect(runIdFor(undefined)).not.toBe(runIdFor(undefined));
  });

  it('maps throttling, 5xx and network failures to TransientDependencyError and keeps others', () => {
    const throttled = Object.assign(new Error('slow down'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    const server = Object.assign(new Error('oops'), {
      name: 'InternalServerError',
      $metadata: { httpStatusCode: 500 },
    });
    const network = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    const denied = Object.assign(new Error('no'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    for (const e of [throttled, server, network]) {
      expect(isTransient(e)).toBe(true);
      const mapped = dependencyError('op', e);
      expect(mapped).toBeInstanceOf(TransientDependencyError);
      expect(mapped.name).toBe('TransientDependencyError');
      expect(mapped.cause).toBe(e);
    }
    expect(dependencyError('op', denied)).toBe(denied);
  });

  it('treats a write refused because another transaction held its item as transient (DynamoDB Local never races so)', () => {
    const http400 = { $metadata: { httpStatusCode: 400 } };
    const conflict = Object.assign(new Error('conflict'), {
      name: 'TransactionConflictException',
      ...http400,
    });
    const cancelled = (...codes: string[]) =>
      Object.assign(new Error('cancelled'), {
        name: 'TransactionCanceledException',
        CancellationReasons: codes.map((Code) => ({ Code })),
        ...http400,
      });
    expect(isTransactionConflict(conflict)).toBe(true);
    expect(isTransactionConflict(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isTransactionConflict(cancelled('ConditionalCheckFailed', 'None'))).toBe(false);
    expect(dependencyError('op', cancelled('TransactionConflict', 'None'))).toBeInstanceOf(
      TransientDependencyError,
    );
    const failedCondition = cancelled('ConditionalCheckFailed', 'None');
    expect(dependencyError('op', failedCondition)).toBe(failedCondition);
  });
});

describe('handoff order in a stream', () => {
  const me = { runId: 'run-3', seq: 3, artifactDigest: 'r3' };

  it('moves the pointer forward and remembers exactly what it replaced', () => {
    const pointer = { current: 'r2', stable: 'r2', seq: 2, runId: 'run-2', version: 7 };
    expect(handoffStep(pointer, me)).toEqual({
      kind: 'write',
      next: {
        current: 'r3',
        stable: 'r3',
        seq: 3,
        runId: 'run-3',
        replaced: { current: 'r2', stable: 'r2', seq: 2, runId: 'run-2' },
        action: 'handoff',
        by: 'run-3',
      },
    });
  });

  it('never moves it back: an older revision than the one holding the pointer is superseded', () => {
    const pointer = { current: 'r5', stable: 'r5', seq: 5, runId: 'run-5', version: 8 };
    expect(handoffStep(pointer, me)).toEqual({ kind: 'superseded', by: pointer });
    // A run from before ordering (no number) is older than any numbered one.
    expect(handoffStep(pointer, { ...me, seq: undefined }).kind).toBe('superseded');
  });

  it('knows its own write on a retry, and moves past a pointer written before ordering', () => {
    expect(handoffStep({ current: 'r3', stable: 'r3', seq: 3, runId: 'run-3', version: 9 }, me).kind).toBe(
      'in-place',
    );
    expect(handoffStep({ current: 'x', stable: 'x', version: 2 }, me).kind).toBe('write');
  });
});
