import type { HandoffPackage } from '#core/package-schema';
import { GAMBLING_PROBLEMS, sellsGambling } from './helpers/bank-31-gambling.ts';
import {
  BANK_38_WORDING,
  OFFER_DEADLINE,
  REWARD_VALIDITY,
  SELF_EXCLUDED,
  SELF_EXCLUDED_LINE,
  SELF_EXCLUDED_REMOVED,
  sellsFoodInUs,
  sellsInUs,
  US_HELPLINE,
  US_NO_HELPLINE,
} from './helpers/bank-38-gambling.ts';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { fired, type Where } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 38, round 39 gambling (ADR 0028): betting sold as the way out of work or as a salary, the riskless
 * promise in other words, an audience that includes self-excluded people, a US ad without the helpline, and
 * a reward's own expiry that is no end of the offer. A near-miss fires no gambling problem rule at all.
 */
const PROBLEMS = [
  ...GAMBLING_PROBLEMS,
  'gambling.harmful-play',
  'gambling.age-notice',
  'gambling.self-excluded-audience',
  'gambling.us-helpline',
];

describe.each(BANK_38_WORDING)('gambling: $title', ({ rules, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, { edit: sellsGambling })).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(PROBLEMS, copy, lang, { edit: sellsGambling })).toEqual([]);
  });
});

/** The ids of `rules` on a package with the line (package-level rules put their finding on the first text). */
function ids(rules: readonly string[], copy: string, lang: string, where: Where): string[] {
  const pkg = withCopy(copy, where.channel ?? 'social-organic', where.kind ?? 'caption', { language: lang });
  where.edit?.(pkg);
  const wanted = new Set(rules);
  return [
    ...new Set(
      findings(pkg, contract3())
        .filter((f) => wanted.has(f.ruleId))
        .map((f) => f.ruleId),
    ),
  ];
}

const SELF_EXCLUDED_RULE = ['gambling.self-excluded-audience'];
const withAudience =
  (audience: string) =>
  (p: HandoffPackage): void => {
    sellsGambling(p);
    p.audience.primary = audience;
  };

describe('gambling: an audience that includes self-excluded people (LCCP SR 3.5.3, N.J.A.C. 13:69G-2)', () => {
  it.each(SELF_EXCLUDED)('[%s] %j fires', (lang, audience) => {
    const where = { channel: 'sms', kind: 'message', edit: withAudience(audience) } as const;
    expect(ids(SELF_EXCLUDED_RULE, SELF_EXCLUDED_LINE, lang, where)).toEqual(SELF_EXCLUDED_RULE);
  });
  it.each(SELF_EXCLUDED_REMOVED)('[%s] %j does not', (lang, audience) => {
    const where = { channel: 'sms', kind: 'message', edit: withAudience(audience) } as const;
    expect(ids(SELF_EXCLUDED_RULE, SELF_EXCLUDED_LINE, lang, where)).toEqual([]);
  });
  it('an audience of a package that sells no gambling is not read', () => {
    const edit = (p: HandoffPackage): void => {
      p.audience.primary = SELF_EXCLUDED[0]?.[1] ?? '';
    };
    const where = { edit };
    expect(ids(SELF_EXCLUDED_RULE, 'Meet the Trail Runner.', 'en', where)).toEqual([]);
  });
});

const HELPLINE_RULE = ['gambling.us-helpline'];
const PRINT: Where = { channel: 'print', kind: 'headline', edit: sellsInUs };

describe('gambling: a US ad without the problem-gambling helpline (N.J.A.C. 13:69C-14.2(c))', () => {
  it.each(US_NO_HELPLINE)('[%s] %j fires', (lang, copy) => {
    expect(fired(HELPLINE_RULE, copy, lang, PRINT)).toEqual(HELPLINE_RULE);
  });
  it.each(US_HELPLINE)('[%s] %j does not', (lang, copy) => {
    expect(fired(PROBLEMS, copy, lang, PRINT)).toEqual([]);
  });
  it.each(US_NO_HELPLINE)('[%s] %j does not in a GB package', (lang, copy) => {
    expect(fired(HELPLINE_RULE, copy, lang, { ...PRINT, edit: sellsGambling })).toEqual([]);
  });
  it('a casino hotel restaurant ad of a package that sells no gambling does not', () => {
    const copy = 'Seafood buffet every Friday at the Riverbend Casino Hotel. Reserve at riverbend.example.';
    expect(fired(HELPLINE_RULE, copy, 'en', { ...PRINT, edit: sellsFoodInUs })).toEqual([]);
  });
  it('the helpline in another text of the same ad excuses it; in another channel it does not', () => {
    const pkg = withCopy(US_NO_HELPLINE[0]?.[1] ?? '', 'print', 'headline', { language: 'en' });
    sellsInUs(pkg);
    const print = pkg.channels[1];
    print?.deliverables.push({ id: 'sub', kind: 'body', copy: 'Gambling problem? Call 1-800-GAMBLER.' });
    const on = (p: HandoffPackage) =>
      findings(p, contract3()).filter((f) => f.ruleId === 'gambling.us-helpline').length;
    expect(on(pkg)).toBe(0);
    print?.deliverables.pop();
    pkg.channels[0]?.disclosures?.push('Gambling problem? Call 1-800-GAMBLER.');
    expect(on(pkg)).toBe(1);
  });
});

const OFFER_RULE = ['urgency.offer-facts'];
const NO_END: Where = {
  channel: 'display-ad',
  kind: 'body',
  edit: (p) => {
    sellsInUs(p);
    p.offer = { ends: 'no-end-date', stock: 'not-limited', timer: 'none', repeats: false };
  },
};

describe('urgency: a reward’s own expiry is no end of an offer recorded without one (UCPD Annex I no. 7)', () => {
  it.each(REWARD_VALIDITY)('[%s] %j does not', (lang, copy) => {
    expect(fired(OFFER_RULE, copy, lang, NO_END)).toEqual([]);
  });
  it.each(OFFER_DEADLINE)('[%s] %j still fires (a guard)', (lang, copy) => {
    expect(fired(OFFER_RULE, copy, lang, NO_END)).toEqual(OFFER_RULE);
  });
});
