import type { Claim } from '#core/package-schema';
import { unsupportedGap } from '#core/rules/evidence-support';
import { findings, score } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';
import { attributionBank, reported } from './helpers/family-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 32, which family a claim finding reports under (ADR 0032). Lines are our own, written from the codes:
 * a proof or promise word is judged with the claim it qualifies (FTC Health Products Compliance Guidance:
 * "clinically proven" is an establishment claim about the health benefit; FINRA 2210(d)(1)(F) and the SEC
 * marketing rule: a guaranteed or risk-free return is a promise of investment performance); a ranking or a
 * comparison with the whole field is a superlative (CAP 3.7, 3.33; ASA "unqualified superlative claims"),
 * a comparison whose copy names the rivals is comparative (Directive 2006/114/EC art. 2(c), CAP 3.33-3.44).
 */

attributionBank('proof wording on a health effect reports under health', {}, [
  ['en', 'Clinically proven to lower your cholesterol in four weeks.', ['health']],
  ['en', 'Scientifically proven to boost your immune system this winter 💪', ['health']],
  ['en', 'Fights colds and flu. Clinically proven.', ['health']],
  ['en', 'Studies show our turmeric capsules relieve arthritis pain.', ['health']],
  ['de', 'Wissenschaftlich bewiesen: stärkt Ihre Abwehrkräfte.', ['health']],
  ['de', 'Klinisch getestet und senkt nachweislich den Cholesterinspiegel.', ['health']],
  ['es', 'Clínicamente probado para reducir el colesterol.', ['health']],
  ['es', 'Científicamente demostrado: refuerza tus defensas.', ['health']],
  ['fr', 'Cliniquement prouvé pour soulager les douleurs articulaires.', ['health']],
  ['fr', 'Prouvé scientifiquement : renforce votre système immunitaire.', ['health']],
  // Near-misses: the same proof words on a product's performance stay a substantiation problem.
  ['en', 'Clinically proven to remove 99% of limescale from your kettle.', ['substantiation']],
  ['en', 'Lab-tested to keep drinks cold for 24 hours.', ['substantiation']],
  ['de', 'Wissenschaftlich bewiesen: hält Kaffee zwölf Stunden heiß.', ['substantiation']],
  ['es', 'Científicamente probado: elimina la cal de tu cafetera.', ['substantiation']],
  ['fr', 'Scientifiquement prouvé : sèche vos cheveux en dix minutes.', ['substantiation']],
]);

attributionBank('a guaranteed or risk-free return reports under finance', {}, [
  ['en', 'Double your money in 5 years. Guaranteed.', ['finance']],
  ['en', 'Earn 12% a year on your savings — zero risk.', ['finance']],
  ['en', 'Our Growth Portfolio will double your money in five years, guaranteed.', ['finance']],
  ['en', 'Stake with us and earn 15% every month, risk-free.', ['finance']],
  ['en', 'Returns guaranteed: 8% a year on your savings.', ['finance']],
  ['de', 'Mit unserem Trading-Bot verdienen Sie 500 € pro Woche. Garantiert.', ['finance']],
  ['de', 'Garantiert 8 % Rendite pro Jahr – ohne Risiko.', ['finance']],
  ['es', 'Gana 500 € a la semana con nuestro bot de trading. Garantizado.', ['finance']],
  ['es', 'Gana un 15 % al mes con nuestro bot de trading, sin ningún riesgo.', ['finance']],
  ['fr', 'Gagnez 500 € par semaine avec notre robot de trading. Garanti.', ['finance']],
  // Near-misses: a guarantee of something other than a return, and "returns" that are not money.
  ['en', 'Returns guaranteed: at least one slightly wonky mug you will love anyway.', []],
  ['en', 'Guaranteed to fix any leak in minutes.', ['superlatives']],
  ['en', 'Free returns within 30 days, no questions asked.', []],
  ['de', 'Garantiert Erfolg bei jedem Fleck – oder Geld zurück.', ['superlatives']],
]);

