import { sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { sellsGambling } from './helpers/bank-31-gambling.ts';
import { URGENCY_RULES } from './helpers/bank-34-urgency.ts';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 34's review: compliant lines the merged readings first flagged. Each must stay quiet under the rule
 * that fired on it (a warning is not an offer; a lawful notice counts in its usual wordings).
 */
type Edit = NonNullable<Parameters<typeof fired>[3]>['edit'];
const quiet = (rules: readonly string[], edit: Edit, lines: [string, string][]) =>
  it.each(lines)('[%s] %j stays quiet', (lang, copy) => {
    expect(fired(rules, copy, lang, { edit })).toEqual([]);
  });

describe('alcohol.pregnancy: a warning is not an offer', () => {
  quiet(['alcohol.pregnancy'], sellsAlcohol, [
    ['de', 'Unser Riesling, frisch und trocken. Kein Alkohol an Schwangere, Kinder und Autofahrer.'],
    ['en', 'Drink responsibly, and never if you are pregnant.'],
    ['en', 'Drinking when pregnant can harm your baby.'],
    ['en', 'No alcohol if you are pregnant or breastfeeding. Harbour Gin, 40% ABV.'],
    ['en', 'Pregnant? Zero is the safest number of drinks.'],
    ['fr', "Femmes enceintes : aucun verre d'alcool. L'abus d'alcool est dangereux pour la santé."],
    ['es', 'Embarazada: ni una copa.'],
    ['de', 'Alkohol in der Schwangerschaft schadet deinem Kind.'],
  ]);
  it('still reads a drink offered to a mum-to-be', () => {
    expect(
      fired(['alcohol.pregnancy'], 'A little glass of fizz for the mum-to-be 🥂', 'en', {
        edit: sellsAlcohol,
      }),
    ).toEqual(['alcohol.pregnancy']);
  });
});

describe('urgency.rights-as-offer: « offerte » is not an offer', () => {
  quiet(URGENCY_RULES, undefined, [
    ['fr', 'Livraison offerte et droit de rétractation de 14 jours, comme le prévoit la loi.'],
  ]);
});

describe('gambling.age-notice: the usual wordings of the notice', () => {
  quiet(['gambling.age-notice'], sellsGambling, [
    ['en', 'Bet on the Grand National at Kingsbet. Over 18s only. BeGambleAware.org'],
    ['en', 'Bet on the Grand National at Kingsbet. Over-18s only.'],
    ['en', 'Bet on the Grand National at Kingsbet. Adults only.'],
    ['de', 'Wetten auf die Bundesliga bei Torwette. Nur für Volljährige. Glücksspiel kann abhängig machen.'],
    ['en', 'Bet on the Grand National. Take a break from betting any time with our 24-hour time-out tool.'],
  ]);
  it('still reads a gambling ad with no notice', () => {
    expect(
      fired(['gambling.age-notice'], 'Bet on the Grand National at Kingsbet today.', 'en', {
        edit: sellsGambling,
      }),
    ).toEqual(['gambling.age-notice']);
  });
});
