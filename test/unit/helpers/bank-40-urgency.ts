import type { HandoffPackage, Offer } from '#core/package-schema';
import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 40, urgency (ADR 0028): readings of the offer record, of activity claims and of printed stock counts,
 * written from the CMA's urgency letter (2023), CAP 3.27-3.31 and UCPD Annex I no. 7 before the round's dev
 * misses were read. Each kind's lines are this bank's own, in four languages.
 */

/** The brief records this offer (ADR 0023); launch is 1 April 2026 in the clean package. */
export function record(offer: Offer) {
  return (p: HandoffPackage): void => {
    p.offer = offer;
  };
}

const MONTH_500: Offer = { ends: '2026-04-30', stock: 500, timer: 'none', repeats: false };
const MONTH_900: Offer = { ends: '2026-04-30', stock: 900, timer: 'none', repeats: false };
const EDITION_150: Offer = { ends: 'no-end-date', stock: 150, timer: 'none', repeats: false };

/** A recorded stock counts units the offer can sell, not people who want them. */
export const ACTIVITY_NOT_STOCK: Kind = {
  title: 'a recorded stock of 500 backs a count of units, not of people viewing or buying',
  rules: ['urgency.scarcity'],
  where: { edit: record(MONTH_500) },
  fire: [
    ['en', 'Heads up: 14 people are viewing this cabin right now.'],
    ['en', '9 shoppers have this jacket in their basket.'],
    ['en', '31 travellers booked this hotel in the last 24 hours.'],
    ['es', '¡17 personas están viendo este apartamento ahora mismo!'],
    ['es', '42 clientes lo han comprado en las últimas 24 horas.'],
    ['de', '12 Personen sehen sich diese Ferienwohnung gerade an.'],
    ['de', 'In den letzten 24 Stunden 25-mal gebucht.'],
    ['de', '7 Kundinnen haben diesen Mantel im Warenkorb.'],
    ['fr', '11 personnes regardent ce gîte en ce moment.'],
    ['fr', '23 voyageurs ont réservé cet hôtel au cours des dernières 24 heures.'],
  ],
  quiet: [
    ['en', 'Only 40 left at this price.'],
    ['en', 'Just 120 tickets remaining for Saturday.'],
    ['es', 'Solo quedan 60 plazas para el taller.'],
    ['de', 'Nur noch 80 Stück auf Lager.'],
    ['fr', 'Plus que 45 places pour le concert.'],
  ],
};

/** "A few left" against a record of hundreds of units, in the languages that lacked it; time is not stock. */
export const FEW_LEFT: Kind = {
  title: '"a few left" in Spanish and French against a record of 900 units',
  rules: ['urgency.offer-facts'],
  where: { edit: record(MONTH_900) },
  fire: [
    ['es', 'Quedan pocas unidades de la edición de primavera.'],
    ['es', 'Solo quedan unos pocos asientos en primera fila.'],
    ['es', '¡Date prisa, que quedan pocas!'],
    ['fr', 'Plus que quelques pièces en taille 38.'],
    ['fr', "Il ne reste que quelques places pour l'atelier."],
    ['fr', 'Il reste quelques exemplaires signés, pas plus.'],
  ],
  quiet: [
    ['es', 'Quedan pocos días para inscribirte.'],
    ['es', 'Quedan pocas semanas de temporada en la sierra.'],
    ['fr', 'Plus que quelques jours avant la rentrée.'],
    ['fr', 'Il ne reste que quelques heures pour voter.'],
    ['de', 'Nur noch wenige Tage bis zum Start.'],
    ['de', 'Nur noch wenige Wochen, dann ist Sommer.'],
    ['es', 'Pocas cosas sientan tan bien como un café al sol.'],
  ],
};

/**
 * "Before it's too late" names no time: for a numbered edition the brief records as limited, the end it means
 * is the edition selling out, which the record backs. Pressure that names a time is still a deadline.
 */
export const SELL_OUT: Kind = {
  title: '"before it\'s too late" for an edition of 150 with no end date',
  rules: ['urgency.deadline'],
  where: { edit: record(EDITION_150) },
  fire: [
    ['en', 'Numbered prints, £90 each. Last chance: the offer ends tonight.'],
    ['en', 'Now or never: signed prints at £90.'],
    ['es', 'Láminas firmadas a 60 €. ¡Solo hoy!'],
    ['de', 'Signierte Drucke für 90 €. Morgen ist es zu spät!'],
    ['fr', 'Sérigraphies à 120 €. Dernière chance, ce soir seulement.'],
  ],
  quiet: [
    ['en', "Numbered prints, £90 each. Order before it's too late."],
    ['en', 'Hand-pulled linocuts at £75: get yours before it’s too late.'],
    ['es', 'Láminas firmadas a 60 €. Pídela antes de que sea tarde.'],
    ['fr', "Sérigraphies à 120 €. Commandez avant qu'il ne soit trop tard."],
    ['fr', 'Gravures numérotées, 95 € : réservez la vôtre avant qu’il ne soit trop tard.'],
  ],
};

