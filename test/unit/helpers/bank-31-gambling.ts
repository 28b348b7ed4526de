import type { HandoffPackage } from '#core/package-schema';
import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 31, gambling bank (ADR 0028), written from the codes before the dev misses were read: CAP 16 and
 * BCAP 17, the CAP/BCAP strong-appeal guidance and the ASA guidance on free bets, Real Decreto 958/2020,
 * GlüStV 2021 § 5 and its Werberichtlinie, the ANJ guidance and the Irish Gambling Regulation Act 2024.
 */
export const sellsGambling = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['gambling'] } as HandoffPackage['product'];
};

export const GAMBLING_PROBLEMS = [
  'gambling.money-problems',
  'gambling.money-fix',
  'gambling.winning-chances',
  'gambling.youth-appeal',
  'gambling.social-status',
  'gambling.escape',
  'gambling.urgency',
  'gambling.bonus-terms',
  'gambling.young-person',
] as const;

export const GAMBLING_KINDS: Kind[] = [
  {
    title:
      'strong appeal to under-18s: games, school, youth slang and characters (CAP 16.3.12, GlüStV § 5, RD 958/2020)',
    rules: ['gambling.youth-appeal', 'gambling.young-person'],
    fire: [
      ['en', 'Spin like a pro gamer: loot drops every 10 spins! 🎮'],
      ['en', 'School’s out – time for a cheeky spin on Candy Reels.'],
      ['en', 'Your favourite cartoon heroes are now on our slots.'],
      ['en', 'Level up and unlock skins with every bet you place.'],
      ['en', 'Fresh out of sixth form? Your first accumulator is on us.'],
      ['es', 'Apuesta como en tu videojuego favorito: sube de nivel con cada jugada.'],
      ['es', '¿Saliste del insti? Juega en nuestras tragaperras de dibujos.'],
      ['de', 'Zock wie ein Gamer: Level-ups und Skins bei jeder Wette.'],
      ['de', 'Schule aus? Ab an die Comic-Slots!'],
      ['fr', 'Pariez comme dans votre jeu vidéo préféré : montez de niveau !'],
      ['fr', 'Après les cours, un petit tour sur nos machines à sous dessins animés.'],
    ],
    quiet: [
      ['en', 'Skin in the game: bet on the Masters with odds from 5/1. 18+'],
      ['en', 'Level up your VIP status with every bet. 18+ T&Cs apply.'],
      ['en', 'Bet on the Six Nations: odds updated every hour. 18+ | BeGambleAware.org'],
      ['en', 'Our classic fruit slots: cherries, bells and sevens. 18+'],
      ['es', 'Apuesta en la Liga con cuotas claras. +18. Juega con responsabilidad.'],
      ['de', 'Sportwetten auf die Bundesliga. 18+. Spielen kann süchtig machen.'],
      ['fr', 'Paris sportifs sur la Ligue 1. Interdit aux moins de 18 ans.'],
    ],
  },
  {
    title:
      'gambling as a fix for money problems, a job or financial security (CAP 16.3.4, RD 958/2020, GlüStV § 5, GRA 2024)',
    rules: ['gambling.money-problems', 'gambling.money-fix'],
    fire: [
      ['en', 'Short on cash this month? A few spins could change that.'],
      ['en', 'Why work overtime when one acca could cover it?'],
      ['en', 'Your ticket out of the overdraft is one spin away.'],
      ['en', 'Bet smart and you’ll never worry about money again.'],
      ['es', '¿No llegas a fin de mes? Una apuesta puede cambiarlo todo.'],
      ['es', 'Olvídate de pedir un aumento: gana con nuestras apuestas.'],
      ['de', 'Geld knapp? Mit einem Dreh am Automaten sieht der Monat anders aus.'],
      ['de', 'Wetten statt Überstunden: so geht Nebenverdienst.'],
      ['fr', 'Fin de mois difficile ? Un pari peut tout changer.'],
      ['fr', 'Pas besoin d’augmentation quand on sait parier.'],
      ['en', 'Short on cash? Bet on tonight’s match. 18+ BeGambleAware.org'],
    ],
    quiet: [
      ['en', 'The game went to overtime: all bets settle on the final score. 18+'],
      ['fr', 'Des problèmes d’argent liés au jeu ? Appelez Joueurs Info Service.'],
      ['de', 'Geldsorgen durch Glücksspiel? Hilfe gibt es bei check-dein-spiel.de.'],
      ['en', 'Set a deposit limit before you play. Gambling is not a way to make money.'],
      ['en', 'Cash out early on your football bets, any time before the final whistle.'],
      ['es', 'El juego no es una forma de ganar dinero. Fija tus límites. +18'],
      ['de', 'Glücksspiel ist keine Einkommensquelle. Setze dir Limits. 18+'],
      ['fr', 'Le jeu n’est pas un moyen de gagner de l’argent. Fixez vos limites.'],
      // Review 31: the money worry answered with "don't gamble", and overtime as opening hours.
      ['en', "Short on cash? Don't gamble. Set a deposit limit today. 18+ BeGambleAware.org"],
      [
        'en',
        'Never worry about money again? No bet can promise that. Set a deposit limit. 18+ BeGambleAware.org',
      ],
      ['en', 'Overtime hours: our customer support is open late on match days. 18+ BeGambleAware.org'],
    ],
  },
  {
    title:
      'gambling as a way to success, status or attractiveness (CAP 16.3.6, 16.3.8, RD 958/2020 art. 8, GRA 2024)',
    rules: ['gambling.social-status'],
    fire: [
      ['en', 'Winners bet with Apex. Everyone else watches.'],
      ['en', 'Hit the jackpot and walk in like you own the place.'],
      ['en', 'Big win, big respect: the lads will never look at you the same.'],
      ['en', 'Play at Royal Crown and live the life of a high roller.'],
      ['es', 'Gana y todos en la oficina hablarán de ti.'],
      ['es', 'Apuesta como un ganador y vive como un rey.'],
      ['de', 'Gewinner wetten bei uns – und alle schauen zu dir auf.'],
      ['de', 'Ein Jackpot und du bist der Held der Stammkneipe.'],
      ['fr', 'Gagnez et tout le monde vous admirera.'],
      ['fr', 'Jouez comme un champion, vivez comme une star.'],
    ],
    quiet: [
      ['en', 'The champions play at home on Sunday: odds inside. 18+'],
      ['en', 'Congratulations to last week’s winners: prizes paid within 24 hours.'],
      ['en', 'Back the winner of the Derby: full race card and odds inside.'],
      ['es', 'Consulta los ganadores del sorteo de ayer en nuestra web.'],
      ['de', 'Die Gewinnzahlen der Ziehung vom Samstag findest du online.'],
      ['fr', 'Résultats du tirage de samedi disponibles en ligne.'],
    ],
  },
  {
    title: 'urgency and pressure to gamble now (CAP/BCAP guidance, RD 958/2020 art. 8, ANJ)',
    rules: ['gambling.urgency'],
    fire: [
      ['en', 'Bet NOW before the odds drop! ⏰'],
      ['en', 'Kick-off in 5 minutes – get your bet on, don’t miss out!'],
      ['en', 'Hurry! Boosted odds vanish at half-time.'],
      ['en', 'Only 10 minutes left to claim your spins. Go go go!'],
      ['es', '¡Apuesta ya, que la cuota se acaba en minutos!'],
      ['es', 'No lo pienses: apuesta antes del pitido inicial.'],
      ['de', 'Schnell wetten, bevor die Quote fällt!'],
      ['de', 'Nur noch 5 Minuten: jetzt sofort einsetzen!'],
      ['fr', 'Pariez vite, la cote disparaît dans 10 minutes !'],
      ['fr', 'Ne réfléchissez pas, misez maintenant !'],
      // Review 31, kept: "Hurry" is the urgent call to action the CAP/BCAP guidance names, even with a date.
      ['en', 'Hurry, the draw closes on Friday at 8pm. 18+ Play responsibly.'],
    ],
    quiet: [
      ['es', 'La apuesta ya está cerrada; consulta tu resultado en la app.'],
      ['en', 'Odds shorten on Liverpool after the team news. 18+'],
      ['en', 'Non-stop bingo from 7pm every Friday. 18+'],
      ['en', 'Odds can change before kick-off. Check your bet slip before you confirm.'],
      ['en', 'Markets close at kick-off. 18+ | BeGambleAware.org'],
      ['es', 'Las cuotas pueden variar. Juega con responsabilidad. +18'],
      ['de', 'Quoten können sich bis zum Anpfiff ändern. 18+'],
      ['fr', 'Les cotes peuvent évoluer avant le coup d’envoi. Jouer comporte des risques.'],
    ],
  },
  {
    title:
      'free bets and bonuses without their significant conditions (CAP 8.17, ASA guidance, RD 958/2020 art. 13)',
    rules: ['gambling.bonus-terms'],
    fire: [
      ['en', 'Sign up today and grab a £20 free bet! 🎁'],
      ['en', 'Deposit £10, play with £40 tonight.'],
      ['en', '200 bonus spins waiting for you – just register.'],
      ['en', 'Get your first bet back as a bonus if it loses!'],
      ['es', 'Regístrate y llévate 50 € en apuestas gratis.'],
      ['es', 'Te devolvemos tu primera apuesta si pierdes.'],
      ['de', 'Jetzt registrieren und 20 € Gratiswette sichern!'],
      ['de', 'Zahl 10 € ein, spiel mit 40 €.'],
      ['fr', 'Inscrivez-vous et recevez 100 € de paris gratuits !'],
      ['fr', 'Premier pari remboursé jusqu’à 100 € !'],
    ],
    quiet: [
      [
        'en',
        'New customers: bet £10 at min odds 1/2, get £20 in free bets, valid 7 days, stakes not returned. 18+ BeGambleAware.org',
      ],
      ['en', 'Refer a friend to our book club and get a free paperback.'],
      ['es', 'Apuesta gratis de 10 €: depósito mínimo 10 €, cuota mínima 1,50, válida 7 días. +18'],
      ['de', 'Gratiswette 10 €: Mindestquote 1,8, Einsatz nicht enthalten, 7 Tage gültig. 18+'],
      ['fr', 'Pari gratuit de 10 € : cote minimum 1,5, mise non remboursée, valable 7 jours. 18+'],
    ],
  },
  {
    title: 'gambling as an escape from loneliness, stress or problems (CAP 16.3.3, RD 958/2020, ANJ)',
    rules: ['gambling.escape'],
    fire: [
      ['de', 'Keine Lust auf Montag? Dreh die Walzen und vergiss die Woche.'],
      ['en', 'Feeling unlucky in love? Get lucky at our tables instead.'],
      ['en', 'Lonely night in? Our live roulette tables are always full of friends.'],
      ['en', 'Stressed out? Spin your worries away.'],
      ['en', 'Rough week? Forget it all with a flutter.'],
      ['en', 'When life gets you down, the reels lift you up.'],
      ['es', '¿Te sientes solo? En nuestro casino siempre hay alguien.'],
      ['es', 'Olvida tus problemas con unas tiradas.'],
      ['de', 'Stress im Job? Vergiss ihn an unseren Slots.'],
      ['de', 'Einsam? Bei unserem Live-Casino bist du nie allein.'],
      ['fr', 'Vous vous sentez seul ? Notre casino en ligne vous tient compagnie.'],
      ['fr', 'Oubliez vos soucis en quelques tours de roue.'],
      // Review 31, kept: the brand as the answer to being alone (CAP 16.3.3), like "nie allein" above.
      ['en', 'Never alone on match day: join 10,000 fans in our live chat. 18+ BeGambleAware.org'],
    ],
    quiet: [
      ['en', 'Forget everything you know about bingo: new rooms, new games. 18+'],
      ['en', 'Play alone or with friends? Our bingo rooms suit both. 18+'],
      ['en', 'We’ll pick you up from the station: free casino shuttle. 18+'],
      ['en', 'If gambling stops being fun, stop. Call the National Gambling Helpline.'],
      ['en', 'Take a break: set a reality check in your account settings.'],
      ['es', 'Si el juego deja de ser divertido, para. jugarbien.es'],
      ['de', 'Wenn Spielen keinen Spaß mehr macht: check-dein-spiel.de'],
      ['fr', 'Si le jeu n’est plus un plaisir, appelez Joueurs Info Service.'],
    ],
  },
  {
    title:
      'misleading chances: skill that beats chance, wins made to look sure (GlüStV § 5, RD 958/2020 art. 8, CAP 16.3.1)',
    rules: ['gambling.winning-chances', 'gambling.money-problems'],
    fire: [
      ['en', 'Our tipsters never miss: follow the picks, collect the cash.'],
      ['en', 'With our system, the house doesn’t stand a chance.'],
      ['en', 'Learn the roulette trick casinos don’t want you to know.'],
      ['en', 'Skill beats luck: master our strategy and win every week.'],
      ['es', 'Con nuestro método, ganar a la ruleta es cuestión de práctica.'],
      ['es', 'Nuestros pronósticos aciertan siempre.'],
      ['de', 'Mit unserer Strategie schlägst du das Casino jedes Mal.'],
      ['de', 'Unsere Tipps treffen immer – folge einfach den Profis.'],
      ['fr', 'Avec notre méthode, vous battez la banque à chaque fois.'],
      ['fr', 'Nos pronostics ne se trompent jamais.'],
      // Review 31, kept: a rhetorical question still claims skill beats chance (CAP 16.3.1).
      [
        'en',
        'Poker tournaments where skill beats luck more often than you think? Learn the odds first. 18+ BeGambleAware.org',
      ],
    ],
    quiet: [
      ['en', 'Every spin is random: the return to player on Starburst is 96.1 %.'],
      [
        'en',
        'Our tipsters’ record last season: 212 picks, 41 % won. Past results don’t predict future ones.',
      ],
      ['es', 'El resultado de cada tirada es aleatorio. RTP del 96 %.'],
      ['de', 'Jede Drehung ist zufällig. Auszahlungsquote 95,8 %.'],
      ['fr', 'Chaque tirage est aléatoire. Taux de retour au joueur : 95 %.'],
    ],
  },
  {
    title: 'excessive play, play without pause, gambling put first (ANJ, CAP 16.3.1, 16.3.5, RD 958/2020)',
    rules: ['gambling.escape', 'gambling.urgency', 'gambling.money-problems'],
    fire: [
      ['en', 'Don’t stop now – your next spin could be the big one.'],
      ['en', 'Play all night, every night, at Lucky Harbour. 🌙'],
      ['en', 'Skip the family dinner, the big match is live on our app.'],
      ['en', 'Bet on every game, every day. Why miss a single one?'],
      ['es', 'Juega toda la noche sin parar.'],
      ['es', 'Olvídate de la cena familiar: la ruleta en vivo te espera.'],
      ['de', 'Spiel die ganze Nacht durch – aufhören ist was für Verlierer.'],
      ['de', 'Familienessen? Lieber live wetten!'],
      ['fr', 'Jouez toute la nuit sans jamais vous arrêter.'],
      ['fr', 'Le repas de famille attendra : le match est en direct.'],
    ],
    quiet: [
      ['en', 'Our app lets you set session reminders and time-outs. 18+'],
      ['en', 'Live streaming of every Premier League match for account holders. 18+ T&Cs apply.'],
      ['es', 'Configura recordatorios de sesión en tu cuenta. +18'],
      ['de', 'Stelle Spielpausen und Limits in deinem Konto ein. 18+'],
      ['fr', 'Fixez des limites de temps de jeu dans votre espace client.'],
    ],
  },
  {
    title: 'peer pressure and disparaging those who do not play (CAP 16.3.7, RD 958/2020)',
    rules: ['gambling.social-status', 'gambling.urgency'],
    fire: [
      ['en', 'All your mates are in on the acca. Don’t be the one left out.'],
      ['en', 'Still not betting? Boring.'],
      ['en', 'Only losers sit out the Grand National.'],
      ['es', 'Todos tus amigos ya apuestan. ¿Vas a quedarte fuera?'],
      ['es', 'No apostar es de aburridos.'],
      ['de', 'Alle deine Kumpels wetten schon. Bist du etwa ein Feigling?'],
      ['de', 'Nicht wetten ist was für Langweiler.'],
      ['fr', 'Tous tes potes ont déjà parié. Tu vas rester sur la touche ?'],
      ['fr', 'Ne pas parier, c’est pour les trouillards.'],
    ],
    quiet: [
      ['en', 'All your friends are welcome at our bingo night. 18+'],
      ['en', 'Watching with friends? Our pub has the match on three screens.'],
      ['en', 'Not betting this weekend? Our free predictor game has no stakes at all.'],
      ['es', 'Mira el partido con tus amigos en nuestra terraza.'],
      ['de', 'Schau das Spiel mit Freunden in unserer Sportsbar.'],
      ['fr', 'Regardez le match entre amis dans notre bar.'],
    ],
  },
];

/** Packages that sell no gambling: games, figures of speech and lotteries of other kinds. */
export const NOT_GAMBLING: Line[] = [
  ['en', 'Family board game night: roll the dice, buy the streets, build hotels.'],
  ['en', 'We bet you’ll love our new oat latte.'],
  ['en', 'Poker-face serious about coffee since 2009.'],
  ['en', 'Spin class at 7 am: bring a towel and water.'],
  ['es', 'Noche de juegos de mesa en familia: dados, cartas y risas.'],
  ['es', 'Apostamos por la calidad del producto local.'],
  ['de', 'Spieleabend mit der Familie: würfeln, lachen, gewinnen.'],
  ['de', 'Wir setzen auf Qualität aus der Region.'],
  ['fr', 'Soirée jeux de société en famille : dés, cartes et fous rires.'],
  ['fr', 'Nous misons sur la qualité et le local.'],
];
