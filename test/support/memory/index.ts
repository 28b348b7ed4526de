import type {
  ArtifactsPort,
  BlobPort,
  EarlyEnd,
  Email,
  EventsPort,
  FlagAdminPort,
  FlagsPort,
  HandoffDetailType,
  MailerPort,
  OpsStorePort,
  Ports,
  RunsPort,
  SigningKeyPort,
  WorkflowPort,
} from '#app/ports';
import { BlobNotFoundError, BlobTooLargeError, EVENT_SOURCE, TaskGoneError } from '#app/ports';
import type { ApprovalRecord } from '#core/approval';
import type { ApprovalEvidence } from '#core/approval-evidence';
import type { FlagAuditEntry } from '#core/flag-change';
import type { FlagRecord } from '#core/flags';
import type { RunPatch, RunRecord } from '#core/run';
import type { ArtifactItem, PointerHistoryEntry, PointerMark, StreamPointer } from '#core/stream';
import { ConcurrentUpdateError } from '#shared/errors';
import type { ApprovalDecision } from '#shared/workflow-types';

/**
 * In-memory ports: the same behaviours as the AWS adapters (conditional writes, write-once objects, one
 * decision per request), held to it by the shared port contract tests (test/support/port-contracts), so a
 * use case's unit test runs in milliseconds without an emulator. They live with the tests, not in
 * functions/: nothing deployed or run locally uses them.
 */

const copy = <T>(value: T): T => structuredClone(value);

function definedFields(patch: RunPatch): [string, unknown][] {
  return Object.entries(patch).filter(([, v]) => v !== undefined);
}

export interface MemoryRuns extends RunsPort {
  /** The stored runs, by id (for assertions). */
  readonly runs: Map<string, RunRecord>;
  readonly approvals: Map<string, ApprovalRecord>;
  /** Decision guards by request id: the approval that decided it. */
  readonly decisions: Map<string, string>;
  /** Approval evidence, in the order written. */
  readonly evidence: ApprovalEvidence[];
  /** Early ends of runs without a record, by run id. */
  readonly earlyEnds: Map<string, EarlyEnd>;
}

