import { ALCOHOL_PROBLEMS, sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { GAMBLING_PROBLEMS, sellsGambling } from './helpers/bank-31-gambling.ts';
import { RULING_ALCOHOL_KINDS } from './helpers/bank-32-alcohol.ts';
import { RULING_GAMBLING_KINDS } from './helpers/bank-32-gambling.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 32 (ADR 0028): banks written from published rulings, not from the codes. Each line paraphrases the
 * wording of an upheld ad (must fire one of its kind's rules) or of a not-upheld ad or an allowance the
 * ruling names (must fire no problem rule of its topic), in a package that sells the product.
 */
/** Stop 32 adds `alcohol.priority`: a near-miss must leave it silent too. */
const ALCOHOL_ALL = [...ALCOHOL_PROBLEMS, 'alcohol.priority'];

kindBank('alcohol rulings', RULING_ALCOHOL_KINDS, {
  where: () => ({ edit: sellsAlcohol }),
  quietRules: ALCOHOL_ALL,
});

kindBank('gambling rulings', RULING_GAMBLING_KINDS, {
  where: () => ({ edit: sellsGambling }),
  quietRules: GAMBLING_PROBLEMS,
});

/** Stop 32 review: the reviewer's lines for the alcohol and gambling readings this stop added. */
const REVIEW: [string, string, 'fire' | 'quiet', string][] = [
  // `alcohol.priority`: first sip/pour/round only of a drink; a round of the quiz; a question answered "No"
  [
    'alcohol.priority',
    'en',
    'quiet',
    'Our day starts with the first sip of coffee from the brewery café, 7am.',
  ],
  [
    'alcohol.priority',
    'en',
    'quiet',
    'Quiz night kicks off with the first round at 8pm — teams of four, cask ales on tap.',
  ],
  [
    'alcohol.priority',
    'en',
    'quiet',
    'The evening begins with the first pour of our tasting flight, led by our brewer, with food pairings.',
  ],
  ['alcohol.priority', 'de', 'quiet', 'Der Abend beginnt mit der ersten Runde des Pub-Quiz um 20 Uhr.'],
  [
    'alcohol.priority',
    'es',
    'quiet',
    'El día empieza con la primera caña de café? No: con un café de especialidad.',
  ],
  [
    'alcohol.priority',
    'fr',
    'quiet',
    'Le week-end commence avec la première bière? Non, avec notre marché de producteurs, dégustation à 11h.',
  ],
  // `alcohol.priority`: the ruling's shape in de/es/fr, weekdays, "forget the meeting"
  ['alcohol.priority', 'de', 'fire', 'Der Job kann warten, das Bier nicht.'],
  ['alcohol.priority', 'de', 'fire', 'Die Arbeit kann warten, das Bier nicht.'],
  ['alcohol.priority', 'es', 'fire', 'El trabajo puede esperar, la cerveza no.'],
  ['alcohol.priority', 'es', 'fire', 'Las tareas pueden esperar, la sidra no.'],
  ['alcohol.priority', 'fr', 'fire', 'Le boulot peut attendre, la bière non.'],
  ['alcohol.priority', 'fr', 'fire', 'Les devoirs attendront, la bière non.'],
  ['alcohol.priority', 'en', 'fire', 'Monday starts with the first pint.'],
  ['alcohol.priority', 'en', 'fire', 'Forget the meeting, the first pint is calling.'],
  ['alcohol.priority', 'es', 'quiet', 'La reunión puede esperar a mañana; la cata de vinos es el jueves.'],
  // young-role-age: backstory in the past tense is not a person featured in the ad (CAP 18.16)
  [
    'alcohol.young-person',
    'en',
    'quiet',
    'Our founder was 19, a farmhand with a copper still, when he opened Hollow Creek in 1887.',
  ],
  [
    'alcohol.young-person',
    'en',
    'quiet',
    'When he turned 18, his father taught him to brew. Thirty years on, he still does.',
  ],
  [
    'alcohol.young-person',
    'en',
    'quiet',
    'I was 21, backpacking in Belgium, when I first tasted a tripel. Now I brew one.',
  ],
  ['alcohol.young-person', 'en', 'fire', 'Our founder was 22 and still bottles every batch herself.'],
  // young-role-age: ", 20," for gambling too, spelled-out ages, "a 21 ans" / "ist 22" after a role noun
  ['gambling.young-person', 'en', 'fire', 'Sam, 20, won £5,000 on the Grand National.'],
  ['gambling.young-person', 'en', 'fire', 'Meet Sam, 20, our new ambassador. Bet on the derby!'],
  ['gambling.young-person', 'en', 'quiet', 'Our founder started the bookmaker 20 years ago.'],
  ['alcohol.young-person', 'en', 'fire', 'Meet Sam, 20, our new ambassador. Try our new IPA!'],
  ['alcohol.young-person', 'en', 'fire', 'Twenty-year-old DJ Kai pours our lager.'],
  ['alcohol.young-person', 'en', 'fire', 'Starring twenty-year-old DJ Kai with a cold one in hand.'],
  ['alcohol.young-person', 'fr', 'fire', 'Notre égérie a 21 ans.'],
  ['alcohol.young-person', 'fr', 'fire', 'Notre égérie a 21 ans et adore notre rosé.'],
  ['alcohol.young-person', 'fr', 'quiet', 'Notre brasseur a 20 ans d’expérience.'],
  ['alcohol.young-person', 'de', 'fire', 'Unsere Markenbotschafterin ist 22.'],
  ['alcohol.young-person', 'de', 'quiet', 'Unser Braumeister ist 20 Jahre dabei.'],
];

describe('stop 32 review: alcohol and gambling readings', () => {
  it.each(REVIEW)('%s [%s] %s: %j', (rule, lang, expected, copy) => {
    const edit = rule.startsWith('gambling') ? sellsGambling : sellsAlcohol;
    const rules = expected === 'quiet' && rule.startsWith('alcohol') ? ALCOHOL_ALL : [rule];
    expect(fired(rules, copy, lang, { edit }).length > 0 ? 'fire' : 'quiet').toBe(expected);
  });
});
