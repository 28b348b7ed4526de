import type { HandoffPackage } from '#core/package-schema';
import { getRulebook } from '#core/rulebook';
import { addCopy } from '../support/package-fixtures.ts';
import { findings, hits, score } from './helpers/engine-findings.ts';
import { cleanPackage, publishingContract } from './helpers/engine-fixtures.ts';

/**
 * Consent facts (ADR 0021): the `audience-consent` check reads `audience.consent` where the package
 * states it, on the channels the package has copy on, under contract 2.0.0's rulebooks.
 */
const contract = () => publishingContract('2.0.0');
type Consent = NonNullable<HandoffPackage['audience']['consent']>[number];
type Basis = Consent['basis'];
type Source = NonNullable<Consent['source']>;

/** The clean package (e-mail copy) aimed at `regions`, with consent as given; SMS copy and no e-mail on request. */
function pkg(
  regions: string[],
  consent: Consent[] | undefined,
  opts: { sms?: boolean; email?: boolean } = {},
): HandoffPackage {
  const p = cleanPackage();
  p.audience.regions = regions;
  p.product = { categories: ['general'] };
  if (consent !== undefined) p.audience.consent = consent;
  if (opts.sms) addCopy(p, 'Trail Runner: new colours in store. Reply STOP to opt out.', 'sms', 'message');
  if (opts.email === false) p.channels = p.channels.filter((c) => c.channel !== 'email');
  return p;
}
const email = (basis: Basis, source?: Source): Consent => ({
  channel: 'email',
  basis,
  ...(source && { source }),
});
const sms = (basis: Basis, source?: Source): Consent => ({
  channel: 'sms',
  basis,
  ...(source && { source }),
});
const fired = (p: HandoffPackage, ruleId: string) => hits(p, ruleId, contract());
const FACT_RULES = [
  'email.consent-none',
  'email.consent-unclear',
  'email.list-bought',
  'sms.consent-none',
  'sms.consent-unclear',
  'sms.list-bought',
];
const factFindings = (p: HandoffPackage) =>
  findings(p, contract()).filter((f) => FACT_RULES.includes(f.ruleId));

describe('email.consent-none: no consent where marketing e-mail needs it', () => {
  it.each(['GB', 'DE', 'FR', 'IE', 'NO', 'IS', 'LI', 'CH', 'CA', 'AU', 'NZ', 'JP', 'KR', 'CN', 'ZA', 'IL'])(
    'blocks an e-mail list without consent aimed at %s, at the basis field',
    (region) => {
      const [f, ...rest] = fired(pkg([region], [email('none', 'event')]), 'email.consent-none');
      expect(rest).toEqual([]);
      expect(f).toMatchObject({
        severity: 'block',
        topic: 'email',
        pointer: '/audience/consent/0/basis',
        span: null,
        quote: 'email: none (event)',
      });
      expect(f?.message).toContain(`aimed at ${region}`);
    },
  );

  it.each([['US'], ['BR']])('does not block in %s (CAN-SPAM is opt-out; no opt-in rule listed)', (region) => {
    expect(fired(pkg([region], [email('none')]), 'email.consent-none')).toEqual([]);
  });

  it('fires when one of several regions needs consent, naming it', () => {
    const [f] = fired(pkg(['US', 'GB'], [email('none')]), 'email.consent-none');
    expect(f?.message).toContain('aimed at GB');
  });

  it.each(['double-opt-in', 'opt-in', 'soft-opt-in', 'implied', 'unknown'] as Basis[])(
    'has no finding for basis %s in GB',
    (basis) => {
      expect(fired(pkg(['GB'], [email(basis)]), 'email.consent-none')).toEqual([]);
    },
  );

  it('reads the e-mail entry only when the package has e-mail copy', () => {
    const p = pkg(['GB'], [email('none'), sms('opt-in')], { sms: true, email: false });
    expect(fired(p, 'email.consent-none')).toEqual([]);
  });

  it('blocks the package and says why in its reasons', () => {
    const a = score(pkg(['GB'], [email('none', 'event')]), contract());
    expect(a.decision.outcome).toBe('blocked');
    expect(a.decision.reasons[0]).toMatch(
      /^E-mail list consent: none \(event list\); the package is aimed at GB/,
    );
  });
});

