import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26, alcohol and gambling: the kinds of wording the codes name (CAP 16 and 18, the CAP/BCAP gambling
 * guidance on urgency, the Werberat, loi Évin, GlüStV, Real Decreto 958/2020), read in four languages.
 * Every example is a paraphrase written for this file, so a test holds the kind, not a line of the eval set.
 */
const sells = (category: 'alcohol' | 'gambling') => (p: HandoffPackage) => {
  p.product = { categories: [category] };
  p.audience.minAge = 18;
};
const alcohol = sells('alcohol');
const gambling = sells('gambling');

describe('alcohol: courage, seduction, a fixed bad day, a won deal (CAP 18.2-18.5)', () => {
  it.each([
    ['de', 'Ein Glas Kräuterbrand, und du brauchst nie mehr Mut zum Ansprechen.', 'brauchst nie mehr Mut'],
    ['de', 'Vor dem zweiten Date noch schnell ein Obstler: ein Schluck Mut schadet nie.', 'ein Schluck Mut'],
    [
      'de',
      'Vor dem zweiten Date noch schnell ein Obstler: ein Schluck Mut schadet nie.',
      'Vor dem zweiten Date',
    ],
    ['fr', 'Timide ? Un petit calva et la soirée est à vous.', 'Timide ?'],
    ['fr', 'Un verre de notre cidre et tous les regards sont sur vous.', 'tous les regards sont sur vous'],
    ['es', 'Con nuestro vermut, ninguna se te resiste esta noche.', 'ninguna se te resiste'],
    [
      'en',
      'One bottle of Larkspur gin later, suddenly Tom’s witty and the table is laughing.',
      'suddenly Tom’s witty',
    ],
    ['en', 'The pint that turned the evening around.', 'turned the evening around'],
    ['en', 'One dram of Kilbrae before the meeting and I closed that deal by noon.', 'closed that deal'],
  ])('[%s] %j fires', (language, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, language)).toContain(quote);
  });

  // Stop 38 moved the vanishing-trouble reading to the mood claims (alcohol.health-claim), where "stress" was.
  it('reads trouble that the drink makes vanish as a mood claim', () => {
    const copy = 'Zoff im Büro? Ein Obstler, und aller Ärger ist vergessen.';
    expect(quotes('alcohol.health-claim', copy, alcohol, 'de')).toContain('Ärger ist vergessen');
  });

  it.each([
    ['de', 'Unser Braumeister hat Mut zu neuen Rezepten.'],
    ['en', 'Pairs well with sticky toffee and date pudding.'],
    ['de', 'Ein Riesling, der sich von keinem Trend etwas vorschreiben lässt.'],
    ['de', 'Wir haben den Ärger mit dem Korken gelöst: Schraubverschluss.'],
    ['en', 'Closing time is 11pm; last orders at 10:45.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('alcohol.success-claims', copy, alcohol, language)).toEqual([]);
  });
});

describe('alcohol: medicine, sleep and strength restored (CAP 18, Regulation 1924/2006 Art. 4(3))', () => {
  it.each([
    [
      'de',
      'Ein Kräuterschnaps hilft abends besser gegen Husten als jeder Sirup.',
      'hilft abends besser gegen Husten',
    ],
    ['en', 'Our bourbon toddy works better than a painkiller.', 'better than a painkiller'],
    ['fr', 'Notre eau-de-vie soigne la toux en une soirée.', 'soigne la toux'],
    ['es', 'Un tinto al día: resveratrol y taninos.', 'resveratrol'],
    ['en', 'Restless nights? A dram of Glenmora soothes the nerves.', 'soothes the nerves'],
    ['en', 'A nightcap of our cherry brandy and you drift off.', 'drift off'],
    [
      'de',
      'Nach dem Spiel ein Radler, damit läufst du am Samstag schneller.',
      'läufst du am Samstag schneller',
    ],
    ['de', 'Unser Weizen gibt dir neue Kraft für die nächste Etappe.', 'gibt dir neue Kraft'],
  ])('[%s] %j fires', (language, copy, quote) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, language)).toContain(quote);
  });

  it.each([
    ['de', 'Hilft gegen Durst an heißen Tagen: unser Radler.'],
    ['en', 'Better than last year’s vintage, say our members.'],
    ['de', 'Kraftvoller Geschmack, 5,2 % vol.'],
    ['en', 'Sleep well: our tasting room closes at 9.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, language)).toEqual([]);
  });
});

