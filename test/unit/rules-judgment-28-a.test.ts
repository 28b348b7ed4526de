import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, alcohol: a bank written from the codes before the dev misses were read (ADR 0028): sobriety made
 * to look dull (AVMSD Art. 22(e), LGCA), a drink chosen for how fast it goes to the head (CAP 18.9), a drink
 * that changes the mood or settles nerves (CAP 18.7, LGCA "efecto estimulante"), that makes you braver or
 * funnier (CAP 18.2, 18.5), toughness and bravado (CAP 18.4, Portman 3.2(b)), the drink as the turning point
 * of a party (CAP 18.3, Werberat), one is never enough (CAP 18.1), one for the road (CAP 18 on driving, FEBE
 * art. 9), unruly and anti-social behaviour (CAP 18.4), the taste of childhood sweets (CAP 18.14) and the
 * drink that gets you through work or the week (CAP 18.6, 18.8). Each kind has lines in several languages and
 * styles that must fire and near-misses a keyword rule would wrongly flag. The package sells the product.
 * Health, fitness and nourishment claims are in rules-judgment-28-a-health.test.ts, gambling in rules-
 * judgment-28-a-gambling.test.ts.
 */
const sells =
  (category: string) =>
  (p: HandoffPackage): void => {
    p.product = { ...p.product, categories: [category] } as HandoffPackage['product'];
  };
const alcohol = sells('alcohol');

