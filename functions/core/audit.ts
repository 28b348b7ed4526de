import { type ApprovalEvidence, formatEvidence } from './approval-evidence.ts';
import { rehash, short } from './evidence.ts';
import type { ArtifactItem, PointerHistoryEntry, StreamPointer } from './stream.ts';

/**
 * `handoff audit STREAM`: verify a stream's evidence chain from what is stored (pure; the caller reads
 * DynamoDB and S3).
 * - every artifact item's S3 JSON exists and re-hashes to the recorded digest, and the item mirrors it;
 * - every prevStableDigest names an artifact of the stream that existed before and was handed off by then;
 * - the pointer's stable is the newest handed-off artifact, and current equals stable;
 * - the pointer's history only moves forward in the stream's order: every handoff write has a higher
 *   submission number than what it replaced, every rollback puts back exactly what its run's write replaced.
 * A break names the artifact (sequence number and digest) where the chain stops being provable.
 */

export type StoredObject = { kind: 'json'; text: string } | { kind: 'missing' };

export interface AuditInput {
  streamId: string;
  items: readonly ArtifactItem[];
  pointer: StreamPointer;
  /** Stored JSON per artifact digest (missing objects as `{ kind: 'missing' }`). */
  objects: ReadonlyMap<string, StoredObject>;
  /** Approval evidence kept with each run, by run id (runs without any may be left out). */
  evidence?: ReadonlyMap<string, readonly ApprovalEvidence[]>;
  /** The pointer's history entries, oldest first (none for writes made before history was kept). */
  history?: readonly PointerHistoryEntry[];
}

export interface AuditProblem {
  severity: 'break' | 'warning';
  /** The artifact where the chain breaks, or null for the pointer. */
  artifactDigest: string | null;
  seq: number | null;
  check:
    | 'stored-json'
    | 'digest'
    | 'mirror'
    | 'prev-stable'
    | 'pointer'
    | 'sequence'
    | 'approval-evidence'
    | 'order';
  message: string;
}

export interface AuditReport {
  streamId: string;
  ok: boolean;
  artifacts: number;
  handedOff: number;
  pointer: StreamPointer;
  /** Pointer writes that have a history entry (writes since history was kept). */
  pointerWrites: number;
  problems: AuditProblem[];
  chain: {
    seq: number;
    artifactDigest: string;
    status: string;
    prevStableDigest: string | null;
    ok: boolean;
    /** Who opened the approval link and when, and the decision: from the run, oldest first. */
    approval?: ApprovalEvidence[];
  }[];
}

const newer = (a: ArtifactItem, b: ArtifactItem) => {
  const ta = a.statusChangedAt ?? a.createdAt;
  const tb = b.statusChangedAt ?? b.createdAt;
  return ta === tb ? a.createdSeq > b.createdSeq : ta > tb;
};

/** Records a problem (a break unless it says otherwise), in the order the checks find them. */
type Add = (p: Omit<AuditProblem, 'severity'> & { severity?: AuditProblem['severity'] }) => void;
type At = { artifactDigest: string; seq: number };

/** The fields the DynamoDB item mirrors from the stored JSON: [field, stored JSON, item]. */
function mirroredFields(json: Record<string, unknown>, item: ArtifactItem): [string, unknown, unknown][] {
  const scorecard = json.scorecard as { total?: unknown } | undefined;
  const decision = json.decision as { outcome?: unknown } | undefined;
  const pkg = json.package as { digest?: unknown; streamId?: unknown } | undefined;
  const contract = json.contract as { id?: unknown; version?: unknown } | undefined;
  const delivery = json.delivery as { prevStableDigest?: unknown } | undefined;
  const mirrors: [string, unknown, unknown][] = [
    ['score', scorecard?.total, item.score],
    ['outcome', decision?.outcome, item.outcome],
    ['risk', json.risk, item.risk],
    ['packageDigest', pkg?.digest, item.packageDigest],
    ['streamId', pkg?.streamId, item.streamId],
    ['contract', `${contract?.id}@${contract?.version}`, `${item.contract.id}@${item.contract.version}`],
  ];
  if (delivery && 'prevStableDigest' in delivery) {
    mirrors.push(['prevStableDigest', delivery.prevStableDigest ?? null, item.prevStableDigest ?? null]);
  }
  return mirrors;
}

/** The stored JSON re-hashes to the recorded digest, carries it, and the item mirrors it. */
function checkStoredJson(item: ArtifactItem, json: Record<string, unknown>, where: string, at: At, add: Add) {
  const again = rehash(json);
  if (again !== item.artifactDigest) {
    add({
      ...at,
      check: 'digest',
      message: `stored artifact JSON re-hashes to ${short(again)}…, recorded ${short(item.artifactDigest)}… (edited) at ${where}`,
    });
  } else if (json.digest !== item.artifactDigest) {
    add({
      ...at,
      check: 'digest',
      message: `the JSON's digest field ${short(String(json.digest))}… is not the recorded digest`,
    });
  }
  for (const [field, s3, ddb] of mirroredFields(json, item)) {
    if (s3 !== ddb) {
      add({
        ...at,
        check: 'mirror',
        message: `DynamoDB item says ${field} ${String(ddb)}, stored JSON says ${String(s3)}`,
      });
    }
  }
}

