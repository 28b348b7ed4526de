import type { Shape } from '../canonical.ts';

// Shapes of the objects hashed on every run (see canonical.ts): they skip key sorting, never change output.
const S = 'string';
const TEAM: Shape = { team: S, owner: { name: S, email: S } };
/** The package as hashed for its digest (the canonicalize step). */
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
  brand: { voice: [S], mandatories: [S], forbiddenTerms: [S], competitors: [S] },
  deadlines: { handoffDue: S, launch: S, reviewBy: S },
  approvers: [{ group: S, name: S, email: S }],
  sender: { postalAddress: S },
};
export const FINDINGS_SHAPE = [
  {
    ruleId: S,
    family: S,
    severity: S,
    pointer: S,
    span: null,
    message: S,
    excerpt: S,
    topic: S,
    quote: S,
    why: S,
    fix: S,
  },
] as const;
const DIM: Shape = { score: null, weight: null };
export const SCORECARD_SHAPE: Shape = {
  total: null,
  dimensions: { completeness: DIM, evidence: DIM, policy: DIM, channelFit: DIM, consistency: DIM },
};
const REF: Shape = { id: S, version: S };
export const DECISION_SHAPE: Shape = { outcome: S, reasons: [S] };
export const CONFIDENCE_SHAPE: Shape = { value: null, basis: [S] };
export const APPROVAL_SHAPE: Shape = {
  required: null,
  reason: S,
  routeId: S,
  group: S,
  approvers: [{ name: S, email: S }],
  timeoutSeconds: null,
};
export const ROUTING_SHAPE: Shape = { tag: S, downstream: [{ consumer: S, hint: S, when: S }] };
// Trace step inputs and outputs that are not artifact parts.
export const BOUND_SHAPE: Shape = { contract: S, package: S };
export const RULES_INPUT_SHAPE: Shape = { contract: S, package: S, rulebook: S };
export const SCORE_INPUT_SHAPE: Shape = { findings: S, scoring: S, claims: { total: null, backed: null } };
export const DECIDE_INPUT_SHAPE: Shape = { scorecard: S, policy: S };
export const DECIDE_OUTPUT_SHAPE: Shape = { decision: DECISION_SHAPE, risk: S, confidence: CONFIDENCE_SHAPE };
export const ROUTE_INPUT_SHAPE: Shape = { decision: S, approvals: S };
export const ROUTE_OUTPUT_SHAPE: Shape = { approval: APPROVAL_SHAPE, routing: ROUTING_SHAPE };
export const ARTIFACT_SHAPE: Shape = {
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
  languages: [{ pointer: S, language: S, source: S, covered: null }],
  trace: {
    engineVersion: S,
    contract: REF,
    rulebooks: [REF],
    steps: [{ step: S, inputDigest: S, outputDigest: S }],
  },
  report: S,
};
