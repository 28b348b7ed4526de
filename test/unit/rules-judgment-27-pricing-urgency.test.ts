import { addCopy } from '../support/package-fixtures.ts';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 27, pricing and urgency read by the kind of wording the codes name, not by the lines of the dev half:
 * a price rise tied to a near time and an extended or recurring "last" sale (UCPD Annex I no. 7, CMA),
 * basket and recent-booking activity claims and "before it is gone" in its inflected forms (FTC
 * dark-patterns report, CMA online choice architecture), a decline that says the reader stays in a bad
 * state (confirmshaming), free trials with their length between (FTC 16 CFR 251.1(c)), fees said to be
 * added at checkout (CAP 3.18, DMCC Act drip pricing), recommended, reference or elsewhere prices
 * (16 CFR 233.1-233.3) and "free" in other words with a charge stated elsewhere (16 CFR 251.1(c)).
 * Each kind has near-misses a keyword rule would wrongly flag.
 */

/** Quotes of `rule` on `copy` in a caption, with `terms` (when given) on a landing page of the package. */
const fired = (rule: string, copy: string, language: string, terms?: string) =>
  terms === undefined
    ? quotes(rule, copy, undefined, language)
    : hits(
        addCopy(
          addCopy(cleanPackage(), copy, 'social-organic', 'caption', { language }),
          terms,
          'web-landing',
          'landing-copy',
          { language },
        ),
        rule,
        contract3(),
      ).map((f) => f.quote);

