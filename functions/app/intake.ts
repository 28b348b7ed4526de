import { canonicalJson, digestOf } from '#core/canonical';
import { contractUnavailability, getContract } from '#core/contracts';
import type { Violation } from '#core/errors';
import { type EvaluatedFlag, evaluateFlag } from '#core/flags';
import { SKILL } from '#core/identity';
import { PACKAGE_LIMITS } from '#core/package-schema';
import { type ObjectRef, RUN_RETENTION_SECONDS, type RunRecord, runIdFor } from '#core/run';
import { parsePackage, validateAgainstContract } from '#core/validate';
import { ContractUnavailableError, PackageRejectedError } from '#shared/errors';
import type { ExecutionInput, IntakeResult } from '#shared/workflow-types';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import { BlobNotFoundError, type BlobPort, BlobTooLargeError, type Ports } from './ports.ts';

/** The Fail state's cause must stay well under Step Functions' 32 KB; keep the violation list below 24 KB. */
const MAX_CAUSE_BYTES = 24 * 1024;

/** The JSON list of violations, trimmed (whole entries only) so the message stays small. */
export function rejectionMessage(violations: readonly Violation[]): string {
  const kept: Violation[] = [];
  for (const v of violations) {
    const next = JSON.stringify([...kept, v]);
    if (Buffer.byteLength(next, 'utf8') > MAX_CAUSE_BYTES - 200) break;
    kept.push(v);
  }
  const omitted = violations.length - kept.length;
  return JSON.stringify({
    message: `package rejected: ${violations.length} violation(s)${omitted > 0 ? `, ${omitted} not shown` : ''}`,
    violations: kept,
  });
}

/** Decoded forms of a key that may have arrived URL-encoded in an S3 event ('+' as space, or literal). */
export function decodedKeyCandidates(key: string): string[] {
  const out: string[] = [];
  for (const candidate of [key.replace(/\+/g, ' '), key]) {
    try {
      const decoded = decodeURIComponent(candidate);
      if (decoded !== key && !out.includes(decoded)) out.push(decoded);
    } catch {
      // not valid percent-encoding: the literal key was the only candidate
    }
  }
  return out;
}

/**
 * The package the trigger names. A `Handoff Submitted` event that names none in this stack's bucket under
 * its incoming prefix reaches intake through its own rule (`{ unusable: <detail> }`): a rejection that
 * says why, instead of a run that cannot start.
 */
function usableRef(input: ExecutionInput): ObjectRef {
  const ref = input.packageRef as Partial<ObjectRef> & { unusable?: unknown };
  const named =
    typeof ref?.bucket === 'string' && ref.bucket !== '' && typeof ref.key === 'string' && ref.key !== '';
  if (named && !('unusable' in ref)) return ref as ObjectRef;
  throw new PackageRejectedError(
    rejectionMessage([
      {
        pointer: '/detail/packageRef',
        rule: 'unusable_package_ref',
        message:
          "the Handoff Submitted event names no package this stack reads: detail.packageRef needs the stack's bucket and a key under its incoming prefix",
        expected: '{"bucket": "<the stack bucket>", "key": "incoming/…"}',
        received: JSON.stringify(ref && 'unusable' in ref ? ref.unusable : (ref ?? null)).slice(0, 500),
      },
    ]),
  );
}

