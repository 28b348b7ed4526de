import type { HandoffPackage } from '#core/package-schema';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 29, alcohol, by mechanism (ADR 0028, 0029): banks written from the codes before the rules changed,
 * each line our own. Two shapes new authors wrote and the engine did not read:
 * - the drink as what makes an occasion fun, exciting or a success: "any moment gets more fun", "X makes the
 *   weekend", "the fun starts when the cork pops" (CAP 18.3 and BCAP 19.6: alcohol must not be implied to be
 *   a key component of the success of a social event; LGCA art. 5, Werberat Alkohol 2, Loi Evin). Portraying
 *   a drink as sociable is allowed, so near-misses are drinks shared with friends and "fun" that describes the
 *   wine, a tour or a colour;
 * - the drink put ahead of life's commitments or people: "pints over vows", "who needs a boyfriend when…",
 *   "#priorities" (CAP 18.6 and BCAP 19.7: alcohol must not be portrayed as indispensable or as taking
 *   priority in life). Near-misses are a brand's own priorities and everyday "priority" words.
 * The package sells alcohol; both kinds are read by alcohol.success-claims (and its drinkless words by
 * alcohol.success-words). Below them, alcohol.shown.
 */
const alcohol = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['alcohol'] } as HandoffPackage['product'];
};
const RULES = ['alcohol.success-claims', 'alcohol.success-words'];

bank(
  'alcohol: the drink makes an occasion fun, exciting or a success (CAP 18.3, BCAP 19.6, LGCA, Werberat)',
  RULES,
  { edit: alcohol },
  [
    ['en', 'Crack a can and every Friday gets a whole lot more fun.'],
    ['en', 'One bottle of Sunny Rosé and any barbecue becomes unforgettable ☀️'],
    ['en', 'Our spritz turns a dull Tuesday into a party.'],
    ['en', 'Bigger bubbles. More fun, more exciting, more you.'],
    ['en', 'Peak Pale Ale makes the weekend.'],
    ['en', 'The fun only starts when the cork pops 🍾'],
    ['en', 'It’s not a party without a round of Agave Gold.'],
    ['en', 'No fun without a Fizzbox in the fridge!'],
    ['es', 'Con un vermut, cualquier plan se vuelve mucho más divertido.'],
    ['es', 'Nuestra sidra hace que cualquier cena sea inolvidable.'],
    ['es', 'Sin tinto de verano no hay diversión. 🍷'],
    ['de', 'Mit unserem Sekt wird jeder Abend gleich aufregender.'],
    ['de', 'Hopfenglück macht jeden grauen Dienstag zur Party.'],
    ['de', 'Ohne Kräuterlikör kein Spaß – Prost!'],
    ['fr', 'Avec notre cidre, chaque apéro devient plus festif.'],
    ['fr', 'Le rosé qui rend chaque soirée inoubliable.'],
  ],
  [
    ['en', 'A fun, fruity rosé for long summer picnics.'],
    ['en', 'Fun fact: our Riesling grows on blue slate.'],
    ['en', 'Makes the perfect gift for any occasion.'],
    ['en', 'Made for sharing with friends around the table.'],
    ['en', 'Sorry, we can’t make the barbecue this year – the harvest starts early.'],
    ['en', 'Our cellar tour is more fun with a guide: book at the door.'],
    ['en', 'Every moment of the harvest is done by hand.'],
    ['en', 'The weekend market gets busier every year – find our stall by the fountain.'],
    ['es', 'Un vino perfecto para cualquier momento del día, con moderación.'],
    ['es', 'La vendimia se hace a mano, momento a momento.'],
    ['de', 'Jeder Moment der Lese zählt: alles von Hand gepflückt.'],
    ['de', 'Ein Wein, der gut zu Spargel und Fisch passt.'],
    ['fr', 'Chaque moment passé en cave compte pour nos vins.'],
    ['fr', 'Une bière blonde légère, à partager entre amis, avec modération.'],
  ],
);

