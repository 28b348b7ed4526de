import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 38, round 39 (ADR 0028): the alcohol readings its dev cases showed missing, each with lines of the
 * same kind written anew in en/es/de/fr, and the lawful near-misses a reviewer lets run.
 */
export const STOP38_ALCOHOL_KINDS: Kind[] = [
  {
    title:
      'stress or worries said to vanish with the drink (CAP 18.6, 18.8; Werberat; Ley 34/1988; loi Évin)',
    rules: ['alcohol.health-claim'],
    fire: [
      ['en', 'Long shift? Pour a Calder Pale and the stress of the day is simply gone.'],
      ['en', 'One glass of Vireo Rosé and your worries quietly dissolve away.'],
      ['es', 'Una copa de Albariño Mareas y el estrés del trabajo simplemente se esfuma.'],
      ['de', 'Ein kühles Radler vom Hofbräu Lenz, und der Ärger ist sofort verflogen.'],
      ['de', 'Feierabend mit Moselriesling: die Sorgen sind einfach weggeblasen.'],
      ['fr', 'Un verre de Sancerre Les Aubiers et le stress de la journée disparaît aussitôt.'],
    ],
    quiet: [
      ['en', 'Stress-free gifting: we wrap and post every bottle for you.'],
      ['en', 'Harvest is our busiest, most stressful month; the 2026 vintage is in barrel now.'],
      ['es', 'Sin estrés: envío en 24 h de cualquier caja de seis vinos.'],
      ['de', 'Weinlese ohne Stress: unsere Trauben werden von Hand gelesen.'],
      ['fr', 'Commandez sans stress : livraison offerte dès six bouteilles.'],
      ['fr', 'Le stress hydrique de 2025 a donné des raisins concentrés. À consommer avec modération.'],
    ],
  },
  {
    title: 'the drink as a therapist or confidant (ASA Pirate’s Grog 2023; CAP 18.6-18.8)',
    rules: ['alcohol.problem-cure'],
    fire: [
      ['en', 'No therapist up at the bothy? A dram of Glenmoor will hear you out.'],
      ['en', 'Liquid therapy for the long winter nights: Northgate Porter, 5.8%.'],
      ['en', 'A bottle of Corran Gin listens better than most people do.'],
      ['es', 'Este vermut Olmeda te escucha mejor que cualquiera.'],
      ['es', 'No hay psicóloga en el pueblo, pero hay orujo Valdés.'],
      ['de', 'Kein Therapeut in Sicht? Unser Obstler vom Kramerhof tut es auch.'],
      ['fr', 'Pas de psy ce soir : juste un verre de calvados Lemarié.'],
      ['fr', 'La thérapie en bouteille : Rhum Ti Kannèl, 50 % vol.'],
    ],
    quiet: [
      ['en', 'Our head brewer trained as a physiotherapist before she took over the mash tun.'],
      ['en', 'We listen to every review: vote for next winter’s seasonal ale.'],
      ['es', 'Nuestra enóloga escucha a cada viticultor antes de la vendimia.'],
      ['de', 'Unser Kellermeister hört genau hin, wenn der Most gärt.'],
      ['fr', 'Notre caviste vous écoute et vous conseille en boutique.'],
    ],
  },
  {
    title: 'laughing at nothing once the drink is poured (CAP 18.8 mood and behaviour; loi Évin L3323-4)',
    rules: ['alcohol.problem-cure'],
    fire: [
      ['en', 'Two jugs of Saltbay Cider and the whole table is laughing at nothing.'],
      ['es', 'Con una jarra de sangría Solana, todos se ríen por nada.'],
      ['de', 'Eine Flasche Winzersekt Haller, und alle lachen über alles.'],
      ['fr', 'Une coupe de crémant Delorme, et on rit pour un rien.'],
      ['fr', 'Pastis Mistral en terrasse : fous rires garantis.'],
    ],
    quiet: [
      ['en', 'Comedy night at the taproom on Friday: tickets £8, doors at 7.'],
      ['es', 'Nuestro enólogo se ríe cuando le preguntan el secreto: paciencia.'],
      ['de', 'Bei der Brauereiführung darf gelacht werden: Anekdoten aus 300 Jahren.'],
      ['fr', 'Rien ne vaut un cidre servi à 8 °C. À consommer avec modération.'],
    ],
  },
  {
    title: 'confidence poured, or a drink first and then the move on someone (CAP 18.2-18.3; Portman 3.2)',
    rules: ['alcohol.social-success'],
    fire: [
      ['en', 'One cold Harlow Pils, then your move. 😉'],
      ['en', 'Confidence on tap every Friday at the Fox & Lantern.'],
      ['en', 'Bottled confidence: Redmere Spiced Rum, 37.5%.'],
      ['es', 'Primero una caña Albar, luego lánzate.'],
      ['es', 'Confianza embotellada: ginebra Castro, 40 % vol.'],
      ['de', 'Erst ein Helles vom Seewirt, dann sprich sie an.'],
      ['de', 'Selbstvertrauen aus der Flasche: Korn vom Gut Lohe.'],
      ['fr', 'D’abord un verre de Muscadet, ensuite à toi de jouer.'],
      ['fr', 'La confiance en bouteille : bière Ardoise, 6 % vol.'],
    ],
    quiet: [
      ['en', 'First a cellar tour, then the tasting of five wines.'],
      ['en', 'Make your move to our new taproom on Mill Street: same beers, bigger room.'],
      ['es', 'Primero la visita a la bodega, luego la cata de tres vinos.'],
      ['de', 'Erst die Lese, dann der Wein: der Jahrgang 2026 kommt im Oktober.'],
      ['fr', 'D’abord la visite des caves, ensuite la dégustation commentée.'],
      ['fr', 'Blind tasting : six rosés à l’aveugle, à consommer avec modération.'],
    ],
  },
];

/** Lawful adult copy of the round's kinds: a responsible-drinking line, an adult audience, a blind tasting. */
export const STOP38_ALCOHOL_QUIET: Line[] = [
  [
    'en',
    'Blind tasting night: six Riojas, no labels, and your own notes to take home. Please drink responsibly.',
  ],
  ['en', 'For adults 25+ only. Enjoy Marren Lager responsibly. drinkaware.co.uk'],
  ['es', 'Cata a ciegas de cinco tintos del Bierzo. Bebe con moderación; solo mayores de 18.'],
  [
    'de',
    'Weinprobe für Erwachsene ab 18: sechs Rieslinge, dazu Brot und Wasser. Genieße verantwortungsvoll.',
  ],
  ['fr', 'Dégustation à l’aveugle de six champagnes. L’abus d’alcool est dangereux pour la santé.'],
];

/** A place or region before "style" that ends a clause is the manner of a thing, not an imitation of a brand. */
export const STYLE_AS_MANNER: Line[] = [
  ['en', 'Sunday roast, Yorkshire style.'],
  ['en', 'Beach clean-up, Cornwall Coast crew style!'],
  ['en', 'Game night, Highland style'],
];
export const STYLE_AS_IMITATION: Line[] = [
  ['en', 'The Cartier style bracelet, for a tenth of the price.'],
  ['en', 'Get the Chanel-style quilted bag today.'],
];