describe('email.consent-unclear: consent a person checks', () => {
  it.each([
    ['unknown', 'US'],
    ['unknown', 'GB'],
    ['implied', 'DE'],
    ['implied', 'GB'],
    ['implied', 'CH'],
    ['none', 'BR'],
    ['none', 'MX'],
  ] as [Basis, string][])('warns on %s in %s', (basis, region) => {
    expect(fired(pkg([region], [email(basis)]), 'email.consent-unclear')).toMatchObject([
      { severity: 'warn', topic: 'email', pointer: '/audience/consent/0/basis', quote: `email: ${basis}` },
    ]);
  });

  it.each([
    ['implied', 'CA'],
    ['implied', 'AU'],
    ['implied', 'US'],
    ['soft-opt-in', 'GB'],
    ['opt-in', 'DE'],
    ['double-opt-in', 'US'],
    ['none', 'GB'],
    ['none', 'JP'],
    ['none', 'US'],
  ] as [Basis, string][])('has no finding for %s in %s', (basis, region) => {
    expect(fired(pkg([region], [email(basis)]), 'email.consent-unclear')).toEqual([]);
  });

  it('asks about no consent in a region no rule lists, also beside the US, and with no region stated', () => {
    expect(fired(pkg(['US', 'BR'], [email('none')]), 'email.consent-unclear')).toHaveLength(1);
    expect(fired(pkg([], [email('none')]), 'email.consent-unclear')).toHaveLength(1);
  });

  it('lists in its exceptions exactly the US and the regions where email.consent-none blocks', () => {
    const book = getRulebook('marketing-default', '1.2.0');
    const params = (id: string) => {
      const match = book.rules.find((r) => r.id === id)?.match;
      if (match?.kind !== 'check') throw new Error(`${id} is not a check rule`);
      return match.params as { bases: Record<string, unknown> };
    };
    const blocks = params('email.consent-none').bases.none as string[];
    const unclear = params('email.consent-unclear').bases.none as { except: string[] };
    expect([...unclear.except].sort()).toEqual(['US', ...blocks].sort());
  });

  it('warns at /audience/consent when consent is stated for SMS but not for the e-mail copy', () => {
    const p = pkg(['US'], [sms('opt-in')], { sms: true });
    expect(fired(p, 'email.consent-unclear')).toMatchObject([
      { severity: 'warn', pointer: '/audience/consent', quote: 'email: no entry' },
    ]);
    expect(fired(p, 'email.consent-unclear')[0]?.message).toMatch(/^E-mail list consent: not stated;/);
  });

  it('sends the package to a person, not to a block', () => {
    const a = score(pkg(['US'], [email('unknown')]), contract());
    expect(a.decision.outcome).toBe('needs-approval');
  });
});

describe('email.list-bought: a bought or rented list', () => {
  it.each([
    ['purchased', 'opt-in'],
    ['rented', 'double-opt-in'],
    ['rented', 'unknown'],
    ['purchased', 'implied'],
    ['partner', 'opt-in'],
  ] as [Source, Basis][])('warns on a %s list (%s) at the source field', (source, basis) => {
    expect(fired(pkg(['US'], [email(basis, source)]), 'email.list-bought')).toMatchObject([
      { severity: 'warn', pointer: '/audience/consent/0/source', quote: `email: ${basis} (${source})` },
    ]);
  });

  it.each([
    ['own-signup', 'opt-in'],
    ['event', 'unknown'],
  ] as [Source, Basis][])('has no finding for a %s list (%s)', (source, basis) => {
    expect(fired(pkg(['US'], [email(basis, source)]), 'email.list-bought')).toEqual([]);
  });

  it('has no finding when the source is not stated, nor for a missing entry', () => {
    expect(fired(pkg(['US'], [email('opt-in')]), 'email.list-bought')).toEqual([]);
    expect(fired(pkg(['US'], [sms('opt-in', 'rented')], { sms: true }), 'email.list-bought')).toEqual([]);
  });
});

describe('sms.consent-none: no consent for marketing texts anywhere', () => {
  it.each(['US', 'GB', 'JP', 'BR'])('blocks an SMS list without consent aimed at %s', (region) => {
    const p = pkg([region], [email('opt-in'), sms('none', 'rented')], { sms: true });
    expect(fired(p, 'sms.consent-none')).toMatchObject([
      { severity: 'block', topic: 'sms', pointer: '/audience/consent/1/basis', quote: 'sms: none (rented)' },
    ]);
  });

  it('has no finding without SMS copy, nor for an e-mail list without consent', () => {
    expect(fired(pkg(['US'], [sms('none')]), 'sms.consent-none')).toEqual([]);
    expect(fired(pkg(['US'], [email('none'), sms('opt-in')], { sms: true }), 'sms.consent-none')).toEqual([]);
  });
});

describe('sms.consent-unclear: consent a person checks', () => {
  it.each([
    ['unknown', 'GB'],
    ['implied', 'GB'],
    ['implied', 'CA'],
    ['soft-opt-in', 'US'],
  ] as [Basis, string][])('warns on %s in %s', (basis, region) => {
    expect(fired(pkg([region], [sms(basis)], { sms: true }), 'sms.consent-unclear')).toMatchObject([
      { severity: 'warn', pointer: '/audience/consent/0/basis', quote: `sms: ${basis}` },
    ]);
  });

  it.each([
    ['soft-opt-in', 'GB'],
    ['soft-opt-in', 'CA'],
    ['opt-in', 'US'],
    ['double-opt-in', 'US'],
  ] as [Basis, string][])('has no finding for %s in %s', (basis, region) => {
    expect(fired(pkg([region], [sms(basis)], { sms: true }), 'sms.consent-unclear')).toEqual([]);
  });

  it('warns on SMS copy when consent is stated for e-mail only', () => {
    expect(fired(pkg(['GB'], [email('opt-in')], { sms: true }), 'sms.consent-unclear')).toMatchObject([
      { pointer: '/audience/consent', quote: 'sms: no entry' },
    ]);
  });

  it('sends SMS consent unknown to a person', () => {
    expect(
      score(pkg(['US'], [email('opt-in'), sms('unknown')], { sms: true }), contract()).decision.outcome,
    ).toBe('needs-approval');
  });
});

