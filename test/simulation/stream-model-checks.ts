import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runs } from '#adapters/runs';
import type { RunRecord } from '#core/run';
import type { BusEvent } from '../../local/eventbridge.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import type { Played, Submission } from './stream-model.ts';
import { pointerOf } from './support.ts';

/**
 * The invariants of a stream after a played history, each as a list of violations (empty: it holds):
 * read from the run records, the pointer and its history, the events on the bus and local SES's store.
 */

interface Mark {
  current: string | null;
  stable: string | null;
  seq?: number;
  runId?: string;
}
interface HistoryEntry extends Mark {
  version: number;
  action: 'handoff' | 'rollback';
  by?: string;
  replaced?: Mark;
}

const TERMINAL_EVENT: Record<string, string> = {
  'handed-off': 'Handoff Handed Off',
  superseded: 'Handoff Superseded',
  rejected: 'Handoff Rejected',
  'rolled-back': 'Handoff Rolled Back',
  interrupted: 'Handoff Rolled Back',
  duplicate: 'Handoff Duplicate Ignored',
};
const TERMINAL_TYPES = new Set(Object.values(TERMINAL_EVENT));
const TECHNICAL = new Set(['rolled-back', 'interrupted']);
const HOLDS_CLAIM = new Set(['running', 'awaiting-approval', 'handed-off', 'superseded', 'rejected']);

const db = () => DynamoDBDocumentClient.from(new DynamoDBClient({}));

async function pointerHistory(runtime: LocalRuntime, stream: string): Promise<HistoryEntry[]> {
  const out = await db().send(
    new QueryCommand({
      TableName: runtime.env.ARTIFACTS_TABLE,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :h)',
      ExpressionAttributeValues: { ':pk': `STREAM#${stream}`, ':h': 'POINTER#' },
      ConsistentRead: true,
    }),
  );
  return ((out.Items ?? []) as HistoryEntry[]).sort((a, b) => a.version - b.version);
}

const same = (a: Mark | undefined, b: Mark | undefined) =>
  (a?.current ?? null) === (b?.current ?? null) && (a?.runId ?? null) === (b?.runId ?? null);

/** Everything one check needs, read once after the history. */
export interface Observed {
  played: Played;
  records: Map<Submission, RunRecord | undefined>;
  events: BusEvent[];
  history: HistoryEntry[];
  pointer: Mark | undefined;
  /** (run id of the approval, recipient) of every approval mail about the stream. */
  mails: { runId: string | undefined; to: string }[];
}

export async function observe(runtime: LocalRuntime, played: Played): Promise<Observed> {
  const { stream } = played;
  const records = new Map<Submission, RunRecord | undefined>();
  for (const s of played.submissions) records.set(s, await runs.get().getRun(s.execution.name));
  const events = runtime.emulators.bus.events().filter((e) => {
    const d = e.detail as { streamId?: string; packageRef?: { key?: string } };
    return d.streamId === stream || d.packageRef?.key?.startsWith(`incoming/${stream}-`);
  });
  const mails: Observed['mails'] = [];
  for (const m of await runtime.emulators.sentMail()) {
    if (!m.body.text?.includes(`(stream ${stream})`)) continue;
    const approvalId = /\/approvals\/([^?\s]+)/.exec(m.body.text)?.[1];
    const approval = approvalId ? await runs.get().getApproval(decodeURIComponent(approvalId)) : undefined;
    for (const to of m.destination.to) mails.push({ runId: approval?.runId, to });
  }
  return {
    played,
    records,
    events,
    history: await pointerHistory(runtime, stream),
    pointer: await pointerOf(runtime, stream),
    mails,
  };
}

const runIdOf = (e: BusEvent) => (e.detail as { runId?: string }).runId;

/** The pointer holds the newest handed-off revision (none handed off: no current artifact). */
export function pointerHoldsNewest(o: Observed): string[] {
  const handedOff = [...o.records.values()]
    .filter((r): r is RunRecord => r?.status === 'handed-off')
    .sort((a, b) => (a.streamSeq ?? 0) - (b.streamSeq ?? 0));
  const newest = handedOff.at(-1);
  const current = o.pointer?.current ?? null;
  if ((newest?.artifactDigest ?? null) !== current || (newest && o.pointer?.runId !== newest.runId)) {
    return [
      `pointer holds ${current} (run ${o.pointer?.runId}, #${o.pointer?.seq}); newest handed-off is ` +
        `${newest?.artifactDigest ?? null} (run ${newest?.runId}, #${newest?.streamSeq})`,
    ];
  }
  return [];
}

/**
 * No announced artifact is skipped backwards: every handoff write moves forward in the stream's order,
 * every rollback undoes exactly the latest write (its own run's), the pointer is its history's last value,
 * and every revision announced handed off and never rolled back is at or behind the pointer.
 */
