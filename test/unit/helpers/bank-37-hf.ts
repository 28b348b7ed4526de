import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Stop 37, round-38 health and finance (ADR 0028): each kind's lines must raise one of its rules, its
 * near-misses none. Written for the readings, not copied from the blind cases.
 */

/** The copy cites an evidenced health claim that states no figure (an authorised meal-replacement claim). */
const citesHealthClaim = (p: HandoffPackage): void => {
  p.claims.push({
    id: 'authorised',
    text: 'Substituting two daily meals of an energy-restricted diet with meal replacements contributes to weight loss.',
    category: 'health',
    evidence: [
      {
        ref: 'GB NHC Register: meal replacement for weight control',
        kind: 'legal-review',
        summary: 'Authorised claim; the product meets the composition conditions.',
        verifiedOn: '2026-11-01',
        covers: 'all',
      },
    ],
  });
  const d = p.channels[1]?.deliverables[0];
  if (d !== undefined) d.claimRefs = ['authorised'];
};

/** The package sells an investment and cites an evidenced finance claim (a yield figure). */
const citesFinanceClaim = (p: HandoffPackage): void => {
  p.product = { categories: ['investment'] };
  p.claims.push({
    id: 'yield',
    text: 'The portfolio paid 6% over the last 12 months.',
    category: 'finance',
    evidence: [
      {
        ref: 'Performance desk, trailing 12-month distribution yield',
        kind: 'internal-data',
        summary: 'Trailing 12-month yield 6.01%.',
        verifiedOn: '2026-11-01',
        covers: 'all',
      },
    ],
  });
  const d = p.channels[1]?.deliverables[0];
  if (d !== undefined) d.claimRefs = ['yield'];
};

export const WEIGHT_RULES = ['regulated.health-weight-loss'] as const;
export const CAPITAL_RULES = ['regulated.finance-capital-promise'] as const;
export const RISK_RULES = ['regulated.finance-risk-warning'] as const;
export const RIVAL_RULES = ['claim.competitor-comparison'] as const;

