import type { Claim } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { hits, score } from './helpers/engine-findings.ts';
import { cleanPackage, publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** The contract packages name today (marketing-default@1.2.0 + marketing-topics@1.1.0). */
const contract = () => publishingContract('1.0.0');

const claim = (text: string, category: Claim['category'] = 'general'): Claim => ({
  id: 'c1',
  text,
  category,
  evidence: [],
});

describe('evidence that contradicts its own claim', () => {
  it.each([
    ['Only 2 left in stock.', 'Badge text is a fixed template shown on all product pages.'],
    ['37 people are viewing this right now.', 'The viewer count is a random integer.'],
    ['Sale ends when the timer hits zero.', 'The countdown restarts on each visit.'],
    ['Final hours: $300 off ends tonight.', 'The offer has been relaunched every Monday since January.'],
    ['Nur heute: 30 % auf alles.', 'Der Rabatt läuft täglich vom 01.02. bis 28.02.'],
    ['Plus que 3 chambres à ce prix.', '40 chambres doubles disponibles au tarif de 129 €.'],
    ['Nur noch 3 Plätze frei!', 'Der Online-Kurs hat unbegrenzt Plätze.'],
    ['Our pods are recyclable.', 'Curbside programs accepting them reach 18% of US households.'],
  ])('“%s” against “%s”', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(true);
  });

  it.each([
    [
      'Only 1 seat left at $129.',
      'Fare class L: 1 seat remaining at message generation, from live inventory.',
    ],
    [
      'Envío gratis solo el 25 de febrero.',
      'Activo únicamente el 25/02/2027; no hay otra promoción prevista.',
    ],
    ['Our pods are recyclable in 72% of US communities.', 'Curbside programs reach 72% of households.'],
    ['Sale ends Sunday.', 'Promotion calendar: sale from 1 to 7 March, then full price.'],
  ])('leaves “%s” with “%s” alone', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(false);
  });

  it('blocks a scarcity badge the evidence on file contradicts, and lets backed scarcity pass', () => {
    const fake = withCopy('Hurry! Only 2 left in stock!');
    fake.claims.push({
      ...claim('Only 2 left in stock.'),
      evidence: [
        {
          ref: 'Inventory snapshot 2027-02-11',
          kind: 'internal-data',
          summary: 'Badge text is a fixed template shown on all product pages; stock is 640 units.',
          verifiedOn: '2027-02-11',
        },
      ],
    });
    expect(hits(fake, 'urgency.scarcity', contract())[0]?.severity).toBe('block');
    expect(hits(fake, 'evidence.contradicted', contract())).toHaveLength(1);
    expect(score(fake, contract()).decision.outcome).toBe('blocked');

    const real = withCopy('Only 1 seat left at $129 on BOS-MIA.');
    real.claims.push({
      ...claim('Only 1 seat left at $129 on BOS-MIA.'),
      evidence: [
        {
          ref: 'Inventory API snapshot at send time',
          kind: 'internal-data',
          summary: 'Fare class L: 1 seat remaining at message generation.',
          verifiedOn: '2027-02-14',
        },
      ],
    });
    expect(hits(real, 'urgency.scarcity', contract())).toEqual([]);
  });
});

describe('rules read the languages they are written for', () => {
  it('does not run the English inclusive-language list on German copy', () => {
    const de = withCopy('Am Hang hinter der Hütte beginnt der Wanderweg.', 'social-organic', 'caption', {
      language: 'de',
    });
    expect(hits(de, 'inclusive.hang', contract())).toEqual([]);
    const en = withCopy('Short on manpower this season?', 'social-organic', 'caption', { language: 'en' });
    const deManpower = withCopy('Zu wenig Manpower im Team? Wir helfen.', 'social-organic', 'caption', {
      language: 'de',
    });
    expect(hits(en, 'inclusive.manpower', contract())).toHaveLength(1);
    expect(hits(deManpower, 'inclusive.manpower', contract())).toEqual([]);
  });

  it('records each deliverable language, declared or detected, and whether a rulebook covers it', () => {
    const pkg = withCopy('La nuova collezione è arrivata nel nostro negozio, per te.');
    const a = score(pkg, contract());
    expect(a.languages?.at(-1)).toEqual({
      pointer: '/channels/1/deliverables/0',
      language: 'it',
      source: 'detected',
      covered: false,
    });
    // A subject line too short to tell is recorded as `und` and read by every rule.
    expect(score(cleanPackage(), contract()).languages?.map((l) => [l.language, l.covered])).toEqual([
      ['und', true],
      ['en', true],
    ]);
    expect(a.report).toContain('it (1 detected, no rulebook)');
  });
});

describe('regulated topics route to a person even when nothing is wrong', () => {
  it.each([
    ['Our new hazy IPA is on tap this Friday. 21+, please drink responsibly.', 'alcohol.product'],
    ['Boosted odds on every Premier League match this weekend. 18+ BeGambleAware.', 'gambling.product'],
    ['Earn 4.50% APY on your savings. Variable rate, accurate as of Feb 1.', 'finance.product'],
    ['Our magnesium supplement now comes in a 60-capsule pack.', 'health.product'],
  ])('“%s” → %s, needs approval', (copy, ruleId) => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language: 'en' });
    expect(hits(pkg, ruleId, contract())).toHaveLength(1);
    expect(score(pkg, contract()).decision.outcome).not.toBe('pass');
  });

  it.each([
    'Try our bourbon vanilla coffee roast.',
    'A root beer float for every kid on Saturday.',
    "Don't gamble with the weather: the Northpeak shell packs into its own pocket.",
    'Invest in pieces that last: our wool coat.',
  ])('leaves “%s” alone', (copy) => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language: 'en' });
    const topical = score(pkg, contract()).findings.filter((f) =>
      ['alcohol', 'gambling', 'finance', 'health'].includes(f.topic ?? ''),
    );
    expect(topical).toEqual([]);
  });
});