describe('alcohol: races, last one standing, more per euro (DISCUS, CAP 18)', () => {
  it.each([
    ['en', 'Beer mile Saturday: first to finish drinks free.', 'first to finish'],
    ['de', 'Schnaps-Duell am Tresen: wer zuerst fertig ist, trinkt umsonst.', 'wer zuerst fertig'],
    ['es', 'Chupitos a 1 € hasta que el cuerpo aguante.', 'hasta que el cuerpo aguante'],
    ['fr', 'Soirée rhum : le dernier debout gagne la bouteille.', 'le dernier debout'],
    ['de', 'Mehr Promille fürs Geld gibt es nirgends.', 'Mehr Promille'],
  ])('[%s] %j fires', (language, copy, quote) => {
    expect(quotes('alcohol.excessive', copy, alcohol, language)).toContain(quote);
  });

  it.each([
    ['en', 'First to book gets the best table on the terrace.'],
    ['de', 'Keine Pause in der Erntezeit: unsere Winzer lesen von früh bis spät.'],
    ['en', 'Our last bottle of the 2019 vintage is still on the shelf.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('alcohol.excessive', copy, alcohol, language)).toEqual([]);
  });
});

describe('alcohol: school and sweets, toughness, boats and race tracks', () => {
  it.each([
    [
      'alcohol.youth-appeal',
      'de',
      'Kirschlikör, der schmeckt wie Brausepulver vom Schulhof.',
      'Brausepulver',
    ],
    [
      'alcohol.youth-appeal',
      'en',
      'Sixth form social? Our raspberry vodka pouches are the move.',
      'Sixth form',
    ],
    ['alcohol.youth-appeal', 'fr', 'Le goût de la cour de récré, en rosé pétillant.', 'cour de récré'],
    ['alcohol.youth-appeal', 'es', 'Sabor a gominola en cada lata de sidra.', 'gominola'],
    [
      'alcohol.strength',
      'es',
      'Aguardiente de 50 %: los flojos, que se queden con la cerveza sin.',
      'los flojos',
    ],
    ['alcohol.strength', 'en', 'Our 9% barley wine. Wimps need not apply.', 'Wimps'],
    ['alcohol.driving', 'en', 'Cold lager on the jet ski, sun on your face.', 'jet ski'],
    ['alcohol.driving', 'en', 'From the pit lane to the podium, crack open a Torque Pale.', 'pit lane'],
    [
      'alcohol.driving',
      'en',
      'At the helm of the yacht with a cold cider in hand.',
      'At the helm of the yacht',
    ],
  ])('%s [%s] %j fires', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, alcohol, language)).toContain(quote);
  });

  it.each([
    ['alcohol.youth-appeal', 'de', 'Konfitüre und Käse zum Wein: unser Herbstmenü.'],
    ['alcohol.youth-appeal', 'en', 'A brewing course for adult students of fermentation science.'],
    ['alcohol.strength', 'es', 'Los vinos de la casa, para compartir en la mesa.'],
    ['alcohol.driving', 'en', 'Our new head brewer is at the helm of the brewhouse.'],
    ['alcohol.driving', 'en', 'At the helm of our flagship taproom since 2019: Mara.'],
    ['alcohol.driving', 'en', 'Track your order online.'],
  ])('%s [%s] %j does not', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, alcohol, language)).toEqual([]);
  });
});

describe('gambling: bills, an empty account, the job, losses to win back (CAP 16.3.1, 16.3.4)', () => {
  it.each([
    ['de', 'Stromrechnung zu hoch? Ein Kombi-Tipp bei uns und die ist bezahlt.', 'Stromrechnung'],
    ['fr', 'Compte vide avant le 15 ? Un ticket de loto et c’est réglé.', 'Compte vide'],
    ['fr', 'Perdu au tiercé ? Rejouez tout ce soir pour vous refaire.', 'vous refaire'],
    ['fr', 'Perdu au tiercé ? Rejouez tout ce soir pour vous refaire.', 'Perdu au tiercé ?'],
    ['de', 'Gestern verloren? Heute holst du es dir zurück.', 'holst du es dir zurück'],
    ['en', 'Rough night at the tables? Luck always turns.', 'Luck always turns'],
    ['fr', 'Lundi il démissionne, mardi il gagne au quinté.', 'démissionne'],
  ])('[%s] %j fires', (language, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, gambling, language)).toContain(quote);
  });

  it.each([
    ['en', 'Lost your password? Reset it in the app.'],
    ['de', 'Zahlung per Karte oder PayPal.'],
    ['fr', 'Le frigo de la buvette est plein pour le match.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('gambling.money-problems', copy, gambling, language)).toEqual([]);
  });
});

