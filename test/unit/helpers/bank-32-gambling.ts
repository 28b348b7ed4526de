import type { Kind } from './judgment-bank.ts';

/**
 * Stop 32, gambling bank from published rulings (ADR 0028): each line paraphrases an ad's wording as a
 * ruling describes it, in another voice. Upheld rulings give lines that must fire; not-upheld rulings and
 * what the rulings allow give near-misses. Sources: ASA rulings (Health Lottery "Mortgage? What mortgage?",
 * Rank/Lucky Night 2022, Foxy Games 2020, Paul Coleman 2020, Mecca Bingo 2024, Paddy Power 2019,
 * Tottenham/William Hill 2019, Ladbrokes 2023, Sky Bet 2019, Sky Vegas 2016, Profit Squad 2017, Karamba
 * 2018, A&S Leisure 2021, BetStars 2016, William Hill free bets, Betfair 2020 not upheld) and Autocontrol
 * (888/Sobera 2018, Marina Yers 2021).
 */
export const RULING_GAMBLING_KINDS: Kind[] = [
  {
    title:
      'gambling as the answer to money worries or a living (ASA Health Lottery, Lucky Night, Foxy Games)',
    rules: ['gambling.money-problems', 'gambling.money-fix', 'gambling.escape'],
    fire: [
      ['en', 'Mortgage? What mortgage? Play this week’s draw.'],
      ['en', 'Earn money online – play Foxy Spins today.'],
      ['en', 'Pay off that loan by Friday: spin the Wolf Gold reels.'],
      ['en', 'I quit my 9-to-5. Now the tables pay me more than my old salary.'],
      ['es', '¿Deudas? Una buena racha en la ruleta y a olvidarlas.'],
      ['es', 'Gana un sueldo extra desde el sofá apostando al fútbol.'],
      ['de', 'Miete knapp? Ein Dreh am Jackpot und der Monat ist gerettet.'],
      ['fr', 'Fins de mois difficiles ? Nos machines à sous arrondissent votre salaire.'],
      ['en', 'Rent? What rent? Spin the Mega Reels tonight.'],
      ['en', 'Make money from your sofa with our live roulette.'],
      ['de', 'Schulden? Welche Schulden? Jetzt Eurojackpot tippen.'],
    ],
    quiet: [
      ['en', 'Make money last longer: set a weekly budget before you play.'],
      ['en', 'Pay by card, PayPal or bank transfer. 18+.'],
      ['fr', 'Fixez un budget avant de jouer. Jeu interdit aux mineurs.'],
      ['en', 'Win a dream holiday in our summer prize draw. 18+ T&Cs apply.'],
      ['en', 'Set a deposit limit in your account settings. 18+ BeGambleAware.org'],
      ['de', 'Spielen Sie nur mit Geld, das Sie entbehren können.'],
      ['es', 'Juega con responsabilidad: fija tus límites de depósito.'],
    ],
  },
  {
    title: 'self-image and social success from playing (ASA Mecca Bingo 2024, Paddy Power 2019, bgo)',
    rules: ['gambling.social-status', 'gambling.escape'],
    fire: [
      ['en', 'Before bingo vs after bingo: a good game can transform you. ✨'],
      ['en', 'Win big and watch everyone finally take you seriously.'],
      ['es', 'Antes del bingo y después: una partida te transforma.'],
      ['de', 'Vorher unscheinbar, nachher bewundert – ein Abend im Casino verändert dich.'],
      ['fr', 'Gagnez et devenez enfin quelqu’un.'],
      ['en', 'One lucky night can transform you. 💅'],
      ['de', 'Ein Gewinn verändert dich – alle werden zu dir aufschauen.'],
    ],
    quiet: [
      ['en', 'Before and after photos of our casino refurbishment.'],
      ['en', 'Take our safer-gambling quiz seriously: it takes two minutes.'],
      ['en', 'Bingo night with the girls: 90 balls and plenty of laughs.'],
      ['en', 'Our casino lounge is open Friday and Saturday. 18+ only.'],
      ['fr', 'Soirée loto au club : venez en famille, buvette sur place.'],
      ['es', 'Noche de bingo en la sala: 90 bolas y buen ambiente. Solo +18.'],
    ],
  },
  {
    title:
      'people who are or seem under 25, and youth idols (ASA Tottenham/William Hill, Autocontrol Marina Yers)',
    rules: ['gambling.young-person', 'gambling.youth-appeal'],
    fire: [
      ['en', 'Our new face: 22-year-old winger Jay Pryce. Back him to score on Saturday.'],
      ['es', 'La influencer Marina, de 21 años, te cuenta cómo ganó 1.040 € en un día apostando.'],
      ['de', 'Unser Markenbotschafter, der 20-jährige Nationalspieler Lukas, tippt mit dir.'],
      ['fr', 'Pariez avec notre ambassadeur, un joueur de 19 ans qui affole la Ligue 1.'],
      ['en', 'Spin with our 19-year-old streamer live tonight.'],
      ['en', 'She’s 21 and she’s already won twice this week – join her on Spinzone.'],
      ['de', 'Er ist 19, Stürmer, und tippt jedes Wochenende bei uns.'],
    ],
    quiet: [
      ['en', 'Kick-off is 20 minutes away. He’s 25 and captains the side.'],
      ['en', 'Our pundit Gary (49) gives his tips for the derby.'],
      ['es', 'Nuestro comentarista, exfutbolista de 52 años, analiza la jornada.'],
      ['de', 'Unser Experte, 48, analysiert den Spieltag.'],
      ['fr', 'Notre consultant, ancien joueur de 45 ans, livre ses pronostics.'],
    ],
  },
  {
    title: 'pressure to keep betting, no limits (Autocontrol 888/Sobera 2018, ASA A&S Leisure 2021)',
    rules: ['gambling.urgency'],
    fire: [
      ['es', '¡Apuesta, apuesta, apuesta! ¡Sube, sube, sube! ¡Juega, juega, juega!'],
      ['en', 'Bet now, bet again, don’t stop – the next spin is the one.'],
      ['en', 'Members enjoy unlimited gambling: no limits, no restrictions.'],
      ['de', 'Jetzt wetten, sofort nachlegen, bloß nicht aufhören!'],
      ['fr', 'Misez, misez encore, ne vous arrêtez pas !'],
      ['en', 'Spin, spin, spin – the reels never sleep!'],
      ['fr', 'Jouez, jouez encore : le prochain tirage est pour vous.'],
    ],
    quiet: [
      ['en', 'Spin the wheel for a free coffee at our café.'],
      ['en', 'Take a break: you can stop playing at any time.'],
      ['en', 'Kick-off at 8pm. Odds available until the start of the match.'],
      ['en', 'When the fun stops, stop. 18+ BeGambleAware.org'],
      ['de', 'Wetten sind bis zum Anpfiff möglich. 18+.'],
      ['es', 'Las cuotas están disponibles hasta el inicio del partido. +18.'],
    ],
  },
  {
    title:
      'betting framed as skill or without risk (ASA Sky Bet 2019, Sky Vegas 2016, Profit Squad, Karamba)',
    rules: [
      'gambling.winning-chances',
      'gambling.money-problems',
      'gambling.money-fix',
      'gambling.bonus-terms',
    ],
    fire: [
      ['en', 'Spark your sports brain: the more you know, the more you win.'],
      ['en', 'No Lose Month: play risk-free all January.'],
      ['en', 'Pro tip: play at off-peak times for higher winnings.'],
      ['en', 'Matched betting: 100% risk-free profits every week.'],
      ['es', 'Apostar es más sencillo de lo que parece: copia nuestros pronósticos y listo.'],
      ['de', 'Mit unserem System gewinnst du garantiert.'],
      ['fr', 'Pariez sans risque : votre mise gagne à tous les coups.'],
      ['en', 'Copy our tips and watch the wins roll in.'],
      ['fr', 'Avec notre méthode, vous gagnez à tous les coups.'],
    ],
    quiet: [
      ['en', 'Copy our tips into your bet slip, then check the odds. 18+.'],
      ['es', 'Cuanto más sabes de fútbol, más disfrutas del partido.'],
      ['en', 'Odds 5/2. Past results are no guide to future ones.'],
      ['en', 'Every spin is random. Play for fun.'],
      ['de', 'Jede Drehung ist zufällig. Spiele nur zum Spaß.'],
      ['fr', 'Chaque tirage est aléatoire. Jouez pour le plaisir.'],
    ],
  },
  {
    title: 'free bets and money back without their terms (ASA BetStars 2016, William Hill, Coral 2018)',
    rules: ['gambling.bonus-terms'],
    fire: [
      ['en', 'Money back if England lose!'],
      ['en', '£100 of free bets for new customers. Promo code WIN100.'],
      ['en', 'Money back up to £10 if your first spin loses. Bet now.'],
      ['es', 'Te devolvemos tu apuesta si pierdes. ¡Regístrate ya!'],
      ['de', 'Geld zurück, wenn dein erster Tipp verliert!'],
      ['fr', 'Remboursé si votre premier pari est perdant !'],
      ['en', 'Cash back if your horse loses at Cheltenham!'],
    ],
    quiet: [
      ['en', 'Money back as a free bet if your horse falls. Max £25, valid 7 days. 18+.'],
      ['en', 'Money back as a free bet if England lose. Max £10, stake not returned. 18+ T&Cs apply.'],
      [
        'en',
        'Bet £10, get £20 in free bets. Min odds 1/2, free-bet stakes not returned, expires in 7 days. 18+ T&Cs apply.',
      ],
      [
        'es',
        'Apuesta 10 € y recibe 10 € en apuestas gratis. Cuota mínima 1,50, caducan en 7 días. +18, T&C.',
      ],
      [
        'de',
        'Wette 10 €, erhalte eine 10-€-Freiwette. Mindestquote 1,5, Einsatz wird nicht erstattet. 18+, AGB.',
      ],
    ],
  },
];
