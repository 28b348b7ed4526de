import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '#core/artifact-types';
import type { Channel } from '#core/package-schema';
import { score } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Ordinary marketing copy that uses the words regulated rules look for — idioms, installments, a rosé
 * necklace, sports teams — and that a reviewer passes. A rule that learns wider wording must stay silent
 * here: each line is one that some rule change once blocked or warned, or that a judgment round wrote
 * before it widened a rule. The lines live in ordinary-copy/*.json (one file per round or area, so
 * rounds worked in parallel do not edit one list); `why` says what the line guards against.
 * Scored under campaign-package-to-publishing@1.1.0, as the copy of one deliverable on one channel.
 */
interface Ordinary {
  copy: string;
  language: 'en' | 'es' | 'de' | 'fr';
  channel?: Channel;
  region?: string;
  why: string;
  /** `needs-approval` for compliant copy of a regulated topic (a person routes it; nothing blocks it). */
  decision?: 'pass' | 'needs-approval';
  /** A false positive main still has: what fires, and why it is left. The test then asserts it still fires. */
  known?: string;
}

const DIR = join(import.meta.dirname, 'ordinary-copy');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const ORDINARY: (Ordinary & { file: string })[] = FILES.flatMap((file) =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Ordinary[]).map((o) => ({ ...o, file })),
);

const contract = () => publishingContract('1.1.0');
const NEUTRAL = 'See the new range.';
/** The neutral line, with what the channel itself asks for (a paid-partnership label, an SMS sender and opt-out). */
const neutralFor = (o: Ordinary) =>
  o.channel === 'influencer'
    ? `#ad ${NEUTRAL}`
    : o.channel === 'sms'
      ? `Trail Runner: ${NEUTRAL} Reply STOP to opt out.`
      : NEUTRAL;

/** The fixture package with `copy` on the line's channel; an e-mail gets the opt-out and address a real one carries. */
const packageWith = (o: Ordinary, copy: string) => {
  const email = o.channel === 'email';
  const pkg = withCopy(copy, o.channel ?? 'social-paid', email ? 'body' : 'caption', {
    language: o.language,
  });
  const plan = pkg.channels[1];
  if (email && plan !== undefined)
    plan.disclosures = ['Unsubscribe at any time.', '1 Market Street, London EC1A 1AA'];
  if (o.region) pkg.audience.regions = [o.region];
  return pkg;
};

/**
 * What the line adds to the package: warn/block findings anywhere (a channel-level one too) that the same
 * package with a neutral line lacks, and a decision other than pass (an info finding can route to a
 * person), or, for a line marked `needs-approval`, any decision but that.
 */
const problems = (o: Ordinary): string[] => {
  const key = (f: Finding) => `${f.ruleId} (${f.severity}) ${f.pointer}`;
  const before = new Set(score(packageWith(o, neutralFor(o)), contract()).findings.map(key));
  const after = score(packageWith(o, o.copy), contract());
  const added = after.findings.filter((f) => f.severity !== 'info' && !before.has(key(f))).map(key);
  if (after.decision.outcome !== (o.decision ?? 'pass')) {
    const routed = after.findings.filter((f) => !before.has(key(f))).map((f) => f.ruleId);
    added.push(`decision ${after.decision.outcome} (${[...new Set(routed)].join(', ')})`);
  }
  return added;
};

describe('ordinary copy stays clean', () => {
  it('reads every line, each with a reason', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(44);
    for (const o of ORDINARY) expect(o.why.length, o.copy).toBeGreaterThan(0);
  });

  it('the neutral line itself passes on every channel the lines use', () => {
    for (const channel of new Set(ORDINARY.map((o) => o.channel ?? 'social-paid'))) {
      const o = { copy: NEUTRAL, language: 'en', channel, why: '' } as const;
      expect(score(packageWith(o, neutralFor(o)), contract()).decision.outcome, channel).toBe('pass');
    }
  });

  it.each(ORDINARY.filter((o) => o.known === undefined))('$file $language: $copy', (o) => {
    expect(problems(o)).toEqual([]);
  });

  // A known false positive stays marked only while it fires: when a rule change fixes it, drop `known`.
  it.each(ORDINARY.filter((o) => o.known !== undefined))('known: $file $language: $copy', (o) => {
    expect(problems(o), o.known).not.toEqual([]);
  });
});