/** The item's S3 JSON exists, parses and matches the item. */
function checkStored(item: ArtifactItem, object: StoredObject, at: At, add: Add) {
  const where = `s3://${item.artifactRef.bucket}/${item.artifactRef.key}`;
  if (object.kind === 'missing') {
    add({ ...at, check: 'stored-json', message: `stored artifact JSON is missing (removed) at ${where}` });
    return;
  }
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(object.text) as Record<string, unknown>;
  } catch {
    add({
      ...at,
      check: 'stored-json',
      message: `stored artifact at ${where} is not valid JSON (edited)`,
    });
  }
  if (json) checkStoredJson(item, json, where, at, add);
}

/** prevStableDigest names an older artifact of the stream that was handed off before this one was scored. */
function checkPrevStable(item: ArtifactItem, byDigest: ReadonlyMap<string, ArtifactItem>, at: At, add: Add) {
  const prev = item.prevStableDigest;
  if (!prev) return;
  const p = byDigest.get(prev);
  if (!p) {
    add({
      ...at,
      check: 'prev-stable',
      message: `prevStableDigest ${short(prev)}… names an artifact that does not exist in the stream (removed)`,
    });
  } else if (p.createdSeq >= item.createdSeq) {
    add({
      ...at,
      check: 'prev-stable',
      message: `prevStableDigest ${short(prev)}… (seq ${p.createdSeq}) is not older than this artifact`,
    });
  } else if (p.status !== 'handed-off') {
    const laterRolledBack = p.status === 'rolled-back' && (p.statusChangedAt ?? '') > item.createdAt;
    add({
      ...at,
      severity: laterRolledBack ? 'warning' : 'break',
      check: 'prev-stable',
      message: laterRolledBack
        ? `prevStableDigest ${short(prev)}… was rolled back after this artifact was scored`
        : `prevStableDigest ${short(prev)}… (seq ${p.createdSeq}) was never handed off (status ${p.status})`,
    });
  } else if ((p.statusChangedAt ?? p.createdAt) > item.createdAt) {
    add({
      ...at,
      check: 'prev-stable',
      message: `prevStableDigest ${short(prev)}… was handed off only at ${p.statusChangedAt}, after this artifact was scored (${item.createdAt})`,
    });
  }
}

/** Sequence numbers come from an atomic counter: a hole can be a removed item (or a failed write). */
function checkSequence(items: readonly ArtifactItem[], add: Add) {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1] as ArtifactItem;
    const b = items[i] as ArtifactItem;
    if (b.createdSeq - a.createdSeq > 1) {
      add({
        severity: 'warning',
        artifactDigest: b.artifactDigest,
        seq: b.createdSeq,
        check: 'sequence',
        message: `sequence jumps from ${a.createdSeq} to ${b.createdSeq}: an artifact item may have been removed`,
      });
    }
  }
}

/** The pointer's stable is the newest handed-off artifact, and current equals stable. */
function checkPointer(
  pointer: StreamPointer,
  handed: readonly ArtifactItem[],
  byDigest: ReadonlyMap<string, ArtifactItem>,
  add: Add,
) {
  const newest = handed.reduce<ArtifactItem | undefined>(
    (best, i) => (!best || newer(i, best) ? i : best),
    undefined,
  );
  const expected = newest?.artifactDigest ?? null;
  if (pointer.stable !== null && !byDigest.has(pointer.stable)) {
    add({
      artifactDigest: null,
      seq: null,
      check: 'pointer',
      message: `pointer.stable ${short(pointer.stable)}… names an artifact that does not exist (removed)`,
    });
  } else if (pointer.stable !== expected) {
    add({
      artifactDigest: null,
      seq: null,
      check: 'pointer',
      message: `pointer.stable is ${short(pointer.stable)}… but the newest handed-off artifact is ${short(expected)}…${newest ? ` (seq ${newest.createdSeq})` : ''}`,
    });
  }
  if (pointer.current !== pointer.stable) {
    add({
      severity: 'warning',
      artifactDigest: null,
      seq: null,
      check: 'pointer',
      message: `pointer.current ${short(pointer.current)}… differs from stable ${short(pointer.stable)}…`,
    });
  }
}

/** The page showed, and the decision applied to, this run's artifact: anything else breaks the chain. */
function checkApprovalEvidence(item: ArtifactItem, evidence: readonly ApprovalEvidence[], at: At, add: Add) {
  for (const e of evidence) {
    if (e.artifactDigest !== item.artifactDigest) {
      add({
        ...at,
        check: 'approval-evidence',
        message: `${e.approver} ${e.event} at ${e.at} on artifact ${short(e.artifactDigest)}…, not this one`,
      });
    }
  }
}

const evidenceOfRun = (input: AuditInput, runId: string) => {
  const evidence = input.evidence?.get(runId) ?? [];
  return evidence.length > 0 ? { approval: [...evidence] } : {};
};

