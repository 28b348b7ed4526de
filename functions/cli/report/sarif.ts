import { listRules } from '#core/rulebook';
import type { ScoredFile } from '../commands/scored.ts';
import { problemsOf } from './results.ts';

const LEVEL = { block: 'error', warn: 'warning', info: 'note' } as const;

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: string };
  properties: { family: string; channels: unknown };
}

/** Repository-relative forward-slash URI, as code scanning matches it against the checkout. */
const uriOf = (file: string) => file.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * SARIF 2.1.0: one run, the rulebook's rules as `tool.driver.rules` (with their level and rationale), one
 * result per finding or violation with the file and the line/column of the value its pointer names.
 */
export function toSarif(results: readonly ScoredFile[], version: string): object {
  const problems = problemsOf(results);
  const rules: SarifRule[] = listRules().map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: `${r.family}: ${r.id}` },
    fullDescription: { text: r.rationale },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { family: r.family, channels: r.channels },
  }));
  const known = new Set(rules.map((r) => r.id));
  for (const p of problems) {
    if (!known.has(p.ruleId)) {
      known.add(p.ruleId);
      rules.push({
        id: p.ruleId,
        name: p.ruleId,
        shortDescription: { text: `package schema: ${p.ruleId.replace(/^package\//, '')}` },
        fullDescription: { text: 'The package does not satisfy schema v1 or its contract.' },
        defaultConfiguration: { level: 'error' },
        properties: { family: 'package', channels: 'all' },
      });
    }
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'handoff', version, rules } },
        results: problems.map((p) => ({
          ruleId: p.ruleId,
          ruleIndex: index.get(p.ruleId),
          level: p.level,
          message: { text: p.message },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: uriOf(p.file) }, region: p.region },
              logicalLocations: [{ fullyQualifiedName: p.pointer || '/', kind: 'object' }],
            },
          ],
        })),
      },
    ],
  };
}
