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