describe('gambling: escape, status, school, bonus terms (CAP 16.3.3, 16.3.5, 16.3.12)', () => {
  it.each([
    [
      'gambling.escape',
      'en',
      'Long week? Spin a few reels where nothing else matters.',
      'where nothing else matters',
    ],
    ['gambling.escape', 'fr', 'Évadez-vous le temps d’une partie de poker en ligne.', 'Évadez-vous'],
    [
      'gambling.escape',
      'de',
      'Einfach abschalten: eine Runde Roulette nach Feierabend.',
      'Einfach abschalten',
    ],
    [
      'gambling.social-status',
      'de',
      'Echte Profis wetten live, alle anderen schauen zu.',
      'Echte Profis wetten',
    ],
    ['gambling.social-status', 'fr', 'Les vrais joueurs misent fort.', 'Les vrais joueurs misent'],
    ['gambling.social-status', 'es', 'Sé la que todos admiran en la peña.', 'la que todos admiran'],
    ['gambling.social-status', 'en', 'Real winners bet big.', 'Real winners bet'],
    ['gambling.youth-appeal', 'en', 'Year 9s, spend your pocket money on a scratchcard!', 'pocket money'],
    ['gambling.youth-appeal', 'de', 'Hey Klassenkameraden, tippt mit uns auf das Derby!', 'Klassenkameraden'],
    ['gambling.youth-appeal', 'es', 'Monta la porra en el recreo con tu app de apuestas.', 'recreo'],
    ['gambling.bonus-terms', 'en', 'Join today and grab a free €25 bet!', 'free €25 bet'],
    ['gambling.bonus-terms', 'de', '150 % Willkommensbonus bis 300 €!', '150 % Willkommensbonus'],
    [
      'gambling.bonus-terms',
      'de',
      'Wir verdoppeln deine erste Einzahlung.',
      'verdoppeln deine erste Einzahlung',
    ],
  ])('%s [%s] %j fires', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, gambling, language)).toContain(quote);
  });

  it.each([
    ['gambling.escape', 'de', 'Die Push-Nachrichten lassen sich jederzeit abschalten.'],
    ['gambling.social-status', 'de', 'Echte Fans unterstützen ihren Verein im Stadion.'],
    ['gambling.youth-appeal', 'en', 'Classic roulette, now with a live dealer.'],
    ['gambling.bonus-terms', 'en', 'Free €25 bet. 18+. Min odds 1/2, bet expires in 7 days, T&Cs apply.'],
  ])('%s [%s] %j does not', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, gambling, language)).toEqual([]);
  });
});

describe('gambling.urgency: countdowns, vanishing odds, regret (CAP/BCAP guidance, impulsiveness and urgency)', () => {
  it.each([
    ['en', 'Only 10 minutes left to lock in these odds on the derby!', 'Only 10 minutes'],
    [
      'de',
      'Quoten-Boost aufs Topspiel in den nächsten 5 Minuten, dann ist er weg.',
      'in den nächsten 5 Minuten',
    ],
    ['de', 'Quoten-Boost aufs Topspiel in den nächsten 5 Minuten, dann ist er weg.', 'dann ist er weg'],
    ['es', 'Apuesta hoy al Clásico o te arrepentirás.', 'o te arrepentirás'],
    ['fr', 'Les cotes s’envolent : pariez avant la fin du match !', 'cotes s’envolent'],
  ])('[%s] %j fires', (language, copy, quote) => {
    expect(quotes('gambling.urgency', copy, gambling, language)).toContain(quote);
  });

  it.each([
    ['en', 'Offer ends Sunday 23:59. 18+. BeGambleAware.org'],
    ['en', 'Register in 2 minutes and set your deposit limits first.'],
    ['de', 'Die Ziehung ist am Samstag um 19:25 Uhr.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('gambling.urgency', copy, gambling, language)).toEqual([]);
  });

  it('reads urgency only in gambling copy', () => {
    expect(quotes('gambling.urgency', 'Only 10 minutes left to grab the sofa deal!')).toEqual([]);
  });
});

describe('gambling context: lottery draws and scratch-to-win mechanics', () => {
  it('reads a Eurojackpot poster as gambling without a declared category', () => {
    expect(
      quotes('gambling.product', '120 Mio. € im Eurojackpot. Ziehung am Freitag.', undefined, 'de'),
    ).toContain('Eurojackpot');
  });

  it('reads youth slang in a scratch-to-win game without a declared category', () => {
    expect(quotes('gambling.youth-appeal', 'Scratch three stars and win, no cap!')).toContain('no cap');
  });

  it('does not read a lottery retailer’s rent tips as gambling', () => {
    expect(
      quotes(
        'gambling.money-problems',
        'Lotto-Annahmestelle: Miete und Nebenkosten sparen mit unserem Ratgeber.',
        undefined,
        'de',
      ),
    ).toEqual([]);
  });
});