export const HF_KINDS: Kind[] = [
  {
    title: 'a weight-loss figure is not backed by a cited claim that does not state it',
    rules: WEIGHT_RULES,
    where: { edit: citesHealthClaim },
    fire: [
      ['en', 'Swap two meals a day and lose 6kg in three weeks.'],
      ['en', 'Drop 10 pounds before summer with our shakes.'],
      ['es', 'Sustituye dos comidas al día y pierde 5 kilos en un mes.'],
      ['de', 'Zwei Mahlzeiten ersetzen und bis zu 6 kg verlieren.'],
      ['fr', 'Remplacez deux repas par jour et perdez 4 kilos en 15 jours.'],
    ],
    quiet: [
      ['en', 'Swap two meals a day for a shake: 210 kcal, 20 g of protein.'],
      ['es', 'Cada batido aporta 210 kcal y 20 g de proteína.'],
      ['de', 'Jeder Shake hat 210 kcal und 20 g Eiweiß.'],
      ['fr', 'Chaque shake apporte 210 kcal et 20 g de protéines.'],
    ],
  },
  {
    title: 'invested capital said to be safe, or income paid whatever the market does',
    rules: CAPITAL_RULES,
    where: { edit: citesFinanceClaim },
    fire: [
      ['en', 'Your principal stays put while the income keeps coming.'],
      ['en', 'Capital protected: every loan is secured on property.'],
      ['en', 'Your initial investment is always safe with us.'],
      ['en', 'It pays 6% a year whatever the stock market is doing.'],
      ['en', 'Monthly income that doesn’t care what Wall Street does.'],
      ['en', 'Dividends keep flowing whether markets rise or fall.'],
      ['es', 'Tu capital está garantizado y cobras un 6 % al año.'],
      ['es', 'Cobra un 6 % al año, pase lo que pase en la bolsa.'],
      ['de', 'Ihr Kapital bleibt unangetastet, die Zinsen fließen jeden Monat.'],
      ['de', '6 % Rendite im Jahr, egal was die Börse macht.'],
      ['fr', 'Votre capital est protégé et vous touchez 6 % par an.'],
      ['fr', 'Un revenu de 6 % par an, quoi que fasse la bourse.'],
    ],
    quiet: [
      ['en', 'Capital at risk: your capital is not protected and you may get back less than you invest.'],
      ['en', 'This is not a capital protected product.'],
      ['en', 'Diversifying can help protect your capital over time.'],
      ['en', 'Our advisers answer your calls whatever the market is doing.'],
      ['en', 'Eligible deposits are protected up to £85,000 by the FSCS.'],
      ['en', 'Your investment is protected by our 10-year sofa warranty.'],
      ['en', 'The capital is safe to explore on foot at night.'],
      ['es', 'Tu capital no está garantizado: puedes perder parte de lo invertido.'],
      ['es', 'Te atendemos pase lo que pase en la bolsa.'],
      ['de', 'Ihr Kapital ist nicht geschützt; Verluste sind möglich.'],
      ['de', 'Einlagen sind bis 100.000 Euro gesetzlich gesichert.'],
      ['fr', 'Votre capital n’est pas garanti et peut baisser.'],
      ['fr', 'Nos conseillers vous répondent quoi que fasse la bourse.'],
    ],
  },
  {
    title: 'share dealing or P2P lending promoted without a risk warning',
    rules: RISK_RULES,
    fire: [
      [
        'en',
        'No commission on UK shares. Three taps and you own a piece of the companies you love. #investing',
      ],
      ['en', 'Buy US stocks from £1 in our app.'],
      ['en', 'Peer-to-peer lending from £100, fixed 8% returns.'],
      ['en', 'Lend to UK homeowners from £100: target 9% returns a year.'],
      ['es', 'Compra acciones sin comisiones desde nuestra app.'],
      ['de', 'Aktien kaufen ab 1 € in unserer App.'],
      ['fr', 'Achetez des actions dès 1 € depuis l’application.'],
      ['fr', 'Prêts entre particuliers : 7 % par an pour les prêteurs.'],
    ],
    quiet: [
      ['en', 'Invest in yourself: 400 courses for your interests.'],
      ['en', 'Share your photos and buy a gift card for a friend.'],
      ['en', 'No commission on UK shares. Capital at risk: investments can go down as well as up.'],
      ['en', 'Back in stock, with free returns within 30 days.'],
      ['en', 'Loved by 98% of buyers, with under 2% returns on our boots.'],
      [
        'es',
        'Compra acciones desde la app. El valor de la inversión puede bajar: puede perder parte del capital.',
      ],
      ['de', 'Aktien kaufen ab 1 €. Verlustrisiko: Der Wert Ihrer Anlage kann fallen.'],
      ['fr', 'Achetez des actions dès 1 €. Risque de perte en capital.'],
    ],
  },
  {
    title: 'a rate after "than" is a figure, not a competitor',
    rules: RIVAL_RULES,
    fire: [
      ['en', 'Our loans are cheaper than Barclays.'],
      ['es', 'Nuestros préstamos son más baratos que Santander.'],
      ['de', 'Unser Kredit ist günstiger als Sparkasse.'],
      ['fr', 'Notre crédit est moins cher que Cetelem.'],
    ],
    quiet: [
      ['en', 'Your rate depends on your credit history and may be higher than 5.99% APR.'],
      ['en', 'Savings rates no lower than 4.1% AER this year.'],
      ['es', 'Tu tipo puede ser más alto que el 6,9 % TAE.'],
      ['de', 'Ihr Zins kann höher als 5,99 % Sollzins sein.'],
      ['fr', 'Votre taux peut être plus élevé que 5,9 % TAEG.'],
    ],
  },
];
