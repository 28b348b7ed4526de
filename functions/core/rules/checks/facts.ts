import type { Channel, HandoffPackage } from '../../package-schema.ts';
import { ISO_REGION_CODES } from '../../regions.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Package facts (ADR 0021): how each e-mail and SMS list agreed to receive it, and the youngest age the
 * targeting admits, read from the fields where the brief states them, never from its prose (ADR 0020).
 * A fact that is not stated is no finding here: contract 2.0.0 asks for it at intake. Each check reads
 * its few fields once (O(consent entries + regions)); no regex.
 */

type Where = '*' | readonly string[] | { except: readonly string[] };

/** The first of the package's regions a rule's region list names ('' for anywhere), or null when none. */
function regionHit(where: Where | undefined, regions: readonly string[]): string | null {
  if (where === undefined) return null;
  if (where === '*') return '';
  if ('except' in where) {
    if (regions.length === 0) return '';
    return regions.find((r) => !where.except.includes(r)) ?? null;
  }
  return regions.find((r) => where.includes(r)) ?? null;
}

/** The channels of the package with copy that a rule limited to `channels` reads, in package order. */
function channelsWithCopy(pkg: HandoffPackage, channels: ReadonlySet<Channel> | null): Channel[] {
  const out: Channel[] = [];
  for (const plan of pkg.channels) {
    if (plan.deliverables.length > 0 && applies(channels, plan.channel) && !out.includes(plan.channel))
      out.push(plan.channel);
  }
  return out;
}

/** The quote of a consent entry, e.g. `email: none (rented)`. */
const quoteOf = (e: { channel: string; basis: string; source?: string | undefined }) =>
  `${e.channel}: ${e.basis}${e.source === undefined ? '' : ` (${e.source})`}`;

export const factChecks = {
  'audience-consent': {
    run(cc, sev, { view, out }) {
      const { pkg } = view;
      const stated = pkg.audience.consent ?? [];
      // No consent stated at all (a contract before 2.0.0): facts are read where stated.
      if (stated.length === 0) return;
      const { bases, sources } = cc.params;
      const regions = pkg.audience.regions ?? [];
      const index = new Map<Channel, number>();
      stated.forEach((e, i) => {
        index.set(e.channel, i);
      });
      for (const channel of channelsWithCopy(pkg, cc.channels)) {
        const i = index.get(channel);
        if (i === undefined) {
          // A missing entry has no source: a rule about list sources has nothing to read.
          const region = sources === undefined ? regionHit(bases.missing, regions) : null;
          if (region === null) continue;
          const vars = { channel, basis: 'missing', source: 'unstated', region, consent: 'not stated' };
          out.add(cc.rule, sev, '/audience/consent', null, vars, `${channel}: no entry`);
          continue;
        }
        const e = stated[i] as (typeof stated)[number];
        const region = regionHit(bases[e.basis], regions);
        if (region === null) continue;
        // A list whose source is not stated is read as `unknown`: a rule about sources cannot assume a good one.
        if (sources !== undefined && !sources.includes(e.source ?? 'unknown')) continue;
        const field = sources === undefined ? '/basis' : e.source === undefined ? '' : '/source';
        const source = e.source ?? 'unstated';
        const consent = e.source === undefined ? e.basis : `${e.basis} (${e.source} list)`;
        const vars = { channel, basis: e.basis, source, region, consent };
        out.add(cc.rule, sev, `/audience/consent/${i}${field}`, null, vars, quoteOf(e));
      }
    },
  },

  'audience-age': {
    run(cc, sev, { view, out }) {
      const { pkg } = view;
      const minAge = pkg.audience.minAge;
      if (minAge === undefined) return;
      const { products, ages } = cc.params;
      let product = '';
      if (products !== undefined) {
        const declared = (pkg.product?.categories ?? []).find((c) => products.includes(c));
        if (declared === undefined) return;
        product = declared;
      }
      // The highest age over the package's regions; `*` stands for every region the map does not name.
      let limit = -1;
      let region = '';
      const regions = pkg.audience.regions ?? [];
      for (const r of regions.length > 0 ? regions : ['*']) {
        const at = Object.hasOwn(ages, r) ? ages[r] : ages['*'];
        if (at !== undefined && at > limit) {
          limit = at;
          region = r === '*' ? 'every region' : r;
        }
      }
      if (minAge >= limit) return;
      const vars = { value: minAge, limit, region, product };
      out.add(cc.rule, sev, '/audience/minAge', null, vars, `minAge ${minAge}`);
    },
  },

  'region-codes': {
    run(cc, sev, { view, out }) {
      (view.pkg.audience.regions ?? []).forEach((code, i) => {
        if (ISO_REGION_CODES.has(code)) return;
        const meant = cc.params.aliases[code];
        const instead = meant === undefined ? '' : `; ${code} is written ${meant}`;
        out.add(cc.rule, sev, `/audience/regions/${i}`, null, { value: code, instead }, code);
      });
    },
  },
} satisfies CheckFamily;
