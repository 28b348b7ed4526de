import type { HandoffPackage } from '#core/package-schema';
import type { Kind, Line } from './judgment-bank.ts';

/**
 * Round 40, pricing (ADR 0028): the readings of the round's branch as banks, written from the codes. A free
 * trial whose own terms turn it into a paid plan, a price that leaves out a fee every buyer pays, "soldes"
 * outside France's legal sales periods, and the near-misses each reading must leave alone.
 */

/** A pricing claim with one evidence item, cited by nothing: what the brief's owner filed for the offer. */
export function withPricingClaim(text: string, summary: string) {
  return (p: HandoffPackage): void => {
    p.claims.push({
      id: 'offer-terms',
      text,
      category: 'pricing',
      evidence: [{ ref: 'Offer terms 2026-02', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
    });
  };
}

/** The trial's terms on file: a card is taken and the trial becomes the annual plan by itself. */
export const TRIAL_CONVERTS = withPricingClaim(
  'Free for one month.',
  'A card is taken at sign-up; on day 31 the trial converts automatically to the annual plan at €59.99 unless cancelled before.',
);
/** The same trial with no card taken: it stops by itself, so nothing is charged after it. */
export const TRIAL_STOPS = withPricingClaim(
  'Free for one month.',
  'No card is asked for at sign-up; the trial simply stops on day 31 and the account becomes read-only.',
);

/** The price on file: every order pays a booking fee on top of the quoted pass price. */
export const FEE_ON_EVERY_ORDER = withPricingClaim(
  'Day passes £24.',
  'Face value of a day pass £24; a mandatory £3 booking fee is charged on every order, total £27 per pass.',
);
/** The same price with an optional extra only: the quoted price is what a buyer pays. */
export const FEE_OPTIONAL = withPricingClaim(
  'Day passes £24.',
  'Face value of a day pass £24, the price every buyer pays; an optional £2 locker can be added at the gate.',
);

/** A package aimed at `region` whose offer runs from `launch` to `ends`. */
export function offerRuns(launch: string, ends: string, region = 'FR') {
  return (p: HandoffPackage): void => {
    p.audience.regions = [region];
    p.deadlines.launch = launch;
    p.offer = { ends, stock: 'not-limited', timer: 'none', repeats: false };
  };
}

/** Lines that call a trial free with nothing said of the charge that follows it. */
const TRIAL_FIRE: Line[] = [
  ['en', 'Try Lumo free for a whole month. No strings attached!'],
  ['en', 'Your first month is free, cancel whenever you like.'],
  ['en', 'Stream 30 days free with code SPRING30 🎬'],
  ['es', 'Pruébalo GRATIS durante un mes, ¡sin compromiso!'],
  ['es', 'El primer mes te sale gratis con mi código ANA10'],
  ['de', 'Einen Monat kostenlos testen, ganz ohne Risiko.'],
  ['de', 'Jetzt 30 Tage gratis ausprobieren!'],
  ['fr', "Essai gratuit d'un mois, sans engagement !"],
  ['fr', 'Le premier mois est offert, profitez-en !'],
];

/** The charge after the trial stated beside it, or a "free" that is no trial. */
const TRIAL_QUIET: Line[] = [
  ['en', 'Try Lumo free for a month, then €4.99/month. Cancel anytime.'],
  ['en', 'Free for 30 days, then $9.99 a month unless you cancel.'],
  ['en', 'Our tote bag is free with every order over £40.'],
  ['es', 'Prueba un mes gratis y después 4,99 €/mes; cancela cuando quieras.'],
  ['de', '30 Tage gratis testen, danach 4,99 € im Monat.'],
  ['de', 'Der Einstieg ist kostenlos, Kurse buchst du einzeln.'],
  ['fr', "Un mois d'essai offert, puis 4,99 € par mois."],
];

/** A quoted price without the fee on file, or copy that itself owns up to a compulsory fee left out. */
const FEE_FIRE: Line[] = [
  ['en', 'Day passes just £24, see you at the lido!'],
  ['en', 'Summer day pass: £24. Booking fee shown at checkout.'],
  ['en', 'Rooms from £89 a night. A compulsory resort fee is payable at the hotel.'],
  ['es', 'Pases de día por solo 24 €: ¡nos vemos en la piscina!'],
  ['es', 'Apartamentos desde 70 € la noche; la tasa de limpieza obligatoria se paga aparte.'],
  ['de', 'Tageskarten für 24 €, Sommer, wir kommen!'],
  ['de', 'Ferienwohnung ab 79 € pro Nacht. Die obligatorische Reinigungsgebühr wird vor Ort bezahlt.'],
  ['fr', "Pass journée à 24 € : plongez dans l'été !"],
  ['fr', "Chambres dès 95 € la nuit. Des frais de service obligatoires s'ajoutent à la réservation."],
];

/** The total with the fee in it, or the fee and its amount beside the price. */
const FEE_QUIET: Line[] = [
  ['en', 'Day passes £27 including the £3 booking fee.'],
  ['en', 'Day passes £27, all fees included.'],
  ['en', 'Rooms from £89 a night, no compulsory fees.'],
  ['es', 'Pases de día a 27 €, gastos de gestión incluidos.'],
  ['de', 'Tageskarte 27 € inkl. Buchungsgebühr.'],
  ['fr', 'Pass journée à 27 €, frais de réservation compris.'],
];

/** "Soldes" for an offer that runs in March, outside both legal periods. */
const SOLDES_FIRE: Line[] = [
  ['fr', 'Soldes de printemps : jusqu’à -50 % sur les vestes'],
  ['fr', 'Nos soldes continuent en mars, profitez-en !'],
  ['fr', 'Prix soldés sur toute la maroquinerie jusqu’au 25 mars'],
  ['fr', 'Articles soldés à -30 % ce week-end seulement'],
  ['fr', 'Les soldes de mi-saison commencent mercredi'],
  ['fr', 'SOLDES FLASH : la maille à -40 %'],
  ['fr', 'Vestes en solde dès aujourd’hui'],
  ['fr', 'Pré-soldes réservées aux membres du club'],
];

/** The same offer under another name, the balance of a card, and other markets' words for a sale. */
const SOLDES_QUIET: Line[] = [
  ['fr', 'Promotion de printemps : jusqu’à -50 % sur les vestes'],
  ['fr', 'Offre de mi-saison : -30 % sur la maroquinerie'],
  ['fr', 'Consultez le solde de votre carte cadeau en ligne'],
  ['fr', 'Prix réduits sur toute la maroquinerie jusqu’au 25 mars'],
  ['es', 'Rebajas de primavera: hasta -50 % en chaquetas'],
  ['de', 'Frühjahrsschlussverkauf: bis zu 50 % auf Jacken'],
  ['en', 'Spring sale: up to 50% off jackets'],
];

/** Round 40's pricing kinds, each with the facts its reading needs. */
export const PRICING_40: readonly Kind[] = [
  {
    title: 'a free trial that its own terms turn into a paid plan, the price after it unsaid',
    rules: ['pricing.free-trial-converts'],
    where: { edit: TRIAL_CONVERTS },
    fire: TRIAL_FIRE,
    quiet: TRIAL_QUIET,
  },
  {
    title: 'a price without the fee the package says every buyer pays',
    rules: ['pricing.mandatory-fee-omitted'],
    where: { edit: FEE_ON_EVERY_ORDER },
    fire: FEE_FIRE,
    quiet: FEE_QUIET,
  },
  {
    title: '"soldes" for an offer that runs outside the French legal sales periods',
    rules: ['pricing.sales-period'],
    where: { edit: offerRuns('2026-03-11', '2026-03-25') },
    fire: SOLDES_FIRE,
    quiet: SOLDES_QUIET,
  },
];

/** Fire lines that read the facts on file: quiet when the facts say otherwise. */
export const TRIAL_LINES = TRIAL_FIRE.filter(([, copy]) => !/renew/iu.test(copy));
export const FEE_LINES = FEE_FIRE.filter(([, copy]) => !/compulsory|obligatori|obligatoire/iu.test(copy));
export const SOLDES_LINES = SOLDES_FIRE;

/** A list price with no second price beside it is the price itself; with one it is a reference price. */
export const RETAIL_QUIET: Line[] = [
  ['en', 'Available from 15 May, suggested retail price $89 (750 ml).'],
  ['en', 'Retail price £45 for the 50 ml bottle, in shops from Friday.'],
  ['es', 'PVP 89 € (75 cl), a la venta desde el 15 de mayo.'],
  ['de', 'UVP 89 €, ab 15. Mai im Handel.'],
  ['fr', 'Prix public conseillé 89 €, disponible dès le 15 mai.'],
];
export const RETAIL_FIRE: Line[] = [
  ['en', 'Retail price $89, now just $59 for launch week!'],
  ['en', 'Retail price £45, today £29.99'],
  ['es', 'PVP 89 €, ahora 59 €'],
  ['de', 'UVP 89 €, jetzt nur 59 €'],
  ['fr', "Prix conseillé 89 €, aujourd'hui 59 €"],
];

/** A free plan beside a paid tier's price ("Pro price $4/month"): the tier's price is no charge of the free plan. */
export const FREE_TIER_QUIET: Line[] = [
  ['en', 'Free plan on iPhone, Android and the web.'],
  ['en', 'Start on the free plan; upgrade whenever you want.'],
  ['es', 'Plan gratuito en iPhone, Android y la web.'],
  ['de', 'Kostenloser Tarif auf iPhone, Android und im Web.'],
  ['fr', 'Offre gratuite sur iPhone, Android et le web.'],
];
export const PRO_PRICE = 'Pro price $4.00/month; the free plan has no time limit.';
export const PRO_PRICE_AND_SETUP = 'Pro price $4.00/month; every account, free or Pro, pays a $10 setup fee.';
