import type { HandoffPackage } from '#core/package-schema';
import { recorded } from './bank-32-offers.ts';
import type { Kind, Where } from './judgment-bank.ts';

/**
 * Stop 32, offers: the compliant offers the same codes allow, as a brief would record them (the package
 * launches on Wednesday 1 April 2026). None may raise a pricing or urgency rule: a deadline stated with its
 * date and on file, a reference price with its 30-day basis (Art. 6a(2)), "free" with its condition up front
 * (16 CFR 251.1(c)), a countdown to a real event, stock the record backs, an edition of a stated run, opening
 * hours, a weekday end on file, payment terms and delivery cut-offs.
 */

/** A claim on file whose evidence is the price history of the "was" price the copy cites. */
const priceHistory = (p: HandoffPackage): void => {
  p.claims.push({
    id: 'was-price',
    text: 'Was £120, now £79',
    category: 'pricing',
    evidence: [
      {
        ref: 'till-export-2026-02',
        kind: 'internal-data',
        summary:
          'Sold at £120 every day from 1 January to 28 February 2026; lowest price of the 30 days before the sale £120',
        verifiedOn: '2026-02-28',
      },
    ],
  });
  const plan = p.channels[1];
  const line = plan?.deliverables[0];
  if (line) line.claimRefs = ['was-price'];
};

/** The brief's regular price for the sideboard, filed as evidence of the stock claim the copy cites. */
const allocation = (p: HandoffPackage): void => {
  p.claims.push({
    id: 'forty',
    text: 'Only 40 Harrow oak sideboards at £449.',
    category: 'pricing',
    evidence: [
      {
        ref: 'allocation-sheet-2026-03',
        kind: 'internal-data',
        summary:
          '40 sideboards allocated at £449 (regular £649 since September 2025) for the sale week only.',
        verifiedOn: '2026-02-20',
      },
    ],
  });
  const line = p.channels[1]?.deliverables[0];
  if (line) line.claimRefs = ['forty'];
};

/** An SMS flow: the first text names the recorded end, the line under test is a later reminder. */
const flow =
  (first: string, ends: string): Where['edit'] =>
  (p: HandoffPackage) => {
    p.offer = { ends, timer: 'none' };
    p.channels[1]?.deliverables.unshift({ id: 'first', kind: 'message', copy: first });
  };

/** A freemium product: its free plan stays free, its paid tier has a price. */
const freemium =
  (terms: string): Where['edit'] =>
  (p: HandoffPackage) => {
    p.channels.push({
      channel: 'web-landing',
      deliverables: [{ id: 'terms', kind: 'landing-copy', copy: terms }],
    });
  };