describe('sms.list-bought: a bought or rented list', () => {
  // Stop 32: CTIA 5.1.4 says rented, sold or shared opt-in lists are not to be texted at all.
  it('blocks a rented list with opt-in, at the source field', () => {
    expect(fired(pkg(['US'], [sms('opt-in', 'rented')], { sms: true }), 'sms.list-bought')).toMatchObject([
      { severity: 'block', pointer: '/audience/consent/0/source', quote: 'sms: opt-in (rented)' },
    ]);
  });

  it('has no finding for an own sign-up list', () => {
    expect(fired(pkg(['US'], [sms('opt-in', 'own-signup')], { sms: true }), 'sms.list-bought')).toEqual([]);
  });
});

describe('a package that states no consent', () => {
  it('has no consent finding at all (older contracts; 2.0.0 rejects it at intake)', () => {
    expect(factFindings(pkg(['GB'], undefined, { sms: true }))).toEqual([]);
    expect(factFindings(pkg(['GB'], [], { sms: true }))).toEqual([]);
  });

  it('reads consent where it is stated, not from the audience prose', () => {
    const p = pkg(['GB'], undefined);
    p.audience.primary = 'Trade-fair badge scans, no marketing consent';
    expect(factFindings(p)).toEqual([]);
  });
});

describe("soft opt-in from a list that is not the sender's customers", () => {
  it.each([
    ['email', 'event'],
    ['email', 'partner'],
    ['email', 'own-signup'],
    ['sms', 'unknown'],
  ] as ['email' | 'sms', Source][])(
    'warns on a %s soft opt-in from a %s list, at the source',
    (channel, source) => {
      const entry = channel === 'email' ? email('soft-opt-in', source) : sms('soft-opt-in', source);
      const p = pkg(['GB'], channel === 'email' ? [entry] : [email('opt-in'), entry], {
        sms: channel === 'sms',
      });
      const i = channel === 'email' ? 0 : 1;
      expect(fired(p, `${channel}.soft-opt-in-not-customers`)).toMatchObject([
        {
          severity: 'warn',
          pointer: `/audience/consent/${i}/source`,
          quote: `${channel}: soft-opt-in (${source})`,
        },
      ]);
    },
  );

  it("has no finding for the sender's own customers or another basis", () => {
    const rule = 'email.soft-opt-in-not-customers';
    expect(fired(pkg(['GB'], [email('soft-opt-in', 'own-customers')]), rule)).toEqual([]);
    expect(fired(pkg(['GB'], [email('opt-in', 'event')]), rule)).toEqual([]);
  });

  it('reads a soft opt-in whose source is not stated as an unknown list, at the entry', () => {
    expect(fired(pkg(['GB'], [email('soft-opt-in')]), 'email.soft-opt-in-not-customers')).toMatchObject([
      { severity: 'warn', pointer: '/audience/consent/0', quote: 'email: soft-opt-in' },
    ]);
  });

  it('asks about a bought US list without consent, as it does about one with consent', () => {
    expect(fired(pkg(['US'], [email('none', 'rented')]), 'email.list-bought')).toMatchObject([
      { severity: 'warn', pointer: '/audience/consent/0/source', quote: 'email: none (rented)' },
    ]);
    const a = score(pkg(['US'], [email('none', 'rented')]), contract());
    expect([a.decision.outcome, a.approval.group]).toEqual(['needs-approval', 'legal']);
  });
});

describe('who answers a consent question', () => {
  it('sends it to legal under contract 2.0.0 (route messaging-law), blocked or not', () => {
    const unclear = score(pkg(['US'], [email('unknown')]), contract());
    expect([unclear.decision.outcome, unclear.approval.routeId, unclear.approval.group]).toEqual([
      'needs-approval',
      'messaging-law',
      'legal',
    ]);
    const none = score(pkg(['GB'], [email('none')]), contract());
    expect([none.decision.outcome, none.approval.group]).toEqual(['blocked', 'legal']);
  });

  it('leaves the routes of older contracts as they were: they name no e-mail or SMS route', () => {
    const a = score(pkg(['US'], [email('unknown')]), publishingContract('1.1.0'));
    expect(a.approval.routeId).not.toBe('messaging-law');
    expect(a.approval.group).not.toBe('legal');
  });
});
