import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Deliverable, HandoffPackage } from '#core/package-schema';
import { formatViolations, validatePackage } from '#core/validate-value';

/**
 * The one package-fixture builder: the benchmarks, the unit and simulation tests and the regression
 * corpus generator build their packages with these helpers. Every builder returns a fresh object;
 * `fixturePackage` runs the real validation edge, so a fixture that drifts from the schema fails loudly.
 */

export type Pkg = HandoffPackage;
type ChannelPlan = Pkg['channels'][number];

/** A package from a plain value, validated as intake validates it; throws with the violations if invalid. */
export function fixturePackage(value: unknown): Pkg {
  const r = validatePackage(value);
  if (!r.ok) throw new Error(`fixture package is invalid:\n${formatViolations(r.error)}`);
  return r.value;
}

const SAMPLES = {
  'spring-launch': 'sample-spring-launch.json',
  'newsletter-copy': 'sample-newsletter-copy.yaml',
} as const;
export type SampleName = keyof typeof SAMPLES;

const samples = new Map<SampleName, Record<string, unknown>>();

/** A fresh copy of a sample from events/packages/, as raw data (not validated: callers may break it). */
export function samplePackage(name: SampleName): Record<string, unknown> {
  let raw = samples.get(name);
  if (raw === undefined) {
    const file = SAMPLES[name];
    const text = readFileSync(new URL(`../../events/packages/${file}`, import.meta.url), 'utf8');
    raw = (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>;
    samples.set(name, raw);
  }
  return structuredClone(raw);
}

/** Appends a channel plan (its deliverables are at /channels/<last>/deliverables/…). */
export function addChannel(p: Pkg, plan: ChannelPlan): Pkg {
  p.channels.push(plan);
  return p;
}

/** Appends a channel with a single deliverable `extra` carrying `copy`. */
export function addCopy(
  p: Pkg,
  copy: string,
  channel: ChannelPlan['channel'],
  kind: Deliverable['kind'],
  extra: Partial<Deliverable> = {},
): Pkg {
  return addChannel(p, { channel, deliverables: [{ id: 'extra', kind, copy, ...extra }] });
}

/** The deliverable with this id on this channel; throws when there is none. */
export function copyOf(p: Pkg, channel: string, id: string): Deliverable {
  const d = p.channels.find((c) => c.channel === channel)?.deliverables.find((x) => x.id === id);
  if (!d) throw new Error(`no deliverable ${channel}/${id}`);
  return d;
}

/** The facts contract campaign-package-to-publishing@2.0.0 asks for (ADR 0021), as a package states them. */
export interface StatedFacts {
  categories: string[];
  consent?: { channel: string; basis: string; source?: string }[];
  minAge?: number;
}

/** What the 2.0.0 fixtures state unless told otherwise: alcohol to an own double-opt-in list, 18 and over. */
export const SAMPLE_FACTS: StatedFacts = {
  categories: ['alcohol'],
  consent: [{ channel: 'email', basis: 'double-opt-in', source: 'own-signup' }],
  minAge: 18,
};

/** Facts with something to show and to flag on the approval page: two products, a rented SMS list. */
export const MIXED_FACTS: StatedFacts = {
  categories: ['alcohol', 'dietary-supplement'],
  consent: [
    { channel: 'email', basis: 'double-opt-in', source: 'own-signup' },
    { channel: 'sms', basis: 'none', source: 'rented' },
  ],
  minAge: 18,
};

/**
 * A package (raw data, as `samplePackage` gives it) moved to contract 2.0.0 with the facts it states:
 * `product.categories`, `audience.consent` and `audience.minAge`. A fresh object; validate with
 * `fixturePackage` when the facts are meant to be valid.
 */
export function withFacts(raw: Record<string, unknown>, facts: StatedFacts = SAMPLE_FACTS) {
  const out = structuredClone(raw) as Record<string, unknown> & { audience: Record<string, unknown> };
  out.contract = { id: 'campaign-package-to-publishing', version: '2.0.0' };
  out.product = { categories: [...facts.categories] };
  if (facts.consent) out.audience.consent = structuredClone(facts.consent);
  if (facts.minAge !== undefined) out.audience.minAge = facts.minAge;
  return out;
}
