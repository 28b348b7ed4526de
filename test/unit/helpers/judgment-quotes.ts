import type { HandoffPackage } from '#core/package-schema';
import { hits } from './engine-findings.ts';
import { publishingContract, withCopy } from './engine-fixtures.ts';

/** The judgment tests of stop 24 score under contract 3.0.0. */
export const contract3 = () => publishingContract('3.0.0');

/** Quotes of `ruleId`'s findings on `copy`, added as a caption (channel 1) to the clean package. */
export function quotes(
  ruleId: string,
  copy: string,
  edit?: (p: HandoffPackage) => void,
  language = 'en',
): (string | undefined)[] {
  const pkg = withCopy(copy, 'social-organic', 'caption', { language });
  edit?.(pkg);
  return hits(pkg, ruleId, contract3())
    .filter((f) => f.pointer.startsWith('/channels/1/'))
    .map((f) => f.quote);
}