export function memoryRuns(): MemoryRuns {
  const runs = new Map<string, RunRecord>();
  const approvals = new Map<string, ApprovalRecord>();
  const decisions = new Map<string, string>();
  const dedupe = new Map<string, string>();
  const evidence: ApprovalEvidence[] = [];
  const earlyEnds = new Map<string, EarlyEnd>();
  const streamSeqs = new Map<string, number>();
  const dedupeId = (key: { packageDigest: string; contractVersion: string; scope?: string }) =>
    `${key.packageDigest}#${key.contractVersion}${key.scope ? `#${key.scope}` : ''}`;
  const port: MemoryRuns = {
    runs,
    approvals,
    decisions,
    evidence,
    earlyEnds,
    async keepEarlyEnd(runId, end) {
      if (!earlyEnds.has(runId)) earlyEnds.set(runId, copy({ ...end, told: false }));
      return copy(earlyEnds.get(runId) as EarlyEnd);
    },
    async markEarlyEndTold(runId) {
      const end = earlyEnds.get(runId);
      if (!end) throw new Error(`no early end of ${runId}`);
      end.told = true;
    },
    async putEvidence(entry) {
      evidence.push(copy(entry));
    },
    async listEvidence(runId) {
      // Oldest first, as the table's sort key orders them.
      return evidence
        .filter((e) => e.runId === runId)
        .map(copy)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },
    async putRun(run) {
      runs.set(run.runId, copy({ attempts: {}, ...run }));
    },
    async getRun(runId) {
      const run = runs.get(runId);
      return run && copy(run);
    },
    async updateRun(runId, patch) {
      const fields = definedFields(patch);
      if (fields.length === 0) return;
      const run = runs.get(runId);
      if (!run) throw new Error(`run ${runId} does not exist`);
      runs.set(runId, { ...run, ...copy(Object.fromEntries(fields)) });
    },
    async countAttempt(runId, step) {
      return (await port.beginAttempt(runId, step)).attempt;
    },
    async beginAttempt(runId, step) {
      const run = runs.get(runId);
      if (!run?.attempts) return { attempt: 1, run: run && copy(run) };
      const attempt = (run.attempts[step] ?? 0) + 1;
      run.attempts = { ...run.attempts, [step]: attempt };
      return { attempt, run: copy(run) };
    },
    async nextStreamSeq(streamId) {
      const seq = (streamSeqs.get(streamId) ?? 0) + 1;
      streamSeqs.set(streamId, seq);
      return seq;
    },
    async releaseClaim(key, runId) {
      if (dedupe.get(dedupeId(key)) !== runId) return false;
      dedupe.delete(dedupeId(key));
      return true;
    },
    async claimAndCreateRun(key, run) {
      const id = dedupeId(key);
      const owner = dedupe.get(id);
      if (owner !== undefined && owner !== run.runId) return { claimed: false, runId: owner };
      if (owner === run.runId)
        return { claimed: true, repeated: true, streamSeq: runs.get(run.runId)?.streamSeq };
      dedupe.set(id, run.runId);
      runs.set(run.runId, copy({ attempts: {}, ...run }));
      return { claimed: true, repeated: false };
    },
    async putApprovals(records, run) {
      const existing = records.find((r) => approvals.has(r.approvalId));
      if (existing) throw new Error(`approval ${existing.approvalId} exists`);
      if (run && definedFields(run.patch).length > 0 && !runs.has(run.runId)) {
        throw new Error(`run ${run.runId} does not exist`);
      }
      for (const r of records) approvals.set(r.approvalId, copy(r));
      if (run) await port.updateRun(run.runId, run.patch);
    },
    async getApproval(approvalId) {
      const record = approvals.get(approvalId);
      return record && copy(record);
    },
    async getApprovalForPage(approvalId) {
      const record = approvals.get(approvalId);
      return record && { record: copy(record), decided: decisions.has(record.requestId) };
    },
    async isRequestDecided(requestId) {
      return decisions.has(requestId);
    },
    async consumeApproval(approvalId, decision, known) {
      const record = known?.approvalId === approvalId ? known : approvals.get(approvalId);
      if (!record) return { ok: false, reason: 'unknown' };
      const stored = approvals.get(approvalId);
      if (stored?.status !== 'pending' || decisions.has(record.requestId)) {
        return { ok: false, reason: 'already-decided' };
      }
      const reason = decision.reason ?? '';
      const decided = { ...stored, status: decision.status, decidedAt: decision.decidedAt, reason };
      approvals.set(approvalId, decided);
      decisions.set(record.requestId, approvalId);
      return {
        ok: true,
        record: { ...copy(record), status: decision.status, decidedAt: decision.decidedAt, reason },
      };
    },
    async releaseApproval(record) {
      if (decisions.get(record.requestId) !== record.approvalId) {
        throw new Error(`the decision of request ${record.requestId} is not ${record.approvalId}'s`);
      }
      const stored = approvals.get(record.approvalId);
      if (stored) {
        const { decidedAt: _d, reason: _r, ...rest } = stored;
        approvals.set(record.approvalId, { ...rest, status: 'pending' });
      }
      decisions.delete(record.requestId);
    },
    async claimMail(approvalId, at, stage = 0) {
      const stored = approvals.get(approvalId);
      if (stored?.status !== 'pending') return false;
      if (stage === 0) {
        if (stored.mailedAt !== undefined) return false;
        approvals.set(approvalId, { ...stored, mailedAt: at });
        return true;
      }
      if (stored.mailedAt === undefined || (stored.mailedStage ?? 0) >= stage) return false;
      approvals.set(approvalId, { ...stored, mailedStage: stage, remindedAt: at });
      return true;
    },
    async releaseMail(approvalId, at, stage = 0, previous = {}) {
      const stored = approvals.get(approvalId);
      if (stage === 0) {
        if (stored?.mailedAt !== at) return;
        const { mailedAt: _m, ...rest } = stored;
        approvals.set(approvalId, rest);
        return;
      }
      if (stored?.remindedAt !== at || stored.mailedStage !== stage) return;
      const { remindedAt: _r, mailedStage: _s, ...rest } = stored;
      approvals.set(approvalId, {
        ...rest,
        ...(previous.mailedStage === undefined ? {} : { mailedStage: previous.mailedStage }),
        ...(previous.remindedAt === undefined ? {} : { remindedAt: previous.remindedAt }),
      });
    },
    async rebindApproval(approvalId, taskToken, executionId) {
      const stored = approvals.get(approvalId);
      if (stored?.status !== 'pending') return false;
      approvals.set(approvalId, { ...stored, taskToken, executionId });
      return true;
    },
  };
  return port;
}

