import type {
  ApprovalContext,
  DeliverableLanguage,
  DownstreamHint,
  Finding,
  HandoffArtifact,
  Outcome,
  TraceStep,
} from './artifact-types.ts';
import { BUNDLED_TRIE_SOURCES } from './bundled-data.ts';
import type { Shape } from './canonical.ts';
import { CanonicalCache, canonicalJsonShaped, digestOf, sha256Hex } from './canonical.ts';
import type { HandoffContract, RiskLevel } from './contract-schema.ts';
import { ENGINE_VERSION, SKILL } from './identity.ts';
import type { Channel, HandoffPackage } from './package-schema.ts';
import { renderReport } from './report.ts';
import type { RuleData } from './rulebook.ts';
import { getRulebook } from './rulebook.ts';
import { attribute } from './rules/attribution.ts';
import type { CompiledRulebook, PackageView } from './rules/engine.ts';
import { compileRulebook, runRulebook, sortFindings, viewPackage } from './rules/engine.ts';
import { covered, languageOf } from './rules/language.ts';
import type { DecisionPolicy } from './scoring/decide.ts';
import { assessRisk, confidenceOf, decideOutcome, declaredTopics, topicsOf } from './scoring/decide.ts';
import { routeApproval, routingTopics, uniqueChannels } from './scoring/route.ts';
import { scoreFindings } from './scoring/scorecard.ts';
import {
  APPROVAL_SHAPE,
  ARTIFACT_SHAPE,
  BOUND_SHAPE,
  CONFIDENCE_SHAPE,
  DECIDE_INPUT_SHAPE,
  DECIDE_OUTPUT_SHAPE,
  DECISION_SHAPE,
  FINDINGS_SHAPE,
  PACKAGE_SHAPE,
  ROUTE_INPUT_SHAPE,
  ROUTE_OUTPUT_SHAPE,
  ROUTING_SHAPE,
  RULES_INPUT_SHAPE,
  SCORE_INPUT_SHAPE,
  SCORECARD_SHAPE,
} from './scoring/shapes.ts';

/**
 * The deterministic scoring core: (package, contract, bundled rulebooks) → artifact.
 * No clock, randomness, locale or environment is read here; time enters as the package's data.
 * All scores are integers computed in integer arithmetic. The steps live in scoring/: the scorecard,
 * the decision (risk, outcome, confidence), the approval route, and the shapes every hash uses.
 */

export { REGULATED_CATEGORIES } from './scoring/decide.ts';
export { routeApproval } from './scoring/route.ts';
export { DIMENSION_OF_FAMILY } from './scoring/scorecard.ts';
export { PACKAGE_SHAPE } from './scoring/shapes.ts';

const shapedDigest = (value: unknown, shape: Shape) => sha256Hex(canonicalJsonShaped(value, shape));

type CompiledEntry = { cr: CompiledRulebook; byId: Map<string, RuleData> };
const compiled = new Map<string, CompiledEntry>();

