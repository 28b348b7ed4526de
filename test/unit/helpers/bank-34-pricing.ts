import type { Line, Where } from './judgment-bank.ts';

/**
 * Stop 34, pricing (ADR 0028): banks written from the codes before the new rules, one per theme. Each theme
 * is a way the copy itself shows that its price indication misleads: a compulsory charge left out of the
 * price (CAP 3.18-3.20, DMCC Act 2024 s. 230 and the CMA's drip-pricing guidance, Code de la consommation
 * L112-1, PAngV § 3, TRLGDCU art. 20); small print that takes back a store-wide or headline saving (CAP 3.10
 * and 3.40, LOCM art. 20); a closing-down sale the copy shows is not one (UCPD Annex I no. 15, L310-1, LOCM
 * arts. 30-31); statutory rights sold as a free extra (UCPD Annex I no. 10); an introductory price that the
 * copy says will never rise, or a rise it admits is not planned (CAP 3.17 and 3.40, 16 CFR 233.1); a "worth"
 * figure set against the price (CAP 3.40); a free trial whose terms are elsewhere (16 CFR 251.1(c), CAP 3.26);
 * a price only a trade-in, membership or card unlocks (CAP 3.21); a volume offer dearer than its singles (CAP
 * 3.40). Near-misses include reference prices whose basis the copy states in other words (CAP 3.39,
 * Directive 98/6/EC Art. 6a): the period the price was charged until the sale began, or since a month.
 */
export interface Kind {
  title: string;
  where?: Where;
  fire: Line[];
  quiet: Line[];
}

/** Scored as the blind lines are: submitted on Monday 15 February 2027. */
const feb2027: Where = {
  edit: (p) => {
    p.submittedAt = '2027-02-15T09:00:00Z';
  },
};

export const PRICING_RULES = [
  'pricing.reference-price',
  'pricing.wholesale-claim',
  'pricing.up-to-savings',
  'pricing.standing-reduction',
  'pricing.multibuy-saving',
  'pricing.raised-before-sale',
  'pricing.free-conditions',
  'pricing.free-charge',
  'pricing.from-price-fees',
  'pricing.free-trial-terms',
  'pricing.qualified-headline',
  'pricing.closing-down',
  'pricing.statutory-rights',
  'pricing.introductory-price',
  'pricing.conditional-price',
] as const;