attributionBank('a guaranteed health result reports under health', {}, [
  ['en', 'Ends joint pain for good. Guaranteed.', ['health']],
  ['en', 'Relieves arthritis pain in days, guaranteed.', ['health']],
  ['en', 'Cures your insomnia, guaranteed, or your money back.', ['health']],
  ['de', 'Lindert Gelenkschmerzen in wenigen Tagen – garantiert.', ['health']],
  ['es', 'Alivia el dolor de articulaciones en días. Garantizado.', ['health']],
  ['fr', 'Soulage les douleurs articulaires en quelques jours. Garanti.', ['health']],
  ['en', 'Lowers your blood pressure naturally — 100% effective.', ['health']],
  ['en', 'Boosts your immune system, risk-free.', ['health']],
  // Near-misses: a guarantee on a plain product is a superlative; satisfaction terms are not a promise.
  ['en', 'Removes every stain, guaranteed.', ['superlatives']],
  ['fr', 'Résultats garantis sur toutes les taches.', ['superlatives']],
  ['es', 'Resultados garantizados en cada lavado.', ['superlatives']],
  ['en', 'Guaranteed delivery by Friday on orders placed before noon.', []],
]);

attributionBank('a guaranteed measured result reports as the promise it is', {}, [
  ['en', 'Guaranteed to cut your energy bill in half.', ['superlatives']],
  ['en', 'Cuts your heating bill by 30%, guaranteed.', ['superlatives']],
  ['en', 'Guaranteed to make your laptop 50% faster.', ['superlatives']],
  ['en', 'Cleans 40% faster. Guaranteed.', ['superlatives']],
  ['en', '100% effective: reduces your water use by 25%.', ['superlatives']],
  ['en', 'Never fails: boosts your Wi-Fi range by 60%.', ['superlatives']],
  ['en', 'Risk-free: lowers your phone bill by 20%.', ['superlatives']],
  ['en', 'Zero risk, and it cuts your fuel use by 15%.', ['superlatives']],
  // Near-misses: the measured result alone is a substantiation problem.
  ['en', 'Cuts your energy bill by 30%.', ['substantiation']],
  ['en', 'Makes your laptop 50% faster.', ['substantiation']],
  ['en', 'Reduces your water use by 25% every month.', ['substantiation']],
  ['en', 'Boosts your Wi-Fi range by 60% in any room.', ['substantiation']],
]);

/** The topics the guarantee findings on the copy report under (channel 1 of the clean package). */
const guaranteeTopics = (copy: string): (string | undefined)[] =>
  findings(withCopy(copy, 'social-organic', 'caption', { language: 'en' }), contract3())
    .filter((f) => f.ruleId === 'claim.absolute-guarantee' && f.pointer.startsWith('/channels/1/'))
    .map((f) => f.topic);

// Review of stop 32: a full sentence never takes in a short one after it; a fragment ("Guaranteed.") still
// completes the sentence beside it, in either order.
describe('a guarantee reports under the claim of its own sentence, or of the one its fragment completes', () => {
  it.each([
    ['Our kettle is guaranteed to boil in 60 seconds. Lose 10kg fast!', 'superlatives'],
    ['Our kettle is guaranteed to boil in 60 seconds. Cures migraines!', 'superlatives'],
    ['Lose 10kg fast! Our kettle is guaranteed to boil in 60 seconds.', 'superlatives'],
    ['Cures migraines! Our kettle is guaranteed to boil in 60 seconds.', 'superlatives'],
    ['Lose 10kg in 4 weeks. Guaranteed.', 'health'],
    ['Guaranteed. Lose 10kg in 4 weeks.', 'health'],
  ])('%j reports its guarantee under %s', (copy, topic) => {
    expect(guaranteeTopics(copy)).toEqual([topic]);
  });
});

