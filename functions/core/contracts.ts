import campaignToPublishing090 from '../../contracts/campaign-package-to-publishing-0.9.0.json' with {
  type: 'json',
};
import campaignToPublishing100 from '../../contracts/campaign-package-to-publishing-1.0.0.json' with {
  type: 'json',
};
import campaignToPublishing110 from '../../contracts/campaign-package-to-publishing-1.1.0.json' with {
  type: 'json',
};
import campaignToPublishing200 from '../../contracts/campaign-package-to-publishing-2.0.0.json' with {
  type: 'json',
};
import campaignToPublishing300 from '../../contracts/campaign-package-to-publishing-3.0.0.json' with {
  type: 'json',
};
import copyToDesign100 from '../../contracts/copy-to-design-1.0.0.json' with { type: 'json' };
import creativeToProduction100 from '../../contracts/creative-brief-to-production-1.0.0.json' with {
  type: 'json',
};
import { BUNDLED_DATA_VALIDATED } from './bundled-data.ts';
import { DIMENSIONS, type HandoffContract, handoffContractSchema } from './contract-schema.ts';
import type { Result, Violation } from './errors.ts';
import { SKILL } from './identity.ts';
import { issueToViolations } from './validation/zod-issues.ts';

/**
 * The contract registry. Contracts are static JSON imports so esbuild bundles them into each Lambda; each
 * one is validated against the schema and the cross-field rules below when this module loads (the built CLI
 * has them validated at its build), so a bad contract fails the build's tests and the cold start, never a
 * handoff in flight.
 */

/** Problems the schema alone cannot express: weights sum to 100, thresholds and bands are ordered, tag. */
export function contractProblems(contract: HandoffContract): string[] {
  const problems: string[] = [];
  const { weights, thresholds, riskBands } = contract.scoring;
  const sum = DIMENSIONS.reduce((acc, d) => acc + weights[d], 0);
  if (sum !== 100) problems.push(`scoring weights must sum to 100 (they sum to ${sum})`);
  if (thresholds.blockBelow > thresholds.autoPassMin) {
    problems.push('thresholds.blockBelow must not exceed thresholds.autoPassMin');
  }
  if (!(riskBands.criticalBelow <= riskBands.highBelow && riskBands.highBelow <= riskBands.mediumBelow)) {
    problems.push('riskBands must satisfy criticalBelow <= highBelow <= mediumBelow');
  }
  if (contract.routing.tag !== SKILL.routingTag) {
    problems.push(`routing.tag must be '${SKILL.routingTag}'`);
  }
  const routeIds = contract.approvals.routes.map((r) => r.id);
  if (new Set(routeIds).size !== routeIds.length) problems.push('approval route ids must be unique');
  problems.push(...reminderProblems(contract));
  if (new Set(contract.allowedChannels).size !== contract.allowedChannels.length) {
    problems.push('allowedChannels must not repeat a channel');
  }
  (contract.requiredEvidenceFacts ?? []).forEach((r, i) => {
    if (
      new Set(r.claimCategories).size !== r.claimCategories.length ||
      new Set(r.fields).size !== r.fields.length
    ) {
      problems.push(`requiredEvidenceFacts[${i}] must not repeat a claim category or a field`);
    }
  });
  return problems;
}

/** A route's reminders ascend, and its escalation names another group of this contract after a reminder. */
function reminderProblems(contract: HandoffContract): string[] {
  const { defaultGroup, routes } = contract.approvals;
  const groups = new Set([defaultGroup, ...routes.map((r) => r.group)]);
  const problems: string[] = [];
  for (const r of routes) {
    const at = `approvals.routes[${r.id}]`;
    const reminders = r.reminders ?? [];
    if (reminders.some((p, i) => i > 0 && p <= (reminders[i - 1] as number))) {
      problems.push(`${at}.reminders must be strictly ascending percentages of the timeout (1..99)`);
    }
    if (r.escalateTo === undefined) continue;
    if (!groups.has(r.escalateTo)) {
      problems.push(`${at}.escalateTo must be an existing group (defaultGroup or a route's group)`);
    }
    if (r.escalateTo === r.group) problems.push(`${at}.escalateTo must differ from the route's group`);
    if (reminders.length === 0) {
      problems.push(`${at}.escalateTo needs at least one reminder: escalation happens at the last one`);
    }
  }
  return problems;
}

