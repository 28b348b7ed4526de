import { sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { sellsGambling } from './helpers/bank-31-gambling.ts';
import { URGENCY_RULES } from './helpers/bank-34-urgency.ts';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 34's review: compliant lines the merged readings first flagged must stay quiet under the rule that
 * fired on them (a warning is not an offer; a lawful notice counts in its usual wordings), while the problem
 * the rule is for still fires.
 */
bank(
  'alcohol.pregnancy: a warning is not an offer',
  ['alcohol.pregnancy'],
  { edit: sellsAlcohol },
  [['en', 'A little glass of fizz for the mum-to-be 🥂']],
  [
    ['de', 'Unser Riesling, frisch und trocken. Kein Alkohol an Schwangere, Kinder und Autofahrer.'],
    ['en', 'Drink responsibly, and never if you are pregnant.'],
    ['en', 'Drinking when pregnant can harm your baby.'],
    ['en', 'No alcohol if you are pregnant or breastfeeding. Harbour Gin, 40% ABV.'],
    ['en', 'Pregnant? Zero is the safest number of drinks.'],
    ['fr', "Femmes enceintes : aucun verre d'alcool. L'abus d'alcool est dangereux pour la santé."],
    ['es', 'Embarazada: ni una copa.'],
    ['de', 'Alkohol in der Schwangerschaft schadet deinem Kind.'],
  ],
);

bank(
  'urgency.rights-as-offer: « offerte » is not an offer',
  URGENCY_RULES,
  {},
  [['fr', 'Offre exclusive : vous pouvez nous retourner votre commande sous 14 jours.']],
  [['fr', 'Livraison offerte et droit de rétractation de 14 jours, comme le prévoit la loi.']],
);

bank(
  'gambling.age-notice: the usual wordings of the notice',
  ['gambling.age-notice'],
  { edit: sellsGambling },
  [['en', 'Bet on the Grand National at Kingsbet today.']],
  [
    ['en', 'Bet on the Grand National at Kingsbet. Over 18s only. BeGambleAware.org'],
    ['en', 'Bet on the Grand National at Kingsbet. Over-18s only.'],
    ['en', 'Bet on the Grand National at Kingsbet. Adults only.'],
    ['de', 'Wetten auf die Bundesliga bei Torwette. Nur für Volljährige. Glücksspiel kann abhängig machen.'],
    ['en', 'Bet on the Grand National. Take a break from betting any time with our 24-hour time-out tool.'],
  ],
);