export const OFFER_NEAR_MISSES: Kind[] = [
  {
    title: 'a deadline stated with its date, the record ending then (CAP 3.31; CMA)',
    rules: [],
    where: { edit: recorded({ ends: '2026-04-12', timer: 'none' }) },
    fire: [],
    quiet: [
      ['en', 'Spring sale: 20% off everything until Sunday 12 April.'],
      ['en', 'Sale ends 12 April 2026 at 11:59 pm BST. 25% off all rugs.'],
      ['en', 'Last day to save 30% is Sunday, 12 April.'],
      ['en', '20% off ends 12/04/2026 — terms at the till.'],
      ['es', 'Rebajas de primavera: 20 % hasta el domingo 12 de abril.'],
      ['es', 'La oferta termina el 12 de abril de 2026.'],
      ['de', 'Frühjahrs-Sale: 20 % auf alles bis Sonntag, 12. April.'],
      ['de', 'Aktion endet am 12.04.2026 um 23:59 Uhr.'],
      ['fr', "Soldes de printemps : -20 % jusqu'au dimanche 12 avril."],
      ['fr', "L'offre se termine le 12 avril 2026 à minuit."],
    ],
  },
  {
    title: 'a reference price with its 30-day basis, or its price history on file (Art. 6a(2); 16 CFR 233.1)',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Was £80 (lowest price in the 30 days before the sale), now £60.'],
      ['en', 'Now $45. Lowest price in the last 30 days: $60.'],
      ['es', 'Antes 80 € (precio más bajo de los últimos 30 días), ahora 60 €.'],
      ['de', 'Niedrigster Preis der letzten 30 Tage: 80 €. Jetzt 60 €.'],
      ['fr', 'Prix le plus bas des 30 derniers jours : 80 €. Aujourd’hui 60 €.'],
      ['en', 'RRP £38.'],
    ],
  },
  {
    title: 'a "was" price whose price history is filed as evidence of the claim the copy cites',
    rules: [],
    where: { edit: priceHistory },
    fire: [],
    quiet: [['en', 'Was £120, now £79 on the Trail Runner.']],
  },
  {
    title: 'a "was" price whose regular price is in the evidence of the claim the copy cites',
    rules: [],
    where: { edit: allocation },
    fire: [],
    quiet: [
      ['en', 'The Harrow sideboard is £449 (usually £649), with only 40 at that price.'],
      ['en', 'Harrow oak sideboard £449 (was £649): 40 available at this price.'],
    ],
  },
  {
    title: 'a reminder in an SMS flow on the last day the flow and the record state',
    rules: [],
    where: {
      channel: 'sms',
      kind: 'message',
      edit: flow('Pawcrate: 20% off salmon chews thru 4/12. Reply STOP to opt out.', '2026-04-12'),
    },
    fire: [],
    quiet: [
      ['en', 'Pawcrate: Last day for 20% off salmon chews! Reply STOP to opt out.'],
      ['en', 'Pawcrate: Last day! 20% off ends at midnight. Reply STOP to opt out.'],
    ],
  },
  {
    title: 'a reminder in an SMS flow, in Spanish, German and French',
    rules: [],
    where: {
      channel: 'sms',
      kind: 'message',
      edit: flow(
        'Pawcrate: -20 % hasta el 12 de abril / bis 12.4. / jusqu’au 12/04. STOP al 2020.',
        '2026-04-12',
      ),
    },
    fire: [],
    quiet: [
      ['es', 'Pawcrate: ¡Último día del 20 % de descuento! STOP al 2020.'],
      ['de', 'Pawcrate: Letzter Tag für 20 % Rabatt! STOPP an 2020.'],
      ['fr', 'Pawcrate : dernier jour pour -20 % ! STOP au 2020.'],
    ],
  },
  {
    title: 'free to start, with a paid tier priced on the landing page (16 CFR 251.1(b))',
    rules: [],
    where: { edit: freemium('Free plan, no card needed. Pro is £7.99/month; Premium: 4,99 €/mes.') },
    fire: [],
    quiet: [
      ['en', 'Build your CV free 👇'],
      ['en', 'Dami got a free year of Shortlist Pro for sharing her story.'],
      ['es', 'Empieza gratis hoy.'],
      ['de', 'Jetzt kostenlos starten.'],
      ['fr', 'Commencez gratuitement.'],
    ],
  },
  {
    title: 'a time that is no deadline: a product’s effect, a service time, a one-time code',
    rules: [],
    where: { edit: recorded({ ends: 'no-end-date' }) },
    fire: [],
    quiet: [
      ['en', 'Lab tested: 99% of limescale gone in 5 minutes.'],
      ['en', 'Stains gone in 5 minutes, no scrubbing.'],
      ['es', 'Traer tu número es gratis y lo hacemos en 24 horas laborables.'],
      ['es', 'Tu código de acceso caduca en 10 minutos.'],
      ['es', 'El enlace para restablecer tu contraseña caduca en 30 minutos.'],
      ['de', 'Lieferung in 24 Stunden, 20 % Rabatt auf Zubehör.'],
      ['fr', 'Livré dans 24 heures, -20 % sur les accessoires.'],
      ['es', 'Solo quedan 3 días para inscribirte en la carrera.'],
      ['en', 'Just 3 hours left to enter the prize draw.'],
    ],
  },
  {
    title: '"free" with its condition up front (16 CFR 251.1(c); CAP 3.23)',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Free tote bag when you spend £40 or more.'],
      ['en', 'Buy one, get one free on all candles.'],
      ['en', 'Free shipping on orders over $50.'],
      ['es', 'Envío gratis en pedidos de más de 30 €.'],
      ['es', 'Neceser de regalo al comprar dos cremas.'],
      ['de', 'Gratis-Jutebeutel ab 40 € Einkaufswert.'],
      ['de', 'Kostenloser Versand ab 50 €.'],
      ['fr', "Tote bag offert dès 40 € d'achat."],
      ['fr', "Livraison gratuite dès 50 € d'achat."],
    ],
  },
  {
    title: 'a countdown to a real event: a launch, a broadcast, a registration close',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Countdown to launch: the Aurora X drops Friday 10 April at 9 am.'],
      ['en', 'Only 3 days left to register for the Leeds Half Marathon (registration closes 4 April).'],
      ['en', 'The livestream starts in 2 hours. Set a reminder!'],
      ['es', 'Cuenta atrás para el estreno: el documental se emite el jueves 9 de abril a las 22 h.'],
      ['es', 'Quedan 3 días para el cierre de inscripciones (3 de abril).'],
      ['de', 'Countdown zum Launch: Am 10. April um 9 Uhr geht es los.'],
      ['de', 'Noch 3 Tage bis zum Anmeldeschluss am 4. April.'],
      ['fr', 'Compte à rebours avant le lancement : rendez-vous le 10 avril à 9 h.'],
      ['fr', "Plus que 3 jours pour s'inscrire au semi-marathon (clôture le 4 avril)."],
    ],
  },
  {
    title: 'a stock statement the offer record backs (UCPD Annex I no. 7 read the other way)',
    rules: [],
    where: { edit: recorded({ stock: 3 }) },
    fire: [],
    quiet: [
      ['en', 'Only 3 left in stock.'],
      ['en', 'Just 3 rooms left at this rate.'],
      ['en', 'Low stock: 3 units left.'],
      ['es', 'Solo quedan 3 unidades.'],
      ['de', 'Nur noch 3 Stück auf Lager.'],
      ['fr', 'Plus que 3 exemplaires en stock.'],
    ],
  },
  {
    title: '"limited edition" of a stated run',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Limited edition of 500 numbered prints.'],
      ['en', 'A limited run of 250 tins, each numbered by hand.'],
      ['es', 'Edición limitada de 300 ejemplares numerados.'],
      ['de', 'Limitierte Auflage von 500 Stück.'],
      ['fr', 'Édition limitée à 400 exemplaires numérotés.'],
    ],
  },
  {
    title: 'seasonal opening hours',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Open until 10 pm every day through December.'],
      ['en', 'Late opening on Thursdays until 9 pm this summer.'],
      ['en', 'Last entry 5 pm; the café closes at 6 pm.'],
      ['es', 'Horario de verano: abierto hasta las 22 h todos los días.'],
      ['de', 'Im Dezember täglich bis 22 Uhr geöffnet.'],
      ['fr', "Ouvert jusqu'à 21 h tous les jours en décembre."],
    ],
  },
  {
    title: '"ends Sunday" with the sale’s end on file',
    rules: [],
    where: { edit: recorded({ ends: '2026-04-05', timer: 'none' }) },
    fire: [],
    quiet: [
      ['en', 'Sale ends Sunday: 20% off all knitwear.'],
      ['en', '20% off everything — until Sunday!'],
      ['en', 'Ends Sunday at midnight. 20% off knitwear.'],
      ['es', 'La oferta termina el domingo: 20 % en punto.'],
      ['de', 'Nur bis Sonntag: 20 % auf Strick.'],
      ['fr', "Jusqu'à dimanche : -20 % sur la maille."],
    ],
  },
  {
    title: 'payment terms',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Pay in 3 interest-free instalments of £33.'],
      ['en', '30 days to pay, no interest.'],
      ['es', 'Paga en 3 plazos sin intereses.'],
      ['de', 'Bezahlen in 30 Tagen – ohne Zinsen.'],
      ['fr', 'Payez en 3 fois sans frais.'],
    ],
  },
  {
    title: 'delivery cut-offs',
    rules: [],
    where: {},
    fire: [],
    quiet: [
      ['en', 'Order by 3 pm for next-day delivery.'],
      ['en', 'Last order date for Christmas delivery: 18 December.'],
      ['en', 'Order within 2 hours for same-day dispatch.'],
      ['en', "Last day to order for Mother's Day delivery is Thursday."],
      ['es', 'Pide antes de las 15 h y recíbelo mañana.'],
      ['de', 'Bis 15 Uhr bestellt, morgen geliefert.'],
      ['fr', 'Commandez avant 15 h, livré demain.'],
    ],
  },
];
