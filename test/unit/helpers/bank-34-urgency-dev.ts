import type { Line } from './judgment-bank.ts';

/** The 25 dev blind lines of stop 34 the urgency rules missed before it (they must fire), and the 20 compliant ones (they must not). */
export const DEV_FIXED: { fire: Line[]; quiet: Line[] } = {
  fire: [
    [
      'en',
      "GUYS RUN 🏃‍♀️ my Kova code only works for the next hour!! (it's my forever code lol but still, go go go) #ad",
    ],
    [
      'en',
      'Beat the clock ⏳ Every visitor gets their own 15-minute window on the Nimbus mattress deal. Missed it? Pop back tomorrow for a fresh one.',
    ],
    [
      'es',
      '¡Chicas, el contador de la web de Brisa marca 00:59 y bajando! Ayer y anteayer también marcaba 00:59, pero corred igual 🏃‍♀️',
    ],
    [
      'en',
      'Final weekend of the Ashby Home Winter Sale! ❄️ Yes, we said that last weekend. And the eight before. This time we mean it 😅',
    ],
    [
      'de',
      "Verlängert bis Sonntag! 🎉 Und falls ihr's bis dahin nicht schafft – keine Sorge, wir verlängern ja jede Woche. #Frühjahrsdeal",
    ],
    [
      'fr',
      "Stock ultra limité ⚠️ Plus que quelques sacs Lune… jusqu'à l'arrivage de lundi, comme chaque lundi.",
    ],
    [
      'en',
      'My DMs are FLOODED 😳 like 2,000 of you bought the Halo serum in the last hour (ok I made that number up but it FEELS true). Link in bio #ad',
    ],
    [
      'fr',
      "🔔 Marie de Lyon vient de réserver ! Paul de Nantes aussi ! (Prénoms donnés à titre d'exemple 😉) Réservez votre séjour Azur avant qu'il ne soit trop tard.",
    ],
    [
      'de',
      'Samstag in allen 120 Filialen von Technikhaus Kraus: 4K-Beamer für 49 €! 🎬 *Aktionsware nur in der Filiale Kassel erhältlich.',
    ],
    [
      'es',
      'Portátiles a 149 € este sábado en todas las tiendas Voltio 💻 ¿Cuántos hay? Eso lo descubres en la cola 😏',
    ],
    [
      'en',
      "Ask for the £15 cut & finish at any Strand salon ✂️ (The £15 slot can't be booked online or in store; your stylist will talk you through our upgrades.)",
    ],
    [
      'fr',
      "Venez pour le matelas à 149 €, repartez avec le bon 😉 Le modèle à 149 € n'est pas exposé, nos conseillers vous guident vers mieux.",
    ],
    [
      'en',
      "Exclusive to Rowan Tech customers this month: if your new laptop turns up faulty, we'll repair or replace it 💻 Offer ends 28 February 2027.",
    ],
    [
      'fr',
      "Offre spéciale jusqu'à dimanche : 14 jours pour changer d'avis sur tous vos achats en ligne chez Lumen & Fil ! Profitez-en vite.",
    ],
    [
      'en',
      "🎉 CONGRATULATIONS — you've WON a £500 Travelnest voucher! Claim within 24 hours by booking any holiday over £999.",
    ],
    [
      'es',
      '¡Enhorabuena, has ganado! 🎁 Tu lote de belleza Éclat te espera: solo tienes que pagar 9,90 € de gastos de gestión antes de esta noche.',
    ],
    [
      'en',
      "If we don't hit 300 orders by Friday, Maple & Thread closes and our 12 makers lose their jobs. Please don't let that be on you. 🧵",
    ],
    [
      'fr',
      'Sans vos commandes cette semaine, nos huit artisanes perdent leur emploi. À vous de voir. 🧶 Atelier Sève',
    ],
    [
      'en',
      "Every night without a Sentra CO alarm is a night you're rolling the dice with your family's lives. Order by 9pm tonight.",
    ],
    [
      'de',
      'Jede Nacht ohne Rauchmelder von Feuerwacht könnte eure letzte sein. Heute bestellen – morgen ist es vielleicht zu spät.',
    ],
    [
      'en',
      "If you scroll past this, you clearly don't care about your skin 🙄 The Dewdrop set is waiting. Link in bio #ad",
    ],
    [
      'es',
      'Solo quienes de verdad quieren cambiar su vida se apuntan hoy a GymFuego. Los demás… ya sabemos 🙃',
    ],
    [
      'en',
      'Our prices are rising soon*! Buy your Aura blender now. *Date to be confirmed; no increase currently scheduled.',
    ],
    ['en', 'Sale ends Sunday!* 🛍️ *Participating stores only; selected lines; end dates vary by region.'],
    [
      'fr',
      'Présentation privée Résidences Soleil samedi 20 février à 14 h : on ne se quitte pas avant la signature 😉 Places limitées.',
    ],
  ],
  quiet: [
    [
      'en',
      'Winter sale ends Sunday 21 February 2027 at 11:59pm (UK time). Up to 30% off selected Ashgrove throws — each product page shows the price we charged from 1 January to 14 February.',
    ],
    [
      'en',
      'Free returns within 30 days on full-price and sale items — just use the prepaid label in your parcel. Details at halden.co.uk/returns.',
    ],
    [
      'en',
      "Order by Wednesday 3 March 2027 for standard delivery in time for Mother's Day (Sunday 7 March). Bouquets from £28, delivery £4.95.",
    ],
    [
      'en',
      'Stock update: 40 Loom cardigans left in oatmeal and no more coming this season. Every other colour is fully stocked.',
    ],
    [
      'en',
      'Join Pulsefit Premium by Sunday 28 February 2027 and pay £7.99 a month for your first three months, then £9.99 a month. Cancel anytime in the app.',
    ],
    [
      'en',
      'Flash sale: 25% off all Lumora candles from 9am to 9pm today, Monday 15 February 2027. Prices return to normal at 9:01pm.',
    ],
    [
      'en',
      "#ad I've partnered with Kova — my code KOVA15 gets you 15% off full-price items until 11:59pm on 28 February 2027. One use per customer.",
    ],
    [
      'en',
      "We're discontinuing the Birch desk range. Remaining stock is 35% off the £320 price it has sold at since 2025, while stock lasts.",
    ],
    [
      'en',
      'Last chance to shop Harbour Market before it closes for refurbishment after Sunday 28 February 2027. We reopen in May, and every stall trades as usual until then.',
    ],
    [
      'en',
      "Sold out, sorry! The Ridge backpack in moss has gone and we won't restock this colour. Navy and black are still available.",
    ],
    [
      'es',
      'Rebajas de invierno en Casa Almena: hasta un 30 % en sofás seleccionados hasta el domingo 28 de febrero de 2027 a las 23:59. El precio anterior indicado es el más bajo de los últimos 30 días.',
    ],
    [
      'es',
      'Devoluciones gratuitas durante 30 días en todos los pedidos online: te enviamos la etiqueta por email. Más info en nubehogar.es/devoluciones.',
    ],
    [
      'es',
      'Envío gratis en pedidos de más de 35 € hasta el domingo 7 de marzo de 2027. Por debajo de ese importe, el envío cuesta 3,95 €.',
    ],
    [
      'es',
      'Solo hoy, lunes 15 de febrero de 2027: 2×1 en entradas de Cines Lumen para cualquier sesión, en taquilla y en la web.',
    ],
    [
      'de',
      'Limitierte Auflage: 500 nummerierte Exemplare der Fjell-Tasse, je 29 €. Eine Neuauflage ist nicht geplant.',
    ],
    [
      'de',
      'Letzte Chance: Die Ausstellung „Glas und Licht“ im Kunsthaus Weller läuft nur noch bis zum 1. März 2027. Eintritt 12 €, ermäßigt 8 €.',
    ],
    [
      'de',
      'Ausverkauft! Die Fjell-Jacke in Salbei ist weg und kommt diese Saison nicht wieder. In Schwarz und Navy gibt es noch alle Größen.',
    ],
    [
      'fr',
      "Offre d'hiver chez Maison Orée : -20 % sur une sélection de luminaires jusqu'au dimanche 28 février 2027 à minuit. Prix de référence : le plus bas pratiqué sur les 30 derniers jours.",
    ],
    [
      'fr',
      "Retours gratuits sous 30 jours : l'étiquette prépayée est dans votre colis. Tous les détails sur cocotte-co.fr/retours.",
    ],
    [
      'fr',
      "Livraison offerte dès 40 € d'achat jusqu'au dimanche 7 mars 2027. En dessous, la livraison coûte 3,90 €.",
    ],
  ],
};
