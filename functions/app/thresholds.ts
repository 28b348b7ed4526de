import { getContract } from '#core/contracts';
import { suggestThresholds, type ThresholdSuggestion } from '#core/thresholds';
import type { TimeWindow } from '#core/time-window';
import type { Ports } from './ports.ts';

/**
 * `handoff thresholds suggest`: the runs of the window, and a suggestion per contract they ran under
 * (or for `only`), each from the pure rule in core/thresholds.ts.
 */
export async function suggestionsFor(
  ports: Pick<Ports, 'store'>,
  window: TimeWindow,
  only: { id: string; version: string } | undefined,
  minDecisions: number,
): Promise<ThresholdSuggestion[]> {
  const runs = await ports.store.listRuns(window);
  const refs = only
    ? [only]
    : [...new Set(runs.map((r) => `${r.contract.id}@${r.contract.version}`))].sort().map((k) => {
        const [id, version] = k.split('@') as [string, string];
        return { id, version };
      });
  const suggestions: ThresholdSuggestion[] = [];
  for (const ref of refs) {
    const contract = getContract(ref.id, ref.version);
    if (contract) suggestions.push(suggestThresholds(runs, contract, minDecisions));
  }
  return suggestions;
}
