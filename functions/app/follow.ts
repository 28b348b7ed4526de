import type { RunRecord } from '#core/run';
import { progressOf, type RunProgress } from '#core/run-progress';
import type { Clock, OpsStorePort, PendingApproval, RunsPort } from './ports.ts';

/**
 * Following a submission to its outcome, and the approvals still waiting. The run id is the execution's
 * name, unknown to the submitter, so the run is first found by the object key it was started from
 * (`sourceKey`, in a window of the runs table: OpsStorePort.listRuns), then read by id.
 */

/** One approval request (all its approvers' links) as the operator sees it: no token, no link. */
export interface PendingRequest {
  requestId: string;
  runId: string;
  streamId: string;
  packageId: string;
  group: string;
  approvers: string[];
  createdAt: string;
  expiresAt: string;
  ageSeconds: number;
  expiresInSeconds: number;
  /** Reminder rounds sent so far: the wait's stage (0 while only the request went out; ADR 0016). */
  reminders: number;
  /** The backup group asked at the escalation, and its approvers, once the request escalated. */
  escalatedTo?: { group: string; approvers: string[] };
}

/**
 * Pending approval links grouped by request, oldest first. A request's records are its routed group's
 * (created with the request) and, once escalated, the backup group's (created in a later stage; a route's
 * backup group always differs from its group).
 */
export function pendingRequests(approvals: PendingApproval[], now: Date): PendingRequest[] {
  const byRequest = new Map<string, PendingApproval[]>();
  for (const a of approvals) byRequest.set(a.requestId, [...(byRequest.get(a.requestId) ?? []), a]);
  return [...byRequest.values()]
    .map((records) => requestOf(records, now))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

function requestOf(records: PendingApproval[], now: Date): PendingRequest {
  const first = records.reduce((a, b) => ((b.stage ?? 0) < (a.stage ?? 0) ? b : a));
  const backup = records.filter((r) => r.group !== first.group);
  const expires = first.exp * 1000;
  const emails = (rs: PendingApproval[]) => [...new Set(rs.map((r) => r.approver))].sort();
  const escalated = backup[0];
  return {
    requestId: first.requestId,
    runId: first.runId,
    streamId: first.streamId,
    packageId: first.summary.packageId,
    group: first.group,
    approvers: [...first.approvers].sort(),
    createdAt: first.createdAt,
    expiresAt: new Date(expires).toISOString(),
    ageSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(first.createdAt)) / 1000)),
    expiresInSeconds: Math.max(0, Math.round((expires - now.getTime()) / 1000)),
    reminders: Math.max(...records.map((r) => Math.max(r.stage ?? 0, r.mailedStage ?? 0))),
    ...(escalated ? { escalatedTo: { group: escalated.group, approvers: emails(backup) } } : {}),
  };
}

export interface FollowOptions {
  /** The object key the package was put under. */
  key: string;
  /** A lower bound of the run's intakeAt (the put's instant, less some clock skew). */
  since: string;
  timeoutMs: number;
  pollMs: number;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  /** Called once per change of status or step, with the waiting approvals when the run waits for one. */
  onChange: (progress: RunProgress, approvals: PendingRequest[]) => void;
}

export type FollowResult = { progress?: RunProgress; approvals: PendingRequest[]; timedOut: boolean };

type FollowPorts = { runs: RunsPort; store: OpsStorePort };

async function findByKey(ports: FollowPorts, o: FollowOptions): Promise<RunRecord | undefined> {
  const until = new Date(o.clock().getTime() + 86_400_000).toISOString();
  const runs = await ports.store.listRuns({ since: o.since, until });
  return runs.find((r) => r.sourceKey === o.key);
}

/** The requests waiting on this run. */
export async function approvalsOfRun(
  store: OpsStorePort,
  runId: string,
  now: Date,
): Promise<PendingRequest[]> {
  return pendingRequests(
    (await store.listPendingApprovals(now)).filter((a) => a.runId === runId),
    now,
  );
}

/** Polls until the run ends or the timeout passes; each change is reported once. */
export async function followSubmission(ports: FollowPorts, o: FollowOptions): Promise<FollowResult> {
  const deadline = o.clock().getTime() + o.timeoutMs;
  let runId: string | undefined;
  let last = '';
  let progress: RunProgress | undefined;
  let approvals: PendingRequest[] = [];
  for (;;) {
    const run = runId ? await ports.runs.getRun(runId) : await findByKey(ports, o);
    if (run) {
      runId = run.runId;
      progress = progressOf(run);
      const seen = `${progress.status}/${progress.step}`;
      if (seen !== last) {
        last = seen;
        approvals =
          progress.step === 'awaiting-approval'
            ? await approvalsOfRun(ports.store, run.runId, o.clock())
            : [];
        o.onChange(progress, approvals);
      }
      if (progress.ended) return { progress, approvals, timedOut: false };
    }
    if (o.clock().getTime() >= deadline) {
      return { ...(progress ? { progress } : {}), approvals, timedOut: true };
    }
    await o.sleep(o.pollMs);
  }
}
