import type { ApprovalContext, Outcome } from '../artifact-types.ts';
import type { HandoffContract, RiskLevel } from '../contract-schema.ts';
import type { Channel, HandoffPackage } from '../package-schema.ts';
import { rank } from './decide.ts';

/** The package's channels, first occurrence first. */
export function uniqueChannels(pkg: HandoffPackage): Channel[] {
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
