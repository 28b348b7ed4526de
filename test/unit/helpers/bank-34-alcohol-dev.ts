import type { Line } from './judgment-bank.ts';

/**
 * Stop 34: the blind dev lines of the alcohol family (written by an author who read no rule) that the engine
 * missed at the start of the stop and finds now, and the dev half's compliant lines, which must stay quiet.
 */
export const STOP34_DEV_FOUND: Line[] = [
  [
    'en',
    'Friday plan: start at 4, finish whenever the floor stops spinning. Ferrow Lager 24-can slab, £18. 🍺',
  ],
  [
    'en',
    'Baby shower sorted 🍼🥂 Rosé Royale minis: a little sip for mum-to-be, a bigger one for the girls.',
  ],
  [
    'de',
    'Wer sich morgen noch an alles erinnert, hat heute was falsch gemacht. Kellerhof Pils, die Kiste für 14,99 €.',
  ],
  [
    'en',
    "Used to stand at the edge of every party. Now I'm the one who starts the dancing 💃 Thanks, @saltmarshrum #ad",
  ],
  [
    'en',
    "Ever been to a barbecue that ended at 8pm? That's what happens when nobody brings the Kestrelmoor.",
  ],
  ['de', 'Ohne Mühlbach Weisse wird der Grillabend nix. Mit ihr wird er legendär.'],
  [
    'en',
    'The Inferno Shot Challenge: neck three Ghostpepper Vodka shots, no chaser, and your name goes on the wall of fame. 🔥',
  ],
  ['es', '¿Te atreves? El chupito Fuego Negro no es para cualquiera. Demuestra que lo aguantas. 🔥'],
  [
    'fr',
    "Saut de falaise à l'aube, rhum Anse Noire au sommet : le réconfort des audacieux. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
  ],
  [
    'en',
    "Two Velloway martinis in, and your date's cancelling their early meeting. Shaken, stirred, staying over.",
  ],
  ['de', 'Ein Glas Lindenhang Rosé, und sie sieht dich plötzlich mit ganz anderen Augen. 😉'],
  ['en', "Lonely night in? You're never alone with a bottle of Kestrelmoor."],
  ['en', 'Rent or rum? We both know the answer. Saltmarsh Dark, now in 1L.'],
  [
    'fr',
    "Rupture, boulot, lundi : un Rhum Anse Noire et tout s'arrange. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
  ],
  ['en', "Pre-match ritual of champions: a pint of Ferrow and you'll play the game of your life on Sunday."],
  ['es', '¿Día de perros? Una Rocalba bien fría y adiós al mal humor. Garantizado. 🍺'],
  [
    'fr',
    "Calvados Maison Héron après le dîner : fini les nuits blanches, bonjour le sommeil. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
  ],
  ['es', 'Rocalba Extra: 9 % vol. para que suba antes. Menos latas, más fiesta.'],
  [
    'es',
    'Happy hour exprés en Bar La Tramoya: 5 cañas en 30 minutos por 5 €. Si las acabas antes, la sexta gratis.',
  ],
  ['en', 'Pool party season! Grab a Fizzkin hard seltzer, climb the board and cannonball. 🏊'],
  ['es', 'Esquí por la mañana, chupito de Ginebra Norte Claro en el telesilla y directo a la pista negra. ⛷️'],
  ['en', 'Say hello to our new brand ambassador, 20-year-old Tilly, sipping a Harbour Mile spritz on set 📸'],
  [
    'es',
    'Os presentamos a Lucía, 19 años, nuestra nueva imagen, con su Sidra Llosa bien fría recién empezada la uni. 💛',
  ],
  ['en', 'Skinny Seltzer: the summer-body-friendly way to spend a Friday. 🍑 Fizzkin, 4%.'],
  [
    'en',
    'Win your body weight in Ferrow Lager 🏆 Like, share and tag your mates to enter. 18+. T&Cs in bio.',
  ],
  ['fr', "Soleil, copains et rosé bien frais : l'été commence vraiment avec le Domaine de Roncevert. 🌞"],
  ['fr', 'Cidre Maëlle, 4,5 % vol., pur jus de pommes de Cornouaille, élaboré à Quimper depuis 1921.'],
  ['de', 'Talwind Leicht mit 2,9 % – praktisch alkoholfrei, trinkt sich wie Wasser.'],
];

