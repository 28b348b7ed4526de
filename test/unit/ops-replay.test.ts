import { readFileSync } from 'node:fs';
import { getContract } from '#core/contracts';
import { formatReplay, replayArtifact } from '#core/replay';
import { scorePackage } from '#core/score';
import { validatePackage } from '#core/validate';

const bytes = readFileSync(new URL('../../events/packages/sample-spring-launch.json', import.meta.url));
const pkg = (() => {
  const parsed = validatePackage(JSON.parse(bytes.toString('utf8')));
  if (!parsed.ok) throw new Error('sample invalid');
  return parsed.value;
})();
const contract = getContract(pkg.contract.id, pkg.contract.version);
if (!contract) throw new Error('contract missing');
const artifact = scorePackage(pkg, contract);
const recorded = {
  artifactDigest: artifact.digest,
  packageDigest: artifact.package.digest,
  contract: artifact.contract,
  score: artifact.scorecard.total,
  outcome: artifact.decision.outcome,
  risk: artifact.risk,
};
const stored = JSON.stringify({ ...artifact, delivery: { runId: 'r1', prevStableDigest: null } }, null, 2);

describe('replay', () => {
  it('verifies an untouched package and artifact: re-scoring gives the recorded digest', () => {
    const r = replayArtifact({ recorded, packageBytes: bytes, artifactText: stored });
    expect(r).toMatchObject({ verified: true, rescoredDigest: artifact.digest, differences: [] });
    expect(formatReplay(r)).toMatch(/^verified: artifact [0-9a-f]{64} re-scores identically/);
  });

  it('names the changed package bytes and where the re-scored artifact differs', () => {
    const tampered = Buffer.from(
      JSON.stringify({ ...JSON.parse(bytes.toString('utf8')), title: 'Edited title' }),
    );
    const r = replayArtifact({ recorded, packageBytes: tampered, artifactText: stored });
    expect(r.verified).toBe(false);
    expect(r.differences.join('\n')).toMatch(
      /the stored package hashes to .* \(the package bytes were changed\)/,
    );
    expect(r.differences.join('\n')).toMatch(/differ at .*\/package\/title/);
  });

  it('reports an edited stored artifact even when the package still re-scores identically', () => {
    const edited = stored.replace(`"total": ${artifact.scorecard.total}`, '"total": 12');
    const r = replayArtifact({ recorded, packageBytes: bytes, artifactText: edited });
    expect(r.verified).toBe(false);
    expect(r.differences[0]).toMatch(/re-hashes to .* \(edited after it was written\)/);
  });

  it('reports a missing package or artifact instead of verifying', () => {
    expect(replayArtifact({ recorded, packageBytes: undefined, artifactText: stored }).differences).toEqual([
      `the stored package packages/${recorded.packageDigest}.json is missing`,
    ]);
    expect(replayArtifact({ recorded, packageBytes: bytes, artifactText: undefined }).differences).toEqual([
      'the stored artifact JSON is missing',
    ]);
  });
});