bank(
  'alcohol: the drink put ahead of life’s commitments or people (CAP 18.6, BCAP 19.7, LGCA, Werberat)',
  RULES,
  { edit: alcohol },
  [
    ['en', 'Wedding speech can wait. What could ever compare to cracking open a cold one?'],
    ['en', 'Pints over vows. #stagdo'],
    ['en', 'Cider comes before homework, obviously 🍏'],
    ['en', 'Gin > everything.'],
    ['en', 'A cold lager is more important than your wedding speech.'],
    ['en', 'Who needs a boyfriend when you’ve got a bottle of Malbec?'],
    ['en', 'Ad | Priorities 🍺'],
    ['en', 'Got my priorities straight: fridge full of IPA.'],
    ['en', 'Skipped the school run, kept the rum. #priorities'],
    ['es', 'Una caña es más importante que tu examen.'],
    ['es', '¿Quién necesita pareja teniendo este albariño?'],
    ['es', 'Primero la cerveza que la boda. 🍺'],
    ['de', 'Feierabendbier ist wichtiger als die Hochzeit deiner Schwester.'],
    ['de', 'Wer braucht schon einen Freund, wenn er Rotwein hat?'],
    ['de', 'Erst das Bier, dann die Familie.'],
    ['fr', 'La bière, plus importante que ton mariage ?'],
    ['fr', 'Qui a besoin d’un mec quand on a ce rosé ?'],
    ['fr', 'D’abord la mousse, ensuite les vœux.'],
  ],
  [
    ['en', 'Sustainability is a priority at our winery.'],
    ['en', 'Safety is our top priority: never drink and drive.'],
    ['en', 'Priority booking for club members opens Monday.'],
    ['en', 'Our priorities: low intervention, old vines, patience.'],
    ['en', 'What could compare to a sunset over the Douro valley?'],
    ['en', 'Nothing compares to the view from our terrace.'],
    ['en', 'More important than any award: the growers we work with.'],
    ['en', 'Who needs a map when the vineyard trail is signposted?'],
    ['es', 'La calidad es nuestra prioridad desde 1924.'],
    ['es', 'Más importante que el precio: el origen de la uva.'],
    ['de', 'Qualität hat bei uns Priorität.'],
    ['de', 'Wichtiger als jede Medaille sind uns die Winzer.'],
    ['fr', 'Notre priorité : des vignes cultivées sans pesticides.'],
    ['fr', 'Plus important que le prix : le terroir.'],
  ],
);

/**
 * Review of stop 29: in an ad for another product, a drink named only as what goes with it ("perfect with a
 * craft beer", "and an ice-cold lager") does not make the ad's party or romance an alcohol success claim; the
 * product's own success is not the drink's (CAP 18.3 reads claims of the drink). The drink as the subject of
 * the claim still is, and so is any such claim in a package that sells alcohol (the banks above).
 */
const sellsOther = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['general'] } as HandoffPackage['product'];
};
const PAIRINGS: [string, string][] = [
  ['en', 'Our pizza oven: perfect with a craft beer, the party starts when the oven’s on.'],
  ['en', 'Roses for the big night: with a bottle of wine, she said yes.'],
  ['en', 'Fire up the Grillmaster and an ice-cold lager: be the life of the party.'],
  ['de', 'Der neue Grill und ein kühles Bier bringen die Party in Schwung.'],
  ['fr', 'Notre four à pizza, avec une bière bien fraîche : la star de la soirée, c’est vous.'],
  ['es', 'Nuestra barbacoa, con una cerveza bien fría: el alma de la fiesta.'],
];
const DRINK_AS_SUBJECT: [string, string][] = [
  ['en', 'A cold beer makes you the life of the party.'],
  ['en', 'Beer makes any barbecue more fun.'],
  ['de', 'Ein kühles Bier bringt die Party in Schwung.'],
  ['fr', 'Une bière bien fraîche et la soirée décolle.'],
  ['es', 'Una cerveza bien fría y eres el alma de la fiesta.'],
];

bank(
  'alcohol.success-claims: a drink as the pairing of another product is not the claim’s subject (general)',
  RULES,
  { edit: sellsOther },
  DRINK_AS_SUBJECT,
  PAIRINGS,
);

