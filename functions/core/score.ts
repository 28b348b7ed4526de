import type {
  ApprovalContext,
  DimensionScore,
  DownstreamHint,
  Finding,
  HandoffArtifact,
  Outcome,
  RuleFamily,
  TraceStep,
} from './artifact-types.ts';
import type { Shape } from './canonical.ts';
import { CanonicalCache, canonicalJsonShaped, digestOf, sha256Hex } from './canonical.ts';

const shapedDigest = (value: unknown, shape: Shape) => sha256Hex(canonicalJsonShaped(value, shape));

import type { Dimension, HandoffContract, RiskLevel } from './contract-schema.ts';
import { RISK_LEVELS } from './contract-schema.ts';
import { ENGINE_VERSION, SKILL } from './identity.ts';
import type { Channel, ClaimCategory, HandoffPackage } from './package-schema.ts';
import { renderReport } from './report.ts';
import type { RuleData } from './rulebook.ts';
import { getRulebook } from './rulebook.ts';
import type { CompiledRulebook } from './rules/engine.ts';
import { compileRulebook, runRulebook, sortFindings, viewPackage } from './rules/engine.ts';

/**
 * The deterministic scoring core: (package, contract, bundled rulebooks) → artifact.
 * No clock, randomness, locale or environment is read here; time enters as the package's data.
 * All scores are integers computed in integer arithmetic.
 */

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

/** Claim categories that are regulated: a package asserting one is at least high risk. */
export const REGULATED_CATEGORIES: readonly ClaimCategory[] = ['health', 'finance', 'environmental'];

// Shapes of the objects hashed on every run (see canonical.ts): they skip key sorting, never change output.
const S = 'string';
const TEAM: Shape = { team: S, owner: { name: S, email: S } };
export const PACKAGE_SHAPE: Shape = {
  schemaVersion: S,
  contract: { id: S, version: S },
  streamId: S,
  packageId: S,
  submittedAt: S,
  title: S,
  from: TEAM,
  to: TEAM,
  objective: { statement: S, kpis: [{ name: S, unit: S, baseline: null, target: null, direction: S }] },
  audience: { primary: S, segments: [S], regions: [S] },
  story: { hook: S, tension: S, resolution: S, keyMessage: S, proofPoints: [S] },
  claims: [{ id: S, text: S, category: S, evidence: [{ ref: S, kind: S, summary: S, verifiedOn: S }] }],
  cta: { text: S, url: S },
  channels: [
    {
      channel: S,
      deliverables: [{ id: S, kind: S, copy: S, language: S, claimRefs: [S] }],
      disclosures: [S],
    },
  ],
  brand: { voice: [S], mandatories: [S], forbiddenTerms: [S] },
  deadlines: { handoffDue: S, launch: S, reviewBy: S },
  approvers: [{ group: S, name: S, email: S }],
  sender: { postalAddress: S },
};
const FINDINGS_SHAPE = [
  { ruleId: S, family: S, severity: S, pointer: S, span: null, message: S, excerpt: S },
] as const;
const DIM: Shape = { score: null, weight: null };
const SCORECARD_SHAPE: Shape = {
  total: null,
  dimensions: { completeness: DIM, evidence: DIM, policy: DIM, channelFit: DIM, consistency: DIM },
};
const REF: Shape = { id: S, version: S };
const DECISION_SHAPE: Shape = { outcome: S, reasons: [S] };
const CONFIDENCE_SHAPE: Shape = { value: null, basis: [S] };
const APPROVAL_SHAPE: Shape = {
  required: null,
  reason: S,
  routeId: S,
  group: S,
  approvers: [{ name: S, email: S }],
  timeoutSeconds: null,
};
const ROUTING_SHAPE: Shape = { tag: S, downstream: [{ consumer: S, hint: S, when: S }] };
// Trace step inputs and outputs that are not artifact parts.
const BOUND_SHAPE: Shape = { contract: S, package: S };
const RULES_INPUT_SHAPE: Shape = { contract: S, package: S, rulebook: S };
const SCORE_INPUT_SHAPE: Shape = { findings: S, scoring: S, claims: { total: null, backed: null } };
const DECIDE_INPUT_SHAPE: Shape = { scorecard: S, policy: S };
const DECIDE_OUTPUT_SHAPE: Shape = { decision: DECISION_SHAPE, risk: S, confidence: CONFIDENCE_SHAPE };
const ROUTE_INPUT_SHAPE: Shape = { decision: S, approvals: S };
const ROUTE_OUTPUT_SHAPE: Shape = { approval: APPROVAL_SHAPE, routing: ROUTING_SHAPE };
const ARTIFACT_SHAPE: Shape = {
  artifact: S,
  artifactVersion: S,
  package: { streamId: S, packageId: S, title: S, submittedAt: S, digest: S, channels: [S] },
  contract: REF,
  scorecard: SCORECARD_SHAPE,
  findings: FINDINGS_SHAPE,
  decision: DECISION_SHAPE,
  risk: S,
  confidence: CONFIDENCE_SHAPE,
  approval: APPROVAL_SHAPE,
  routing: ROUTING_SHAPE,
  evidence: [{ claimId: S, category: S, refs: [S] }],
  trace: {
    engineVersion: S,
    contract: REF,
    rulebooks: [REF],
    steps: [{ step: S, inputDigest: S, outputDigest: S }],
  },
  report: S,
};