export interface MemoryArtifacts extends ArtifactsPort {
  readonly items: Map<string, ArtifactItem>;
  readonly pointers: Map<string, StreamPointer>;
  readonly history: Map<string, PointerHistoryEntry[]>;
}

const markOf = (p: PointerMark): PointerMark => ({
  current: p.current,
  stable: p.stable,
  ...(p.seq !== undefined ? { seq: p.seq } : {}),
  ...(p.runId !== undefined ? { runId: p.runId } : {}),
});

/** The artifacts port; `runs` is where createArtifact's run patch goes (the same transaction). */
export function memoryArtifacts(runs: RunsPort = memoryRuns()): MemoryArtifacts {
  const items = new Map<string, ArtifactItem>();
  const pointers = new Map<string, StreamPointer>();
  const history = new Map<string, PointerHistoryEntry[]>();
  const seqs = new Map<string, number>();
  const key = (streamId: string, digest: string) => `${streamId}\u0000${digest}`;
  const pointerOf = (streamId: string) =>
    copy(pointers.get(streamId) ?? { current: null, stable: null, version: 0 });
  const requireItem = (streamId: string, digest: string) => {
    const item = items.get(key(streamId, digest));
    if (!item) throw new Error(`artifact ${digest} of stream ${streamId} does not exist`);
    return item;
  };
  const port: MemoryArtifacts = {
    items,
    pointers,
    history,
    async getArtifact(streamId, artifactDigest) {
      const item = items.get(key(streamId, artifactDigest));
      return item && copy(item);
    },
    async setStatus(streamId, artifactDigest, status, at) {
      const item = requireItem(streamId, artifactDigest);
      items.set(key(streamId, artifactDigest), { ...item, status, statusChangedAt: at });
    },
    async createArtifact(item, _lastSeq, withRun) {
      if (items.has(key(item.streamId, item.artifactDigest))) return { created: false };
      if (withRun && definedFields(withRun.patch).length > 0 && !(await runs.getRun(withRun.runId))) {
        throw new Error(`item 1 written alongside artifact ${item.artifactDigest} failed its condition`);
      }
      // One writer at a time here: the counter as read is always the counter as stored.
      const createdSeq = (seqs.get(item.streamId) ?? 0) + 1;
      seqs.set(item.streamId, createdSeq);
      items.set(key(item.streamId, item.artifactDigest), copy({ ...item, createdSeq }));
      if (withRun) await runs.updateRun(withRun.runId, withRun.patch);
      return { created: true, createdSeq };
    },
    async getPointer(streamId) {
      return pointerOf(streamId);
    },
    async getStreamView(streamId, artifactDigest) {
      return {
        pointer: pointerOf(streamId),
        artifact: await port.getArtifact(streamId, artifactDigest),
        lastSeq: seqs.get(streamId) ?? 0,
      };
    },
    async writePointer(streamId, expected, next, at, withStatus) {
      const stored = pointerOf(streamId);
      if (stored.version !== expected.version) {
        throw new ConcurrentUpdateError(
          `stream ${streamId} pointer changed since version ${expected.version}`,
        );
      }
      if (withStatus) requireItem(streamId, withStatus.artifactDigest);
      const version = expected.version + 1;
      const written: StreamPointer = {
        ...markOf(next),
        version,
        ...(next.replaced ? { replaced: markOf(next.replaced) } : {}),
      };
      pointers.set(streamId, copy(written));
      const entry = {
        ...copy(written),
        action: next.action ?? 'handoff',
        at,
        ...(next.by ? { by: next.by } : {}),
      };
      history.set(streamId, [...(history.get(streamId) ?? []), entry]);
      if (withStatus) await port.setStatus(streamId, withStatus.artifactDigest, withStatus.status, at);
      return copy(written);
    },
    async pointerHistory(streamId) {
      return copy(history.get(streamId) ?? []);
    },
    async listByStream(streamId, limit = 100) {
      return [...items.values()]
        .filter((i) => i.streamId === streamId)
        .sort((a, b) => a.createdSeq - b.createdSeq)
        .slice(-limit)
        .map(copy);
    },
  };
  return port;
}