/** A comparative claim stating `text` with no evidence, cited by the copy. */
const claimOf = (text: string): Claim[] => [{ id: 'c1', text, category: 'comparative', evidence: [] }];
const rankingLines: [lang: string, claim: string, families: string[]][] = [
  ['es', 'Brava IPA es la cerveza artesana más vendida de España', ['superlatives']],
  ['es', 'El café de especialidad más vendido de Madrid', ['superlatives']],
  ['es', 'La cafetera exprés más silenciosa del mercado', ['superlatives']],
  ['de', 'Die Nachtwerk Hybrid ist die meistverkaufte Hybridmatratze in Deutschland', ['superlatives']],
  ['de', 'Das meistgekaufte Fahrradschloss Österreichs', ['superlatives']],
  ['en', 'The best-selling hybrid mattress in Britain', ['superlatives']],
  ['en', 'Ireland’s most popular meal kit', ['superlatives']],
  ['fr', 'La trottinette électrique la plus vendue de France', ['superlatives']],
  ['fr', 'Le vélo cargo le plus léger du marché', ['superlatives']],
  // Near-misses: a comparison with a named rival stays comparative.
  ['es', 'La cerveza artesana más vendida que Mahou en Aragón', ['comparative']],
  ['de', 'Die Nachtwerk Hybrid ist leiser als die Emma One', ['comparative']],
  ['en', 'Our hybrid mattress outlasts the Simba Original', ['comparative']],
  ['fr', 'La trottinette plus légère que la Xiaomi 4', ['comparative']],
];
describe('a claim that ranks in its market reports under superlatives', () => {
  it.each(rankingLines)('[%s] %j is reported under %j', (lang, claim, families) => {
    expect(reported(claim, lang, { claims: claimOf(claim) })).toEqual(families);
  });
});

/** A whole-field claim measured against three rivals, cited by copy that names them or does not. */
const wholeField = (text: string): { claims: Claim[] } => ({
  claims: [
    {
      id: 'c1',
      text,
      category: 'comparative',
      evidence: [
        {
          ref: 'Weekly price check of matched products at three rivals',
          kind: 'internal-data',
          summary: 'Matched products cheaper than at each of three rivals; no other shops checked.',
          verifiedOn: '2027-01-10',
          comparedWith: 'named-competitors',
          covers: 'part',
          likeForLike: true,
        },
      ],
    },
  ],
});
attributionBank(
  'a whole-field claim whose copy names the rivals: comparative (en)',
  wholeField('Lower prices than any other supermarket'),
  [
    ['en', 'Lower prices every week. This week 1,240 products cheaper than at Tesco.', ['comparative']],
    ['en', 'Lower prices on the big shop.* *Compared with Tesco, Asda and Morrisons.', ['comparative']],
    ['en', 'Every week, 980 products cheaper than at Aldi.', ['comparative']],
    ['en', 'Lower prices on the big shop, week in, week out.', ['superlatives']],
    ['en', 'Lower prices on the big shop. Fresh bread baked in store every morning.', ['superlatives']],
  ],
);
attributionBank(
  'a whole-field claim whose copy names the rivals: comparative (es)',
  wholeField('Ningún otro supermercado tiene precios más bajos'),
  [
    ['es', 'Precios bajos cada semana: 1.200 productos más baratos que en Mercadona.', ['comparative']],
    ['es', 'Precios bajos cada semana en toda tu compra.', ['superlatives']],
  ],
);
attributionBank(
  'a whole-field claim whose copy names the rivals: comparative (de)',
  wholeField('Kein anderer Supermarkt ist günstiger'),
  [
    ['de', 'Jede Woche 900 Artikel günstiger als bei Rewe.', ['comparative']],
    ['de', 'Jede Woche günstig einkaufen, ohne Kundenkarte.', ['superlatives']],
  ],
);
attributionBank(
  'a whole-field claim whose copy names the rivals: comparative (fr)',
  wholeField('Aucun autre supermarché n’est moins cher'),
  [
    ['fr', 'Cette semaine, 800 produits moins chers que chez Carrefour.', ['comparative']],
    ['fr', 'Des prix bas toute l’année, sans carte de fidélité.', ['superlatives']],
  ],
);

