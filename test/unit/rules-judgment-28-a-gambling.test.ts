import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, gambling: a bank written from the codes before the dev misses were read (ADR 0028): free bets
 * whose significant conditions are left to "T&Cs apply" (ASA free bets and bonuses guidance, CAP 8.17),
 * daring and recklessness (CAP 16.3.9), looking down on those who only watch (CAP 16.3.7, ASA "spectator or
 * player"), an income, an investment or a bet to balance the month (CAP 16.3.4, RD 958/2020), a system that
 * cannot lose and staking savings or a loan (CAP 16.3.1, 16.3.2), a spin to lift a low mood or loneliness
 * (CAP 16.3.3), a win that makes you attractive (CAP 16.3.8), betting without thinking (CAP 16.3.1, RD
 * 958/2020) and a first bet at 18 as a rite of passage (CAP 16.3.10). Each kind has lines in several
 * languages and styles that must fire and near-misses a keyword rule would wrongly flag. The package sells
 * the product. The alcohol half is in rules-judgment-28-a.test.ts.
 */
const sells =
  (category: string) =>
  (p: HandoffPackage): void => {
    p.product = { ...p.product, categories: [category] } as HandoffPackage['product'];
  };
const gambling = sells('gambling');

describe('gambling.bonus-terms: a free bet or bonus whose significant conditions are left to "T&Cs apply" (ASA, CAP 8.17)', () => {
  it.each([
    ['en', 'Bet £10, get £30 in free bets. T&Cs apply.', 'free bets'],
    ['en', '100 free spins for new players! T&Cs apply. 18+', '100 free spins'],
    ['en', 'Welcome bonus up to £200 – full terms at spinhaus.com/terms', 'Welcome bonus'],
    ['en', 'Free bet club: a £5 free bet every week. Terms apply.', 'Free bet'],
    ['es', 'Bono de bienvenida de 200 €. Consulta las condiciones.', 'Bono de bienvenida'],
    ['de', '50 Freispiele für Neukunden. AGB gelten.', 'Freispiele'],
    ['de', 'Einzahlungsbonus 100 % – es gelten die Bedingungen.', 'Einzahlungsbonus'],
    ['fr', 'Bonus de bienvenue de 100 € ! Voir conditions sur le site.', 'Bonus de bienvenue'],
    ['fr', 'Paris gratuits chaque vendredi. Conditions s’appliquent.', 'Paris gratuits'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.bonus-terms', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    [
      'en',
      'New customers only. Bet £10 at min odds 1/2, get £30 in free bets, valid 7 days. Stakes not returned. T&Cs apply. 18+',
    ],
    ['en', '100 free spins on Book of Dead, no deposit needed, 10x wagering, max win £50. 18+'],
    ['de', '50 Freispiele, Mindesteinzahlung 10 €, 35-facher Umsatz, 7 Tage gültig. 18+'],
    ['fr', 'Bonus de bienvenue 100 € : dépôt minimum 10 €, mise x30, valable 14 jours. 18+'],
    ['es', 'Apuestas gratis de 10 €: depósito mínimo 10 €, cuota mínima 1,50, caducan en 7 días.'],
    ['en', 'Your £10 free bet: no deposit needed, odds of 2.0 or bigger, it expires Sunday at midnight.'],
    ['de', 'Deine 5 € Gratiswette: ohne Einzahlung, Quote mindestens 1,8, gültig bis Sonntag.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.bonus-terms', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.social-status: gambling tied to daring and recklessness: fortune favours the bold (CAP 16.3.9)', () => {
  it.each([
    ['en', 'No guts, no glory. Back the underdog at 12/1.', 'No guts, no glory'],
    ['en', 'Fortune favours the bold – go all in on tonight’s final.', 'Fortune favours the bold'],
    ['en', 'Only the fearless bet in-play. Are you one of them?', 'Only the fearless bet'],
    ['es', 'Quien no arriesga, no gana. Apuesta en directo.', 'Quien no arriesga, no gana'],
    ['es', 'La suerte favorece a los valientes: ruleta en vivo.', 'La suerte favorece a los valientes'],
    ['de', 'Wer nicht wagt, der nicht gewinnt – jetzt tippen!', 'Wer nicht wagt, der nicht gewinnt'],
    ['de', 'Das Glück ist mit den Mutigen. Live-Wetten bei TorTipp.', 'Das Glück ist mit den Mutigen'],
    ['fr', 'Qui ne risque rien n’a rien : misez sur l’outsider.', 'Qui ne risque rien n’a rien'],
    ['fr', 'La chance sourit aux audacieux. Casino en ligne.', 'La chance sourit aux audacieux'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.social-status', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'No risk to your account details: we never share them.'],
    ['en', 'Fortune Palace Casino – open daily from noon. 18+'],
    ['en', 'Glory for the Reds? Odds of 5/2 to lift the cup.'],
    ['fr', 'La chance, c’est aussi savoir s’arrêter. Fixez vos limites.'],
    ['es', 'Quien juega con límites, juega mejor.'],
    ['de', 'Glück ist nicht planbar: Spiel mit Limit.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.social-status', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.money-problems: gambling as an income or an investment (CAP 16.3.4, 16.1)', () => {
  it.each([
    ['en', 'Turn your football knowledge into a monthly income.', 'monthly income'],
    ['en', 'Passive income from the reels? Our players say yes.', 'Passive income'],
    ['en', 'Treat your bets like an investment and watch them grow.', 'like an investment'],
    ['en', 'Steady returns every weekend with our Acca Club.', 'Steady returns'],
    ['es', 'Convierte tus apuestas en un ingreso fijo.', 'ingreso fijo'],
    ['es', 'Ingresos pasivos con la ruleta en vivo.', 'Ingresos pasivos'],
    ['de', 'Mach aus deinem Fußballwissen ein zweites Einkommen.', 'zweites Einkommen'],
    ['de', 'Sportwetten als Geldanlage – mit TorTipp.', 'als Geldanlage'],
    ['fr', 'Paris sportifs : un revenu complémentaire chaque mois.', 'revenu complémentaire'],
    ['fr', 'Faites de vos paris un vrai placement.', 'un vrai placement'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Income from our charity lottery funds local hospices.'],
    ['en', 'Returns: unused betting vouchers can be refunded within 14 days.'],
    ['de', 'Einkommensnachweis nötig für höhere Einzahlungslimits.'],
    ['es', 'Inversión récord en el nuevo estadio del club.'],
    ['fr', 'Retour sur la soirée : les meilleurs moments du match.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.social-status: those who only watch are looked down on: spectator or player (CAP 16.3.7, ASA)', () => {
  it.each([
    ['en', 'Don’t just watch the match – bet on it.', 'Don’t just watch'],
    ['en', 'Spectator or player? Get in on the action.', 'Spectator or player'],
    ['en', 'Watching without a bet? Boring.', 'Watching without a bet'],
    ['es', 'No te limites a mirar: apuesta en directo.', 'No te limites a mirar'],
    ['es', '¿Espectador o jugador? Entra en el juego.', 'Espectador o jugador'],
    ['de', 'Nicht nur zuschauen – mitwetten!', 'Nicht nur zuschauen'],
    ['de', 'Zuschauer oder Spieler? Jetzt Wette platzieren.', 'Zuschauer oder Spieler'],
    ['fr', 'Ne regarde pas juste le match : parie dessus.', 'Ne regarde pas juste'],
    ['fr', 'Spectateur ou joueur ? Misez en live.', 'Spectateur ou joueur'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.social-status', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Watch the match live in our app; bet responsibly.'],
    ['en', 'Spectators welcome: free entry to the racecourse on Sunday.'],
    ['de', 'Zuschauer aufgepasst: Der Stream startet um 20:30 Uhr.'],
    ['en', 'Player of the match: vote in the app.'],
    ['es', 'Mira el partido con amigos y juega con responsabilidad.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.social-status', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.money-problems: a bet to balance the month: back in the black (CAP 16.3.4, RD 958/2020)', () => {
  it.each([
    ['es', 'Cuadra las cuentas del mes con un triple en la Liga.', 'Cuadra las cuentas'],
    ['es', '¿Mes en números rojos? Un doblete y vuelves a verde.', 'vuelves a verde'],
    ['en', 'Balance the books with one Saturday acca.', 'Balance the books'],
    ['en', 'Month not adding up? One treble and you’re back in the black.', 'back in the black'],
    ['en', 'Square up the month with a Sunday treble.', 'Square up the month'],
    ['de', 'Konto wieder ins Plus – mit einer Kombiwette am Sonntag.', 'Konto wieder ins Plus'],
    ['de', 'Rette deinen Monat mit einem Tipp auf Bayern.', 'Rette deinen Monat'],
    ['fr', 'Remets tes comptes dans le vert avec un combiné.', 'Remets tes comptes dans le vert'],
    ['fr', 'Équilibre ton budget grâce au loto foot.', 'Équilibre ton budget'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Set a monthly budget for your play in the app.'],
    ['en', 'Back in the game: the Premier League returns Saturday.'],
    ['fr', 'Le tapis vert vous attend : roulette en ligne.'],
    ['es', 'Cuadro de apuestas: consulta las cuotas del Mundial.'],
    ['en', 'Check your account balance and set limits in the app.'],
    ['de', 'Plus: neue Märkte für die Bundesliga.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.money-problems: a system or tip that cannot lose (CAP 16.3.1, 16.3.2, ASA: guaranteed wins need proof)', () => {
  it.each([
    ['en', 'Our system beats the roulette wheel every time.', 'beats the roulette wheel every time'],
    ['en', 'Sure-fire tips, 100% strike rate.', 'Sure-fire tips'],
    ['en', 'A foolproof blackjack strategy that pays every week.', 'foolproof blackjack strategy'],
    ['es', 'Sistema infalible para la ruleta.', 'Sistema infalible'],
    ['es', 'Pronósticos seguros cada jornada.', 'Pronósticos seguros'],
    ['de', 'Todsichere Tipps für jedes Wochenende.', 'Todsichere Tipps'],
    ['de', 'Mit unserer Methode gewinnst du garantiert.', 'gewinnst du garantiert'],
    ['fr', 'Méthode infaillible pour gagner au casino.', 'Méthode infaillible'],
    ['fr', 'Nos pronos 100 % gagnants.', '100 % gagnants'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Our odds are among the best in the market: check them daily.'],
    ['en', 'Payout rate 96% on Starburst (RTP, a long-term average).'],
    ['de', 'Sicheres Spielen: Setze dir Limits.'],
    ['fr', 'Méthode de paiement sécurisée : carte ou virement.'],
    ['es', 'Sistema de autoexclusión disponible en tu cuenta.'],
    ['en', 'Beat the queues: register online before race day.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.escape: a bet or a spin to lift a low mood or loneliness (CAP 16.3.3)', () => {
  it.each([
    ['en', 'Feeling down? Spin to feel better.', 'Spin to feel better'],
    ['en', 'Spin away the blues tonight.', 'Spin away the blues'],
    ['en', 'Bad day? Cheer yourself up with a flutter.', 'Cheer yourself up with a flutter'],
    ['en', 'Lonely tonight? Our bingo rooms are always full of friends.', 'Lonely tonight'],
    ['es', '¿Triste? Una partida y se te pasa.', 'se te pasa'],
    ['es', '¿Sola esta noche? Nuestro bingo online te acompaña.', 'Sola esta noche'],
    ['de', 'Schlechte Laune? Ein Dreh am Automaten hilft.', 'Schlechte Laune?'],
    ['de', 'Allein heute Abend? Im Online-Bingo bist du nie allein.', 'Allein heute Abend'],
    ['fr', 'Le moral à zéro ? Un petit pari et ça repart.', 'Le moral à zéro'],
    ['fr', 'Seul ce soir ? Nos salles de bingo en ligne vous attendent.', 'Seul ce soir'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.escape', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Feeling lucky? Saturday’s jackpot is £2m.'],
    ['en', 'Down to the last race: odds for the 4:30 at Ascot.'],
    ['en', 'Bingo is more fun with friends: invite yours.'],
    ['fr', 'Moral de vainqueur pour les Bleus ce soir ? Cote à 2,10.'],
    ['de', 'Allein auf weiter Flur: Bayern führt die Tabelle an. Quote 1,40.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.escape', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.money-problems: staking savings, wages or a loan (CAP 16.3.1, 16.3.4)', () => {
  it.each([
    ['en', 'Bet with your student loan and double it.', 'student loan'],
    ['en', 'Put your wages on red tonight.', 'Put your wages'],
    ['en', 'Bet the house on Saturday’s derby!', 'Bet the house'],
    ['es', 'Apuesta tus ahorros y multiplícalos.', 'Apuesta tus ahorros'],
    ['es', 'Pide un préstamo y juega hoy.', 'Pide un préstamo'],
    ['de', 'Setz dein Erspartes und verdopple es.', 'Setz dein Erspartes'],
    ['de', 'Verzock dein Gehalt nicht – verdreifache es!', 'Verzock dein Gehalt'],
    ['fr', 'Misez vos économies sur le PSG.', 'Misez vos économies'],
    ['fr', 'Jouez votre salaire au casino ce soir.', 'Jouez votre salaire'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Put your feet up and watch the racing live.'],
    ['en', 'Bet the over on Saturday’s derby: 2.5 goals at 1.80.'],
    ['en', 'Play your cards right at our Texas Hold’em table.'],
    ['fr', 'Misez sur l’expérience : vingt ans de paris sportifs.'],
    ['de', 'Setz deine Limits, bevor du spielst.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.money-problems', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.social-status: a win that makes you attractive: she’ll notice you (CAP 16.3.8)', () => {
  it.each([
    ['en', 'Win big tonight and she’ll finally notice you.', 'she’ll finally notice you'],
    ['en', 'Winners get the girls. Spin now.', 'Winners get the girls'],
    ['en', 'A big win makes you irresistible.', 'makes you irresistible'],
    ['es', 'Gana el bote y ligarás más que nunca.', 'ligarás'],
    ['es', 'Con un premio así, todas te mirarán.', 'todas te mirarán'],
    ['de', 'Gewinner kriegen die Frauen – jetzt drehen.', 'Gewinner kriegen die Frauen'],
    ['de', 'Mit dem Jackpot wirst du unwiderstehlich.', 'wirst du unwiderstehlich'],
    ['fr', 'Gagnez gros, séduisez plus.', 'séduisez plus'],
    ['fr', 'Avec un jackpot, elles te remarqueront enfin.', 'elles te remarqueront'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.social-status', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Winners get paid within 24 hours.'],
    ['en', 'She’ll love this gift: a lottery gift card (18+ only).'],
    ['de', 'Gewinner erhalten eine E-Mail mit allen Details.'],
    ['fr', 'Les gagnants seront notifiés par e-mail.'],
    ['es', 'Todos los ganadores reciben su premio en 24 horas.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.social-status', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.urgency: betting without thinking (CAP 16.3.1, RD 958/2020: juego irreflexivo)', () => {
  it.each([
    ['en', 'Don’t think, just bet.', 'Don’t think'],
    ['en', 'Don’t overthink it – back the Reds now.', 'Don’t overthink it'],
    ['en', 'Bet on impulse – that’s where the fun is.', 'Bet on impulse'],
    ['en', 'No time to think: spin now.', 'No time to think'],
    ['es', 'No lo pienses: apuesta ya.', 'No lo pienses'],
    ['es', 'Sin pensarlo dos veces, juega.', 'Sin pensarlo dos veces'],
    ['de', 'Nicht lange nachdenken, einfach tippen!', 'Nicht lange nachdenken'],
    ['de', 'Ohne nachzudenken: jetzt setzen.', 'Ohne nachzudenken'],
    ['fr', 'Ne réfléchis pas, parie !', 'Ne réfléchis pas'],
    ['fr', 'Sans réfléchir, misez maintenant.', 'Sans réfléchir'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.urgency', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Think before you bet: set a deposit limit.'],
    ['en', 'Don’t think you can win it back: stop when the fun stops.'],
    ['es', 'Piénsalo bien antes de apostar: fija tus límites.'],
    ['de', 'Denk nach, bevor du setzt: Limits im Konto.'],
    ['fr', 'Réfléchissez avant de jouer. Jouer comporte des risques.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.urgency', copy, gambling, lang)).toEqual([]);
  });
});

describe('gambling.youth-appeal: just turned 18, a first bet as a rite of passage (CAP 16.3.10)', () => {
  it.each([
    ['en', 'Turned 18? Time for your first acca.', 'Turned 18'],
    ['en', 'Just turned eighteen? Your first bet is on us.', 'Just turned eighteen'],
    ['en', 'Your first bet – a rite of passage.', 'rite of passage'],
    ['es', '¿Cumples 18? Tu primera apuesta te espera.', 'Cumples 18'],
    ['es', '¡Ya tienes 18! Estrena tu cuenta de apuestas.', 'Ya tienes 18'],
    ['de', 'Endlich 18? Zeit für deine erste Wette.', 'Endlich 18'],
    ['de', 'Frisch volljährig? Dein erster Tipp geht auf uns.', 'Frisch volljährig'],
    ['fr', '18 ans aujourd’hui ? Ton premier pari t’attend.', '18 ans aujourd’hui'],
    ['fr', 'Enfin majeur ? Place ton premier pari.', 'Enfin majeur'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.youth-appeal', copy, gambling, lang)).toContain(quote);
  });

  it.each([
    ['en', 'You must be 18 or over to bet. 18+ only.'],
    ['es', 'Solo mayores de 18 años. Juega con responsabilidad.'],
    ['de', 'Nur ab 18 Jahren. Spielen kann süchtig machen.'],
    ['fr', 'Interdit aux mineurs : 18 ans et plus.'],
    ['en', 'The 18th hole: golf betting specials this weekend.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.youth-appeal', copy, gambling, lang)).toEqual([]);
  });
});