const seqText = (seq: number | undefined) => (seq === undefined ? 'unnumbered' : `#${seq}`);

/** One history entry against the one before it: forward handoffs, exact rollbacks, no lost writes. */
function checkHistoryEntry(prev: PointerHistoryEntry | undefined, e: PointerHistoryEntry, add: Add) {
  const at = { artifactDigest: null, seq: null, check: 'order' as const };
  if (prev && e.version !== prev.version + 1) {
    add({
      ...at,
      severity: 'warning',
      message: `pointer history jumps from version ${prev.version} to ${e.version}`,
    });
  }
  if (e.action === 'handoff') {
    const before = e.replaced;
    if (before?.seq !== undefined && (e.seq === undefined || e.seq <= before.seq)) {
      add({
        ...at,
        message: `pointer went backwards at version ${e.version}: run ${e.by ?? '?'} (${seqText(e.seq)}) replaced ${short(before.current)}… (${seqText(before.seq)}, run ${before.runId ?? '?'})`,
      });
    }
    return;
  }
  const undone = prev?.action === 'handoff' && prev.by === e.by ? prev.replaced : undefined;
  if (e.by && (!undone || undone.current !== e.current || undone.seq !== e.seq)) {
    add({
      ...at,
      message: `rollback at version ${e.version} by run ${e.by} restored ${short(e.current)}…, not what that run's own write replaced`,
    });
  }
}

/** The pointer's history: every write forward in the stream's order, the last one the pointer as stored. */
function checkHistory(history: readonly PointerHistoryEntry[], pointer: StreamPointer, add: Add) {
  history.forEach((e, i) => {
    checkHistoryEntry(history[i - 1], e, add);
  });
  const last = history.at(-1);
  if (last && (last.version !== pointer.version || last.current !== pointer.current)) {
    add({
      artifactDigest: null,
      seq: null,
      check: 'order',
      message: `the pointer (version ${pointer.version}) is not the last entry of its history (version ${last.version})`,
    });
  }
}

export function auditStream(input: AuditInput): AuditReport {
  const items = [...input.items].sort((a, b) => a.createdSeq - b.createdSeq);
  const byDigest = new Map(items.map((i) => [i.artifactDigest, i]));
  const problems: AuditProblem[] = [];
  const add: Add = (p) => {
    problems.push({ severity: 'break', ...p });
  };
  for (const item of items) {
    const at = { artifactDigest: item.artifactDigest, seq: item.createdSeq };
    checkStored(item, input.objects.get(item.artifactDigest) ?? { kind: 'missing' }, at, add);
    checkPrevStable(item, byDigest, at, add);
  }
  checkSequence(items, add);
  for (const item of items) {
    const at = { artifactDigest: item.artifactDigest, seq: item.createdSeq };
    checkApprovalEvidence(item, input.evidence?.get(item.runId) ?? [], at, add);
  }
  const handed = items.filter((i) => i.status === 'handed-off');
  const { pointer } = input;
  checkPointer(pointer, handed, byDigest, add);
  const history = input.history ?? [];
  checkHistory(history, pointer, add);

  const broken = new Set(problems.filter((p) => p.severity === 'break').map((p) => p.artifactDigest));
  return {
    streamId: input.streamId,
    ok: !problems.some((p) => p.severity === 'break'),
    artifacts: items.length,
    handedOff: handed.length,
    pointer,
    pointerWrites: history.length,
    problems,
    chain: items.map((i) => ({
      seq: i.createdSeq,
      artifactDigest: i.artifactDigest,
      status: i.status,
      prevStableDigest: i.prevStableDigest,
      ok: !broken.has(i.artifactDigest),
      ...evidenceOfRun(input, i.runId),
    })),
  };
}

export function formatAuditReport(r: AuditReport): string {
  const lines = [
    `stream ${r.streamId}: ${r.artifacts} artifact(s), ${r.handedOff} handed off; pointer stable ${short(r.pointer.stable)}… (version ${r.pointer.version}${r.pointer.seq === undefined ? '' : `, revision #${r.pointer.seq}`})`,
    `  pointer history: ${r.pointerWrites} write(s) recorded${r.problems.some((p) => p.check === 'order') ? '' : ', never backwards'}`,
    ...r.chain.flatMap((c) => [
      `  ${String(c.seq).padStart(4)}  ${short(c.artifactDigest)}  ${c.status.padEnd(11)} prev ${short(c.prevStableDigest).padEnd(12)} ${c.ok ? 'ok' : 'BROKEN'}`,
      ...formatEvidence(c.approval ?? []),
    ]),
  ];
  for (const p of r.problems) {
    const where = p.artifactDigest ? `seq ${p.seq} ${short(p.artifactDigest)}` : 'pointer';
    lines.push(`${p.severity === 'break' ? 'BREAK' : 'warn '} [${p.check}] ${where}: ${p.message}`);
  }
  lines.push(r.ok ? 'evidence chain verified' : 'evidence chain BROKEN');
  return `${lines.join('\n')}\n`;
}