/** A count of what is left, printed: true the day it is written, stale while the page stays on sale. */
export const PRINT_COUNT: Kind = {
  title: 'a count of what is left, in print',
  rules: ['urgency.print-count'],
  where: { channel: 'print', kind: 'body' },
  fire: [
    ['en', 'Only 40 signed copies left: order from our website.'],
    ['en', 'Just 12 tables remaining for Valentine’s night.'],
    ['en', '25 tickets left for the autumn lecture series.'],
    ['es', 'Quedan 30 ejemplares de la edición numerada.'],
    ['es', 'Solo quedan 8 plazas para el curso de cerámica.'],
    ['de', 'Nur noch 50 Exemplare der Sonderausgabe.'],
    ['de', 'Noch 15 Plätze frei im Frühjahrskurs.'],
    ['fr', 'Plus que 200 lithographies disponibles.'],
    ['fr', 'Il ne reste que 18 places pour la croisière de mai.'],
    ['fr', 'Les 60 derniers coffrets de Noël vous attendent.'],
  ],
  quiet: [
    ['en', 'Limited edition of 300 numbered prints.'],
    ['en', 'Only 300 will ever be made.'],
    ['en', 'Open 7 days a week, 9 to 5.'],
    ['en', 'Only 3 days left to enter the draw.'],
    ['es', 'Tirada limitada a 250 ejemplares numerados.'],
    ['es', 'Quedan 10 días para inscribirse.'],
    ['de', 'Auflage: 500 Stück, jedes signiert.'],
    ['de', 'Nur noch 20 € bis zur kostenlosen Lieferung.'],
    ['fr', 'Tirage limité à 200 exemplaires.'],
    ['fr', 'Plus que 15 € pour profiter de la livraison offerte.'],
  ],
};

/** The same counts online: a web page can change its count, so it is no printed count. */
export const ONLINE_COUNTS: Line[] = PRINT_COUNT.fire;

/** "Plus que 15 €", "nur noch 12 €": an amount still to pay or reach, not units left. */
export const AMOUNT_NOT_STOCK: Kind = {
  title: 'an amount after "plus que", "nur noch" or "quedan" is money, not stock',
  rules: ['urgency.scarcity', 'urgency.offer-facts'],
  where: { edit: record(MONTH_900) },
  fire: [
    ['fr', 'Plus que 15 places à ce tarif !'],
    ['de', 'Nur noch 12 Paare in Größe 42.'],
    ['es', 'Solo quedan 10 plazas en el grupo de mañana.'],
  ],
  quiet: [
    ['fr', 'Plus que 15 € avant le badge Or !'],
    ['fr', 'Plus que 9,50 € pour la livraison offerte.'],
    ['fr', 'Il ne reste que 20 € à régler à la livraison.'],
    ['de', 'Nur noch 12 € bis zum Gratisversand.'],
    ['de', 'Nur noch 4,90 € bis zur nächsten Prämienstufe.'],
    ['es', 'Solo quedan 10 € para el envío gratis.'],
    ['es', 'Solo quedan 3,50 € para tu recompensa.'],
  ],
};

export const URGENCY_40_KINDS: readonly Kind[] = [
  ACTIVITY_NOT_STOCK,
  FEW_LEFT,
  SELL_OUT,
  PRINT_COUNT,
  AMOUNT_NOT_STOCK,
];

/** A claim, the summary of its one evidence item, and its language. */
export type ClaimRow = [lang: string, claim: string, summary: string];

/**
 * "N people are viewing this now" whose evidence counts visits over a day or a week: the evidence measured
 * another period than the claim states (CMA urgency letter, 2023: "10 people are viewing this now" from the
 * last hour's views is likely to mislead).
 */
export const LIVE_FROM_PERIOD: ClaimRow[] = [
  [
    'en',
    'Right now 18 people are looking at this room',
    'Booking-engine log: 18 sessions opened this room page over the previous 24 hours.',
  ],
  [
    'en',
    '27 shoppers are viewing this sofa',
    'Web analytics: 27 unique visitors to the sofa page in the past 7 days.',
  ],
  [
    'es',
    '15 personas están viendo este vuelo ahora mismo',
    'Analítica: 15 visitas a la ficha del vuelo en las últimas 24 horas; no se mide la concurrencia en tiempo real.',
  ],
  [
    'es',
    'Ahora mismo 9 viajeros están consultando esta casa rural',
    'Informe de febrero: 9 consultas de la ficha por día de media.',
  ],
  [
    'de',
    '21 Personen sehen sich dieses Zimmer gerade an',
    'Webanalyse: 21 Seitenaufrufe in den letzten 24 Stunden, alle Zimmertypen zusammen.',
  ],
  [
    'de',
    'Gerade haben 6 Kunden dieses Rad im Warenkorb',
    'Shop-Statistik: im Schnitt 6 Warenkörbe mit dem Rad pro Tag im Februar.',
  ],
  [
    'fr',
    '12 personnes regardent cette location en ce moment',
    'Statistiques du site : 12 visites de la fiche sur les dernières 24 heures.',
  ],
  [
    'fr',
    '30 voyageurs consultent ce séjour',
    'Outil d’analyse : 30 consultations cumulées depuis lundi, pas de mesure en temps réel.',
  ],
];

/** The claim states the period its figure covers, or the evidence is a live count, or nobody is counted. */
export const LIVE_QUIET: ClaimRow[] = [
  [
    'en',
    '18 people looked at this room in the last 24 hours',
    'Booking-engine log: 18 sessions opened this room page over the previous 24 hours.',
  ],
  [
    'en',
    '27 shoppers are viewing this sofa',
    'Live counter on the sofa page: 27 open sessions at 10:02, read in real time.',
  ],
  [
    'es',
    '15 personas vieron este vuelo en las últimas 24 horas',
    'Analítica: 15 visitas a la ficha del vuelo en las últimas 24 horas.',
  ],
  [
    'de',
    '21 Personen haben sich dieses Zimmer in den letzten 24 Stunden angesehen',
    'Webanalyse: 21 Seitenaufrufe in den letzten 24 Stunden.',
  ],
  [
    'fr',
    '12 personnes ont consulté cette location au cours des dernières 24 heures',
    'Statistiques du site : 12 visites de la fiche sur les dernières 24 heures.',
  ],
  [
    'en',
    'Every room faces the bay right now after the refit',
    'Refit signed off over the past 6 weeks: all 40 rooms face the bay.',
  ],
];
