import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
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
}

const DIR = join(import.meta.dirname, 'ordinary-copy');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const ORDINARY: (Ordinary & { file: string })[] = FILES.flatMap((file) =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Ordinary[]).map((o) => ({ ...o, file })),
);

const contract = () => publishingContract('1.1.0');

/** Findings the fixture package has without the line (its own copy), so only the line's count. */
const blockOrWarn = (o: Ordinary) => {
  const pkg = withCopy(o.copy, o.channel ?? 'social-paid', o.channel === 'email' ? 'body' : 'caption', {
    language: o.language,
  });
  if (o.region) pkg.audience.regions = [o.region];
  return findings(pkg, contract())
    .filter((f) => f.severity !== 'info' && f.pointer.startsWith('/channels/1/'))
    .map((f) => `${f.ruleId} (${f.severity})`);
};

describe('ordinary copy stays clean', () => {
  it('reads every line, each with a reason', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(44);
    for (const o of ORDINARY) expect(o.why.length, o.copy).toBeGreaterThan(0);
  });

  it.each(ORDINARY)('$file $language: $copy', (o) => {
    expect(blockOrWarn(o)).toEqual([]);
  });
});