/** Reads the submitted bytes; a missing or oversized object is a rejection, not a retry. */
async function readPackage(
  blobs: BlobPort,
  ref: ObjectRef,
  trigger: ExecutionInput['trigger'],
): Promise<Uint8Array> {
  try {
    try {
      return await blobs.get(ref, PACKAGE_LIMITS.maxBytes);
    } catch (error) {
      if (!(error instanceof BlobNotFoundError) || trigger !== 's3') throw error;
      for (const key of decodedKeyCandidates(ref.key)) {
        try {
          return await blobs.get({ ...ref, key }, PACKAGE_LIMITS.maxBytes);
        } catch (inner) {
          if (!(inner instanceof BlobNotFoundError)) throw inner;
        }
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof BlobTooLargeError) {
      throw new PackageRejectedError(
        rejectionMessage([
          {
            pointer: '',
            rule: 'payload_too_large',
            message: `the package is larger than ${PACKAGE_LIMITS.maxBytes} bytes`,
            expected: `at most ${PACKAGE_LIMITS.maxBytes} bytes`,
          },
        ]),
        { cause: error },
      );
    }
    if (error instanceof BlobNotFoundError) {
      throw new PackageRejectedError(
        rejectionMessage([{ pointer: '', rule: 'not_found', message: error.message }]),
        { cause: error },
      );
    }
    throw error;
  }
}

/** The package, parsed and validated against the contract it names (which must exist and be available). */
function validPackage(bytes: Uint8Array) {
  const parsed = parsePackage(bytes);
  if (!parsed.ok) throw new PackageRejectedError(rejectionMessage(parsed.error));
  const pkg = parsed.value;
  const packageDigest = digestOf(pkg);
  correlate({ streamId: pkg.streamId, packageDigest });

  const contract = getContract(pkg.contract.id, pkg.contract.version);
  const ref = `${pkg.contract.id}@${pkg.contract.version}`;
  if (!contract) throw new ContractUnavailableError(`contract ${ref} does not exist`);
  const unavailable = contractUnavailability(contract);
  if (unavailable) throw new ContractUnavailableError(unavailable);
  const violations = validateAgainstContract(pkg, contract);
  if (violations.length > 0) throw new PackageRejectedError(rejectionMessage(violations));
  return { pkg, packageDigest, contract };
}

type Accepted = ReturnType<typeof validPackage>;

/** The run record of an accepted package, and the intake result the workflow carries on. */
function newRun(input: ExecutionInput, accepted: Accepted, flag: EvaluatedFlag, intakeAt: string) {
  const { pkg, packageDigest, contract } = accepted;
  const runId = runIdFor(input.executionId);
  correlate({ runId, executionId: input.executionId });
  const shadow = flag.state === 'shadow';
  const packageRef = { bucket: usableRef(input).bucket, key: `packages/${packageDigest}.json` };
  const run: RunRecord = {
    runId,
    ...(input.executionId ? { executionId: input.executionId } : {}),
    trigger: input.trigger,
    status: 'running',
    streamId: pkg.streamId,
    packageId: pkg.packageId,
    packageDigest,
    packageRef,
    sourceKey: usableRef(input).key,
    contract: { id: contract.id, version: contract.version },
    flag,
    shadow,
    submittedAt: pkg.submittedAt,
    intakeAt,
    expiresAt: Math.floor(Date.parse(intakeAt) / 1000) + RUN_RETENTION_SECONDS,
  };
  const result: IntakeResult = {
    status: 'accepted',
    runId,
    streamId: pkg.streamId,
    packageId: pkg.packageId,
    packageDigest,
    contract: run.contract,
    flag,
    packageRef,
    shadow,
  };
  return { run, result };
}

/**
 * The validated bytes, exactly as received, under their digest (written once). A YAML submission is
 * stored as its canonical JSON, so every `packages/<digest>.json` is JSON.
 */
async function keepCopy(blobs: BlobPort, ref: ObjectRef, bytes: Uint8Array, pkg: Accepted['pkg']) {
  const isJson = /^\s*[{[]/.test(new TextDecoder().decode(bytes.subarray(0, 64)));
  await blobs.putImmutable(ref, isJson ? bytes : canonicalJson(pkg), 'application/json');
}

/** The submitter hears why nothing happened, and which run holds the package's claim. */
async function publishDuplicate(events: Ports['events'], run: RunRecord, duplicateOf: string): Promise<void> {
  await events.publish('Handoff Duplicate Ignored', {
    // At least once: consumers dedupe on this id.
    eventId: `${run.runId}:duplicate`,
    streamId: run.streamId,
    packageId: run.packageId,
    runId: run.runId,
    packageDigest: run.packageDigest,
    contract: run.contract,
    outcome: 'duplicate',
    routingTag: SKILL.routingTag,
    duplicateOf,
    reason:
      `the same package (contract ${run.contract.id}@${run.contract.version}) is already held by run ` +
      `${duplicateOf}; it runs again only once that run ends for a technical reason`,
  });
}

/**
 * Record a duplicate and tell the submitter, once: the run is recorded only after the event went out, so a
 * retry whose earlier attempt got that far (its response was lost) finds the record and publishes nothing.
 */
async function ignoreDuplicate(
  ports: Pick<Ports, 'runs' | 'events'>,
  run: RunRecord,
  duplicateOf: string,
  at: string,
): Promise<void> {
  if ((await ports.runs.getRun(run.runId))?.status === 'duplicate') {
    logger.info('duplicate already recorded by an earlier attempt', { duplicateOf });
    return;
  }
  if (!run.shadow) await publishDuplicate(ports.events, run, duplicateOf);
  await ports.runs.putRun({ ...run, status: 'duplicate', duplicateOf, finishedAt: at });
  logger.info('duplicate package ignored', { duplicateOf });
  metrics.addMetric('Duplicates', MetricUnit.Count, 1);
}

/**
 * Intake: read the submitted bytes, validate them (schema, then contract), evaluate the feature flag,
 * claim the idempotency key, keep an immutable copy and create the run record.
 */
export async function intake(
  ports: Pick<Ports, 'blobs' | 'runs' | 'flags' | 'events' | 'clock'>,
  input: ExecutionInput,
): Promise<IntakeResult> {
  const intakeAt = ports.clock().toISOString();
  const bytes = await readPackage(ports.blobs, usableRef(input), input.trigger);
  const accepted = validPackage(bytes);
  const { pkg, packageDigest, contract } = accepted;
  const flag = evaluateFlag(await ports.flags.getFlag(SKILL.featureFlag), pkg.streamId, SKILL.featureFlag);
  const { run, result } = newRun(input, accepted, flag, intakeAt);

  if (flag.state === 'off') {
    // Not claimed: once the flag is on, the same package can be submitted again.
    await ports.runs.putRun({ ...run, status: 'flag-off', finishedAt: intakeAt });
    logger.info('flag off for stream', { flag });
    metrics.addMetric('FlagOff', MetricUnit.Count, 1);
    return { ...result, status: 'flag-off' };
  }

  await keepCopy(ports.blobs, result.packageRef, bytes, pkg);
  // The stream's order is the order intake accepts submissions in: the number is taken here, before the claim.
  const streamSeq = await ports.runs.nextStreamSeq(pkg.streamId);
  // Shadow runs dedupe separately, so a shadow run never swallows the later live run of the same package.
  const claim = await ports.runs.claimAndCreateRun(
    { packageDigest, contractVersion: contract.version, ...(run.shadow ? { scope: 'shadow' } : {}) },
    { ...run, streamSeq },
  );
  if (!claim.claimed) {
    await ignoreDuplicate(ports, run, claim.runId, intakeAt);
    return { ...result, status: 'duplicate', duplicateOf: claim.runId };
  }
  if (claim.repeated) {
    // A retry after the claim was written (its response lost): the run keeps its place and is not counted
    // again, so `Runs` is at most once per run (a first attempt that timed out never flushed its count); the
    // number this attempt took stays a gap.
    logger.info('claim already held by this run', { streamSeq: claim.streamSeq, unused: streamSeq });
    return { ...result, ...(claim.streamSeq === undefined ? {} : { streamSeq: claim.streamSeq }) };
  }
  metrics.addMetric('Runs', MetricUnit.Count, 1);
  logger.info('package accepted', { flag, contract: run.contract, shadow: run.shadow, streamSeq });
  return { ...result, streamSeq };
}
