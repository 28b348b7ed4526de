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
