import type { HandoffPackage } from '#core/package-schema';
import type { Line } from './judgment-bank.ts';

/**
 * Stop 31, alcohol bank (ADR 0028), written from the codes before the dev misses were read: CAP 18 and
 * BCAP 19, the Portman Group Code, the DISCUS and Beer Institute codes, the Werberat rules on alcohol, Ley
 * 34/1988 art. 8 and the brewers' (Cerveceros/FEBE) code, and the loi Évin (L3323-4). Each kind: lines that
 * must raise one of its rules, and near-misses (adult copy the codes allow) that must raise no alcohol rule.
 */
export interface Kind {
  title: string;
  rules: readonly string[];
  fire: Line[];
  quiet: Line[];
}

export const sellsAlcohol = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['alcohol'] } as HandoffPackage['product'];
};

/** Every alcohol rule a near-miss must leave silent (the routing `alcohol.product` is not a problem). */
export const ALCOHOL_PROBLEMS = [
  'alcohol.youth-appeal',
  'alcohol.success-claims',
  'alcohol.social-success',
  'alcohol.problem-cure',
  'alcohol.driving',
  'alcohol.strength',
  'alcohol.health-claim',
  'alcohol.young-person',
  'alcohol.excessive',
] as const;

export const ALCOHOL_KINDS: Kind[] = [
  {
    title: 'confidence and popularity from the drink (CAP 18.2, BCAP 19.5, Ley 34/1988 art. 8.5, Werberat 4)',
    rules: ['alcohol.success-claims', 'alcohol.social-success'],
    fire: [
      ['en', 'One sip of Halcyon Gin and suddenly everyone wants to talk to you.'],
      ['en', 'Shy? Not after a Copperhead Cider. 😉'],
      ['en', 'Pour a Northbound IPA and become the most popular guy in the room.'],
      ['en', 'The rum that turns wallflowers into the life of the party.'],
      ['es', 'Con un chupito de Orujo Real te sueltas y todos quieren estar contigo.'],
      ['es', 'Tímido hasta la primera caña. Después, el alma de la fiesta.'],
      ['de', 'Ein Schluck Kornblume und du bist der Mittelpunkt jeder Party.'],
      ['de', 'Schüchtern war gestern – mit unserem Sekt traust du dich alles.'],
      ['fr', 'Un verre de notre pastis et vous devenez le roi de la soirée.'],
      ['fr', 'Timide ? Plus après une bière Blonde des Cimes.'],
    ],
    quiet: [
      ['es', '¿Te lanzas a probar nuestro vermut de grifo?'],
      ['en', 'All eyes on the new label: designed by a Glasgow printmaker.'],
      ['en', 'Our gin is made with juniper from the Cairngorms. Please drink responsibly.'],
      ['en', 'Popular with our regulars: the smoked porter, back on tap.'],
      ['es', 'La cerveza más vendida de la casa, elaborada en Valladolid desde 1912.'],
      ['de', 'Beliebt bei Kennern: unser Riesling vom Schieferhang.'],
      ['fr', 'Notre pastis le plus apprécié, à base d’anis vert de Provence.'],
    ],
  },
  {
    title: 'seduction, sexual success and attractiveness (CAP 18.4, BCAP 19.5, Portman 3.2, DISCUS)',
    rules: ['alcohol.success-claims', 'alcohol.social-success'],
    fire: [
      ['en', 'Order a Velvet Martini and watch who comes over to your table.'],
      ['en', 'She wasn’t interested. Then you ordered the Reserve. 🔥'],
      ['en', 'Tequila Sol: the shortcut to a second date.'],
      ['en', 'Nothing makes you more irresistible than a glass of Noir Rouge.'],
      ['es', 'Pide un Rioja Cepa Alta y verás cómo te mira.'],
      ['es', 'Con este vermut, ligar nunca fue tan fácil.'],
      ['de', 'Mit diesem Rotwein wirst du unwiderstehlich.'],
      ['de', 'Ein Glas Sekt – und sie gehört dir.'],
      ['fr', 'Avec ce champagne, la séduction est garantie.'],
      ['fr', 'Un whisky et elle ne verra plus que vous.'],
    ],
    quiet: [
      ['en', 'A red for date night: cherry, cedar and a soft finish. Enjoy responsibly.'],
      ['en', 'An irresistible pairing: our Sauternes with blue cheese.'],
      ['es', 'Un tinto para compartir en una cena tranquila, con moderación.'],
      ['de', 'Ein Rosé, der zu Erdbeeren und Sommerabenden passt.'],
      ['fr', 'Un champagne rosé pour accompagner les desserts aux fruits rouges.'],
    ],
  },
  {
    title: 'daring, toughness, aggression and bravado (CAP 18.5, BCAP 19.4, Portman 3.2(b), Werberat 2)',
    rules: ['alcohol.success-claims', 'alcohol.social-success', 'alcohol.strength', 'alcohol.excessive'],
    fire: [
      ['en', 'Real men drink it neat. No ice, no excuses.'],
      ['en', 'Ironclad Stout: for those who fight first and ask questions later.'],
      ['en', 'Dare you to finish the bottle. 💀'],
      ['en', 'Only the fearless order a double Black Fang.'],
      ['es', 'Los valientes lo toman solo. ¿Y tú?'],
      ['es', 'Un trago de Aguardiente Bravo y no le tienes miedo a nada.'],
      ['de', 'Nur echte Kerle trinken unseren Korn pur.'],
      ['de', 'Trau dich: die ganze Flasche in einer Nacht.'],
      ['fr', 'Les vrais durs le boivent sec.'],
      ['fr', 'Un shot de notre rhum et plus rien ne vous fait peur.'],
    ],
    quiet: [
      ['en', 'Best served neat or with a drop of water.'],
      ['en', 'A bold, peaty single malt from Islay.'],
      ['es', 'Un orujo intenso, para tomar solo y despacio.'],
      ['de', 'Ein kräftiger Korn aus dem Münsterland, am besten pur und gekühlt.'],
      ['fr', 'Un rhum ambré au caractère affirmé, à déguster avec modération.'],
    ],
  },
  {
    title: 'therapeutic, mood or performance qualities (CAP 18.7, 18.17, BCAP 19.13, Ley 34/1988, loi Évin)',
    rules: ['alcohol.health-claim', 'alcohol.success-claims', 'alcohol.excessive'],
    fire: [
      ['en', 'Stressed? A glass of our Merlot and the tension melts away.'],
      ['en', 'Bitters Nº9 settles the stomach after a heavy meal.'],
      ['en', 'Our stout gives you the energy to keep going all night.'],
      ['en', 'A nip of brandy to chase off that winter cold.'],
      ['en', 'Sharper mind, steadier hand: one dram before the big game.'],
      ['es', 'Una copa de coñac te quita el estrés del día.'],
      ['es', 'Este licor de hierbas te ayuda a dormir como un bebé.'],
      ['de', 'Unser Kräuterlikör beruhigt den Magen und hebt die Stimmung.'],
      ['de', 'Ein Glas Rotwein am Abend – und der Stress ist vergessen.'],
      ['fr', 'Un verre de notre vin rouge et le stress s’envole.'],
      ['fr', 'Cette liqueur vous redonne le moral en un instant.'],
    ],
    quiet: [
      ['en', 'Beat the cold weather with our winter tasting menu.'],
      ['en', 'The deal boosts spirits sales across our Scottish distilleries.'],
      ['en', 'Aged 12 years in sherry casks; notes of fig and clove.'],
      ['en', 'Bitters Nº9: a digestif of 28 botanicals, served after dinner.'],
      ['es', 'Un licor de hierbas de Galicia, tradicional tras las comidas.'],
      ['de', 'Unser Kräuterlikör aus 40 Kräutern, gereift im Eichenfass.'],
      ['fr', 'Une liqueur de plantes élaborée par des moines depuis 1737.'],
    ],
  },
  {
    title:
      'strength as a merit or a reason to choose (CAP 18.9, BCAP 19.10, Portman 3.1, Ley 34/1988, DISCUS)',
    rules: ['alcohol.strength', 'alcohol.excessive'],
    fire: [
      ['en', 'This IPA is 11 % – two cans and you’re done for the night 😵'],
      ['es', 'Tres chupitos de este orujo y acabas tirado.'],
      ['en', 'At 9.5 %, this is one lager that actually gets the job done.'],
      ['en', 'More alcohol, more fun: our new 12 % cider.'],
      ['en', 'The higher the proof, the better the night.'],
      ['en', 'Why settle for 4 %? Go for the big one.'],
      ['es', 'Más grados, más fiesta: nueva cerveza al 10 %.'],
      ['es', 'Con 45 grados, este orujo no es para cualquiera.'],
      ['de', 'Mehr Prozente, mehr Spaß: unser Doppelbock mit 11 %.'],
      ['de', 'Je mehr Umdrehungen, desto besser der Abend.'],
      ['fr', 'Plus de degrés, plus de fête : notre bière à 11 %.'],
      ['fr', 'À 50 degrés, ce rhum vous met K.-O. en deux verres.'],
    ],
    quiet: [
      ['de', 'Unser Angebot haut dich um: sechs Flaschen Riesling für 39 €.'],
      ['en', 'At 40 % ABV, it works in a Negroni or over ice.'],
      ['es', 'Vino Tumba del Rey, crianza de 14 meses.'],
      ['en', 'A sessionable pale ale at 3.8 % ABV.'],
      ['en', 'Our Imperial Stout, 10.5 % ABV, is best shared in small measures.'],
      ['es', 'Cerveza tostada, 5,4 % vol. Bebe con moderación.'],
      ['de', 'Doppelbock, 7,5 % vol., mit Noten von Karamell und Dörrobst.'],
      ['fr', 'Rhum agricole, 50 % vol., à déguster avec modération.'],
    ],
  },
  {
    title:
      'drinking fast, drinking games and irresponsible serving (CAP 18.1, BCAP 19.2, Portman 3.2(f), Beer Institute)',
    rules: ['alcohol.excessive'],
    fire: [
      ['en', 'Down it in one! First to finish gets the next round free.'],
      ['en', 'Shotgun a can of Rapids and post your time 🏁'],
      ['en', 'Beer pong night: every cup you sink, your mate drinks.'],
      ['en', 'Neck the lot before the bell.'],
      ['es', '¡De un trago! El que acabe primero no paga.'],
      ['es', 'Juego de la noche: cada vez que marquen, chupito.'],
      ['de', 'Auf ex! Wer zuerst leer hat, kriegt die nächste Runde.'],
      ['de', 'Trinkspiel: bei jedem Tor ein Kurzer.'],
      ['fr', 'Cul sec ! Le premier qui finit gagne la tournée.'],
      ['fr', 'Un shot à chaque but : le défi de la soirée.'],
    ],
    quiet: [
      ['en', 'Once opened, finish the bottle within three days.'],
      ['en', 'Long neck bottles, 330 ml, in a 12-pack.'],
      ['es', 'Cada vez que abras una botella, recuerda: con moderación.'],
      ['en', 'Sip slowly: the finish keeps evolving in the glass.'],
      ['en', 'Match night at the Crown: big screen, pub quiz and a burger deal.'],
      ['es', 'Noche de partido con tapas y pantalla gigante en la terraza.'],
      ['de', 'Langsam genießen: der Abgang entfaltet sich im Glas.'],
      ['fr', 'À déguster lentement, à température ambiante.'],
    ],
  },
  {
    title:
      'drinking encouraged to excess or without limit (CAP 18.1, 18.13, BCAP 19.2, Portman 3.2(f), Werberat 1)',
    rules: ['alcohol.excessive'],
    fire: [
      ['en', 'Bottomless prosecco, no limits, all afternoon 🥂'],
      ['en', 'Drink till you drop at Sunday Sesh.'],
      ['en', 'All you can drink for £15 – last one standing wins.'],
      ['en', 'Why stop at one? Make it five.'],
      ['es', 'Barra libre toda la noche: bebe hasta que no puedas más.'],
      ['es', '¿Una? Mejor seis. 🍻'],
      ['de', 'Flatrate-Saufen bis zum Umfallen!'],
      ['de', 'Warum bei einem bleiben? Heute gibt’s kein Limit.'],
      ['fr', 'Open bar à volonté jusqu’à l’aube !'],
      ['fr', 'Pourquoi s’arrêter à un verre ? Ce soir, on ne compte pas.'],
    ],
    quiet: [
      ['fr', 'Toute la bouteille est recyclable, bouchon compris.'],
      ['es', 'La botella entera es de vidrio reciclado.'],
      ['en', 'Bottomless coffee and pancakes every Sunday morning at the taproom café.'],
      ['en', 'Tasting flight: three 50 ml pours of our single malts.'],
      ['es', 'Cata de tres vinos de 5 cl con maridaje de quesos.'],
      ['de', 'Probierpaket: drei kleine Gläser unserer Saisonbiere.'],
      ['fr', 'Dégustation de trois vins au verre, avec modération.'],
    ],
  },
  {
    title:
      'the drink as a cure for boredom, loneliness or problems (CAP 18.6, BCAP 19.7, Werberat 3, loi Évin)',
    rules: ['alcohol.problem-cure', 'alcohol.success-claims', 'alcohol.health-claim'],
    fire: [
      ['es', '¿Tu jefe no te valora? Una copa de ron y a olvidar.'],
      ['de', 'Der Chef nervt? Ein Obstler und die Welt ist wieder in Ordnung.'],
      ['en', 'Bored at home? Nothing a bottle of Sunny Rosé can’t fix.'],
      ['en', 'Feeling lonely tonight? Your new best friend comes in a bottle.'],
      ['en', 'Bad day at work? Drown it in Cask 12.'],
      ['en', 'Problems? Pour a Goldleaf and forget them.'],
      ['es', '¿Aburrido? Una botella de cava y se acabó el aburrimiento.'],
      ['es', '¿Un mal día? Nuestro whisky lo arregla todo.'],
      ['de', 'Langeweile? Dagegen hilft ein kühles Helles.'],
      ['de', 'Allein zu Hause? Mit unserem Wein bist du nie einsam.'],
      ['fr', 'Vous vous ennuyez ? Une bouteille de cidre et c’est réglé.'],
      ['fr', 'Des soucis ? Notre whisky les fait oublier.'],
    ],
    quiet: [
      ['en', 'Problems with your order? Reply to this message and we will sort it.'],
      ['fr', 'C’est réglé : votre commande de vin part demain.'],
      ['es', '¿Te lanzas? Nuevo vermut rosado, con moderación.'],
      ['en', 'Bored of the same old reds? Try our Portuguese field blend.'],
      ['en', 'Feeling adventurous? Our tasting room opens a new pairing menu on Friday.'],
      ['es', '¿Cansado de siempre el mismo vino? Descubre nuestra garnacha de altura.'],
      ['de', 'Keine Lust auf Einheitsbier? Probier unser Rauchbier aus Bamberg.'],
      ['fr', 'Envie de changer de rouge ? Découvrez notre cabernet franc de Loire.'],
    ],
  },
  {
    title:
      'drinking tied to work, driving, sport or risky activities (CAP 18.10-18.12, BCAP 19.8-19.9, DISCUS)',
    rules: ['alcohol.driving', 'alcohol.success-claims', 'alcohol.health-claim', 'alcohol.excessive'],
    fire: [
      ['en', 'A cold one on the scaffold makes the shift fly by.'],
      ['en', 'Crack a can before the climb – the summit tastes better. 🧗'],
      ['en', 'Lunch break lager: back to the forklift refreshed.'],
      ['en', 'A shot of schnapps before you hit the black run!'],
      ['en', 'Beer at your desk? At Brewfolk we call it Friday productivity.'],
      ['es', 'Una caña antes de coger la moto y a rodar.'],
      ['es', 'Un carajillo antes del turno y a la obra con energía.'],
      ['de', 'Ein Bier vor der Schicht an der Maschine – so läuft’s.'],
      ['de', 'Noch ein Schnaps, dann ab auf die schwarze Piste!'],
      ['fr', 'Une bière avant de prendre la route des vacances.'],
      ['fr', 'Un petit verre avant la plongée, pour se détendre.'],
    ],
    quiet: [
      ['en', 'Our bar staff on shift will ask for ID.'],
      ['es', 'Inspirado en la obra de Miró, nuestro cava de edición limitada.'],
      ['fr', 'Réservez votre table avant le service du soir.'],
      ['fr', 'Avant de plonger dans notre carte, goûtez nos vins du moment.'],
      ['en', 'Before you dive into our menu, try the flight of three ales.'],
      ['en', 'Tastings on site every Saturday.'],
      ['es', 'La maquinaria de prensado de la bodega es de 1960.'],
      ['en', 'After the hike, back at the lodge: a pint of our amber ale.'],
      ['en', 'Heading home? Book a taxi at the bar. Never drink and drive.'],
      ['es', 'Después de la ruta, una cerveza en el albergue. Si bebes, no conduzcas.'],
      ['de', 'Nach der Schicht: ein Feierabendbier in unserem Biergarten.'],
      ['fr', 'Après la randonnée, un verre de vin au refuge. Ne prenez pas le volant.'],
    ],
  },
  {
    title: 'people under 25 in a significant role (CAP 18.16, BCAP 19.17, DISCUS and Beer Institute: 25+)',
    rules: ['alcohol.young-person', 'alcohol.youth-appeal'],
    fire: [
      ['en', 'Meet our new brand ambassador, Chloe (19), mixing her signature spritz.'],
      ['en', 'Jake, 21, pours the first pint of the season.'],
      ['en', 'Starring 20-year-old influencer Mia Ross with a can of Fizzbox.'],
      ['en', 'Filmed with students from the uni rugby team, pints in hand.'],
      ['es', 'Lucía, de 20 años, nos enseña su cóctel favorito con nuestro ron.'],
      ['es', 'Grabado con universitarios de primer curso brindando con cava.'],
      ['de', 'Lena (18) zeigt ihren Lieblingsdrink mit unserem Wodka.'],
      ['de', 'Mit dem 21-jährigen Streamer Tim und einem kühlen Pils.'],
      ['fr', 'Léa, 19 ans, prépare son cocktail préféré au rhum.'],
      ['fr', 'Avec des étudiants de première année, une bière à la main.'],
    ],
    quiet: [
      ['en', 'Our 20-year-old tawny port, bottled in 2026.'],
      ['fr', 'Cognac XO, 20 ans d’âge.'],
      ['es', 'Brandy Gran Reserva, de 20 años en barrica.'],
      ['en', 'A fresher, lighter style of Riesling.'],
      ['en', 'Our head brewer, Dana (38), talks us through the new harvest ale.'],
      ['en', 'Aged 21 years in oak: our oldest single malt.'],
      ['es', 'Un reserva con 20 años en barrica.'],
      ['de', 'Ein 18 Jahre gereifter Single Malt.'],
      ['fr', 'Un rhum vieilli 21 ans en fût de chêne.'],
    ],
  },
  {
    title:
      'appeal to under-18s: youth culture, games, sweets, school (CAP 18.14, BCAP 19.15, DISCUS, Werberat 5)',
    rules: ['alcohol.youth-appeal'],
    fire: [
      ['en', 'Bubblegum vodka shots – just like the sweets you loved at school!'],
      ['en', 'Unlock the Fizzbox gamer pack: a new flavour every Friday 🎮'],
      ['en', 'Our new seltzer tastes like a strawberry slushie.'],
      ['en', 'Exams done? Celebrate with a round of Pink Pop. 🎉'],
      ['es', 'Licor sabor chuche para celebrar el fin de curso.'],
      ['es', 'El cubata de los del insti: ¡sabe a piruleta!'],
      ['de', 'Schmeckt wie Brausepulver: unser neuer Likör.'],
      ['de', 'Nach der Schule auf ein Radler? 😎'],
      ['fr', 'La vodka au goût de bonbon, comme à la récré.'],
      ['fr', 'Bac en poche ? Fêtez-le avec notre bière aromatisée.'],
    ],
    quiet: [
      ['en', 'Level up your cocktail game with our aromatic bitters.'],
      ['en', 'A cherry liqueur with a deep, bittersweet finish. 18+ only.'],
      ['en', 'Our founders met at school in 1987 and started brewing in 2010.'],
      ['es', 'Licor de cereza artesanal, solo para mayores de edad.'],
      ['de', 'Ein fruchtiger Kirschlikör, nur für Erwachsene.'],
      ['fr', 'Une liqueur de framboise, réservée aux adultes.'],
    ],
  },
  {
    title: 'lifestyle, festivity and success around the drink (loi Évin L3323-4, CAP 18.3, Werberat 2)',
    rules: ['alcohol.success-claims', 'alcohol.social-success'],
    fire: [
      ['en', 'Success tastes like Crownfield Champagne.'],
      ['en', 'Closed the deal? You’ve earned a Gold Reserve. 🏆'],
      ['es', 'El éxito sabe a Cava Brillante.'],
      ['es', 'Cerraste el trato: celébralo como los triunfadores, con nuestro whisky.'],
      ['de', 'Erfolg schmeckt nach Sekt von Haus Adler.'],
      ['de', 'Wer es geschafft hat, trinkt Goldwasser.'],
      ['fr', 'Le goût de la réussite : notre champagne.'],
      ['fr', 'Les gagnants trinquent au Cognac Prestige.'],
    ],
    quiet: [
      ['en', 'We signed the contract with a new importer in Japan.'],
      ['en', 'Gold medal, Decanter World Wine Awards 2026.'],
      ['es', 'Medalla de oro en el Concurso Internacional de Vinos 2026.'],
      ['de', 'Goldmedaille beim Internationalen Weinpreis 2026.'],
      ['fr', 'Médaille d’or au Concours général agricole 2026. L’abus d’alcool est dangereux pour la santé.'],
    ],
  },
];

/** Packages that sell no alcohol: drink words as names, flavours and cooking (`alcohol.shown` is info). */
export const NOT_ALCOHOL: Line[] = [
  ['en', 'Our Gin & Tonic scented candle: juniper, lime and a fresh citrus top note.'],
  ['en', 'Mojito-flavoured lip balm, zero alcohol, all summer.'],
  ['en', 'Cook the mushrooms in a splash of white wine until it evaporates.'],
  ['en', 'Root beer floats for the whole family this Saturday.'],
  ['en', 'Our Margarita pizza is back with fresh basil.'],
  ['es', 'Añade un chorrito de vino blanco al sofrito y deja reducir.'],
  ['es', 'Vela aromática Sangría: naranja, canela y frutos rojos.'],
  ['de', 'Die Zwiebeln mit einem Schuss Rotwein ablöschen.'],
  ['de', 'Unser Duschgel „Hugo“ duftet nach Holunder und Minze.'],
  ['fr', 'Déglacez avec un trait de vin blanc et laissez réduire.'],
  ['fr', 'Bougie parfumée Piña Colada, noix de coco et ananas.'],
];
