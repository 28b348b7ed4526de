import type { HandoffPackage } from '#core/package-schema';

/**
 * Stop 37, pricing and urgency near-misses (ADR 0028), as data: stop 36's readings rebuilt one by one, each
 * with the lawful lines that stay quiet and the real problems beside them that still fire.
 */

/** A line, the language, and the sibling text of the same ad (channel 1) where the kind has one. */
export type Row = [lang: string, copy: string, sibling: string];

/** A second text of the ad the line is on (another deliverable of channel 1). */
export function withSibling(copy: string, lang: string) {
  return (p: HandoffPackage): void => {
    p.channels[1]?.deliverables.push({ id: 'sibling', kind: 'body', copy, language: lang } as never);
  };
}

/** A note in another text of the same ad that says the quoted prices include the fees. */
export const FEES_QUIET: Row[] = [
  ['en', 'The Salt Road opens 1 April: tickets from £9', 'Every price includes the booking fee.'],
  ['en', 'Hotel rooms in York from £89', 'Prices include all taxes and the £5 booking fee.'],
  ['en', 'Harbour cruises from £15 this summer', 'No booking fees, no hidden charges.'],
  ['es', 'Entradas desde 18 € para el derbi', 'Todos los precios incluyen los gastos de gestión.'],
  ['es', 'Vuelos a Palma desde 39 €', 'Tasas y cargos incluidos en todas las tarifas.'],
  ['de', 'Tickets ab 18 € für Mitglieder', 'Alle Preise inkl. Vorverkaufsgebühr.'],
  ['de', 'Zimmer ab 79 € pro Nacht', 'Die Kurtaxe ist inbegriffen, keine Zusatzkosten.'],
  ['fr', 'Places à partir de 12 € pour la saison', 'Tous nos prix incluent les frais de réservation.'],
  ['fr', 'Séjours à Nice dès 199 €', 'Prix tout compris, frais de dossier inclus.'],
];

/**
 * No note that the price includes the fees: nothing in the ad, a fee added on top, a denial, or a fee word
 * about something else ("parking fees vary"). A loose word elsewhere in the ad is not a fee statement.
 */
export const FEES_FIRE: Row[] = [
  ['en', 'The Salt Road opens 1 April: tickets from £9', 'Book early for the best seats.'],
  ['en', 'The Salt Road opens 1 April: tickets from £9', 'A £2.50 booking fee is added at checkout.'],
  ['en', 'The Salt Road opens 1 April: tickets from £9', 'Prices do not include the booking fee.'],
  ['en', 'The Salt Road opens 1 April: tickets from £9', 'Parking fees vary by car park.'],
  ['en', 'Hotel rooms in York from £89', 'Every price includes breakfast; a £5 booking fee applies.'],
  ['es', 'Entradas desde 18 € para el derbi', 'Los gastos de gestión se añaden al pagar.'],
  ['es', 'Entradas desde 18 € para el derbi', 'Los precios no incluyen los gastos de gestión.'],
  ['de', 'Tickets ab 18 € für Mitglieder', 'Der Vorverkauf startet am 1. März.'],
  ['de', 'Tickets ab 18 € für Mitglieder', 'Die Vorverkaufsgebühr ist nicht enthalten.'],
  ['fr', 'Places à partir de 12 € pour la saison', 'Des frais de service sont ajoutés au paiement.'],
  ['fr', 'Places à partir de 12 € pour la saison', 'Les prix ne comprennent pas les frais de réservation.'],
];

/** The offer record of the urgency kinds: the show or sale really ends on 19 April 2026 (launch 1 April). */
export const OFFER_19_APRIL = {
  ends: '2026-04-19',
  stock: 'not-limited',
  timer: 'none',
  repeats: false,
} as const;

/**
 * A vague "last chance" headline beside a caption, with an offer in it, that writes the recorded end: the
 * copy states its end. Against a record of 12 April each of these fires.
 */