/** A substantiated claim's decision: a ranking measured among named products is not a named comparison. */
function decision(lang: string, claim: string): string {
  const pkg = withCopy(claim, 'social-organic', 'caption', { language: lang, claimRefs: ['r1'] });
  pkg.product = { categories: ['general'] };
  // The base package's e-mail channel: contract 2.0.0 asks for its consent.
  pkg.audience.consent = [{ channel: 'email', basis: 'opt-in', source: 'own-signup' }];
  pkg.contract = { id: 'campaign-package-to-publishing', version: '2.0.0' };
  pkg.claims.push({
    id: 'r1',
    text: claim,
    category: 'comparative',
    evidence: [
      {
        ref: 'Independent test of 11 models, issue 05/2026',
        kind: 'third-party-report',
        summary: 'Same test programme for all 11 models; this model scored best, the next best 0.3 lower.',
        verifiedOn: '2026-05-04',
        comparedWith: 'named-competitors',
        covers: 'all',
        likeForLike: true,
      },
    ],
  });
  return score(pkg, publishingContract('2.0.0')).decision.outcome;
}
describe('a substantiated ranking among named products passes; a named comparison goes to a person', () => {
  it.each([
    ['de', 'Der Gartenwerk M800 ist Testsieger bei den Mährobotern bis 800 m² (test 05/2026).', 'pass'],
    ['en', 'Rated No. 1 of 11 robot mowers in the 05/2026 independent test.', 'pass'],
    ['fr', 'Le meilleur robot tondeuse du test 05/2026, devant 10 modèles.', 'pass'],
    ['es', 'El robot cortacésped mejor valorado de la prueba 05/2026.', 'pass'],
    ['en', 'Mows quieter than the Husqvarna 405X in the 05/2026 independent test.', 'needs-approval'],
    ['de', 'Leiser als der Husqvarna 405X im Test 05/2026.', 'needs-approval'],
  ])('[%s] %j → %s', (lang, claim, outcome) => {
    expect(decision(lang, claim)).toBe(outcome);
  });
});

/** A deposit's rate stated as an annual equivalent rate is after costs: "intereses brutos" is no fee gap. */
const deposit = (text: string, summary: string): Claim => ({
  id: 'd1',
  text,
  category: 'finance',
  evidence: [{ ref: 'ALCO minutes 2027-03', kind: 'internal-data', summary, verifiedOn: '2027-02-05' }],
});
describe('an annual equivalent rate states its fee basis', () => {
  it.each([
    [
      'Depósito 12 meses: 2,20 % TAE (2,18 % TIN).',
      'TIN 2,18 %, TAE 2,20 %; penalización limitada a los intereses brutos devengados.',
    ],
    ['Tagesgeld: 3,0 % effektiver Jahreszins.', 'Zins 2,96 % p. a., Bruttozinsen monatlich gutgeschrieben.'],
    ['Easy Saver: 4.1% AER variable.', 'Rate 4.02% gross, paid monthly; AER 4.1%.'],
    ['High-yield savings: 4.25% APY.', 'Rate 4.17%, compounded daily, gross of tax withholding.'],
  ])('%j with %j', (text, summary) => {
    expect(unsupportedGap(deposit(text, summary))).toBeNull();
  });
  it.each([
    ['Our Growth Fund returned 11% in 2026.', 'Fund return 11.2% gross of fees, 2026.'],
    ['Notre fonds a rapporté 9 % en 2026.', 'Performance brute 2026 : 9,1 %.'],
  ])('a fund return without its fee basis still shows the gap: %j', (text, summary) => {
    expect(unsupportedGap(deposit(text, summary))).toBe('selected');
  });
});