/** Compiled once per process; throws RulebookNotFoundError for an unknown rulebook. */
function compiledRulebook(id: string, version: string): CompiledEntry {
  const key = `${id}@${version}`;
  let entry = compiled.get(key);
  if (entry === undefined) {
    const baked = BUNDLED_TRIE_SOURCES[key];
    const cr = compileRulebook(getRulebook(id, version), baked && new Map(Object.entries(baked)));
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

/** The trace being built: its steps, the digest cache and the contract's digests. */
interface Trace {
  steps: TraceStep[];
  cache: CanonicalCache;
  digests: ContractDigests;
}

/** The severity policy of the contract's rulebooks, merged (the first rulebook that states a key wins). */
function policyOf(rulebooks: readonly CompiledEntry[]): DecisionPolicy {
  const regulated = new Set<string>();
  const review = new Set<string>();
  const topicOfCategory: Record<string, string> = {};
  const topicOfProduct: Record<string, string> = {};
  for (const { cr } of rulebooks) {
    for (const t of cr.regulated) regulated.add(t);
    for (const t of cr.policy?.reviewTopics ?? []) review.add(t);
    for (const [c, t] of Object.entries(cr.policy?.topicOfCategory ?? {})) topicOfCategory[c] ??= t;
    for (const [c, t] of Object.entries(cr.policy?.topicOfProduct ?? {})) if (t) topicOfProduct[c] ??= t;
  }
  const ranking = rulebooks.find(({ cr }) => cr.policy?.ranking !== undefined)?.cr.policy?.ranking;
  return { regulated, topicOfCategory, topicOfProduct, review, ranking };
}

/** The rule with this id in the first of the rulebooks that has it. */
function ruleOf(rulebooks: readonly CompiledEntry[], id: string): RuleData | undefined {
  for (const { byId } of rulebooks) {
    const r = byId.get(id);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** Step 2, rules:<id>@<version>: one trace step per rulebook; findings merged in a stable order. */
function runRules(
  rulebooks: readonly CompiledEntry[],
  policy: DecisionPolicy,
  view: PackageView,
  contract: HandoffContract,
  bound: { contract: string; package: string },
  { steps, cache }: Trace,
): { findings: Finding[]; findingsDigest: string } {
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
  // One claim, one family (ADR 0032): topics only, read across the rulebooks' findings.
  const attribution = rulebooks.find(({ cr }) => cr.policy?.attribution !== undefined)?.cr.policy
    ?.attribution;
  const attributed =
    attribution === undefined
      ? findings
      : attribute(findings, view.pkg, attribution, policy.topicOfCategory, policy.ranking);
  const findingsDigest =
    rulebooks.length === 1 && attributed === findings
      ? (steps[1] as TraceStep).outputDigest
      : digestOf(attributed);
  return { findings: attributed, findingsDigest };
}

/** Step 5, route: the approval group and approvers, and the downstream hints. */
function routeStep(
  pkg: HandoffPackage,
  contract: HandoffContract,
  risk: RiskLevel,
  outcome: Outcome,
  channels: readonly Channel[],
  topics: ReadonlySet<string>,
  trace: Trace,
): { approval: ApprovalContext; routing: HandoffArtifact['routing'] } {
  const approval = routeApproval(pkg, contract, risk, outcome, channels, topics);
  const routing = {
    tag: SKILL.routingTag,
    downstream: contract.routing.downstream.map(
      (d): DownstreamHint => ({ consumer: d.consumer, hint: d.hint, when: d.when }),
    ),
  };
  const { steps, cache } = trace;
  cache.json(approval, APPROVAL_SHAPE);
  cache.json(routing, ROUTING_SHAPE);
  steps.push({
    step: 'route',
    inputDigest: shapedDigest(
      { decision: steps[steps.length - 1]?.outputDigest, approvals: trace.digests.approvals },
      ROUTE_INPUT_SHAPE,
    ),
    outputDigest: cache.digest({ approval, routing }, ROUTE_OUTPUT_SHAPE),
  });
  return { approval, routing };
}

type Parts = Pick<
  HandoffArtifact,
  'scorecard' | 'findings' | 'decision' | 'risk' | 'confidence' | 'approval' | 'routing'
> & { steps: TraceStep[] };

/** The artifact without report and digest, keys in their documented order. */
function artifactBody(
  pkg: HandoffPackage,
  contract: HandoffContract,
  rulebooks: readonly CompiledEntry[],
  packageDigest: string,
  channels: Channel[],
  p: Parts,
): Omit<HandoffArtifact, 'report' | 'digest'> {
  return {
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
    scorecard: p.scorecard,
    findings: p.findings,
    decision: p.decision,
    risk: p.risk,
    confidence: p.confidence,
    approval: p.approval,
    routing: p.routing,
    evidence: pkg.claims.map((c) => ({
      claimId: c.id,
      category: c.category,
      refs: c.evidence.map((e) => e.ref),
    })),
    languages: deliverableLanguages(pkg),
    trace: {
      engineVersion: ENGINE_VERSION,
      contract: { id: contract.id, version: contract.version },
      rulebooks: rulebooks.map(({ cr }) => ({ id: cr.id, version: cr.version })),
      steps: p.steps,
    },
  };
}

/** Every deliverable's language, recorded in the artifact so a reader sees what was detected. */
function deliverableLanguages(pkg: HandoffPackage): DeliverableLanguage[] {
  return pkg.channels.flatMap((plan, i) =>
    plan.deliverables.map((d, j) => {
      const { language, source } = languageOf(d);
      // Copy too short to tell (`und`) is read by every rule, as the language check does.
      const tag = language ?? 'und';
      return {
        pointer: `/channels/${i}/deliverables/${j}`,
        language: tag,
        source,
        covered: language === null || covered(tag),
      };
    }),
  );
}

export function scorePackage(pkg: HandoffPackage, contract: HandoffContract): HandoffArtifact {
  const rulebooks = contract.rulebooks.map((r) => compiledRulebook(r.id, r.version));

  // 1. canonicalize: the package is hashed once; later steps reference its digest.
  const packageDigest = sha256Hex(canonicalJsonShaped(pkg, PACKAGE_SHAPE));
  // Sub-objects hashed for a trace step are reused verbatim when the artifact is hashed.
  const cache = new CanonicalCache();
  const cd = digestsOf(contract);
  const steps: TraceStep[] = [];
  const trace: Trace = { steps, cache, digests: cd };
  const bound = { contract: cd.contract, package: packageDigest };
  steps.push({
    step: 'canonicalize',
    inputDigest: packageDigest,
    outputDigest: shapedDigest(bound, BOUND_SHAPE),
  });

  // 2. rules (the merged policy is read by the attribution of findings and by the decision)
  const policy = policyOf(rulebooks);
  const { findings, findingsDigest } = runRules(rulebooks, policy, viewPackage(pkg), contract, bound, trace);

  // 3. score
  const scored = scoreFindings(findings, pkg, contract.scoring);
  const { scorecard, claimsTotal, claimsBacked, blockCount } = scored;
  const total = scorecard.total;
  steps.push({
    step: 'score',
    inputDigest: shapedDigest(
      { findings: findingsDigest, scoring: cd.scoring, claims: { total: claimsTotal, backed: claimsBacked } },
      SCORE_INPUT_SHAPE,
    ),
    outputDigest: cache.digest(scorecard, SCORECARD_SHAPE),
  });

  // 4. decide: risk, outcome, confidence
  const bands = contract.scoring.riskBands;
  const { risk, riskReasons } = assessRisk(total, blockCount, findings, pkg, bands, (id) =>
    ruleOf(rulebooks, id),
  );
  const topics = topicsOf(findings, pkg, policy);
  const declared = declaredTopics(pkg, policy);
  const { outcome, reasons } = decideOutcome(findings, total, blockCount, risk, contract, topics, declared);
  reasons.push(...riskReasons);
  const decision = { outcome, reasons };
  const confidence = confidenceOf(scored);
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
  const routeTopics = routingTopics(findings, topics);
  const { approval, routing } = routeStep(pkg, contract, risk, outcome, channels, routeTopics, trace);

  const body = artifactBody(pkg, contract, rulebooks, packageDigest, channels, {
    scorecard,
    findings,
    decision,
    risk,
    confidence,
    approval,
    routing,
    steps,
  });
  // Add report, then digest, in place: the artifact keeps its documented key order without copies.
  const artifact = body as HandoffArtifact;
  artifact.report = renderReport(body);
  artifact.digest = cache.digest(artifact, ARTIFACT_SHAPE);
  return artifact;
}
