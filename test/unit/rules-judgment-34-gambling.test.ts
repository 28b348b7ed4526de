import { GAMBLING_PROBLEMS, sellsGambling } from './helpers/bank-31-gambling.ts';
import { BANK_34_GAMBLING } from './helpers/bank-34-gambling.ts';
import { fired, type Line } from './helpers/judgment-bank.ts';

/**
 * Stop 34, gambling (ADR 0028): the bank of `helpers/bank-34-gambling.ts`, written from CAP 16.3, the LCCP,
 * the IGRG code, GlüStV 2021 § 5, the ANJ guidance and Real Decreto 958/2020. A line fires one of its kind's
 * rules in a package that sells gambling; a near-miss fires no gambling problem rule at all, the two rules
 * this stop adds included.
 */
const PROBLEMS = [...GAMBLING_PROBLEMS, 'gambling.harmful-play', 'gambling.age-notice'];

describe.each(BANK_34_GAMBLING)('gambling: $title', ({ rules, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, { edit: sellsGambling })).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(PROBLEMS, copy, lang, { edit: sellsGambling })).toEqual([]);
  });
});

/** The stop's blind dev lines (written by an author who read no rule) that the widened readings now find. */
const DEV_FOUND: Line[] = [
  [
    'en',
    'Feeling low? Nothing lifts a rough week like a few hands at Nightowl Poker. 18+ | Please gamble responsibly',
  ],
  ['en', "Can't sleep? The tables at Crownvale are open all night, and they're always happy to see you. 18+"],
  [
    'en',
    "Kids' parents' evening or the Champions League second leg? Easy one, lads. Live odds on QuickKick. 18+",
  ],
  ['en', "Don't be the one mate who sits the Derby sweepstake out. Everyone's in at Hoofprint. 18+"],
  [
    'en',
    'She noticed the watch. Then she noticed the stack of chips. 😉 Monaco nights at Silverleaf Live Casino. 18+',
  ],
  [
    'en',
    'Built different? Prove it. Max stake, no cash-out, see it through to the final whistle. Ironside Sports 18+',
  ],
  [
    'en',
    'No chit-chat, no waiting for the others. Solo rooms at Dabbers: just you, your cards and every penny of the pot. 18+',
  ],
  ['en', 'Boss in a meeting? Sneak a few spins in under the desk 🤫 Deskside Slots | 18+'],
  ['en', 'Six pints deep and feeling lucky? Perfect time to back the late kick-off. Barstool Bets 18+'],
  [
    'en',
    'Learn the secret pattern our VIPs use to beat the slot machines every single time. Link in bio. 18+',
  ],
  [
    'es',
    'La comunión de mi sobrino puede esperar; el Clásico, no. 🍿⚽ Vive cada jugada con TribunaBet. +18',
  ],
  [
    'es',
    'Ver el partido sin apostar es como ver una peli sin sonido. Súmate a los de verdad en ZonaGol. +18',
  ],
  ['es', '¿Has palmado en la primera parte? Dobla en la segunda y lo recuperas todo. Apuestas Norte. +18'],
  [
    'es',
    '¿Turno de noche aburrido en el almacén? Unas manos de póker entre palé y palé y la noche vuela. PókerSur. +18',
  ],
  ['de', 'Endlich der, der am Stammtisch recht behält. Mit Quotenkönig wirst du zur Legende. 18+'],
  [
    'de',
    'Mittagspause im Büro? Schnell ein paar Runden am virtuellen Automaten drehen – merkt eh keiner. SlotHafen. 18+',
  ],
  ['de', 'Bei uns gewinnt fast jeder: 9 von 10 Spielern gehen mit Plus nach Hause! LottoStern. 18+'],
  [
    'de',
    'Drei Bier, zwei Tore und ein Live-Tipp nach dem anderen – so muss ein Fußballabend sein! Konterwette. 18+',
  ],
  ['de', 'Allein zu Haus? Im Live-Casino sitzt immer jemand mit am Tisch. Roulette Royal. 18+'],
  [
    'fr',
    "T'es le seul de la bande à pas avoir parié sur la finale ? Sérieux ? 😂 Rejoins-les sur Tribune Paris. 18+",
  ],
  ['fr', 'Bac en poche ? 🎓 Fête ça avec ton tout premier pari sur ButPronostic !'],
  ['fr', 'Pas une pub hein, je vous partage juste mon site de paris préféré 😇 code LÉA50 en bio'],
  [
    'fr',
    "Ton chiffre porte-bonheur, c'est le 7 ? Ce soir, mise tout dessus à la roulette, la chance te le doit. Casino du Lac. 18+",
  ],
];

/** The stop's blind dev compliant lines: no gambling problem rule may fire on them. */
const DEV_COMPLIANT: Line[] = [
  [
    'en',
    'Wimbledon day one: in-play markets on every court. Enjoy the tennis and set your limits before you start. 18+ | Deuce Sports | BeGambleAware.org',
  ],
  [
    'en',
    "Strong favourites, soft ground and a wide draw: our racing team breaks down Saturday's card. Read the form before you bet. 18+ | BeGambleAware.org",
  ],
  [
    'en',
    'Poker’s better with friends: set up a private £5 buy-in table and invite up to 8 people with one link. 18+ | Set limits in your account | Riverbank Poker',
  ],
  [
    'en',
    "Big fight night: our boxing team's full preview is up. Enjoy the bout and only bet what you're happy to lose. 18+ | Southpaw Bet | BeGambleAware.org",
  ],
  [
    'en',
    'Early Bird bingo, weekdays at 10am: 5p tickets, capped at 24 per player, friendly chat host. 18+ | Please play responsibly | Marigold Bingo',
  ],
  [
    'es',
    '¿Póker con los amigos? Crea una mesa privada e invita a quien quieras, con ciegas desde 0,05 €. +18 | Juega con responsabilidad | PókerMar',
  ],
  [
    'de',
    'Bundesliga-Wochenende: Die Quoten für alle neun Partien sind online. Setz dir vorher ein Limit und halte dich daran. 18+ | Glücksspiel kann süchtig machen. Hilfe: check-dein-spiel.de | Anpfiff Wetten',
  ],
  [
    'fr',
    "Poker entre amis : créez une table privée et invitez jusqu'à 8 personnes, blindes à partir de 0,05 €. 18+ | Jouer comporte des risques : endettement, dépendance. 09 74 75 13 13 (appel non surtaxé)",
  ],
];

describe('stop 34 blind dev lines', () => {
  it.each(DEV_FOUND)('[%s] %j fires a gambling problem rule', (lang, copy) => {
    expect(fired(PROBLEMS, copy, lang, { edit: sellsGambling })).not.toEqual([]);
  });
  it.each(DEV_COMPLIANT)('[%s] %j fires none', (lang, copy) => {
    expect(fired(PROBLEMS, copy, lang, { edit: sellsGambling })).toEqual([]);
  });
});
