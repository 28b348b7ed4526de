import { randomUUID } from 'node:crypto';
import { TaskGoneError, type WorkflowPort } from '#app/ports';
import type { ApprovalDecision } from '#shared/workflow-types';

/**
 * The workflow callback port's behaviours, declared once: the in-memory port in the unit suite, the Step
 * Functions adapter against the local callback endpoint (local/sfn-endpoint.ts) in the integration suite.
 * The harness plays the execution: `wait` makes a task wait on a token, `expire` makes it stop waiting (a
 * timeout), `ended` tells how the task ended after the callback.
 */

export type TaskEnd = { output: unknown } | { error: string; cause: string };

export interface WorkflowHarness {
  workflow: WorkflowPort;
  wait(taskToken: string): void;
  expire(taskToken: string): void;
  ended(taskToken: string): Promise<TaskEnd>;
}

const token = () => `token-${randomUUID()}`;
const decision: ApprovalDecision = {
  decision: 'approved',
  approver: 'ana@example.com',
  decidedAt: '2026-11-02T11:00:00.000Z',
};

async function expectGone(callback: Promise<void>): Promise<void> {
  const error = await callback.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TaskGoneError);
  expect(error).toMatchObject({ name: 'TaskGoneError' });
}

export function describeWorkflowContract(name: string, make: () => WorkflowHarness): void {
  describe(`workflow port contract: ${name}`, () => {
    it('resumes the waiting task with the decision as its output', async () => {
      const w = make();
      const t = token();
      w.wait(t);
      await w.workflow.succeed(t, decision);
      expect(await w.ended(t)).toEqual({ output: decision });
    });

    it('fails the waiting task with the error name and cause, capped at 256 and 32000 characters', async () => {
      const w = make();
      const [short, long] = [token(), token()];
      w.wait(short);
      await w.workflow.fail(short, 'ApprovalRejectedError', 'no evidence for the claim');
      expect(await w.ended(short)).toEqual({
        error: 'ApprovalRejectedError',
        cause: 'no evidence for the claim',
      });
      w.wait(long);
      await w.workflow.fail(long, 'E'.repeat(300), 'c'.repeat(40_000));
      expect(await w.ended(long)).toEqual({ error: 'E'.repeat(256), cause: 'c'.repeat(32_000) });
    });

    it('names a token that was never issued TaskGoneError, both ways', async () => {
      const w = make();
      await expectGone(w.workflow.succeed(token(), decision));
      await expectGone(w.workflow.fail(token(), 'ApprovalRejectedError', 'no'));
      await expectGone(w.workflow.succeed('', decision));
    });

    it('names a token already used TaskGoneError, both ways, and keeps the first outcome', async () => {
      const w = make();
      const [succeeded, failed] = [token(), token()];
      w.wait(succeeded);
      w.wait(failed);
      await w.workflow.succeed(succeeded, decision);
      await w.workflow.fail(failed, 'ApprovalRejectedError', 'no');
      await expectGone(w.workflow.succeed(succeeded, decision));
      await expectGone(w.workflow.fail(succeeded, 'ApprovalRejectedError', 'late'));
      await expectGone(w.workflow.succeed(failed, decision));
      await expectGone(w.workflow.fail(failed, 'ApprovalRejectedError', 'again'));
      expect(await w.ended(succeeded)).toEqual({ output: decision });
      expect(await w.ended(failed)).toEqual({ error: 'ApprovalRejectedError', cause: 'no' });
    });

    it('names a token whose task stopped waiting (timed out) TaskGoneError, both ways', async () => {
      const w = make();
      const t = token();
      w.wait(t);
      w.expire(t);
      await expectGone(w.workflow.succeed(t, decision));
      await expectGone(w.workflow.fail(t, 'ApprovalRejectedError', 'no'));
    });
  });
}