bank(
  'alcohol.success-claims: the same when the package does not say what it sells',
  RULES,
  {},
  DRINK_AS_SUBJECT,
  PAIRINGS,
);

/**
 * A scene in an ad for another product that shows people holding, pouring or drinking alcohol: the alcohol
 * rules apply to ads that feature alcohol, not only to ads for it (CAP 18 scope, BCAP 19), so a person
 * checks it (info). Near-misses are drink words that are not a drink being had: a cask's history, a colour,
 * a glass of something else, an alcohol-free beer, "raise a glass" to someone.
 */
const general = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['general'] } as HandoffPackage['product'];
};

bank(
  'alcohol.shown: people holding, pouring or drinking alcohol in an ad for something else (CAP 18, BCAP 19)',
  ['alcohol.shown'],
  { channel: 'video', kind: 'script', edit: general },
  [
    ['en', 'A couple on the new sofa; one holds a bottle of red and a filled glass.'],
    ['en', 'SCENE: friends clink champagne flutes around the kitchen island.'],
    ['en', 'Dad, sipping a cold beer on the new deck: “Built it myself.”'],
    ['en', 'She pours two glasses of rosé as the oven timer pings.'],
    ['en', 'Close-up: he cracks open a can of lager and leans back in the recliner.'],
    ['en', 'They raise their wine glasses as the lights come on in the garden.'],
    ['es', 'Una pareja brinda con copas de cava en su salón nuevo.'],
    ['es', 'Ella sirve una copa de vino tinto mientras la lavadora termina sola.'],
    ['es', 'Los amigos toman unas cañas en la terraza recién pintada.'],
    ['de', 'Zwei Freundinnen stoßen mit Sektgläsern auf dem neuen Balkon an.'],
    ['de', 'Er schenkt sich ein Glas Rotwein ein und lehnt sich zurück.'],
    ['de', 'Sie trinkt ein kühles Bier auf der neuen Terrasse.'],
    ['fr', 'Un couple trinque avec des coupes de champagne dans le salon.'],
    ['fr', 'Elle se sert un verre de vin rouge devant la cheminée neuve.'],
  ],
  [
    ['en', 'Our beans rested in casks that once held whiskey.'],
    ['en', 'She pours a glass of oat milk for the kids.'],
    ['en', 'He raises a glass of lemonade to the camera.'],
    ['en', 'Raise a glass to our volunteers this Christmas!'],
    ['en', 'The side pocket holds a bottle of water.'],
    ['en', 'New shade: Prosecco, a pale straw for north-facing rooms.'],
    ['en', 'He sips an alcohol-free lager on the new patio.'],
    ['es', 'Toma un café con leche antes de salir.'],
    ['es', 'Ella sirve una copa de helado de vainilla.'],
    ['de', 'Sie trinkt einen Kaffee auf dem neuen Balkon.'],
    ['de', 'Er hält eine Flasche Wasser in der Hand.'],
    ['fr', 'Il boit un verre d’eau après son footing.'],
    ['fr', 'Elle tient une tasse de thé fumante.'],
  ],
);

/** Review of stop 29: a drink word that names a food, a colour or a finish is no drink being had. */
bank(
  'alcohol.shown: food and colour uses of drink words (review of stop 29)',
  ['alcohol.shown'],
  { channel: 'video', kind: 'script', edit: general },
  [
    ['en', 'He pours a glass of red as the pizza comes out.'],
    ['en', 'She holds a bottle of white, chilled, by the new fridge.'],
  ],
  [
    ['en', 'She holds a bottle of red sauce over the pasta.'],
    ['en', 'Pour the rum cake mix into the tin and bake for 40 minutes.'],
    ['en', 'She holds a wine red scarf up to the light.'],
    ['en', 'He lifts a beer-battered fish out of the fryer.'],
    ['en', 'Holding a champagne gold clutch, she steps out of the car.'],
    ['en', 'He opens a can of white paint for the fence.'],
    ['de', 'Sie hält einen weinroten Schal in die Kamera.'],
    ['fr', 'Elle tient un rouge à lèvres corail.'],
  ],
);
