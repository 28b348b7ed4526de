import type { HandoffPackage } from '#core/package-schema';
import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 38, round 39 gambling bank (ADR 0028), written from the ANJ lignes directrices (2022: gambling is no
 * substitute for paid work), CAP 16.3.1/16.3.4, the NJ DGE Advertising Standards (2023: no "risk free"),
 * N.J.A.C. 13:69C-14.2(c) (the helpline on every print ad, billboard and sign), the UKGC guidance on
 * self-excluded customers (LCCP SR 3.5.3) and N.J.A.C. 13:69G-2. The lines are new ones of each kind, not
 * the round's dev wording.
 */

/** A package that sells gambling in the US. */
export const sellsInUs = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['gambling'] } as HandoffPackage['product'];
  p.audience.regions = ['US'];
  p.audience.minAge = 21;
};

/** The same package selling food in the US (a casino hotel's restaurant): no gambling is advertised. */
export const sellsFoodInUs = (p: HandoffPackage): void => {
  sellsInUs(p);
  p.product = { ...p.product, categories: ['general'] } as HandoffPackage['product'];
};

export const BANK_38_WORDING: Kind[] = [
  {
    title: 'betting as a farewell to work or as the salary (ANJ lignes directrices, CAP 16.3.4)',
    rules: ['gambling.money-problems'],
    fire: [
      ['en', 'Bye-bye 9-to-5, hello matchday. Bet in-play on Lionsbet.'],
      ['en', 'Kiss the office goodbye: the tables at Reelhouse never close.'],
      ['en', 'My bets are my salary now. Tail my picks on Lionsbet.'],
      ['en', 'Why clock in when you could spin instead of working? Reelhouse Casino.'],
      ['en', 'Monday mood #ByeByeBoss #Lionsbet'],
      ['es', 'Adiós al curro: tus apuestas, tu nuevo sueldo. ApuestaYa.'],
      ['es', 'Lunes otra vez 😎 #AdiosJefe #GolBet'],
      ['es', 'Apostar en vez de trabajar: así son mis lunes con GolBet.'],
      ['de', 'Tschüss Büro! Mit Quotenkönig wird jeder Tag ein Spieltag.'],
      ['de', 'Meine Wetten sind mein Gehalt. Tipp mit bei Quotenkönig.'],
      ['de', 'Montagmorgen? #TschüssChef – lieber wetten statt arbeiten mit WettBlitz.'],
      ['fr', 'Au revoir le bureau, bonjour les paris en direct sur ButFlash.'],
      ['fr', 'Tes pronos, ton nouveau salaire. ButFlash, l’appli de paris sportifs.'],
      ['fr', 'Lundi matin ☕ #ByeByeLePatron #MesParisMonSalaire'],
    ],
    quiet: [
      ['en', 'Your bets, your limits: set a deposit cap in the Lionsbet app. 18+ | BeGambleAware.org'],
      ['en', 'Say goodbye to the off-season: NFL lines are live. 18+ | BeGambleAware.org'],
      ['en', 'Bye for now, see you at the tables next weekend. 18+ | BeGambleAware.org'],
      ['en', 'Run the office World Cup sweepstake with our free wall chart. 18+ | BeGambleAware.org'],
      ['es', 'Adiós al invierno: vuelve la Liga y sus cuotas. +18 | jugarbien.es'],
      ['es', 'Tus apuestas, tu límite: fíjalo en la app. +18 | jugarbien.es'],
      ['de', 'Tschüss Winterpause! Die Bundesliga-Quoten sind online. 18+ | check-dein-spiel.de'],
      ['de', 'Deine Wetten, dein Limit: setz dir ein Einzahlungslimit. 18+ | check-dein-spiel.de'],
      ['fr', 'Adieu l’hiver, bonjour la reprise : les cotes sont en ligne. 18+ Jouer comporte des risques.'],
      ['fr', 'Tes paris, ton budget : fixe tes limites dans l’appli. 18+ Jouer comporte des risques.'],
    ],
  },
  {
    title: 'the riskless promise in other words (NJ DGE Advertising Standards 2023, CAP 16.3.1)',
    rules: ['gambling.money-problems'],
    fire: [
      ['en', 'Bet with zero risk on Saturday’s derby at Lionsbet.'],
      ['en', 'No risk, all reward: back the favourite tonight on Lionsbet.'],
      ['en', 'Place your first parlay without any risk this weekend.'],
      ['es', 'Apuesta con riesgo cero este fin de semana en GolBet.'],
      ['es', 'Tu primera apuesta, cero riesgos: solo en GolBet.'],
      ['de', 'Ohne Risiko auf das Derby setzen – nur bei WettBlitz.'],
      ['de', 'Null Risiko bei deiner ersten Wette auf WettBlitz.'],
      ['fr', 'Zéro risque sur ton premier pari ce week-end avec ButFlash.'],
      ['fr', 'Parie sans aucun risque sur le classique de dimanche.'],
    ],
    quiet: [
      ['en', 'There’s no risk of missing kick-off: every match streams in the app. 18+ | BeGambleAware.org'],
      ['en', 'Betting is never without risk: only stake what you can afford to lose. 18+'],
      ['es', 'Cero comisiones en tus depósitos con tarjeta. +18 | jugarbien.es'],
      ['de', 'Wetten ist nie ohne Risiko. Setz dir ein Limit. 18+ | check-dein-spiel.de'],
      ['fr', 'Zéro stress pour suivre le match : cotes en direct. 18+ Jouer comporte des risques.'],
    ],
  },
];

