import type { HandoffContract } from '#core/contract-schema';
import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { hits } from './engine-findings.ts';
import { engineContract, withCopy } from './engine-fixtures.ts';

/** The engine test contract with the marketing-topics rulebook added. */
export function topicsContract(): HandoffContract {
  const c = engineContract();
  c.rulebooks.push({ id: 'marketing-topics', version: '1.0.0' });
  c.allowedChannels.push('podcast', 'print', 'video', 'display-ad');
  return c;
}

/** One piece of copy, optionally with an audience; returns the findings of `ruleId`. */
export function fires(
  ruleId: string,
  copy: string,
  opts: {
    audience?: string;
    channel?: Channel;
    kind?: Deliverable['kind'];
    edit?: (p: HandoffPackage) => void;
  } = {},
) {
  const pkg = withCopy(copy, opts.channel ?? 'social-organic', opts.kind ?? 'caption');
  if (opts.audience !== undefined) pkg.audience.primary = opts.audience;
  opts.edit?.(pkg);
  return hits(pkg, ruleId, topicsContract());
}