export const PRICING_KINDS: Kind[] = [
  {
    title: 'a compulsory charge added to the quoted price',
    fire: [
      ['en', 'Glamping pods £65 per night, plus a £30 linen fee on every booking.'],
      ['en', 'Festival tickets £49 🎶 A booking fee is added at checkout.'],
      ['en', 'Shepherd huts £120 a night + £40 cleaning per stay.'],
      ['en', 'Garden sofas £499. Delivery costs extra.'],
      ['es', 'Apartamentos en Benidorm a 70 € la noche + 25 € de limpieza.'],
      ['es', 'Patinetes eléctricos Brisa por 499 € + IVA.'],
      ['es', 'Entradas para el musical a 30 € (+ gastos de gestión obligatorios).'],
      ['de', 'Konzertkarten für 39 € zzgl. Servicegebühr.'],
      ['de', 'Ferienwohnung am See, 80 € pro Nacht + 50 € Endreinigung.'],
      ['de', 'E-Bikes für 1.499 € zzgl. MwSt.'],
      ['fr', 'Trottinettes électriques à 399 € HT.'],
      ['fr', 'Mobil-home à 60 € la nuit, frais de ménage obligatoires en plus.'],
      ['fr', 'Billets pour le match à 25 € + frais de réservation.'],
      ['en', 'Gig tickets £25, booking fee £2.50 per ticket.'],
      ['es', 'Entradas a 30 €, gastos de gestión 2 €.'],
      ['de', 'Tickets 39 €, Servicegebühr 3 € pro Karte.'],
      ['fr', 'Places à 35 €, frais de dossier 2 €.'],
    ],
    quiet: [
      ['en', 'Shepherd huts £120 a night, cleaning and every fee included.'],
      ['en', 'Festival tickets £49 including the booking fee.'],
      [
        'en',
        'Return flights to Nice £59 with all taxes and fees included; a checked bag is optional at £20.',
      ],
      ['en', 'Garden sofas £499, delivery £25 to mainland UK.'],
      ['en', 'Add gift wrap for £3 at checkout if you like.'],
      ['es', 'Bicicletas eléctricas desde 1.290 €, IVA incluido.'],
      ['es', 'Apartamentos a 70 € la noche, limpieza incluida.'],
      ['de', 'Konzertkarten 39 € inkl. aller Gebühren.'],
      ['de', 'E-Bikes für 1.499 € inkl. MwSt.'],
      ['fr', 'Places à 35 €, frais de service compris.'],
      ['fr', 'Trottinettes électriques à 399 € TTC.'],
      ['en', 'Gig tickets £27.50 including the £2.50 booking fee.'],
      ['en', 'Tickets £25, optional booking protection £2.'],
      ['es', 'Entradas a 30 € (gastos de gestión de 2 € incluidos).'],
      ['en', 'Car hire in Crete from £25 a day, with compulsory insurance and all taxes included.'],
    ],
  },
  {
    title: 'small print that takes back a store-wide or headline saving',
    fire: [
      ['en', 'Everything must go, 30% off the lot! Applies to selected ranges only.'],
      ['en', 'Storewide sale now on 🛍️ (selected items)'],
      ['en', 'Half price on everything! Marked lines only.'],
      ['en', '40% off all trainers! *On the second pair.'],
      ['es', 'Todo al 40 % 🛒 Solo en artículos seleccionados.'],
      ['es', '¡Rebajas en toda la tienda! Válido en una selección de productos.'],
      ['es', '¡-50 % en zapatillas! (en la segunda unidad)'],
      ['de', 'Alles reduziert! Gilt nur für ausgewählte Artikel.'],
      ['de', 'Sale auf das komplette Sortiment* *nur auf gekennzeichnete Produkte'],
      ['de', '-50 % auf Jeans! *Auf die zweite Jeans.'],
      ['de', 'Bis zu 60 % auf den ganzen Shop – die 60 % gelten nur für ein einziges Modell.'],
      ['fr', 'Tout le magasin en promo ! Sur une sélection d’articles uniquement.'],
      ['fr', '-40 % sur les robes ! (sur la 2ème achetée)'],
    ],
    quiet: [
      ['en', 'Everything in the bakery is made fresh every morning.'],
      ['en', '30% off selected lines, marked in store.'],
      ['en', 'Everything reduced by at least 20%, no exceptions.'],
      ['en', '50% off your second pair of trainers.'],
      ['en', 'Everything you need for a picnic, selected by our chefs.'],
      ['es', 'Todo rebajado al menos un 20 %, sin excepciones.'],
      ['es', 'Segunda unidad al 50 % en cremas.'],
      ['de', 'Ausgewählte Artikel bis zu 30 % reduziert.'],
      ['de', 'Das zweite Paar 50 % günstiger.'],
      ['fr', 'Une sélection d’articles à -30 %.'],
      ['fr', '-50 % sur le deuxième article acheté.'],
    ],
  },
  {
    title: 'a closing-down sale the copy shows is not one',
    fire: [
      ['en', 'Closing down sale, everything must go! Back next month with new stock.'],
      ['en', 'Our final closing-down sale 🚨 just like every January.'],
      ['es', 'Liquidación por cierre definitivo. Volvemos a abrir en mayo con más ofertas.'],
      ['es', '¡Cerramos para siempre! Liquidación total, como todos los años.'],
      ['de', 'Totalausverkauf wegen Geschäftsaufgabe – im Herbst eröffnen wir neu.'],
      ['de', 'Räumungsverkauf wegen Schließung, wie jedes Jahr im Januar!'],
      ['fr', 'Fermeture définitive, tout doit disparaître ! On rouvre en septembre.'],
      ['fr', 'Liquidation totale pour cessation d’activité, comme chaque année.'],
      ['en', 'Our annual closing-down sale is back! 🛍️'],
      ['es', '¡Liquidación por cierre! Nos mudamos a una nueva tienda en la calle Mayor.'],
    ],
    quiet: [
      ['en', 'We close for good on 28 February after 30 years. Everything must go, thank you all.'],
      ['en', 'Closed on bank holiday Monday, back on Tuesday.'],
      ['en', 'Clearance on last season’s coats, back in stock next month: the new range.'],
      ['es', 'Cerramos por vacaciones del 1 al 15 de agosto; volvemos el 16.'],
      ['de', 'Wegen Inventur geschlossen, ab Montag wieder geöffnet.'],
      ['fr', 'Fermeture exceptionnelle lundi, réouverture mardi.'],
      ['fr', 'Liquidation totale avant fermeture définitive le 31 mars : merci pour ces vingt ans.'],
    ],
  },
  {
    title: 'statutory rights sold as a free extra',
    fire: [
      ['en', 'Free for every customer: 14 days to cancel your online order and get your money back!'],
      ['en', 'Only at Fenwood, at no extra cost: the right to cancel within 14 days.'],
      ['es', 'Solo con nosotros: 14 días de desistimiento ¡gratis!'],
      ['es', 'Regalo exclusivo: derecho de desistimiento de 14 días sin coste.'],
      ['de', 'Exklusiv bei uns: 14 Tage Widerrufsrecht gratis dazu!'],
      ['de', 'Unser Bonus: 2 Jahre gesetzliche Gewährleistung – kostenlos!'],
      ['fr', 'Exclusif : la garantie légale de conformité de 2 ans offerte !'],
      ['fr', 'Bonus : 14 jours de rétractation offerts sur vos achats en ligne.'],
      ['en', 'Bonus perk: a 30-day right to reject faulty goods, completely free!'],
    ],
    quiet: [
      ['en', 'You have 14 days to cancel your online order, as the law gives you.'],
      ['en', 'Free returns within 30 days on every order.'],
      ['en', 'Free 5-year extended warranty, on top of your statutory rights.'],
      ['es', 'Garantía comercial de 5 años gratis, además de la garantía legal.'],
      ['de', 'Gesetzliches Widerrufsrecht: 14 Tage ab Erhalt der Ware.'],
      ['de', '3 Jahre Herstellergarantie kostenlos, zusätzlich zur gesetzlichen Gewährleistung.'],
      ['fr', 'Vous disposez de 14 jours pour vous rétracter, conformément à la loi.'],
    ],
  },
  {
    title: 'an introductory price the copy says will never rise, or a rise it admits is not planned',
    fire: [
      ['en', 'Launch price £19, and it stays £19 for good.'],
      ['en', 'Introductory offer: £5 a month, which is our permanent price.'],
      ['en', 'Prices are going up soon, buy now! (No rise has been decided.)'],
      ['es', 'Precio de lanzamiento: 15 €, y no va a subir nunca.'],
      ['es', 'Los precios suben pronto, ¡aprovecha! (aún no hay subida confirmada)'],
      ['de', 'Einführungspreis 9,99 € – und der bleibt für immer so.'],
      ['de', 'Bald wird alles teurer, jetzt zuschlagen! (Eine Preiserhöhung ist noch nicht geplant.)'],
      ['fr', 'Prix de lancement 19 €, et ce sera toujours le même prix.'],
      ['fr', 'Prix de lancement : 12 €, il restera inchangé.'],
      ['en', 'Introductory price £9, and we’ll never charge more.'],
    ],
    quiet: [
      ['en', 'Introductory price £12 until 31 March, then £15.'],
      ['en', 'Launch price £19 for the first month, £25 after.'],
      ['en', 'Our everyday price: £12, and it stays that way.'],
      ['es', 'Precio de lanzamiento 15 € hasta el 30 de abril; después, 19 €.'],
      ['de', 'Einführungspreis 9,99 € bis 31. März, danach 12,99 €.'],
      ['fr', 'Prix de lancement 19 € jusqu’au 15 mars, puis 24 €.'],
      ['en', 'Prices go up on 1 April: book now at this year’s rates.'],
    ],
  },
  {
    title: 'a "worth" figure set against the price',
    fire: [
      ['en', 'Skincare set worth £120, yours for £35.'],
      ['es', 'Lote de regalo valorado en 80 €, ahora por 25 €.'],
      ['es', 'Kit con un valor de 200 €, por solo 49 €.'],
      ['de', 'Beauty-Box im Wert von 120 €, jetzt für nur 29 €.'],
      ['de', 'Set im Wert von 99 € – bei uns für 39 €.'],
      ['fr', 'Box d’une valeur de 80 €, pour 25 € aujourd’hui.'],
    ],
    quiet: [
      ['en', 'Win a hamper worth £100.'],
      ['es', 'Sorteamos una cesta valorada en 100 €.'],
      ['de', 'Gewinne einen Gutschein im Wert von 50 €.'],
      ['fr', 'Gagnez un bon d’achat d’une valeur de 50 €.'],
      ['en', 'Spend £50 and get a gift worth £10.'],
      ['de', 'Ab 40 € Einkaufswert: Geschenk im Wert von 10 €.'],
    ],
  },
  {
    title: 'a free trial whose price and cancellation terms are elsewhere',
    fire: [
      ['en', 'Claim your FREE starter trial box today. T&Cs in bio.'],
      ['en', 'Get your free tasting trial pack, subscription terms apply.'],
      ['de', 'Teste FitBox 4 Wochen kostenlos! Einfach Karte hinterlegen.'],
      ['de', '3 Monate kostenlos streamen, Zahlungsdaten angeben und los.'],
      ['es', 'Prueba CocinaYa 2 semanas gratis, solo añade tu tarjeta.'],
      ['fr', 'Essayez LivreBox 2 semaines gratuites, il suffit d’enregistrer votre carte.'],
    ],
    quiet: [
      ['en', 'Free trial box, then £24 a month; cancel any time online.'],
      ['de', 'Teste FitBox 4 Wochen kostenlos, danach 9,99 € im Monat, jederzeit kündbar.'],
      ['es', 'Prueba CocinaYa 2 semanas gratis, luego 29 € al mes; cancela cuando quieras.'],
      ['fr', 'Essayez LivreBox 2 semaines gratuites, puis 9 € par mois, sans engagement.'],
      ['en', 'Free returns for 30 days on all orders.'],
      ['de', '30 Tage kostenlose Rücksendung.'],
    ],
  },
  {
    title: 'a price only a trade-in, membership or card unlocks',
    fire: [
      ['en', 'Headphones £129 with your trade-in 🎧'],
      ['en', 'Sofas £499* *Price with our loyalty card.'],
      ['en', 'Members’ prices: £4 a coffee with your Bean Club card.'],
      ['es', 'Móvil a 199 € con la entrega de tu antiguo teléfono.'],
      ['es', 'Gafas a 49 €* *Precio con tarjeta de socio.'],
      ['de', 'Neues Tablet für 299 € bei Inzahlungnahme deines alten Geräts.'],
      ['de', 'Kaffee 2 € mit Kundenkarte.'],
      ['fr', 'Le smartphone à 299 € avec reprise de votre ancien appareil.'],
      ['fr', 'Dîner à 25 € avec la carte fidélité.'],
      ['en', 'Cinema tickets £6 for members 🍿'],
    ],
    quiet: [
      ['en', 'Headphones £129 with your trade-in, £179 without a trade-in.'],
      ['en', 'Coffee £4 with your Bean Club card, which is free to join.'],
      ['en', 'Headphones £129 with free delivery.'],
      ['en', 'Get a £10 membership card and enjoy our lounge.'],
      ['es', 'Gafas a 49 € con tarjeta de socio gratuita.'],
      ['de', 'Tablet 299 € ohne Inzahlungnahme, mit Inzahlungnahme bis zu 100 € günstiger.'],
      ['fr', 'Dîner à 25 € avec la carte fidélité gratuite.'],
      ['en', 'Cinema tickets £6 for members (join free), £9 for everyone else.'],
    ],
  },
  {
    title: 'a volume offer that costs no less than its singles',
    fire: [
      ['en', '4 for £12 on all candles! Single candles £2.99.'],
      ['en', 'Bundle deal: 2 for £9 (£4.50 each when bought singly)'],
      ['es', '3 por 10 € en yogures (1 unidad: 3 €)'],
      ['de', '3 für 10 € – einzeln 3,20 €'],
      ['fr', '3 pour 10 € ! (2,99 € l’unité)'],
    ],
    quiet: [
      ['en', '3 for £10 on hand wash (singles £3.99).'],
      ['en', 'Tote bags 3 for £10.'],
      ['es', '3 por 10 € (la unidad, 4 €).'],
      ['de', '3 für 10 €, einzeln 4,49 €.'],
      ['fr', '3 pour 10 € (3,99 € l’unité).'],
    ],
  },
  {
    title: 'a reference price whose basis is stated in other words',
    where: feb2027,
    fire: [
      ['en', 'Desk lamp £35, down from £70, its price since 5 February 2027.'],
      ['en', 'Now £30, down from £45. It was £45 from 1 January 2025 until 1 March 2025.'],
      ['de', 'Jetzt 30 €, statt 45 €, unser Preis seit 5. Februar 2027.'],
    ],
    quiet: [
      [
        'en',
        'Now £30, down from £45. It was £45 from 1 September 2026 until this sale began on 9 February 2027.',
      ],
      ['en', 'Desk lamp £35, down from £70, its price since October 2026.'],
      ['de', 'Jetzt 30 €, statt 45 €, unser Preis seit 1. Oktober 2026.'],
      ['fr', 'Maintenant 30 €, au lieu de 45 €, son prix depuis le 1er octobre 2026.'],
      ['es', 'Ahora 30 €, antes 45 €, su precio desde el 1 de octubre de 2026.'],
    ],
  },
];