export function neverBackwards(o: Observed): string[] {
  const out: string[] = [];
  let prev: Mark = { current: null, stable: null };
  const writers = new Set<string>();
  for (const h of o.history) {
    if (h.action === 'handoff') {
      if ((h.seq ?? 0) <= (prev.seq ?? 0)) out.push(`v${h.version}: handoff #${h.seq} over #${prev.seq}`);
      if (!same(h.replaced, prev)) out.push(`v${h.version}: replaced is not the value it overwrote`);
      if (h.runId) writers.add(h.runId);
    } else {
      if (prev.runId !== h.by) out.push(`v${h.version}: rollback by ${h.by} of a write by ${prev.runId}`);
      const undone = o.history.find((x) => x.version === h.version - 1)?.replaced;
      if (!same(h, undone)) out.push(`v${h.version}: rollback did not restore what ${h.by} replaced`);
    }
    prev = h;
  }
  if (!same(o.pointer, o.history.at(-1))) out.push('the pointer is not its history’s last value');
  const rolledBack = new Set(o.events.filter((e) => e['detail-type'] === 'Handoff Rolled Back').map(runIdOf));
  for (const e of o.events.filter((x) => x['detail-type'] === 'Handoff Handed Off')) {
    const { runId, streamSeq } = e.detail as { runId: string; streamSeq: number };
    if (!writers.has(runId)) out.push(`run ${runId} announced a handoff it never wrote`);
    if (!rolledBack.has(runId) && streamSeq > (o.pointer?.seq ?? 0)) {
      out.push(`announced #${streamSeq} (run ${runId}) is ahead of the pointer (#${o.pointer?.seq})`);
    }
  }
  return out;
}

/**
 * Every submission has exactly one terminal outcome: its execution ended, its run record is terminal and
 * exactly one outcome event names it (or a Handed Off its own Rolled Back retracts, see below); a submission whose intake never did its work (no run record) has
 * one early rollback event for its package reference.
 */
export function oneOutcomeEach(o: Observed): string[] {
  const out: string[] = [];
  const early = new Map<string, number>();
  // Outcome events are at least once; consumers drop a second copy by its eventId (a retried rollback).
  const told = new Set<string>();
  for (const e of o.events) {
    if (!TERMINAL_TYPES.has(e['detail-type']) || runIdOf(e)) continue;
    const eventId = (e.detail as { eventId?: string }).eventId;
    if (eventId !== undefined && told.has(eventId)) continue;
    if (eventId !== undefined) told.add(eventId);
    const key = JSON.stringify((e.detail as { packageRef?: unknown }).packageRef ?? null);
    early.set(key, (early.get(key) ?? 0) + 1);
  }
  for (const [s, run] of o.records) {
    const name = `${s.how} of r${s.rev + 1} (run ${s.execution.name})`;
    if (s.execution.status() === 'RUNNING') out.push(`${name}: execution still running`);
    if (!run) {
      const key = JSON.stringify((s.execution.input as { packageRef?: unknown }).packageRef ?? null);
      const left = early.get(key) ?? 0;
      if (left === 0) out.push(`${name}: no run record and no outcome event`);
      early.set(key, left - 1);
      continue;
    }
    const expected = TERMINAL_EVENT[run.status];
    if (!expected) out.push(`${name}: run ended ${run.status}`);
    const mine = o.events
      .filter((e) => runIdOf(e) === run.runId && TERMINAL_TYPES.has(e['detail-type']))
      .map((e) => e['detail-type']);
    // A handoff whose responses were all lost after it announced is rolled back: the rollback retracts it.
    const retracted = TECHNICAL.has(run.status) && mine.join() === 'Handoff Handed Off,Handoff Rolled Back';
    if (!retracted && (mine.length !== 1 || mine[0] !== expected)) {
      out.push(`${name}: status ${run.status}, outcome events [${mine.join(', ')}]`);
    }
  }
  for (const [key, n] of early) if (n > 0) out.push(`${n} extra early outcome event(s) for ${key}`);
  return out;
}

/**
 * Dedupe as the model sees it: a submission after a technical end of the run holding the package runs
 * again; while a run holds it (in flight, handed off, superseded, a verdict) it is a duplicate naming it.
 */
export function dedupeAsModelled(o: Observed): string[] {
  const out: string[] = [];
  for (const [s, run] of o.records) {
    if (!run) continue;
    const name = `${s.how} of r${s.rev + 1} (run ${s.execution.name})`;
    const h = s.holder;
    if (!h || TECHNICAL.has(h.status)) {
      if (run.status === 'duplicate') {
        out.push(
          `${name}: ignored as a duplicate of ${run.duplicateOf}, but ${h?.runId} had ended ${h?.status}`,
        );
      }
    } else if (HOLDS_CLAIM.has(h.status) && (run.status !== 'duplicate' || run.duplicateOf !== h.runId)) {
      out.push(
        `${name}: ${run.status} (duplicateOf ${run.duplicateOf}), but ${h.runId} held it (${h.status})`,
      );
    }
  }
  return out;
}

/**
 * No approver gets two mails for one request (a run's RequestApproval). The router records each mail
 * before sending it (claimMail), so a retried RequestApproval whose first attempt had mailed (an `after`
 * fault on approval-router) mails nobody again; this check found that retry before the claim existed.
 */
export function oneMailPerApprover(o: Observed): string[] {
  const seen = new Map<string, number>();
  for (const m of o.mails) {
    const key = `${m.runId} → ${m.to}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key, n]) => `${n} mails for run ${key}`);
}