export interface MemoryBlobs extends BlobPort {
  readonly objects: Map<string, Uint8Array>;
  /** Writes a new version of an object, as a versioned bucket keeps them (the latest is `objects`). */
  putVersion(ref: { bucket: string; key: string }, body: string, versionId: string): void;
}

export function memoryBlobs(): MemoryBlobs {
  const objects = new Map<string, Uint8Array>();
  const versions = new Map<string, Uint8Array>();
  const at = (ref: { bucket: string; key: string }) => `s3://${ref.bucket}/${ref.key}`;
  return {
    objects,
    putVersion(ref, body, versionId) {
      const bytes = new TextEncoder().encode(body);
      versions.set(`${at(ref)}?versionId=${versionId}`, bytes);
      objects.set(at(ref), bytes);
    },
    async get(ref, maxBytes = 4 * 1024 * 1024) {
      const bytes = ref.versionId
        ? versions.get(`${at(ref)}?versionId=${ref.versionId}`)
        : objects.get(at(ref));
      if (!bytes) throw new BlobNotFoundError(`${at(ref)} does not exist`);
      if (bytes.byteLength > maxBytes) {
        throw new BlobTooLargeError(`${at(ref)} is ${bytes.byteLength} bytes (max ${maxBytes})`);
      }
      return new Uint8Array(bytes);
    },
    async putImmutable(ref, body) {
      if (objects.has(at(ref))) return { created: false };
      objects.set(at(ref), typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body));
      return { created: true };
    },
  };
}

export interface MemoryEvents extends EventsPort {
  /** The events as a rule target receives them: the product's source, the detail through JSON. */
  readonly published: {
    source: typeof EVENT_SOURCE;
    detailType: HandoffDetailType;
    detail: Record<string, unknown>;
  }[];
}

export function memoryEvents(): MemoryEvents {
  const published: MemoryEvents['published'] = [];
  return {
    published,
    async publish(detailType, detail) {
      // As PutEvents carries it: JSON text (undefined fields dropped, dates as strings; a bigint throws).
      const json = JSON.parse(JSON.stringify(detail)) as Record<string, unknown>;
      published.push({ source: EVENT_SOURCE, detailType, detail: json });
    },
  };
}

export interface MemoryMailer extends MailerPort {
  readonly sent: (Email & { messageId: string })[];
}

export function memoryMailer(): MemoryMailer {
  const sent: MemoryMailer['sent'] = [];
  return {
    sent,
    async send(email) {
      // SES refuses a message without a subject, or with neither a text nor an HTML body.
      if (email.subject === '') throw new Error('SES SendEmail refused the message: it has no subject');
      if (email.text === '' && email.html === '') {
        throw new Error('SES SendEmail refused the message: it has neither a text nor an HTML body');
      }
      const messageId = `memory-${sent.length + 1}`;
      sent.push({ ...copy(email), messageId });
      return { messageId };
    },
  };
}

export function memoryFlags(records: FlagRecord[] = []): FlagsPort & { records: Map<string, FlagRecord> } {
  const map = new Map(records.map((r) => [r.flag, copy(r)]));
  return {
    records: map,
    async getFlag(flag) {
      const record = map.get(flag);
      return record && copy(record);
    },
    async putFlag(record) {
      map.set(record.flag, copy(record));
    },
  };
}

/** Flag administration over the same records as `flags` (as on AWS: one table). */
export function memoryFlagAdmin(
  flags: ReturnType<typeof memoryFlags> = memoryFlags(),
): FlagAdminPort & { entries: FlagAuditEntry[] } {
  const entries: FlagAuditEntry[] = [];
  const same = (a: FlagRecord | undefined, b: FlagRecord | undefined) =>
    a === undefined || b === undefined
      ? a === b
      : a.state === b.state && a.percentage === b.percentage && a.updatedAt === b.updatedAt;
  return {
    entries,
    get: (flag) => flags.getFlag(flag),
    async apply(expected, record, audit) {
      if (!same(expected, flags.records.get(record.flag))) {
        throw new ConcurrentUpdateError(
          `flag ${record.flag} changed since it was read; read it again and retry`,
        );
      }
      await flags.putFlag(record);
      entries.push(copy(audit));
    },
    async audit(flag) {
      return entries
        .filter((e) => e.flag === flag)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
        .map(copy);
    },
  };
}