export const LAST_CHANCE_QUIET: Row[] = [
  ['en', 'Last chance to see Glass Houses', 'Final weeks: Glass Houses closes on 19 April. Members go free.'],
  ['en', 'Last chance: 20% off every print', 'The print sale runs until 19 April 2026.'],
  ['en', 'Ending soon: 20% off every print', 'Sale ends Sunday 19 April.'],
  ['es', 'Última oportunidad: 20 % en todas las láminas', 'La oferta dura hasta el 19 de abril.'],
  [
    'es',
    'Última oportunidad para ver Casas de cristal',
    'La exposición cierra el 19 de abril. Gratis para socios.',
  ],
  ['de', 'Letzte Chance: 20 % auf alle Drucke', 'Die Aktion läuft bis 19. April.'],
  ['de', 'Letzte Chance für Glashäuser', 'Die Ausstellung schließt am 19. April. Für Mitglieder gratis.'],
  ['fr', 'Dernière chance : -20 % sur toutes les affiches', "L'offre court jusqu'au 19 avril."],
  [
    'fr',
    'Dernière chance de voir Maisons de verre',
    "L'exposition ferme le 19 avril. Gratuit pour les membres.",
  ],
];

/**
 * No end in the message, another end than the record (sooner, later, another year), or a pressure idiom
 * ("flash sale", "now or never", "today only") that a far date does not make true: still fires.
 */
export const LAST_CHANCE_FIRE: Row[] = [
  ['en', 'Last chance to see Glass Houses', 'Tickets £14, members go free.'],
  ['en', 'Last chance to see Glass Houses', 'Glass Houses closes on 12 April. Members go free.'],
  ['en', 'Last chance: 20% off every print', 'The print sale runs until 26 April.'],
  ['en', 'Last chance: 20% off every print', 'The print sale runs until 19 April 2027.'],
  ['en', 'Today only: 20% off every print', 'The print sale runs until 19 April 2026.'],
  ['en', 'Flash sale: 20% off every print', 'The print sale runs until 19 April 2026.'],
  ['en', 'Now or never: 20% off every print', 'The print sale runs until 19 April 2026.'],
  ['es', 'Última oportunidad: 20 % en todas las láminas', 'La oferta dura hasta el 12 de abril.'],
  ['es', 'Última oportunidad para ver Casas de cristal', 'Entradas a 14 €, gratis para socios.'],
  ['de', 'Letzte Chance: 20 % auf alle Drucke', 'Die Aktion läuft bis 12. April.'],
  ['fr', 'Dernière chance : -20 % sur toutes les affiches', "L'offre court jusqu'au 12 avril."],
  ['fr', 'Dernière chance de voir Maisons de verre', 'Billets à 14 €, gratuit pour les membres.'],
];

/** The reader's own trial, plan or subscription ending, with no discount or price hung on it: a term. */
export const TERM_QUIET: [string, string][] = [
  ['en', 'Your trial ends in 7 days, so here are our plans side by side. Basic is $2.99 a month.'],
  ['en', 'Your annual subscription ends in 14 days. Renew at $49 a year or let it lapse.'],
  ['es', 'Tu prueba gratuita termina en 7 días. Plan Básico: 2,99 € al mes.'],
  ['es', 'Tu suscripción caduca en 10 días; puedes renovarla desde tu cuenta.'],
  ['de', 'Dein Probeabo läuft in 7 Tagen ab. Basic: 2,99 € im Monat.'],
  ['de', 'Ihre Testphase endet in 7 Tagen. Basic kostet 2,99 € im Monat.'],
  ['fr', 'Votre essai gratuit se termine dans 7 jours. Formule Basic : 2,99 € par mois.'],
  ['fr', 'Votre abonnement expire dans 10 jours : renouvelez-le depuis votre compte.'],
];

/**
 * A countdown on the offer, or the reader's own trial ending with a discount or price hung on it ("upgrade
 * now to keep your discount"): still pressure, still a deadline to check.
 */
