import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, alcohol health claims: a bank written from the codes before the dev misses were read (ADR 0028):
 * weight control (CAP 18.17: only "low-alcohol", "reduced alcohol" and "reduced energy" may be claimed), a
 * sports, recovery or isotonic drink (CAP 18.8, 18.17) and alcohol as nourishment (CAP 18.7). Each kind has
 * lines in several languages and styles that must fire and near-misses a keyword rule would wrongly flag. The
 * package sells the product.
 */
const sells =
  (category: string) =>
  (p: HandoffPackage): void => {
    p.product = { ...p.product, categories: [category] } as HandoffPackage['product'];
  };
const alcohol = sells('alcohol');

describe('alcohol.health-claim: weight control: won’t wreck your diet, keeps you slim (CAP 18.17)', () => {
  it.each([
    ['en', 'The beer that won’t wreck your diet.', 'won’t wreck your diet'],
    ['en', 'Bikini-body approved: 90-calorie hard seltzer.', 'Bikini-body'],
    ['en', 'Light rum punch that keeps you in shape all summer.', 'keeps you in shape'],
    ['es', 'Cuida la línea con nuestra cerveza light.', 'Cuida la línea'],
    ['es', 'Vino que no engorda: solo 80 kcal.', 'no engorda'],
    ['de', 'Schlank trinken mit unserem Light-Bier.', 'Schlank trinken'],
    ['de', 'Figurfreundlich genießen: Radler mit 60 kcal.', 'Figurfreundlich'],
    ['fr', 'Une bière light pour garder la ligne.', 'garder la ligne'],
    ['fr', 'Un rosé qui ne fait pas grossir.', 'ne fait pas grossir'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Light in colour, bold in flavour: our new pale ale.'],
    ['en', 'Nutrition: 90 kcal per 330 ml can, 4% ABV.'],
    ['es', 'La línea Reserva de nuestros vinos llega a Madrid.'],
    ['fr', 'Gardez la bouteille au frais après ouverture.'],
    ['de', 'Die schlanke Flasche passt in jede Kühlschranktür.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.health-claim: a sports, recovery or isotonic drink (CAP 18.8, 18.17)', () => {
  it.each([
    ['en', 'Beer: the original sports drink.', 'sports drink'],
    ['en', 'Our IPA doubles as your recovery drink after the long run.', 'recovery'],
    ['en', 'Isotonic cider for the second half.', 'Isotonic'],
    ['de', 'Isotonisch und spritzig: das Weizen für nach dem Lauf.', 'Isotonisch'],
    ['de', 'Unser Hefeweizen hilft bei der Regeneration nach dem Radeln.', 'bei der Regeneration'],
    ['es', 'Cerveza isotónica para recuperarte después del partido.', 'isotónica'],
    ['es', 'La bebida de recuperación de los ciclistas: nuestra rubia.', 'bebida de recuperación'],
    ['fr', 'La bière de récupération après l’effort.', 'bière de récupération'],
    ['fr', 'Isotonique et rafraîchissante : notre blanche.', 'Isotonique'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['de', 'Alkoholfreies Weizen: isotonisch und erfrischend.'],
    ['en', 'Sports bar specials on match day: two pints for £8.'],
    ['fr', 'Vin de garde : à laisser reposer dix ans.'],
    ['en', 'Regeneration of the old brewery: our new taproom opens Friday.'],
    ['es', 'La ruta de recuperación del casco antiguo pasa por nuestra bodega.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, lang)).toEqual([]);
  });
});

describe('alcohol.health-claim: alcohol as nourishment: liquid bread, a meal in a glass (CAP 18.7)', () => {
  it.each([
    ['en', 'Liquid bread, brewed by monks since 1650.', 'Liquid bread'],
    ['en', 'Dinner sorted: our stout is a meal in itself.', 'a meal in itself'],
    ['en', 'Skip lunch, have a liquid lunch instead.', 'liquid lunch'],
    ['de', 'Flüssiges Brot für lange Tage.', 'Flüssiges Brot'],
    ['de', 'Eine Mahlzeit im Glas: unser Doppelbock.', 'Mahlzeit im Glas'],
    ['es', 'Pan líquido: energía para toda la jornada.', 'Pan líquido'],
    ['es', 'Una comida en un vaso: nuestra stout.', 'comida en un vaso'],
    ['fr', 'Du pain liquide pour tenir la journée.', 'pain liquide'],
    ['fr', 'Un vrai repas liquide : notre bière de garde.', 'repas liquide'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Bread and beer pairing night: sourdough from the bakery next door.'],
    ['en', 'Meal deal: any main plus a pint for £15.'],
    ['fr', 'Pain, fromage et vin : notre soirée dégustation.'],
    ['de', 'Brot und Bier: unsere Brotzeit am Sonntag.'],
    ['es', 'Comida y vino: menú maridaje los viernes.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.health-claim', copy, alcohol, lang)).toEqual([]);
  });
});
