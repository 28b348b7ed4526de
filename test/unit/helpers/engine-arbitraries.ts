import fc from 'fast-check';
import type { Channel, ClaimCategory, DeliverableKind, HandoffPackage } from '#core/package-schema';
import { CHANNELS, CLAIM_CATEGORIES, DELIVERABLE_KINDS, handoffPackageSchema } from '#core/package-schema';
import { cleanPackage } from './engine-fixtures.ts';

/** Copy fragments mixing clean text with text that trips every rule family. */
export const FRAGMENTS = [
  'Light shoes for real trails.',
  'The best grip',
  'bestow',
  'guaranteed',
  '100% recycled',
  'TODO',
  'Lorem ipsum',
  'http://trail.shop',
  'https://example.com/x',
  'cures acne',
  'guaranteed returns',
  'carbon neutral',
  'call +1 415 555 0100',
  'jane@mail.com',
  'addict',
  'able-bodied',
  'master plan',
  '😀',
  'İstanbul ÜNÏCÖDÉ',
  'man’s best friend',
  '{{name}}',
  '[INSERT PRICE]',
  'cheap',
  'Better than Brand X',
  'Find your pair',
  '#ad',
  'Unsubscribe',
  'Notwithstanding considerable organizational uncertainty, comprehensive documentation necessitates collaboration.',
] as const;

const copyArb = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ minLength: 1, maxLength: 20 })), {
    minLength: 1,
    maxLength: 14,
  })
  .map((parts) => parts.join(' '))
  .filter((s) => s.length > 0 && s.length <= 20_000);

const slugArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const dayArb = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const deliverableArb = fc.record({
  kind: fc.constantFrom<DeliverableKind>(...DELIVERABLE_KINDS),
  copy: copyArb,
  refs: fc.option(fc.array(fc.constantFrom('weight', 'c0', 'c1', 'missing'), { maxLength: 3 }), {
    nil: undefined,
  }),
});

const claimArb = fc.record({
  category: fc.constantFrom<ClaimCategory>(...CLAIM_CATEGORIES),
  text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ minLength: 1, maxLength: 40 })),
  backed: fc.boolean(),
});

/** Valid packages (checked against the schema) that exercise every rule family. */
export const packageArb: fc.Arbitrary<HandoffPackage> = fc
  .record({
    channels: fc.array(
      fc.record({
        channel: fc.constantFrom<Channel>(...CHANNELS),
        deliverables: fc.array(deliverableArb, { minLength: 1, maxLength: 4 }),
        disclosures: fc.option(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 2 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    claims: fc.array(claimArb, { maxLength: 4 }),
    kpi: fc.record({
      baseline: fc.integer({ min: -50, max: 50 }),
      target: fc.integer({ min: -50, max: 50 }),
    }),
    due: dayArb,
    launch: dayArb,
    reviewBy: fc.option(dayArb, { nil: undefined }),
    hook: copyArb.map((s) => s.slice(0, 2000)),
    proofPoints: fc.boolean(),
    forbidden: fc.option(fc.array(fc.constantFrom('cheap', 'Brand X', 'Stomper'), { maxLength: 2 }), {
      nil: undefined,
    }),
    sender: fc.boolean(),
    streamId: slugArb,
  })
  .map((g) => {
    const pkg = cleanPackage();
    pkg.streamId = g.streamId;
    pkg.channels = g.channels.map((c, i) => ({
      channel: c.channel,
      deliverables: c.deliverables.map((d, j) => ({
        id: `d${i}-${j}`,
        kind: d.kind,
        copy: d.copy,
        ...(d.refs === undefined ? {} : { claimRefs: d.refs }),
      })),
      ...(c.disclosures === undefined ? {} : { disclosures: [...c.disclosures] }),
    }));
    pkg.claims.push(
      ...g.claims.map((c, i) => ({
        id: `c${i}`,
        text: c.text,
        category: c.category,
        evidence: c.backed ? [{ ref: `ref-${i}`, kind: 'study' as const }] : [],
      })),
    );
    (pkg.objective.kpis[0] as { baseline: number; target: number }).baseline = g.kpi.baseline;
    (pkg.objective.kpis[0] as { baseline: number; target: number }).target = g.kpi.target;
    pkg.deadlines = { handoffDue: g.due, launch: g.launch, ...(g.reviewBy ? { reviewBy: g.reviewBy } : {}) };
    pkg.story.hook = g.hook;
    if (!g.proofPoints) pkg.story.proofPoints = [];
    if (g.forbidden === undefined) delete pkg.brand.forbiddenTerms;
    else pkg.brand.forbiddenTerms = g.forbidden;
    if (!g.sender) delete pkg.sender;
    return handoffPackageSchema.parse(pkg);
  });

/** A deep clone whose every object has its keys inserted in a seeded random order. */
export function shuffleKeysDeep<T>(value: T, seed: number): T {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
      }
      const out: Record<string, unknown> = {};
      for (const k of keys) out[k] = walk((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
