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