const compiled = new Map<string, { cr: CompiledRulebook; byId: Map<string, RuleData> }>();

/** Compiled once per process; throws RulebookNotFoundError for an unknown rulebook. */
function compiledRulebook(id: string, version: string) {
  const key = `${id}@${version}`;
  let entry = compiled.get(key);
  if (entry === undefined) {
    const cr = compileRulebook(getRulebook(id, version));
    entry = { cr, byId: new Map(cr.rules.map((r) => [r.id, r])) };
    compiled.set(key, entry);
  }
  return entry;
}

/** Digests of a contract and of the parts trace steps read, computed once per contract object. */
interface ContractDigests {
  contract: string;
  scoring: string;
  decide: string;
  approvals: string;
}
// Contracts are long-lived objects (loaded once per process): digest each one once.
const contractDigests = new WeakMap<HandoffContract, ContractDigests>();
function digestsOf(contract: HandoffContract): ContractDigests {
  let d = contractDigests.get(contract);
  if (d === undefined) {
    const { thresholds, riskBands } = contract.scoring;
    d = {
      contract: digestOf(contract),
      scoring: digestOf(contract.scoring),
      decide: digestOf({ thresholds, riskBands, autoApprove: contract.approvals.autoApprove }),
      approvals: digestOf({ approvals: contract.approvals, routing: contract.routing }),
    };
    contractDigests.set(contract, d);
  }
  return d;
}

const rank = (r: RiskLevel) => RISK_LEVELS.indexOf(r);
const maxRisk = (a: RiskLevel, b: RiskLevel): RiskLevel => (rank(a) >= rank(b) ? a : b);

