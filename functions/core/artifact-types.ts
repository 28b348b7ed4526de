import type { Dimension, RiskLevel } from './contract-schema.ts';
import type { Channel } from './package-schema.ts';

/** One problem found in the package: which rule, how bad, where exactly. */
export interface Finding {
  ruleId: string;
  family: RuleFamily;
  severity: Severity;
  /** RFC 6901 JSON pointer into the package, e.g. /channels/0/deliverables/1/copy */
  pointer: string;
  /** Half-open UTF-16 code unit span [start, end) inside the string at `pointer`; null for structural findings. */
  span: [number, number] | null;
  message: string;
  /** The offending text, at most 120 characters. */
  excerpt?: string;
  /** The regulatory topic the finding concerns (rule data, or the claim category for evidence rules). */
  topic?: string;
  /** The exact text at `span`, quoted for a marketer (at most 120 characters). */
  quote?: string;
  /** Why it matters, in one sentence naming the rule it rests on. */
  why?: string;
  /** How to fix it, in one sentence. */
  fix?: string;
}

export type Severity = 'block' | 'warn' | 'info';

export const RULE_FAMILIES = [
  'completeness',
  'unsubstantiated-claim',
  'regulated-category',
  'disclosure',
  'placeholder',
  'personal-data',
  'link',
  'channel-limit',
  'inclusive-language',
  'readability',
  'consistency',
  'brand',
] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export type Outcome = 'pass' | 'needs-approval' | 'blocked';

export interface DimensionScore {
  /** Integer 0..100. */
  score: number;
  /** Integer weight from the contract; weights sum to 100. */
  weight: number;
}

export interface TraceStep {
  step: string;
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of the step's input. */
  inputDigest: string;
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of the step's output. */
  outputDigest: string;
}

export interface ApprovalContext {
  required: boolean;
  /** Why the human gate is (not) required. */
  reason: string;
  /** The route that selected the group, or 'default'. */
  routeId: string;
  group: string;
  approvers: { name: string; email: string }[];
  timeoutSeconds: number;
}

export interface DownstreamHint {
  consumer: string;
  hint: string;
  when: 'handed-off' | 'rejected' | 'rolled-back';
}

/** The language of one deliverable's copy, and whether the rules read it (a rulebook covers it, or `und`). */
export interface DeliverableLanguage {
  pointer: string;
  language: string;
  source: 'declared' | 'detected';
  covered: boolean;
}

/**
 * The primary artifact `handoff-contracting-artifact-marketing-and-storytelling` v1.
 * Everything except `delivery` is covered by `digest` and is a pure function of (package, contract, rulebooks).
 */
export interface HandoffArtifact {
  artifact: 'handoff-contracting-artifact-marketing-and-storytelling';
  artifactVersion: '1';
  package: {
    streamId: string;
    packageId: string;
    title: string;
    submittedAt: string;
    /** SHA-256 of the canonical package. */
    digest: string;
    channels: Channel[];
  };
  contract: { id: string; version: string };
  scorecard: { total: number; dimensions: Record<Dimension, DimensionScore> };
  findings: Finding[];
  decision: { outcome: Outcome; reasons: string[] };
  risk: RiskLevel;
  /** Confidence in the decision, integer 0..100, with what it rests on. */
  confidence: { value: number; basis: string[] };
  approval: ApprovalContext;
  routing: { tag: 'marketing-and-storytelling:generalist-engine'; downstream: DownstreamHint[] };
  evidence: { claimId: string; category: string; refs: string[] }[];
  /** Each deliverable's language as the engine read it: declared, or detected (`und` when unsure). */
  languages?: DeliverableLanguage[];
  trace: {
    engineVersion: string;
    contract: { id: string; version: string };
    rulebooks: { id: string; version: string }[];
    steps: TraceStep[];
  };
  /** Short human-readable Markdown report. */
  report: string;
  /** SHA-256 of the canonical artifact without `digest` and `delivery`. */
  digest: string;
  /** Run metadata added after scoring (flag evaluation, storage location, previous stable digest); not digested. */
  delivery?: Record<string, unknown>;
}