export const TERM_FIRE: [string, string][] = [
  ['en', 'Offer ends in 7 hours! Plans from $2.99 a month.'],
  ['en', 'Your discount ends in 3 days! 20% off all plans.'],
  ['en', 'Your trial offer ends in 7 days: 50% off the first year.'],
  ['en', 'Your trial ends in 7 days — upgrade now to keep your discount.'],
  ['en', 'Your trial ends in 3 days. Upgrade today and save 40% on the annual plan.'],
  ['es', 'La oferta termina en 7 horas: 2,99 € al mes.'],
  ['es', 'Tu prueba termina en 7 días: mejora ya y conserva tu descuento.'],
  ['de', 'Das Angebot endet in 7 Stunden: 2,99 € im Monat.'],
  ['de', 'Deine Testphase endet in 3 Tagen – jetzt upgraden und 40 % Rabatt sichern.'],
  ['fr', "L'offre se termine dans 7 heures : 2,99 € par mois."],
  ['fr', 'Votre essai se termine dans 3 jours : passez à Premium et gardez votre remise de 30 %.'],
];

/** A pricing claim on file, its copy, and its evidence summary. */
export type PriceRow = [lang: string, copy: string, claim: string, summary: string];

/**
 * The reference is the figure "au lieu de", "compared to", "statt" introduces, not a dearer one beside it
 * (the card's 82 €): a price between the new one and the card's is no sale below the reference.
 */
export const NAMED_REFERENCE_QUIET: PriceRow[] = [
  [
    'fr',
    'Avec la carte 10 séances, la place à 8,20 € au lieu de 11,50 €',
    'Avec la carte 10 séances à 82 €, chaque place revient à 8,20 € au lieu de 11,50 € au tarif plein.',
    'Tarif plein 11,50 € ; carte 10 séances 82 €.',
  ],
  [
    'en',
    'With the 10-visit card each ticket is £8.20, compared to £11.50 full price',
    'With the 10-visit card at £82 each ticket is £8.20, compared to £11.50 full price.',
    'Full price £11.50; 10-visit card £82.',
  ],
];

/** A price sold between the new price and the named reference: still a sale below it. */
export const NAMED_REFERENCE_FIRE: PriceRow[] = [
  [
    'fr',
    'Avec la carte 10 séances, la place à 8,20 € au lieu de 11,50 €',
    'Avec la carte 10 séances à 82 €, chaque place revient à 8,20 € au lieu de 11,50 € au tarif plein.',
    "Tarif plein 11,50 € depuis le 01/03/2026 ; vendue 9,50 € jusqu'au 28/02/2026 ; carte 10 séances 82 €.",
  ],
];

/** Two current prices, or successive markdowns counted from the 30-day low before the first one. */
export const REFERENCE_QUIET: PriceRow[] = [
  [
    'fr',
    'Couette 4 saisons : 71,40 € au lieu de 119 € (-40 %)',
    "Couette 4 saisons : 71,40 € au lieu de 119 € (-40 %), prix de référence d'avant la première démarque.",
    'Prix de 119 € du 15/11/2025 au 31/01/2026 (prix le plus bas des 30 jours avant le 01/02/2026) ; 95,20 € (-20 %) depuis le 01/02/2026 ; 71,40 € (-40 %) du 22/02 au 28/03/2026.',
  ],
  [
    'de',
    'Daunendecke jetzt 59,99 € statt 99,99 € (-40 %)',
    'Daunendecke jetzt 59,99 € statt 99,99 € (-40 %), Referenz: niedrigster Preis vor der ersten Reduzierung.',
    'Niedrigster Preis der 30 Tage vor der ersten Reduzierung am 01.02.2026: 99,99 €; seit 01.02.2026 79,99 € (-20 %); ab 15.02.2026 59,99 € (-40 %).',
  ],
  [
    'fr',
    'Prix adhérent : 19 € au lieu de 25 €',
    'Prix adhérent 19 € au lieu de 25 €, prix public actuel.',
    'Prix public actuel : 25 € ; tarif étudiant 22 € ; prix adhérent 19 €.',
  ],
];

