import type { Claim } from '#core/package-schema';
import { getRulebook } from '#core/rulebook';
import { claimTopic } from '#core/rules/claim-topic';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 31, a testimonial's own result. CASE-FORMAT and the FTC Endorsement Guides (16 CFR 255.2(b), CAP
 * 3.45-3.47): a customer's exceptional result needs what is typical beside it. When the copy that cites a
 * claim tells a person's result and the claim's only evidence is that customer's story, `evidence.quality`
 * reports under endorsements (the testimonial is the problem), not substantiation; a product claim that a
 * testimonial cannot back ("lab tested: 99%") stays a substantiation finding. Lines are our own.
 */
const RULE = 'evidence.quality';

/** The topic of the evidence finding on a claim stated as `claim` and cited by `copy`. */
function topicOf(lang: string, copy: string, claim: string): string | undefined {
  const pkg = withCopy(copy, 'social-paid', 'caption', { language: lang, claimRefs: ['t1'] });
  pkg.claims.push({
    id: 't1',
    text: claim,
    category: 'performance',
    evidence: [
      {
        ref: 'Customer story and release, 2026',
        kind: 'customer-testimonial',
        summary: 'One customer tells of her result.',
        verifiedOn: '2026-06-01',
      },
    ],
  });
  return hits(pkg, RULE, contract3())[0]?.topic;
}

describe('a testimonial result backed only by the customer: endorsements', () => {
  it.each([
    ['en', 'Dana cut her power bill by 62% with SunPeak panels.', 'Dana cut her power bill by 62%.'],
    ['en', '"I lost 9 kilos in 8 weeks!" – Priya, Leeds', 'Lose 9 kilos in 8 weeks.'],
    ['en', '"I was fluent in 6 weeks!" — Marco, Bristol', 'A learner became fluent in 6 weeks.'],
    ['fr', "Huit semaines plus tard, j'avais mon C1. Votre C1 en 8 semaines.", 'Votre C1 en 8 semaines.'],
    ['fr', 'Camille a décroché son C1 en 8 semaines. Et vous ?', 'Le C1 en 8 semaines.'],
    ['es', 'Perdí 6 kilos en dos meses con el plan Ritmo.', 'Pierde 6 kilos en dos meses.'],
    ['de', 'Ich habe 8 Kilo abgenommen, in nur zwölf Wochen.', '8 Kilo weniger in zwölf Wochen.'],
    ['de', 'Jana hat ihr C1 in zehn Wochen geschafft.', 'C1 in zehn Wochen.'],
  ])('[%s] %j', (lang, copy, claim) => {
    expect(topicOf(lang, copy, claim)).toBe('endorsements');
  });
});

describe('a product claim a testimonial cannot back: substantiation', () => {
  it.each([
    ['en', 'In lab testing, our sheets lifted 95% of stains in a cold wash.', 'Lifts 95% of stains.'],
    [
      'en',
      'I run it every morning and it picks up 99% of pet hair in one pass.',
      'Picks up 99% of pet hair.',
    ],
    ['en', 'Okay, real talk: I have two kids and these sheets come out spotless.', 'Lifts 95% of stains.'],
    ['fr', 'La semelle tient 1 000 km de sentiers sans perdre son grip.', 'Tient 1 000 km.'],
    ['es', 'Elimina el 99 % de la cal en 5 minutos, sin frotar.', 'Elimina el 99 % de la cal.'],
    ['de', 'Der Akku hält 40 Stunden durch, auch bei Kälte.', '40 Stunden Akku.'],
  ])('[%s] %j', (lang, copy, claim) => {
    expect(topicOf(lang, copy, claim)).toBe('substantiation');
  });
});

/** `endorsement.testimonial-on-file` on a claim stated as `claim`, backed by `kind`, cited from the copy or not. */
function onFile(kind: 'customer-testimonial' | 'study', cited: boolean): number {
  const pkg = withCopy(
    '“Twelve weeks ago I could order a coffee. Now I chat in Madrid.” – Aoife',
    'web-landing',
    'headline',
    {
      language: 'en',
      ...(cited && { claimRefs: ['t1'] }),
    },
  );
  pkg.claims.push({
    id: 't1',
    text: 'Aoife went from no Spanish to chatting in Madrid in 12 weeks.',
    category: 'general',
    evidence: [
      { ref: 'Signed release, 2026-11-02', kind, summary: 'Her learning log.', verifiedOn: '2026-11-02' },
    ],
  });
  return hits(pkg, 'endorsement.testimonial-on-file', contract3()).length;
}

describe('a customer story filed as a claim and cited from the copy goes to a person', () => {
  it('a cited testimonial claim is reported (info, endorsements)', () => {
    expect(onFile('customer-testimonial', true)).toBe(1);
  });
  it('the same claim not cited from any copy is not', () => {
    expect(onFile('customer-testimonial', false)).toBe(0);
  });
  it('a cited claim backed by a study is not a testimonial', () => {
    expect(onFile('study', true)).toBe(0);
  });
});

/**
 * RULE-SOURCES puts guarantees with superlatives ("best/#1/guaranteed" is objective unless puffery, CAP 3.7,
 * 3.11): a performance claim that promises its result absolutely ("doubles your traffic in 30 days,
 * guaranteed") is a superlative's problem when its evidence is missing, not plain substantiation. A delivery
 * guaranteed by a day, a jackpot guaranteed on the night, a guarantee of years keep their topic.
 */
const policy = getRulebook('marketing-default', '1.2.0').policy;
const guaranteeTopic = (category: Claim['category'], text: string) =>
  claimTopic({ id: 'c', text, category, evidence: [] }, policy?.topicOfCategory ?? {}, policy?.ranking);

describe('a result promised absolutely is a superlative', () => {
  it.each([
    ['performance', 'Rankrocket doubles website traffic in 30 days, guaranteed.'],
    ['performance', 'Guaranteed to cut your energy bill in half.'],
    ['performance', 'Doppelte Reichweite in 30 Tagen – garantiert.'],
    ['performance', 'Résultats garantis en deux semaines.'],
    ['performance', 'Pelo más fuerte en 4 semanas, garantizado.'],
  ] as const)('%s ¦ %j', (category, text) => {
    expect(guaranteeTopic(category, text)).toBe('superlatives');
  });
  it.each([
    ['performance', 'Orders by Wednesday 2pm guaranteed delivery by Friday.', 'substantiation'],
    ['performance', 'Lieferung garantiert bis Freitag bei Bestellung bis Mittwoch.', 'substantiation'],
    ['performance', 'Garantie 5 ans pièces et main-d’œuvre.', 'substantiation'],
    ['general', 'A £10,000 jackpot guaranteed on the night.', undefined],
    ['performance', 'Doubles your website traffic in 30 days.', 'substantiation'],
  ] as const)('%s ¦ %j keeps its topic', (category, text, topic) => {
    expect(guaranteeTopic(category, text)).toBe(topic);
  });
});