export function scorePackage(pkg: HandoffPackage, contract: HandoffContract): HandoffArtifact {
  const rulebooks = contract.rulebooks.map((r) => compiledRulebook(r.id, r.version));

  // 1. canonicalize: the package is hashed once; later steps reference its digest.
  const packageDigest = sha256Hex(canonicalJsonShaped(pkg, PACKAGE_SHAPE));
  // Sub-objects hashed for a trace step are reused verbatim when the artifact is hashed.
  const cache = new CanonicalCache();
  const cd = digestsOf(contract);
  const steps: TraceStep[] = [];
  const bound = { contract: cd.contract, package: packageDigest };
  steps.push({
    step: 'canonicalize',
    inputDigest: packageDigest,
    outputDigest: shapedDigest(bound, BOUND_SHAPE),
  });

  // 2. rules:<id>@<version>, one step per rulebook.
  const view = viewPackage(pkg);
  let findings: Finding[] = [];
  for (const { cr } of rulebooks) {
    const own = runRulebook(cr, view, contract);
    steps.push({
      step: `rules:${cr.id}@${cr.version}`,
      inputDigest: shapedDigest({ ...bound, rulebook: `${cr.id}@${cr.version}` }, RULES_INPUT_SHAPE),
      outputDigest: cache.digest(own, FINDINGS_SHAPE),
    });
    findings = findings.length === 0 ? own : findings.concat(own);
  }
  if (rulebooks.length > 1) findings = sortFindings(findings);
  const findingsDigest = rulebooks.length === 1 ? (steps[1] as TraceStep).outputDigest : digestOf(findings);

  // 3. score
  const scoring = contract.scoring;
  const penalties = [0, 0, 0, 0, 0];
  const dimIndex: Record<Dimension, number> = {
    completeness: 0,
    evidence: 1,
    policy: 2,
    channelFit: 3,
    consistency: 4,
  };
  let uncoveredPhrases = 0;
  let blockCount = 0;
  for (const f of findings) {
    const dim = DIMENSION_OF_FAMILY[f.family];
    penalties[dimIndex[dim]] = (penalties[dimIndex[dim]] as number) + scoring.penalties[f.severity];
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
  const scorecard = { total, dimensions };
  steps.push({
    step: 'score',
    inputDigest: shapedDigest(
      { findings: findingsDigest, scoring: cd.scoring, claims: { total: claimsTotal, backed: claimsBacked } },
      SCORE_INPUT_SHAPE,
    ),
    outputDigest: cache.digest(scorecard, SCORECARD_SHAPE),
  });

  // 4. decide: risk, outcome, confidence
  const bands = scoring.riskBands;
  let risk: RiskLevel =
    total < bands.criticalBelow
      ? 'critical'
      : total < bands.highBelow
        ? 'high'
        : total < bands.mediumBelow
          ? 'medium'
          : 'low';
  const riskReasons: string[] = [];
  if (blockCount > 0 && rank(risk) < rank('high')) {
    risk = 'high';
    riskReasons.push('risk raised to high: blocking findings');
  }
  const regulated = [...new Set(pkg.claims.map((c) => c.category))].filter((c) =>
    REGULATED_CATEGORIES.includes(c),
  );
  if (regulated.length > 0 && rank(risk) < rank('high')) {
    risk = 'high';
    riskReasons.push(`risk raised to high: regulated claim categories ${regulated.sort().join(', ')}`);
  }
  const criticalRules = new Set<string>();
  for (const f of findings) {
    if (f.severity === 'block' && (ruleOf(rulebooks, f.ruleId)?.riskDomains?.length ?? 0) > 0) {
      criticalRules.add(f.ruleId);
    }
  }
  if (criticalRules.size > 0 && risk !== 'critical') {
    risk = maxRisk(risk, 'critical');
    riskReasons.push(
      `risk raised to critical: blocking health/finance findings ${[...criticalRules].sort().join(', ')}`,
    );
  }

  const th = scoring.thresholds;
  const auto = contract.approvals.autoApprove;
  const reasons: string[] = [];
  let outcome: Outcome;
  const byRule = countByRule(findings);
  if (blockCount > 0 || total < th.blockBelow) {
    outcome = 'blocked';
    for (const [ruleId, c] of byRule) {
      if (c.severity === 'block') reasons.push(`block: ${ruleId} (${c.count}× first at ${c.first})`);
    }
    if (total < th.blockBelow) reasons.push(`score ${total} is below blockBelow ${th.blockBelow}`);
  } else if (
    auto.enabled &&
    total >= th.autoPassMin &&
    total >= auto.minScore &&
    rank(risk) <= rank(auto.maxRisk)
  ) {
    outcome = 'pass';
    reasons.push(`no blocking findings`);
    reasons.push(`score ${total} ≥ autoPassMin ${th.autoPassMin} and autoApprove.minScore ${auto.minScore}`);
    reasons.push(`risk ${risk} ≤ autoApprove.maxRisk ${auto.maxRisk}`);
  } else {
    outcome = 'needs-approval';
    if (!auto.enabled) reasons.push('auto-approval is disabled by the contract');
    if (total < th.autoPassMin) reasons.push(`score ${total} is below autoPassMin ${th.autoPassMin}`);
    if (total < auto.minScore) reasons.push(`score ${total} is below autoApprove.minScore ${auto.minScore}`);
    if (rank(risk) > rank(auto.maxRisk))
      reasons.push(`risk ${risk} exceeds autoApprove.maxRisk ${auto.maxRisk}`);
    for (const [ruleId, c] of byRule) {
      if (c.severity === 'warn') reasons.push(`warn: ${ruleId} (${c.count}× first at ${c.first})`);
    }
  }
  reasons.push(...riskReasons);
  const decision = { outcome, reasons };

  // Confidence = round-half-up(0.6 × evidence + 0.4 × completeness), in integers: how much of what
  // the package asserts is backed, and how much of what the contract asks for is there.
  const completeness = dimensions.completeness.score;
  const confidenceValue = Math.floor((60 * evidenceScore + 40 * completeness + 50) / 100);
  const confidence = {
    value: confidenceValue,
    basis: [
      `evidence ${evidenceScore}/100: ${claimsBacked} of ${claimsTotal} claims backed, ${uncoveredPhrases} uncovered claim phrases in copy`,
      `completeness ${completeness}/100`,
      'formula: round(0.6 × evidence + 0.4 × completeness)',
    ],
  };
  cache.json(decision, DECISION_SHAPE);
  cache.json(confidence, CONFIDENCE_SHAPE);
  steps.push({
    step: 'decide',
    inputDigest: shapedDigest(
      { scorecard: steps[steps.length - 1]?.outputDigest, policy: cd.decide },
      DECIDE_INPUT_SHAPE,
    ),
    outputDigest: cache.digest({ decision, risk, confidence }, DECIDE_OUTPUT_SHAPE),
  });

  // 5. route: approval group, approvers, downstream hints
  const channels = uniqueChannels(pkg);
  const approval = routeApproval(pkg, contract, risk, outcome, channels);
  const routing = {
    tag: SKILL.routingTag,
    downstream: contract.routing.downstream.map(
      (d): DownstreamHint => ({ consumer: d.consumer, hint: d.hint, when: d.when }),
    ),
  };
  cache.json(approval, APPROVAL_SHAPE);
  cache.json(routing, ROUTING_SHAPE);
  steps.push({
    step: 'route',
    inputDigest: shapedDigest(
      { decision: steps[steps.length - 1]?.outputDigest, approvals: cd.approvals },
      ROUTE_INPUT_SHAPE,
    ),
    outputDigest: cache.digest({ approval, routing }, ROUTE_OUTPUT_SHAPE),
  });

  const body: Omit<HandoffArtifact, 'report' | 'digest'> = {
    artifact: SKILL.artifactName,
    artifactVersion: SKILL.artifactVersion,
    package: {
      streamId: pkg.streamId,
      packageId: pkg.packageId,
      title: pkg.title,
      submittedAt: pkg.submittedAt,
      digest: packageDigest,
      channels,
    },
    contract: { id: contract.id, version: contract.version },
    scorecard,
    findings,
    decision,
    risk,
    confidence,
    approval,
    routing,
    evidence: pkg.claims.map((c) => ({
      claimId: c.id,
      category: c.category,
      refs: c.evidence.map((e) => e.ref),
    })),
    trace: {
      engineVersion: ENGINE_VERSION,
      contract: { id: contract.id, version: contract.version },
      rulebooks: rulebooks.map(({ cr }) => ({ id: cr.id, version: cr.version })),
      steps,
    },
  };
  // Add report, then digest, in place: the artifact keeps its documented key order without copies.
  const artifact = body as HandoffArtifact;
  artifact.report = renderReport(body);
  artifact.digest = cache.digest(artifact, ARTIFACT_SHAPE);
  return artifact;
}

/** The rule with this id in the first of the rulebooks that has it. */
function ruleOf(
  rulebooks: readonly { byId: ReadonlyMap<string, RuleData> }[],
  id: string,
): RuleData | undefined {
  for (const { byId } of rulebooks) {
    const r = byId.get(id);
    if (r !== undefined) return r;
  }
  return undefined;
}

function countByRule(findings: readonly Finding[]) {
  const m = new Map<string, { severity: Finding['severity']; count: number; first: string }>();
  for (const f of findings) {
    const c = m.get(f.ruleId);
    if (c === undefined) m.set(f.ruleId, { severity: f.severity, count: 1, first: f.pointer });
    else c.count++;
  }
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function uniqueChannels(pkg: HandoffPackage): Channel[] {
  const out: Channel[] = [];
  for (const c of pkg.channels) if (!out.includes(c.channel)) out.push(c.channel);
  return out;
}

/**
 * Routes are evaluated in order; the first whose every present condition holds picks the group
 * (minRisk ≤ risk; any listed channel present; any listed claim category present). Approvers are the
 * package's approvers in that group, else the contract's default group.
 */
export function routeApproval(
  pkg: HandoffPackage,
  contract: HandoffContract,
  risk: RiskLevel,
  outcome: Outcome,
  channels: readonly Channel[],
): ApprovalContext {
  const a = contract.approvals;
  const cats = new Set(pkg.claims.map((c) => c.category));
  let routeId = 'default';
  let group = a.defaultGroup;
  for (const r of a.routes) {
    const w = r.when;
    if (w.minRisk !== undefined && rank(risk) < rank(w.minRisk)) continue;
    if (w.channels !== undefined && !w.channels.some((c) => channels.includes(c))) continue;
    if (w.claimCategories !== undefined && !w.claimCategories.some((c) => cats.has(c))) continue;
    routeId = r.id;
    group = r.group;
    break;
  }
  const inGroup = (g: string) =>
    pkg.approvers.filter((p) => p.group === g).map((p) => ({ name: p.name, email: p.email }));
  let approvers = inGroup(group);
  let fallback = '';
  if (approvers.length === 0 && group !== a.defaultGroup) {
    fallback = `; no approver in group ${group}, fell back to default group ${a.defaultGroup}`;
    group = a.defaultGroup;
    approvers = inGroup(group);
  }
  const required = outcome !== 'pass';
  const why =
    outcome === 'pass'
      ? 'auto-approved: no blocking findings, score and risk within the contract autoApprove limits'
      : outcome === 'blocked'
        ? 'blocked: blocking findings or score below blockBelow must be fixed; a human decides on the resubmission'
        : 'human approval required: score or risk outside the contract autoApprove limits';
  return {
    required,
    reason: `${why}; route ${routeId} → group ${group}${fallback}`,
    routeId,
    group,
    approvers,
    timeoutSeconds: a.timeoutSeconds,
  };
}