/**
 * A former price the history does not show as the 30-day low, one sold below it, or a current price just
 * raised over the one that ran (a dated or sold price between): still fires.
 */
export const REFERENCE_FIRE: PriceRow[] = [
  [
    'fr',
    'Couette 4 saisons : 71,40 € au lieu de 119 €',
    'Couette 4 saisons : 71,40 € au lieu de 119 €.',
    'Vendue 89 € de novembre 2025 à janvier 2026 ; affichée 119 € deux jours ; 71,40 € depuis le 22/02/2026.',
  ],
  [
    'fr',
    'Couette 4 saisons : 71,40 € au lieu de 119 € (-40 %)',
    'Couette 4 saisons : 71,40 € au lieu de 119 € (-40 %).',
    'Prix le plus bas des 30 jours avant la première démarque : 99 € ; 95,20 € (-20 %) depuis le 01/02/2026.',
  ],
  [
    'de',
    'Daunendecke jetzt 59,99 € statt 99,99 €',
    'Daunendecke jetzt 59,99 € statt 99,99 €.',
    'Im Januar 2026 zu 79,99 € verkauft; 99,99 € ab 28.01.2026; 59,99 € ab 15.02.2026.',
  ],
  [
    'fr',
    'Prix adhérent : 19 € au lieu de 25 €',
    'Prix adhérent 19 € au lieu de 25 €.',
    'Vendu 25 € en 2024 ; 22 € depuis janvier 2025 ; prix adhérent 19 €.',
  ],
  [
    'fr',
    'Prix adhérent : 19 € au lieu de 25 €',
    'Prix adhérent 19 € au lieu de 25 €, prix public actuel.',
    'Prix public actuel : 25 € depuis le 01/03/2026 ; 22 € du 01/09/2025 au 28/02/2026 ; prix adhérent 19 €.',
  ],
  [
    'en',
    'Members pay $29, was $49',
    'Members pay $29, was $49, the current public price.',
    'Current public price $49; sold at $39 until last week; member price $29.',
  ],
  [
    'es',
    'Socios: 19 €, antes 25 €',
    'Socios 19 €, antes 25 €, precio actual.',
    'Precio actual 25 €; vendido a 22 € hasta febrero de 2026; precio socio 19 €.',
  ],
  [
    'de',
    'Mitglieder zahlen 19 € statt 25 €',
    'Mitglieder 19 € statt 25 €, aktueller Preis.',
    'Aktueller Preis 25 €; bis 28.02.2026 für 22 € verkauft; Mitgliederpreis 19 €.',
  ],
];

/** Standing prices whose evidence says "no end date": it contradicts a claim that states an end, not a price. */
export const NO_END_QUIET: PriceRow[] = [
  [
    'fr',
    'Avec la carte 10 séances, la place à 8,20 € au lieu de 11,50 €',
    'Avec la carte 10 séances à 82 €, chaque place revient à 8,20 € au lieu de 11,50 € au tarif plein.',
    'Tarif plein 11,50 € ; carte 10 séances 82 €, tarifs en vigueur sans date de fin.',
  ],
  [
    'en',
    'With the 10-visit card each ticket is £8.20, compared to £11.50 full price',
    'With the 10-visit card at £82 each ticket is £8.20, compared to £11.50 full price.',
    'Full price £11.50; 10-visit card £82; standing prices with no end date.',
  ],
  [
    'es',
    'El plan anual: 120 € al año en lugar de 144 € pagando cada mes',
    'El plan anual cuesta 120 € al año frente a 144 € en 12 pagos mensuales de 12 €.',
    'Plan mensual 12 €/mes; plan anual 120 €/año; ambos precios vigentes, sin fecha de fin.',
  ],
];
