import type { ApprovalContext, Finding, Outcome } from '../artifact-types.ts';
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
 * The topics a route's `when.topics` reads: the regulated and review topics present (topicsOf), and the
 * topic of every finding that needs action (warn or block), so a contract may send e-mail and SMS law
 * questions (consent) to the group that answers them.
 */
export function routingTopics(findings: readonly Finding[], topics: ReadonlySet<string>): Set<string> {
  const out = new Set(topics);
  for (const f of findings) if (f.severity !== 'info' && f.topic !== undefined) out.add(f.topic);
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
  topics: ReadonlySet<string> = new Set(),
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
    if (w.topics !== undefined && !w.topics.some((t) => topics.has(t))) continue;
    routeId = r.id;
    group = r.group;
    break;
  }
  const inGroup = (g: string) =>
    pkg.approvers.filter((p) => p.group === g).map((p) => ({ name: p.name, email: p.email }));
  let approvers = inGroup(group);
  let fallback = '';
  if (approvers.length === 0 && group !== a.defaultGroup) {
    fallback = ` Nobody in the package belongs to ${group}, so it goes to ${a.defaultGroup} instead.`;
    group = a.defaultGroup;
    approvers = inGroup(group);
  }
  const required = outcome !== 'pass';
  const why =
    outcome === 'pass'
      ? 'Approved automatically: nothing blocks it and it is within the limits the contract sets.'
      : outcome === 'blocked'
        ? 'Blocked: fix what the findings say and resubmit; a person decides on the new version.'
        : 'A person must approve this package before it runs.';
  return {
    required,
    reason: `${why} It is routed to ${group} (route ${routeId}).${fallback}`,
    routeId,
    group,
    approvers,
    timeoutSeconds: a.timeoutSeconds,
  };
}