/** The operator reads, over the same runs and artifacts. */
export function memoryStore(runs: MemoryRuns, artifacts: MemoryArtifacts): OpsStorePort {
  return {
    async listRuns(window) {
      return [...runs.runs.values()]
        .filter((r) => r.intakeAt >= window.since && r.intakeAt < window.until)
        .map(copy);
    },
    async findArtifact(artifactDigest) {
      const item = [...artifacts.items.values()].find((i) => i.artifactDigest === artifactDigest);
      return item && copy(item);
    },
    async listPendingApprovals(now) {
      const epoch = Math.floor(now.getTime() / 1000);
      return [...runs.approvals.values()]
        .filter((a) => a.status === 'pending' && a.exp > epoch && !runs.decisions.has(a.requestId))
        .map(({ taskToken: _token, ...rest }) => copy(rest));
    },
  };
}

export interface MemoryWorkflow extends WorkflowPort {
  /** Tokens a task waits on; succeed/fail on any other token is TaskGoneError. */
  readonly waiting: Set<string>;
  readonly outcomes: { taskToken: string; output?: ApprovalDecision; error?: string; cause?: string }[];
}

export function memoryWorkflow(): MemoryWorkflow {
  const waiting = new Set<string>();
  const outcomes: MemoryWorkflow['outcomes'] = [];
  const resume = (taskToken: string, outcome: Omit<MemoryWorkflow['outcomes'][number], 'taskToken'>) => {
    if (!waiting.delete(taskToken)) throw new TaskGoneError(`task ${taskToken.slice(0, 8)}… is not waiting`);
    outcomes.push({ taskToken, ...outcome });
  };
  return {
    waiting,
    outcomes,
    async succeed(taskToken, output) {
      resume(taskToken, { output: copy(output) });
    },
    async fail(taskToken, error, cause) {
      resume(taskToken, { error: error.slice(0, 256), cause: cause.slice(0, 32_000) });
    },
  };
}

const MIN_KEY_BYTES = 32;

/**
 * The key of `source` (bytes, or a function reading the current key of a source that can be rotated) and the
 * previous key of `previousSource`, read on every call (a maxAge of 0); shorter than 32 bytes is refused.
 */
export function memorySigningKey(
  source: Uint8Array | (() => Uint8Array) = new TextEncoder().encode('k'.repeat(MIN_KEY_BYTES)),
  previousSource: () => Uint8Array | undefined = () => undefined,
): SigningKeyPort {
  const checked = (key: Uint8Array) => {
    if (key.byteLength < MIN_KEY_BYTES) {
      throw new Error(`signing key is ${key.byteLength} bytes; at least ${MIN_KEY_BYTES} required`);
    }
    return key;
  };
  return {
    async get() {
      return checked(typeof source === 'function' ? source() : source);
    },
    async previous() {
      const key = previousSource();
      return key && checked(key);
    },
  };
}

export type MemoryPorts = Ports & {
  artifacts: MemoryArtifacts;
  runs: MemoryRuns;
  blobs: MemoryBlobs;
  events: MemoryEvents;
  mailer: MemoryMailer;
  flags: ReturnType<typeof memoryFlags>;
  flagAdmin: ReturnType<typeof memoryFlagAdmin>;
  workflow: MemoryWorkflow;
};

/** Every port in memory, wired as on AWS (artifacts and runs share a transaction; flags one table). */
export function memoryPorts(
  now = new Date('2026-11-02T10:00:00.000Z'),
): MemoryPorts & { setNow(d: Date): void } {
  let at = now;
  const runs = memoryRuns();
  const artifacts = memoryArtifacts(runs);
  const flags = memoryFlags();
  return {
    artifacts,
    runs,
    blobs: memoryBlobs(),
    events: memoryEvents(),
    mailer: memoryMailer(),
    flags,
    flagAdmin: memoryFlagAdmin(flags),
    store: memoryStore(runs, artifacts),
    workflow: memoryWorkflow(),
    signingKey: memorySigningKey(),
    approvalSettings: { baseUrl: () => 'https://approvals.example', groups: () => ({}) },
    clock: () => at,
    setNow: (d) => {
      at = d;
    },
  };
}