describe('alcohol.excessive: abstinence or sobriety shown as dull or weak (AVMSD Art. 22(e), LGCA)', () => {
  it.each([
    ['en', 'Sober is boring. Pour a Hazy IPA.', 'Sober is boring'],
    ['en', 'Water is for quitters 🍺 #fridaynight', 'Water is for quitters'],
    ['en', 'Don’t be the sober one at the party – grab a Margarita can.', 'Don’t be the sober one'],
    ['en', 'Teetotallers are tragic. Our cider fixes that.', 'Teetotallers are tragic'],
    ['es', 'Ser abstemio es de aburridos. Pide una caña.', 'abstemio es de aburridos'],
    ['es', 'El agua es para los débiles: vermut de grifo 🍸', 'El agua es para los débiles'],
    ['de', 'Nüchtern ist langweilig – Prost mit unserem Pils!', 'Nüchtern ist langweilig'],
    ['de', 'Wasser ist was für Verlierer. Heute gibt’s Sekt.', 'Wasser ist was für Verlierer'],
    ['fr', 'Sobre, c’est triste. Ce soir, c’est rosé.', 'Sobre, c’est triste'],
    ['fr', 'L’eau, c’est pour les faibles : bière blonde 5 %.', 'L’eau, c’est pour les faibles'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.excessive', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Sober October? Try our 0.0% lager.'],
    ['en', 'Water between drinks keeps the night good. #drinkresponsibly'],
    ['en', 'The sober driver gets free soft drinks all night.'],
    ['es', 'Alterna cada copa con un vaso de agua.'],
    ['de', 'Nüchtern fahren, gemeinsam feiern: der Fahrer trinkt alkoholfrei.'],
    ['fr', 'Boire de l’eau entre deux verres, c’est malin.'],
    ['en', 'Boring paperwork done: our tasting room reopens Friday.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.excessive', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.strength: a drink preferred for how fast it goes to the head (CAP 18.9, LGCA)', () => {
  it.each([
    ['en', 'Goes straight to your head – 12% imperial stout.', 'Goes straight to your head'],
    ['en', 'The cider that gets you tipsy fastest 🍏', 'gets you tipsy fastest'],
    ['en', 'Buzzed after one can? That’s our 8% seltzer.', 'Buzzed after one can'],
    ['de', 'Steigt schnell zu Kopf: unser Bockbier mit 8 % vol.', 'Steigt schnell zu Kopf'],
    ['de', 'Macht schneller beschwipst als jedes Pils.', 'Macht schneller beschwipst'],
    ['es', 'Se sube rápido a la cabeza: orujo de hierbas.', 'Se sube rápido a la cabeza'],
    ['es', 'Con una ya te pone contento. Sidra fuerte.', 'te pone contento'],
    ['fr', 'Monte direct à la tête : rhum arrangé 45°.', 'Monte direct à la tête'],
    ['fr', 'Le cidre qui rend pompette en deux verres.', 'rend pompette'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.strength', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Head brewer’s pick: our 12% stout, best sipped slowly.'],
    ['en', 'Hits the shelves Friday: our new IPA.'],
    ['es', 'Un vino que pega con todo: carnes, quesos, pasta.'],
    ['de', 'Ein Wein, der im Kopf bleibt – wie der letzte Urlaub.'],
    ['fr', 'Notre cuvée monte en gamme cette année.'],
    ['en', 'Our winemaker will happily talk you through the blend.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.strength', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: the drink changes the mood: good mood in a bottle, cheers you up (CAP 18.7, LGCA)', () => {
  it.each([
    ['en', 'Instant good mood in a can 🍹', 'good mood in a can'],
    ['en', 'Feeling low? Our spiced rum cheers you right up.', 'cheers you right up'],
    ['en', 'The pick-me-up your Monday needs: espresso martini RTD.', 'pick-me-up'],
    ['en', 'Bad mood? One glass of Malbec and it’s gone.', 'Bad mood? One glass'],
    ['es', 'Buen humor embotellado: sangría lista para servir.', 'Buen humor embotellado'],
    ['es', 'Un chupito de orujo y se te pasa el bajón.', 'se te pasa el bajón'],
    ['de', 'Gute Laune aus der Flasche: unser Sekt.', 'Gute Laune aus der Flasche'],
    ['de', 'Ein Schluck, und die schlechte Laune ist weg.', 'die schlechte Laune ist weg'],
    ['fr', 'Un verre de pastis qui remonte le moral.', 'remonte le moral'],
    ['fr', 'La bonne humeur en bouteille : cidre brut.', 'La bonne humeur en bouteille'],
    ['en', 'Nervous before the big date? A shot of tequila first.', 'Nervous before the big date? A shot'],
    ['en', 'Anxious about the speech? One glass of bubbly first.', 'Anxious about the speech? One glass'],
    ['es', '¿Nervioso antes de la cita? Un chupito y a por ella.', 'Nervioso antes de la cita? Un chupito'],
    [
      'fr',
      'Nerveux avant l’entretien ? Un petit verre d’abord.',
      'Nerveux avant l’entretien ? Un petit verre',
    ],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Cheers to you, Dad! Father’s Day gift boxes from £25.'],
    ['en', 'Lift the lid on our new gin gift set.'],
    ['fr', 'Notre cave remonte aux années 1920.'],
    ['es', 'Levanta la copa por los novios: cava brut nature.'],
    ['de', 'Gute Laune, Live-Musik und ein Weinstand: das Hoffest am Samstag.'],
    ['en', 'Mood board for our autumn labels: copper, rust, plum.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.driving: one for the road, a drink before getting in the car (CAP 18 on driving, FEBE art. 9)', () => {
  it.each([
    ['en', 'One for the road? Our new session IPA is on tap.', 'One for the road'],
    ['en', 'A cold lager, then hop in the car and beat the traffic.', 'hop in the car'],
    ['es', '¿La del estribo? Orujo de la casa.', 'La del estribo'],
    ['es', 'Una caña antes de coger el coche de vuelta.', 'antes de coger el coche'],
    ['de', 'Noch einen für den Weg? Unser Obstler.', 'einen für den Weg'],
    ['de', 'Ein Absacker, bevor du ins Auto steigst.', 'bevor du ins Auto steigst'],
    ['fr', 'Le coup de l’étrier ? Calvados hors d’âge.', 'coup de l’étrier'],
    ['fr', 'Un dernier verre avant de reprendre la voiture ?', 'avant de reprendre la voiture'],
    ['en', 'Grab a six-pack and jump in the truck – tailgate season!', 'jump in the truck'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.driving', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Book a taxi home: the bar closes at 1am.'],
    ['en', 'The road to our vineyard is open for visits again.'],
    ['es', 'Bodega El Estribo: vinos de Toro desde 1950.'],
    ['de', 'Das Weinfest ist direkt am Bahnhof – lass das Auto stehen.'],
    ['fr', 'Le parking de la cave est gratuit pour les visiteurs.'],
    ['en', 'Cases load straight into your car boot at our warehouse.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.driving', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: toughness and bravado: real men drink it, drink like a Viking (CAP 18.4, Portman 3.2(b))', () => {
  it.each([
    ['en', 'Real men drink it neat. No ice, no excuses.', 'Real men drink'],
    ['en', 'Drink like a Viking this Saturday 🪓', 'Drink like a Viking'],
    ['en', 'Tough guys take it straight from the bottle.', 'Tough guys take'],
    ['es', 'Los hombres de verdad lo beben solo.', 'hombres de verdad lo beben'],
    ['es', 'Bebe como un vikingo: hidromiel 12 %.', 'Bebe como un vikingo'],
    ['de', 'Echte Kerle trinken ihn pur.', 'Echte Kerle trinken'],
    ['de', 'Trink wie ein Wikinger – Met vom Fass.', 'Trink wie ein Wikinger'],
    ['fr', 'Les vrais durs le boivent sans glaçon.', 'vrais durs le boivent'],
    ['fr', 'Bois comme un guerrier : hydromel artisanal.', 'Bois comme un guerrier'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Real ale fans will love our cask bitter.'],
    ['en', 'Drink like a local: our guide to Lisbon’s ginjinha bars.'],
    ['en', 'Viking-age recipe: mead brewed with heather honey.'],
    ['de', 'Echte Handarbeit: unser Kellermeister füllt jede Flasche selbst.'],
    ['fr', 'Les vrais amateurs de vin apprécieront ce millésime.'],
    ['es', 'Bebe como quieras: con hielo, con tónica o solo.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: the drink as the turning point of a social event (CAP 18.3, Werberat: Gelingen einer Party)', () => {
  it.each([
    ['en', 'The party didn’t start until the Fizzbolt arrived.', 'The party didn’t start until'],
    ['en', 'Nobody danced until the tequila came out 💃', 'Nobody danced until'],
    [
      'en',
      'One case of cider later, it became the party the whole street still talks about.',
      'the party the whole street still talks about',
    ],
    [
      'es',
      'La fiesta no arrancó hasta que llegó el tinto de verano.',
      'La fiesta no arrancó hasta que llegó',
    ],
    ['es', 'Nadie bailaba hasta que sacamos el ron.', 'Nadie bailaba hasta que'],
    ['de', 'Die Party kam erst in Fahrt, als der Sekt kam.', 'Die Party kam erst in Fahrt, als'],
    ['de', 'Keiner hat getanzt, bis die Kiste Bier da war.', 'Keiner hat getanzt, bis'],
    ['fr', 'La soirée n’a décollé qu’à l’arrivée du rosé.', 'La soirée n’a décollé qu’à'],
    [
      'fr',
      'La soirée dont tout le monde parle encore : merci le cidre.',
      'La soirée dont tout le monde parle encore',
    ],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'The night everyone’s been waiting for: our Christmas market opens Friday.'],
    ['de', 'Die Party kam gut an: danke an alle Gäste!'],
    ['es', 'La fiesta empieza a las 22:00 en la terraza.'],
    ['en', 'Nobody leaves without a tasting glass – it’s yours to keep.'],
    ['fr', 'Tout le monde parle encore de notre vendange 2022.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: the drink makes you braver, funnier, more attractive (CAP 18.2, 18.5, Werberat)', () => {
  it.each([
    ['en', 'This rum makes you braver. Ask anyone.', 'makes you braver'],
    ['en', 'Our craft lager makes you feel ten feet tall.', 'makes you feel ten feet tall'],
    ['en', 'One shot and you’re the bravest guy in the bar.', 'you’re the bravest'],
    ['es', 'Esta ginebra te hace más valiente.', 'te hace más valiente'],
    ['es', 'Un trago y eres el más gracioso de la fiesta.', 'eres el más gracioso'],
    ['de', 'Macht dich mutiger als jeder Kaffee: unser Kräuterlikör.', 'Macht dich mutiger'],
    ['de', 'Zwei Gläser, und du bist der Lustigste am Tisch.', 'du bist der Lustigste'],
    ['fr', 'Ce whisky te rend plus drôle.', 'te rend plus drôle'],
    ['fr', 'Deux verres et t’es le plus drôle de la soirée.', 't’es le plus drôle'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Makes a great gift for the whisky lover in your life.'],
    ['en', 'You’re the best customers a small brewery could ask for.'],
    ['es', '¿Te hace falta un sacacorchos? Lo regalamos con cada caja.'],
    ['de', 'Macht dich neugierig? Besuch unsere Brauerei am Samstag.'],
    ['fr', 'Notre caviste vous rend visite chaque jeudi.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.excessive: one is never enough, why stop at one (CAP 18.1, Portman 3.2(f))', () => {
  it.each([
    ['en', 'Why stop at one? Grab the whole case tonight.', 'Why stop at one'],
    ['en', 'One is never enough 🍹', 'One is never enough'],
    ['en', 'Finish the bottle – it won’t keep.', 'Finish the bottle'],
    ['es', '¿Por qué parar en una? Pide la botella entera.', 'Por qué parar en una'],
    ['es', 'Una nunca es suficiente.', 'Una nunca es suficiente'],
    ['de', 'Warum bei einem bleiben? Hol dir gleich den Kasten.', 'Warum bei einem bleiben'],
    ['de', 'Eins ist nie genug.', 'Eins ist nie genug'],
    ['fr', 'Pourquoi s’arrêter à un verre ? Prends la bouteille.', 'Pourquoi s’arrêter à un verre'],
    ['fr', 'Un seul verre, ce n’est jamais assez.', 'Un seul verre, ce n’est jamais assez'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.excessive', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Why stop at one flavour? Try the mixed case.'],
    ['en', 'Finish: long, dry, with a hint of oak.'],
    ['es', 'Una botella para compartir entre cuatro.'],
    ['en', 'Never enough time in the vineyard? Book a second tour.'],
    ['de', 'Ein Kasten reicht für die ganze Grillparty mit zwanzig Gästen.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.excessive', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: unruly and anti-social: no rules tonight, cause a scene (CAP 18.4, Portman 3.2(b))', () => {
  it.each([
    ['en', 'No rules tonight. Just tequila.', 'No rules'],
    ['en', 'Rules are made to be broken – crack open a Rebel Lager.', 'Rules are made to be broken'],
    ['en', 'Break all the rules with our spiced rum.', 'Break all the rules'],
    ['en', 'Cause a scene. Pour a Riot IPA.', 'Cause a scene'],
    ['es', 'Esta noche, sin reglas: chupitos para todos.', 'sin reglas'],
    ['es', 'Líala parda esta noche con tequila.', 'Líala'],
    ['de', 'Keine Regeln, nur Wodka.', 'Keine Regeln'],
    ['de', 'Mach Randale – mit Korn aus dem Norden.', 'Mach Randale'],
    ['fr', 'Ce soir, pas de règles : rhum à gogo.', 'pas de règles'],
    ['fr', 'Ce soir, on fout le bordel : shots à 2 €.', 'fout le bordel'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'House rules: 18+ only, ID required at the door.'],
    ['en', 'Make a scene-stealing cocktail with our gin.'],
    ['es', 'Las reglas del juego: maridaje y moderación.'],
    ['de', 'Unsere Regeln: Ausweis ab 18, kein Verkauf an Betrunkene.'],
    ['fr', 'Pas de règles de dress code : venez comme vous êtes.'],
    ['en', 'Trouble choosing? Try our mixed case.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.youth-appeal: tastes like the sweets of a childhood (CAP 18.14, Portman 3.2(h))', () => {
  it.each([
    ['en', 'Tastes just like the sweets you loved as a kid.', 'Tastes just like the sweets'],
    ['en', 'Our vodka slush tastes like a blue raspberry slushie.', 'tastes like a blue raspberry slushie'],
    ['en', 'Like being a kid again – just add vodka.', 'being a kid again'],
    ['en', 'Your school-days favourite, now 12% ABV.', 'Your school-days favourite'],
    ['es', 'Como cuando éramos niños, pero con ron.', 'Como cuando éramos niños'],
    ['de', 'Wie in deiner Kindheit – nur mit 15 % vol.', 'Wie in deiner Kindheit'],
    ['de', 'Schmeckt wie Wassereis, aber mit Wodka.', 'Schmeckt wie Wassereis'],
    ['fr', 'Le goût d’enfance, version 18 % vol.', 'goût d’enfance'],
    ['fr', 'Comme quand on était petits, mais avec du rhum.', 'Comme quand on était petits'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.youth-appeal', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Tastes like summer: strawberries and elderflower.'],
    ['en', 'Our founder’s childhood farm in Kent grew the apples.'],
    ['es', 'Como cuando abrimos la bodega en 1950: el mismo vino.'],
    ['en', 'Tastes like toffee and vanilla, aged 12 years.'],
    ['fr', 'Un goût de pomme et de miel, élevé en fût de chêne.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.youth-appeal', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: the drink that gets you through work or the week (CAP 18.6, 18.8)', () => {
  it.each([
    ['en', 'Monday motivation: a mimosa before work.', 'a mimosa before work'],
    ['en', 'This gin gets you through any Monday.', 'gets you through any Monday'],
    ['en', 'Wine: because adulting is hard.', 'because adulting is hard'],
    ['en', 'Mummy’s little helper: our rosé.', 'Mummy’s little helper'],
    ['de', 'Mittagstief? Ein Sekt bringt dich durch den Nachmittag.', 'bringt dich durch den Nachmittag'],
    ['de', 'Ohne Sekt überlebst du den Montag nicht.', 'überlebst du den Montag'],
    ['es', '¿Bajón de media tarde? Un vermut y a seguir currando.', 'a seguir currando'],
    ['es', 'El vino que te ayuda a sobrevivir a la semana.', 'sobrevivir a la semana'],
    ['fr', 'Coup de barre ? Un verre de blanc et ça repart au bureau.', 'et ça repart au bureau'],
    ['fr', 'Le vin qui vous aide à tenir la semaine.', 'tenir la semaine'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Open before work for coffee; the bar pours from 5pm.'],
    ['en', 'Our brewer gets you through the tour in an hour.'],
    ['fr', 'Tenir la cave à 12 °C pour bien conserver le vin.'],
    ['en', 'Because good wine takes time: aged 18 months in oak.'],
    ['de', 'Der Nachmittag gehört der Weinprobe: jeden Samstag ab 15 Uhr.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, lang)).toEqual([]);
  });
});
