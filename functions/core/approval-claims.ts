import { evidenceFactWords, kindLabel } from './approval-words.ts';
import type { HandoffPackage } from './package-schema.ts';

/**
 * The claims as the approval page shows them: each with its evidence in words and the findings about it.
 * An approver judges a claim by its evidence, so each item says what it is, where it is, when it was
 * verified and what it states of itself (ADR 0022): what it compared, how much of the claim it covers and
 * whether it compared like with like; a finding of `evidence.scope` is shown beside those words.
 */

/** One piece of evidence in words. */
export interface EvidenceView {
  ref: string;
  kind: string;
  summary?: string;
  verifiedOn?: string;
  /** What the item states of itself, one phrase per fact it states ("covers: only part of the claim"). */
  facts: string[];
}

/**
 * A claim with its evidence and the findings at or under it. `F` is the page's finding view
 * (approval-view.ts), left open so this module does not import the one that imports it.
 */
export interface ClaimView<F> {
  id: string;
  text: string;
  category: string;
  evidence: EvidenceView[];
  findings: F[];
}

/** Every claim in package order; `findingsAt` gives (and claims) the findings at or under a pointer. */
export function claimsOf<F>(pkg: HandoffPackage, findingsAt: (pointer: string) => F[]): ClaimView<F>[] {
  return pkg.claims.map((c, i) => ({
    id: c.id,
    text: c.text,
    category: c.category,
    evidence: c.evidence.map((e) => ({
      ref: e.ref,
      kind: kindLabel(e.kind),
      ...(e.summary ? { summary: e.summary } : {}),
      ...(e.verifiedOn ? { verifiedOn: e.verifiedOn } : {}),
      facts: evidenceFactWords(e),
    })),
    findings: findingsAt(`/claims/${i}`),
  }));
}
