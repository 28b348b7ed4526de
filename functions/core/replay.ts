import type { HandoffArtifact } from './artifact-types.ts';
import { digestOf } from './canonical.ts';
import type { HandoffContract } from './contract-schema.ts';
import { getContract } from './contracts.ts';
import { artifactBody, jsonDifferences, rehash, short } from './evidence.ts';
import { scorePackage } from './score.ts';
import { validatePackage } from './validate.ts';

/**
 * `handoff replay`: score the stored package bytes again with the same contract and check that the result
 * is, byte for byte (by digest), the artifact that was recorded. Pure: the caller fetches the bytes.
 */

export interface ReplayInput {
  /** What DynamoDB recorded for the artifact. */
  recorded: {
    artifactDigest: string;
    packageDigest: string;
    contract: { id: string; version: string };
    score?: number;
    outcome?: string;
    risk?: string;
  };
  /** packages/<digest>.json, or undefined when it is gone. */
  packageBytes: Uint8Array | undefined;
  /** The stored artifact JSON text (artifacts/<stream>/<digest>.json), or undefined when it is gone. */
  artifactText: string | undefined;
  contractOf?: (id: string, version: string) => HandoffContract | undefined;
}

export interface ReplayReport {
  verified: boolean;
  artifactDigest: string;
  rescoredDigest: string | null;
  packageDigest: string;
  contract: string;
  /** Each sentence says what differs and where. */
  differences: string[];
}

/** The stored artifact must still be what was recorded; returns it when it parses. */
function checkStoredArtifact(input: ReplayInput, differences: string[]): HandoffArtifact | undefined {
  const { recorded } = input;
  if (input.artifactText === undefined) {
    differences.push('the stored artifact JSON is missing');
    return undefined;
  }
  let stored: HandoffArtifact | undefined;
  try {
    stored = JSON.parse(input.artifactText) as HandoffArtifact;
    const again = rehash(stored);
    if (again !== recorded.artifactDigest) {
      differences.push(
        `the stored artifact JSON re-hashes to ${short(again)}…, not the recorded ${short(recorded.artifactDigest)}… (edited after it was written)`,
      );
    }
    if (stored.digest !== recorded.artifactDigest) {
      differences.push(
        `the stored artifact's digest field is ${short(stored.digest)}…, recorded ${short(recorded.artifactDigest)}…`,
      );
    }
  } catch {
    differences.push('the stored artifact is not valid JSON');
  }
  return stored;
}

/** The stored package, when it is there, parses and still validates; a changed digest is noted. */
function readStoredPackage(input: ReplayInput, differences: string[]) {
  const { recorded } = input;
  if (input.packageBytes === undefined) {
    differences.push(`the stored package packages/${recorded.packageDigest}.json is missing`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(input.packageBytes));
  } catch {
    differences.push('the stored package is not valid JSON');
    return undefined;
  }
  const parsed = validatePackage(raw);
  if (!parsed.ok) {
    differences.push(
      `the stored package no longer validates: ${parsed.error
        .slice(0, 3)
        .map((v) => `${v.pointer || '/'} ${v.message}`)
        .join('; ')}`,
    );
    return undefined;
  }
  const packageDigest = digestOf(parsed.value);
  if (packageDigest !== recorded.packageDigest) {
    differences.push(
      `the stored package hashes to ${short(packageDigest)}…, not the recorded ${short(recorded.packageDigest)}… (the package bytes were changed)`,
    );
  }
  return parsed.value;
}

/** The re-scored artifact against the recorded digest (and where it differs from the stored one) and fields. */
function compareRescored(
  recorded: ReplayInput['recorded'],
  rescored: HandoffArtifact,
  stored: HandoffArtifact | undefined,
  differences: string[],
): void {
  if (rescored.digest !== recorded.artifactDigest) {
    differences.push(
      `re-scoring gives artifact ${short(rescored.digest)}…, recorded ${short(recorded.artifactDigest)}…`,
    );
    const against = stored ? artifactBody(stored) : undefined;
    if (against) {
      const where = jsonDifferences(against, artifactBody(rescored), 12);
      if (where.length > 0) differences.push(`stored vs re-scored differ at ${where.join(', ')}`);
    }
  }
  for (const [field, was, now] of [
    ['score', recorded.score, rescored.scorecard.total],
    ['outcome', recorded.outcome, rescored.decision.outcome],
    ['risk', recorded.risk, rescored.risk],
  ] as const) {
    if (was !== undefined && was !== now) differences.push(`recorded ${field} ${was}, re-scored ${now}`);
  }
}

export function replayArtifact(input: ReplayInput): ReplayReport {
  const { recorded } = input;
  const contractRef = `${recorded.contract.id}@${recorded.contract.version}`;
  const differences: string[] = [];
  const report = (rescoredDigest: string | null): ReplayReport => ({
    verified: differences.length === 0,
    artifactDigest: recorded.artifactDigest,
    rescoredDigest,
    packageDigest: recorded.packageDigest,
    contract: contractRef,
    differences,
  });

  const stored = checkStoredArtifact(input, differences);
  const pkg = readStoredPackage(input, differences);
  if (pkg === undefined) return report(null);
  const contract = (input.contractOf ?? getContract)(recorded.contract.id, recorded.contract.version);
  if (!contract) {
    differences.push(`contract ${contractRef} is not in this build's registry`);
    return report(null);
  }
  const rescored = scorePackage(pkg, contract);
  compareRescored(recorded, rescored, stored, differences);
  return report(rescored.digest);
}

export function formatReplay(r: ReplayReport): string {
  if (r.verified) {
    return `verified: artifact ${r.artifactDigest} re-scores identically from package ${r.packageDigest} with contract ${r.contract}\n`;
  }
  return `NOT verified: artifact ${r.artifactDigest} (contract ${r.contract})\n${r.differences.map((d) => `  - ${d}`).join('\n')}\n`;
}
