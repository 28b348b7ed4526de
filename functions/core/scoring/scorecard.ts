import type { DimensionScore, Finding, RuleFamily } from '../artifact-types.ts';
import type { Dimension, HandoffContract } from '../contract-schema.ts';
import type { HandoffPackage } from '../package-schema.ts';

/** Which scorecard dimension a finding's family weighs on. */
export const DIMENSION_OF_FAMILY: Readonly<Record<RuleFamily, Dimension>> = {
  completeness: 'completeness',
  'unsubstantiated-claim': 'policy',
  'regulated-category': 'policy',
  disclosure: 'policy',
  placeholder: 'policy',
  'personal-data': 'policy',
  link: 'policy',
  'channel-limit': 'channelFit',
  'inclusive-language': 'policy',
  readability: 'channelFit',
  consistency: 'consistency',
  brand: 'policy',
};

export interface Scored {
  scorecard: { total: number; dimensions: Record<Dimension, DimensionScore> };
  evidenceScore: number;
  claimsTotal: number;
  claimsBacked: number;
  /** Claim-like phrases in copy that no backed claim covers. */
  uncoveredPhrases: number;
  blockCount: number;
}

const DIM_INDEX: Record<Dimension, number> = {
  completeness: 0,
  evidence: 1,
  policy: 2,
  channelFit: 3,
  consistency: 4,
};

/** The scorecard: penalties per dimension, the evidence share, and their weighted total, in integers. */
export function scoreFindings(
  findings: readonly Finding[],
  pkg: HandoffPackage,
  scoring: HandoffContract['scoring'],
): Scored {
  const penalties = [0, 0, 0, 0, 0];
  let uncoveredPhrases = 0;
  let blockCount = 0;
  for (const f of findings) {
    const i = DIM_INDEX[DIMENSION_OF_FAMILY[f.family]];
    penalties[i] = (penalties[i] as number) + scoring.penalties[f.severity];
    if (f.span !== null && (f.family === 'unsubstantiated-claim' || f.family === 'regulated-category')) {
      uncoveredPhrases++;
    }
    if (f.severity === 'block') blockCount++;
  }
  const claimsTotal = pkg.claims.length;
  let claimsBacked = 0;
  for (const c of pkg.claims) if (c.evidence.length > 0) claimsBacked++;
  const floor0 = (n: number) => Math.max(n, 0);
  // Evidence = share of assertions backed by evidence: claims with evidence over all claims plus
  // every claim-like phrase in copy that no backed claim covers. Nothing asserted = fully backed.
  const evidenceDenominator = claimsTotal + uncoveredPhrases;
  const evidenceScore =
    evidenceDenominator === 0 ? 100 : Math.floor((100 * claimsBacked) / evidenceDenominator);
  const w = scoring.weights;
  const dimensions: Record<Dimension, DimensionScore> = {
    completeness: { score: floor0(100 - (penalties[0] as number)), weight: w.completeness },
    evidence: { score: evidenceScore, weight: w.evidence },
    policy: { score: floor0(100 - (penalties[2] as number)), weight: w.policy },
    channelFit: { score: floor0(100 - (penalties[3] as number)), weight: w.channelFit },
    consistency: { score: floor0(100 - (penalties[4] as number)), weight: w.consistency },
  };
  // Weighted mean rounded half up, in integers. Weights sum to 100 by contract; dividing by their
  // actual sum keeps the total in 0..100 even if a contract breaks that rule.
  let weighted = 0;
  let weightSum = 0;
  for (const d of Object.values(dimensions)) {
    weighted += d.score * d.weight;
    weightSum += d.weight;
  }
  const total = weightSum === 0 ? 0 : Math.floor((2 * weighted + weightSum) / (2 * weightSum));
  return {
    scorecard: { total, dimensions },
    evidenceScore,
    claimsTotal,
    claimsBacked,
    uncoveredPhrases,
    blockCount,
  };
}