describe('price-rise threat (UCPD Annex I 7: terms for a very limited time)', () => {
  it.each([
    ['en', 'Heads up: from tomorrow the Pro plan costs £49 a month. Lock in £29 today.'],
    ['en', 'At midnight this bundle jumps to $199 🚨'],
    ['en', 'Price goes from $79 to $129 on Monday. Grab it now.'],
    ['fr', 'Dès demain, le coffret passe à 89 €. Commandez ce soir !'],
    ['fr', "À minuit, l'abonnement annuel passe de 59 € à 99 €."],
    ['es', 'Mañana el curso pasa de 199 € a 349 €. ¡Apúntate hoy!'],
    ['es', 'A partir de mañana la suscripción costará 15 € al mes.'],
    ['de', 'Ab morgen kostet der Kurs 399 € statt 249 €. Jetzt buchen!'],
    ['de', 'Um Mitternacht steigt der Preis auf 59 €.'],
    ['en', 'tmrw the price doubles 😬 order tonight'],
  ] as [string, string, string?][])('%s %j fires urgency.deadline', (language, copy, terms) => {
    expect(fired('urgency.deadline', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Order by 2pm and it ships tomorrow for £3.95.'],
    ['fr', 'Livraison demain pour 4,90 €.'],
    ['es', 'Mañana abrimos a las 10. Menú del día a 12 €.'],
    ['de', 'Ab morgen geöffnet: Frühstück für 9 €.'],
    ['en', "Tomorrow's workshop costs £20 per person, tea included."],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('urgency.deadline', copy, language, terms)).toEqual([]);
  });
});

describe('basket/booking social proof (FTC dark patterns, CMA OCA)', () => {
  it.each([
    ['en', '14 shoppers have this jacket in their basket right now.'],
    ['en', '9 travellers have this room in their cart 👀'],
    ['es', '8 personas tienen este vestido en su carrito ahora mismo.'],
    ['es', '23 usuarios han añadido esta oferta a su cesta.'],
    ['de', '17 Personen haben diesen Artikel im Warenkorb.'],
    ['fr', '11 personnes ont cet article dans leur panier.'],
    ['en', 'Booked 31 times in the last hour!'],
    ['en', '46 people booked this hotel in the past day.'],
    ['es', 'Reservado 12 veces en las últimas 24 horas.'],
    ['de', 'In den letzten 24 Stunden 40-mal gebucht.'],
    ['fr', 'Réservé 18 fois au cours des dernières 24 heures.'],
  ] as [string, string, string?][])('%s %j fires urgency.scarcity', (language, copy, terms) => {
    expect(fired('urgency.scarcity', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Add 2 items to your basket and get free delivery.'],
    ['es', 'Tu carrito está vacío. Descubre la nueva colección.'],
    ['de', '3 Artikel im Warenkorb – jetzt zur Kasse.'],
    ['fr', '10 000 personnes nous ont fait confiance depuis 2015.'],
    ['en', 'Open 7 days a week. Booked 3 months ahead for weddings, so plan early.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('urgency.scarcity', copy, language, terms)).toEqual([]);
  });
});

describe('before-it-goes, inflected (UCPD Annex I 7 false limited availability)', () => {
  it.each([
    ['es', 'Reserva ya antes de que se agote tu talla.'],
    ['es', 'Hazte con ella antes de que vuele 🔥'],
    ['es', 'Cómpralo antes de que desaparezca.'],
    ['de', 'Schnapp sie dir, bevor sie weg sind!'],
    ['de', 'Zugreifen, bevor alles vergriffen ist.'],
    ['fr', "Foncez avant qu'il ne soit épuisé !"],
    ['fr', "Commandez avant qu'elles partent toutes."],
    ['en', "Grab yours before it's gone for good."],
  ] as [string, string, string?][])('%s %j fires urgency.scarcity', (language, copy, terms) => {
    expect(fired('urgency.scarcity', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['es', 'Antes de que llegue el frío, revisa tu caldera.'],
    ['de', 'Bevor Sie bestellen, prüfen Sie Ihre Größe.'],
    ['fr', "Avant qu'il ne parte en vacances, offrez-lui un bon livre."],
    ['en', 'Before it gets dark, the lights switch on automatically.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('urgency.scarcity', copy, language, terms)).toEqual([]);
  });
});

describe('confirmshaming: decline + rather stay/be <self-state>', () => {
  it.each([
    ['en', "[Claim 20% off] [No thanks, I'd rather stay broke]"],
    ['en', 'No thanks, I prefer to stay out of shape.'],
    ['en', "No thanks, I'll stay uninformed."],
    ['de', '[Nein danke, ich bleibe lieber müde]'],
    ['de', 'Nein, danke – ich bleibe lieber ahnungslos.'],
    ['fr', 'Non merci, je préfère rester fatigué.'],
    ['fr', 'Non merci, je reste débordé.'],
    ['es', 'No, gracias, prefiero seguir cansado.'],
    ['es', 'No gracias, prefiero quedarme sin ahorrar.'],
  ] as [string, string, string?][])('%s %j fires urgency.confirmshaming', (language, copy, terms) => {
    expect(fired('urgency.confirmshaming', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', "No thanks, I'd rather stay with my current plan."],
    ['en', "No thanks, I'll stay on the free version."],
    ['de', 'Nein danke, ich bleibe beim Basis-Tarif.'],
    ['fr', 'Non merci, je préfère rester sur mon offre actuelle.'],
    ['es', 'No, gracias, prefiero seguir con mi tarifa.'],
    ['de', 'Nein, danke, ich bleibe lieber zuhause.'],
    ['en', "No thanks, I'll stay here."],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('urgency.confirmshaming', copy, language, terms)).toEqual([]);
  });
});

describe('free trial, inflected (FTC 251.1(c), negative option)', () => {
  it.each([
    ['en', 'Free 30-day trial of our meal planner — start today!'],
    ['en', 'Start your free 14-day trial now.'],
    ['en', 'Try it free: 7-day trial, every feature unlocked.'],
    ['es', 'Periodo de prueba gratuito de 30 días. Empieza hoy.'],
    ['es', 'Prueba de 14 días gratis en todos los planes.'],
    ['de', '30 Tage kostenlose Testphase – jetzt starten!'],
    ['de', 'Jetzt Gratis-Probemonat sichern.'],
    ['fr', "Période d'essai gratuite de 30 jours, sans effort."],
    ['fr', "14 jours d'essai offerts sur l'appli."],
  ] as [string, string, string?][])('%s %j fires pricing.free-trial-terms', (language, copy, terms) => {
    expect(fired('pricing.free-trial-terms', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Free 30-day returns on every order.'],
    ['en', 'Our trial runs for 30 days; it is free, with no card and no payment details.'],
    ['de', 'Kostenlose Rücksendung innerhalb von 30 Tagen.'],
    ['fr', 'Essai en magasin gratuit, sans rendez-vous.'],
    ['es', 'Devoluciones gratis durante 30 días.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('pricing.free-trial-terms', copy, language, terms)).toEqual([]);
  });
});

describe('drip pricing: fees added later (CAP 3.18, DMCC Act, FTC junk fees)', () => {
  it.each([
    ['en', 'Gig tickets from £30 – booking fees added at checkout.'],
    ['en', 'Rooms from $89/night. Resort fee charged at check-out.'],
    ['en', 'Flights from €19*. *Taxes and charges added at payment.'],
    ['es', 'Entradas desde 25 € (gastos de gestión añadidos al pagar).'],
    ['de', 'Tickets ab 29 € – Servicegebühren werden an der Kasse hinzugefügt.'],
    ['fr', 'Billets à partir de 35 € – frais de service ajoutés au paiement.'],
    ['fr', 'Nuits dès 79 €, taxe de séjour en supplément.'],
    ['es', 'Habitaciones desde 60 €, tasa turística no incluida.'],
  ] as [string, string, string?][])('%s %j fires pricing.from-price-fees', (language, copy, terms) => {
    expect(fired('pricing.from-price-fees', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Tickets from £30, all fees included.'],
    ['es', 'Entradas desde 25 €, gastos incluidos.'],
    ['de', 'Tickets ab 29 € inklusive aller Gebühren.'],
    ['fr', 'Billets à partir de 35 €, frais compris.'],
    ['en', 'Tickets from £30. No booking fees added at checkout.'],
    ['en', 'Rooms from $89 incl. all fees; breakfast can be added at booking.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('pricing.from-price-fees', copy, language, terms)).toEqual([]);
  });
});

describe('extended or recurring "last" sale (UCPD Annex I 7; CMA: extended deadlines)', () => {
  it.each([
    ['en', 'Sale extended again! Final hours, we mean it this time.'],
    ['en', 'EXTENDED: our last-chance offer is back for one more weekend.'],
    ['en', 'Our clearance event rolls into its third week — last call!'],
    ['de', 'Aktion verlängert! Letzte Gelegenheit, 30 % zu sparen.'],
    ['de', 'Unser Abverkauf geht in die dritte Woche – schnell sein!'],
    ['fr', 'Soldes prolongées encore une fois : dernières heures !'],
    ['fr', 'Notre offre de bienvenue est prolongée, profitez-en vite.'],
    ['es', '¡Rebajas prorrogadas! Última oportunidad de verdad.'],
    ['es', 'La oferta se ha ampliado otra vez: corre, que vuela.'],
    ['es', 'Nuestra promoción entra en su cuarta semana. ¡No te la pierdas!'],
  ] as [string, string, string?][])('%s %j fires urgency.deadline', (language, copy, terms) => {
    expect(fired('urgency.deadline', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Opening hours extended for the holidays: 9am to 10pm.'],
    ['en', 'Extended warranty available on all laptops.'],
    ['de', 'Sale verlängert bis 12. April 2027.'],
    ['fr', 'Garantie prolongée offerte sur nos lave-linge.'],
    ['es', 'Horario ampliado en agosto: de 9 a 21 h.'],
    ['en', 'Week two of our cooking course covers bread.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('urgency.deadline', copy, language, terms)).toEqual([]);
  });
});

describe('reference prices: recommended, reference, elsewhere, instead of (16 CFR 233.1-233.3; Omnibus 6a)', () => {
  it.each([
    ['en', 'Now £59, ticket price £120.'],
    ['en', 'MSRP $899, today just $649.'],
    ['en', 'Instead of $80, pay just $45 this week.'],
    ['en', 'Sold elsewhere for $120, ours is $69.'],
    ['fr', 'Prix conseillé 129 €, chez nous 79 €.'],
    ['fr', "Prix de référence 240 €, aujourd'hui 159 €."],
    ['es', 'Precio recomendado 240 €, ahora 149 €.'],
    ['es', 'Hoy 39 € en lugar de 59 €.'],
    ['de', 'Unverbindliche Preisempfehlung 199 €, bei uns 129 €.'],
    ['de', 'Streichpreis 89 €, jetzt 59 €.'],
  ] as [string, string, string?][])('%s %j fires pricing.reference-price', (language, copy, terms) => {
    expect(fired('pricing.reference-price', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'MSRP $38.'],
    ['fr', 'Prix conseillé : 12 €.'],
    ['es', 'Precio recomendado: 19,90 €.'],
    ['en', 'Walk instead of driving: parking costs $12.'],
    ['de', 'Unverbindliche Preisempfehlung: 49 €.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('pricing.reference-price', copy, language, terms)).toEqual([]);
  });
});

describe('free in other words, with a charge stated elsewhere (16 CFR 251.1(c); UCPD Annex I no. 20)', () => {
  it.each([
    ['en', 'Hearing check and fitting at no cost to you!', 'A fitting fee of £95 applies to every pair.'],
    ['en', 'Your smart thermostat, on us.', 'Installation fee £79, paid on the day.'],
    ['en', 'Router for £0 when you switch today.', 'One-off setup fee of £30.'],
    ['es', 'Primera sesión sin coste 🎉', 'Matrícula de 45 € no reembolsable.'],
    ['es', 'Audífonos a coste cero.', 'Cuota de servicio de 25 € al mes.'],
    ['de', 'Hörtest und Hörgeräte zum Nulltarif!', 'Es fällt eine Anpassungspauschale von 690 € an.'],
    ['de', 'Tablet kostenfrei zum Vertrag.', 'Einmalige Zuzahlung 49 €.'],
    ['fr', 'Smartphone à 0 € avec votre forfait.', 'Frais de raccordement : 49 €.'],
    ['fr', 'Bilan auditif réalisé gratuitement.', "Frais d'inscription de 30 €."],
  ] as [string, string, string?][])('%s %j fires pricing.free-charge', (language, copy, terms) => {
    expect(fired('pricing.free-charge', copy, language, terms).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'en',
      'Your smart thermostat, on us. Installation fee £79 applies.',
      'Installation fee £79, paid on the day.',
    ],
    ['en', 'Count on us for fast repairs.', 'Service fee £40 per visit.'],
    ['es', 'Envío sin coste en pedidos de más de 30 €.', 'Matrícula de 45 € no reembolsable.'],
    ['de', 'Kostenfreie Rücksendung innerhalb von 30 Tagen.', 'Servicepauschale 20 € pro Reparatur.'],
    ['fr', "Livraison à 0 € dès 50 € d'achat.", "Frais d'inscription de 30 €."],
    ['en', 'Sweeping at no cost to the planet.', 'Service fee £40 per visit.'],
    ['en', 'Returns at no extra cost within 60 days.', 'Subscription fee £5 a month.'],
    ['fr', "Annulez gratuitement jusqu'à 48 h avant.", 'Frais de service : 12 €.'],
    ['es', 'Cancelación sin coste hasta 24 h antes.', 'Cuota de servicio de 10 €.'],
  ] as [string, string, string?][])('%s %j does not', (language, copy, terms) => {
    expect(fired('pricing.free-charge', copy, language, terms)).toEqual([]);
  });
});
