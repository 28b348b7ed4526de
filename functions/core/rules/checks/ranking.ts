import type { Claim } from '../../package-schema.ts';
import { ranksMarket } from '../claim-topic.ts';
import { paramRegex } from '../regex.ts';
import { excerpt } from '../text.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Words of an evidence reference that name its source ("Kantar Worldpanel", "NielsenIQ", "Ofcom"): capitalised
 * words that are not the brand's own names (`own`, an internal report's) and not `generic`.
 */
function sourceNames(c: Claim, own: string, generic: RegExp): string[] {
  const names = new Set<string>();
  for (const e of c.evidence) {
    // A name, not a capitalised word of a quoted title ("Más vendidos"): five letters or more, or an acronym of three or more.
    for (const m of e.ref.matchAll(
      /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}]{4,}|\p{Lu}(?:\p{Ll}\p{Lu}|\p{Lu}[\p{L}\p{N}])[\p{L}\p{N}]*)/gu,
    )) {
      const w = m[0].toLowerCase();
      if (!own.includes(w) && !generic.test(w)) names.add(w);
    }
  }
  return [...names];
}

/** The channel plans whose deliverables cite claim `id`, by index. */
function citing(
  plans: readonly { deliverables: readonly { claimRefs?: string[] | undefined }[] }[],
  id: string,
) {
  return plans.flatMap((plan, i) => {
    const j = plan.deliverables.findIndex((d) => d.claimRefs?.includes(id));
    return j < 0 ? [] : [[i, j] as const];
  });
}

/** Claims that rank in the market: verifiable only when the ad says where the ranking comes from. */
export const rankingChecks = {
  'ranking-basis': {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const ranking = out.ranking;
      if (ranking === undefined || !(view.pkg.audience.regions ?? []).some((r) => p.regions.includes(r)))
        return;
      let signpost: RegExp | undefined;
      let generic: RegExp | undefined;
      for (const c of view.backedClaims) {
        // Only evidence that measured the whole market makes a ranking against competitors a reader could name.
        if (!c.evidence.some((e) => e.comparedWith === 'whole-market') || !ranksMarket(c, ranking)) continue;
        generic ??= paramRegex(p.generic, 'iu');
        const names = sourceNames(c, view.ownLower, generic);
        const plans = view.pkg.channels;
        const cited = citing(plans, c.id).filter(([i]) => applies(cc.channels, plans[i]?.channel ?? null));
        // One channel that names the source is enough: the reviewer reads the campaign, not each format alone.
        signpost ??= paramRegex(p.signpost, 'iu');
        const re = signpost;
        const named = cited.some(([i]) => {
          const plan = plans[i] as (typeof plans)[number];
          const said = [...plan.deliverables.map((d) => d.copy), ...(plan.disclosures ?? [])].join('\n');
          const lower = said.toLowerCase();
          return re.test(said) || names.some((n) => lower.includes(n));
        });
        const first = cited[0];
        if (named || first === undefined) continue;
        const [i, j] = first;
        const copy = plans[i]?.deliverables[j]?.copy ?? '';
        const at = `/channels/${i}/deliverables/${j}/copy`;
        out.add(cc.rule, sev, at, null, { value: excerpt(c.text, 80), topic: ranking.topic }, copy);
      }
    },
  },
} satisfies CheckFamily;