/** Validates unknown data as a contract: schema first, then the cross-field rules. */
export function parseContract(value: unknown): Result<HandoffContract, string[]> {
  const parsed = handoffContractSchema.safeParse(value);
  if (!parsed.success) {
    // Worded as package violations are: zod/mini itself says only "Invalid input".
    const violations = parsed.error.issues.flatMap((i) => issueToViolations(i, value, []));
    return { ok: false, error: violations.map((v) => `${v.pointer}: ${v.message} [${v.rule}]`) };
  }
  const problems = contractProblems(parsed.data);
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: parsed.data };
}

function load(name: string, value: unknown): HandoffContract {
  const result = parseContract(value);
  if (!result.ok) throw new Error(`contract ${name} is invalid:\n${result.error.join('\n')}`);
  return result.value;
}

/** The bundled contract files (file name → data), in registry order. */
const BUNDLED_FILES: readonly (readonly [string, unknown])[] = [
  ['creative-brief-to-production-1.0.0.json', creativeToProduction100],
  ['copy-to-design-1.0.0.json', copyToDesign100],
  ['campaign-package-to-publishing-0.9.0.json', campaignToPublishing090],
  ['campaign-package-to-publishing-1.0.0.json', campaignToPublishing100],
  ['campaign-package-to-publishing-1.1.0.json', campaignToPublishing110],
  ['campaign-package-to-publishing-2.0.0.json', campaignToPublishing200],
  ['campaign-package-to-publishing-3.0.0.json', campaignToPublishing300],
];

// A build that validated the files already (bin/build-cli.mjs, see bundled-data.ts) baked them in as parsed.
const REGISTRY: readonly HandoffContract[] = BUNDLED_FILES.map(([name, value]) =>
  BUNDLED_DATA_VALIDATED ? (value as HandoffContract) : load(name, value),
);

/** The bundled contract files validated (file name → the data as parsed): what a build bakes in. */
export function validatedContractFiles(): Record<string, HandoffContract> {
  return Object.fromEntries(BUNDLED_FILES.map(([name, value]) => [name, load(name, value)]));
}

/** The contract with this exact id and version, whatever its status; undefined if unknown. */
export function getContract(id: string, version: string): HandoffContract | undefined {
  return REGISTRY.find((c) => c.id === id && c.version === version);
}

/** Every known contract (all statuses), sorted by id then version. */
export function listContracts(): HandoffContract[] {
  return [...REGISTRY].sort((a, b) =>
    a.id === b.id ? compareSemver(a.version, b.version) : a.id < b.id ? -1 : 1,
  );
}

/** Numeric MAJOR.MINOR.PATCH comparison. */
export function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Looks up the contract a package references; unknown → a `contract_not_found` violation. */
export function resolveContract(ref: { id: string; version: string }): Result<HandoffContract, Violation[]> {
  const contract = getContract(ref.id, ref.version);
  if (contract) return { ok: true, value: contract };
  const known = listContracts()
    .filter((c) => c.id === ref.id)
    .map((c) => c.version);
  return {
    ok: false,
    error: [
      {
        pointer: '/contract',
        rule: 'contract_not_found',
        message: `contract ${ref.id}@${ref.version} does not exist${known.length ? ` (known versions: ${known.join(', ')})` : ''}`,
        expected: 'a known contract id and version',
        received: `${ref.id}@${ref.version}`.slice(0, 80),
      },
    ],
  };
}
/**
 * The contract-status rule: a draft contract does not take packages yet, a retired one no longer does
 * (a deprecated one still does, with a warning). The reason, or undefined when the contract is usable.
 */
export function contractUnavailability(contract: HandoffContract): string | undefined {
  return contract.status === 'draft' || contract.status === 'retired'
    ? `contract ${contract.id}@${contract.version} is ${contract.status}`
    : undefined;
}

/** The status rule as a violation, so `handoff validate` refuses what intake refuses. */
export function unavailabilityViolation(contract: HandoffContract): Violation | undefined {
  const reason = contractUnavailability(contract);
  if (reason === undefined) return undefined;
  return {
    pointer: '/contract',
    rule: 'contract_unavailable',
    message: reason,
    expected: 'an active or deprecated contract',
    received: contract.status,
  };
}