/** A line that is fine on its own: the audience is what the self-exclusion rule reads. */
export const SELF_EXCLUDED_LINE =
  'Ten free spins on Starfall Reels this weekend. 18+ T&Cs apply. BeGambleAware.org';

/** Audiences that include self-excluded people (LCCP SR 3.5.3, N.J.A.C. 13:69G-2, RD 958/2020, GlüStV § 8). */
export const SELF_EXCLUDED: Line[] = [
  ['en', 'Dormant players 18+, full CRM export including self-excluded accounts'],
  ['en', 'Players 18+ whose self-exclusion ended in the last six months'],
  ['en', 'Lapsed customers 18+ and players registered with GAMSTOP'],
  ['es', 'Jugadores inactivos mayores de 18, base completa con autoexcluidos incluidos'],
  ['de', 'Alle Bestandskunden ab 18, auch selbstgesperrte Spieler'],
  ['fr', 'Anciens joueurs majeurs, y compris les interdits de jeux'],
  ['fr', 'Tous les comptes inactifs, joueurs auto-exclus inclus'],
];

/** Audiences that say the self-excluded are removed or screened out. */
export const SELF_EXCLUDED_REMOVED: Line[] = [
  ['en', 'Lapsed players 18+, self-excluded and time-out accounts removed before send'],
  ['en', 'Opted-in customers 18+, list screened against GAMSTOP daily'],
  ['en', 'Active players 18+, excluding anyone who has self-excluded or taken a time-out'],
  ['es', 'Clientes con consentimiento, mayores de 18, sin autoexcluidos ni inscritos en el RGIAJ'],
  ['de', 'Bestandskunden ab 18, mit OASIS abgeglichen, gesperrte Spieler ausgeschlossen'],
  ['fr', 'Joueurs majeurs ayant accepté les e-mails, hors interdits de jeux et auto-exclus'],
  ['en', 'Adults 18+ who follow our safer-gambling page'],
];

/** US gambling ads without the problem-gambling helpline (N.J.A.C. 13:69C-14.2(c)): 21+ alone is not it. */
export const US_NO_HELPLINE: Line[] = [
  ['en', 'New poker room now open on the Riverside floor. Riverbend Casino, Exit 14.'],
  ['en', 'Parlay boosts all weekend long on Gridiron Sportsbook. 21+'],
  ['en', 'Progressive jackpots top $2 million this month at Lakeshore Casino. Must be 21 or older.'],
  ['es', 'Apuestas deportivas en vivo en Estrella Sportsbook todo el fin de semana. 21+'],
];

/** The same ads with the helpline, or its Spanish form. */
export const US_HELPLINE: Line[] = [
  ['en', 'New poker room now open. 21+. Gambling problem? Call 1-800-GAMBLER.'],
  [
    'en',
    'Parlay boosts all weekend long. 21+ | If you or someone you know has a gambling problem, call 1-800-522-4700.',
  ],
  ['en', 'Progressive jackpots top $2 million this month. Must be 21+. Call or text 1-800-NEXT-STEP.'],
  [
    'es',
    'Apuestas deportivas en vivo todo el fin de semana. 21+. ¿Problemas con el juego? Llame al 1-800-GAMBLER.',
  ],
];

/** A credited reward's own validity (not an end of the offer) on an offer the brief records without an end. */
export const REWARD_VALIDITY: Line[] = [
  ['en', 'Bet $5, get four $10 bonus bets. Bonus bets expire 14 days after issue. 21+'],
  ['en', 'Deposit $20 and claim 50 free spins. Free spins expire after 72 hours. 21+'],
  ['en', 'Earn 500 reward points on sign-up; points expire 12 months from credit.'],
  ['en', 'Your $25 casino credit expires 30 days after being issued. Offer terms apply.'],
];

/** Still an end of the offer, which the record says has none: these keep firing (guards, not new readings). */
export const OFFER_DEADLINE: Line[] = [
  ['en', 'This bonus offer expires Sunday.'],
  ['en', 'Bonus offer expires in 7 days: claim your free spins now.'],
];