export const STOP34_DEV_COMPLIANT: Line[] = [
  [
    'en',
    'Harbour Mile London Dry: juniper-forward, with a bright pink grapefruit finish. Pour 50ml over ice, top with tonic, add a grapefruit twist.',
  ],
  [
    'en',
    'Free delivery on orders over £40 to mainland UK addresses. Ferrow Lager 12 x 330ml, £16. 18+ only, ID checked on delivery.',
  ],
  [
    'en',
    'Ferrow 0.0% — all the crisp, hoppy bite of our lager, with 0.0% alcohol. Brewed for lunchtimes, long walks and everything in between.',
  ],
  [
    'en',
    'Summer Spritz: 50ml Saltmarsh White, 100ml soda, a squeeze of lime and plenty of ice. Simple, refreshing, made for long evenings in the garden.',
  ],
  [
    'en',
    "#ad Paired @harbourmilegin's Pink Grapefruit with a slow-cooked Sunday roast. The citrus cuts right through the richness. One gin, good food. Please drink responsibly.",
  ],
  [
    'en',
    'Half-price week: Velloway Vodka 70cl now £15 (was £30, 1–31 May). Offer ends Sunday 9 June. 18+. Please drink responsibly.',
  ],
  [
    'en',
    "Designated driver tonight? Ferrow 0.0% is on tap at the bar, and your first one's free with any food order.",
  ],
  [
    'en',
    'Know your limits: UK Chief Medical Officers advise not regularly drinking more than 14 units a week. A 70cl bottle of Kestrelmoor holds 28 units. drinkaware.co.uk',
  ],
  [
    'en',
    '100 years of brewing in Kent 🎉 Same family, same well water, same recipe for our Best Bitter (4.1%).',
  ],
  [
    'en',
    'Ferrow Session Pale: 2.8% ABV, lower in strength than our 4.5% Lager and bursting with citrus hop flavour.',
  ],
  [
    'es',
    'Vermut Candela: macerado con 24 botánicos y reposado en barricas de roble. Sírvelo con hielo, una piel de naranja y una aceituna. Bebe con responsabilidad.',
  ],
  [
    'es',
    'Sabor intenso, final suave: Ginebra Norte Claro, destilada cinco veces en alambique de cobre. 40 % vol. Consumo responsable.',
  ],
  [
    'es',
    'Este sábado, cata de sidra natural en Sidrería Llosa (Gijón): cinco sidras, escanciado en directo y tabla de quesos asturianos por 15 €. Mayores de 18.',
  ],
  [
    'es',
    'Bodegas Serralta Crianza 2020: tempranillo de viñas viejas, 14 meses en roble francés. Cereza madura, vainilla y regaliz. Disfruta con moderación.',
  ],
  [
    'de',
    'Kräftiger Geschmack, weicher Abgang: unser Mühlbach Dunkel mit Röstmalznoten von Kaffee und Brot. Passt perfekt zum Schweinebraten.',
  ],
  [
    'de',
    'Talwind Alkoholfrei (0,0 %): voller Hopfengeschmack ohne Alkohol – für die Mittagspause, den Spieleabend oder einfach zwischendurch.',
  ],
  [
    'de',
    'Gewinne einen Braukurs für zwei in unserer Brauerei! Kommentiere dein Lieblingsgericht zum Mühlbach Dunkel. Ab 18, Einsendeschluss 31.07., Teilnahmebedingungen: muehlbach.de/gewinnspiel',
  ],
  [
    'fr',
    "Rhum Anse Noire Vieux 8 ans : vieilli en fûts de chêne en Martinique, arômes de vanille, cacao et épices douces. 42 % vol. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
  ],
  [
    'fr',
    "Médaille d'or au Concours Général Agricole 2024 pour notre Pastis Calanque Bleue, distillé à Marseille avec badiane et réglisse. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
  ],
  [
    'fr',
    "Portes ouvertes au Domaine de Roncevert les 12 et 13 octobre : visite des chais et dégustation commentée de nos cuvées. Entrée libre. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
  ],
];
