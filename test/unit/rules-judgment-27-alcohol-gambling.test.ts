import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 27: alcohol and gambling rules read kinds of wording the codes name (CAP 16 and 18, loi Évin,
 * GlüStV, UKGC), by their grammar: a drink paced by a game event, a drink that does the talking, a
 * countdown to the off, a bet until you are ahead again. Each kind has lines that must fire in four
 * languages and near-misses that a keyword rule would wrongly flag. The package sells the product, so
 * these tests read the pattern, not the package's context.
 */
const sells =
  (category: string) =>
  (p: HandoffPackage): void => {
    p.product = { ...p.product, categories: [category] } as HandoffPackage['product'];
  };

describe('alcohol.excessive: drinking paced by a game event (CAP 18.8, DISCUS: drinking games, excessive drinking)', () => {
  it.each([
    ['en', 'Game night rule: a shot for every goal the Reds score.', 'a shot for every goal'],
    ['en', 'Shotgun a can for every touchdown. No excuses.', 'a can for every touchdown'],
    ['en', 'Drink every time the ref blows the whistle 🍺', 'Drink every time'],
    ['es', 'Un chupito por cada gol del Madrid 🔥', 'Un chupito por cada gol'],
    ['es', 'Bebe cada vez que el comentarista diga "golazo".', 'Bebe cada vez que'],
    ['de', 'Ein Kurzer für jedes Tor – so schauen wir Fußball!', 'Ein Kurzer für jedes Tor'],
    ['de', 'Trink jedes Mal, wenn Müller trifft. Prost!', 'Trink jedes Mal, wenn'],
    ['fr', 'Un shot à chaque but des Bleus 🇫🇷', 'Un shot à chaque but'],
    ['fr', 'Buvez à chaque fois que le présentateur dit "incroyable".', 'Buvez à chaque fois que'],
    ['en', 'Take a swig every time someone says "unprecedented" 😂 #lager', 'Take a swig every time'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.excessive', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'A free glass of wine for every guest at the opening.'],
    ['en', 'One tree planted for every case of wine sold.'],
    ['es', 'Un euro por cada botella va a la fundación.'],
    ['de', 'Für jedes verkaufte Bier spenden wir 10 Cent.'],
    ['en', 'We donate 5p for every pint to the lifeboats.'],
    ['fr', 'À chaque saison sa bière : découvrez notre blanche d’été.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.excessive', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: the drink brings a conquest or does the talking (CAP 18.3, 18.4: sexual success, confidence)', () => {
  it.each([
    ['en', 'One IPA and suddenly you leave the bar with her number.', 'leave the bar with her number'],
    ['fr', 'Pastis Soleil : un verre, et tu repars avec son numéro.', 'repars avec son numéro'],
    ['es', 'Una caña y te llevas su número. Así de fácil 😉', 'te llevas su número'],
    ['de', 'Ein Helles, und du gehst mit ihrer Nummer nach Hause.', 'gehst mit ihrer Nummer'],
    ['en', 'The lager that finally got you talking to her.', 'got you talking to her'],
    ['en', 'Crack a cold one and let the hops handle the small talk.', 'let the hops handle the small talk'],
    ['de', 'Lass den Gin das Reden übernehmen. #ginandtonic', 'Lass den Gin das Reden übernehmen'],
    ['fr', 'Laisse le rosé faire la conversation 🍷', 'Laisse le rosé faire la conversation'],
    ['es', 'Deja que el vermut hable por ti.', 'hable por ti'],
    ['en', 'Shy? Our stout talks for you.', 'talks for you'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Call the taproom on our number: 0161 555 0123.'],
    ['fr', 'Notez son numéro de lot sur la bouteille.'],
    ['es', 'Su número de pedido aparece en el email de confirmación.'],
    ['de', 'Ihre Nummer für Reservierungen in der Brauerei: 030 1234.'],
    ['en', 'Let the wine breathe for 20 minutes before pouring.'],
    ['en', 'Our head brewer talks you through the hops on Friday.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: success made to depend on the drink: no deal without it (CAP 18.2, 18.11)', () => {
  it.each([
    ['de', 'Ohne Domstadt Cuvée kein Deal – Rotwein für Gewinner.', 'Ohne Domstadt Cuvée kein Deal'],
    ['de', 'Ohne einen guten Whisky kein Abschluss.', 'Ohne einen guten Whisky kein Abschluss'],
    ['en', 'No deal without a glass of our Reserva Rioja.', 'No deal without'],
    ['en', 'No promotion without a toast of Crémant.', 'No promotion without'],
    ['es', 'Sin un buen vino no hay trato. #negocios', 'Sin un buen vino no hay trato'],
    ['es', 'Ningún contrato sin una copa de cava 🥂', 'Ningún contrato sin'],
    ['fr', 'Pas de contrat sans un verre de cognac.', 'Pas de contrat sans'],
    ['fr', 'Sans notre bourbon, pas de succès. C’est comme ça.', 'Sans notre bourbon, pas de succès'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'No wine without food: pair our Rioja with tapas.'],
    ['de', 'Kein Bier ohne Pfand – bitte Flaschen zurückbringen.'],
    ['fr', 'Pas de vin sans modération.'],
    ['de', 'Ohne Alkohol: unser Radler 0,0 %.'],
    ['es', 'Sin alcohol, sin complejos: cerveza 0,0.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('alcohol.health-claim: tonic and therapeutic claims: settles the stomach, full of vitality (CAP 18.17, loi Évin)', () => {
  it.each([
    [
      'de',
      'Kräuterbitter: ein Gläschen nach dem Essen, und der Magen ist wieder im Lot.',
      'Magen ist wieder im Lot',
    ],
    ['en', 'Our herbal liqueur settles the stomach after a heavy meal.', 'settles the stomach'],
    ['de', 'Ein Schnaps beruhigt den Magen – seit Generationen.', 'beruhigt den Magen'],
    ['fr', 'Un digestif qui apaise l’estomac après un bon repas.', 'apaise l’estomac'],
    ['es', 'Este licor de hierbas asienta el estómago como ninguno.', 'asienta el estómago'],
    ['fr', 'Cidre fermier, bourré de vitalité pour vos journées.', 'bourré de vitalité'],
    ['en', 'Hard seltzer packed with vitality 💪', 'packed with vitality'],
    ['es', 'Vino lleno de vitalidad para tu día a día.', 'lleno de vitalidad'],
    ['de', 'Ein Bier voller Lebenskraft für echte Wanderer.', 'voller Lebenskraft'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.health-claim', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Best enjoyed on a full stomach, never on an empty one.'],
    ['en', 'Drink responsibly: never drink on an empty stomach.'],
    ['fr', 'Un vin plein de fruit et de fraîcheur.'],
    ['en', 'A wine full of character and bright acidity.'],
    ['de', 'Unser Weißbier: voller Geschmack, mild im Abgang.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.health-claim', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('alcohol.success-claims: the drink as an ally or fuel of sport (CAP 18.11: physical performance)', () => {
  it.each([
    ['fr', 'Cidre Fermier, l’allié de vos randonnées.', 'allié de vos randonnées'],
    ['en', 'Your new partner for long runs: Trail Pale Ale.', 'partner for long runs'],
    ['en', 'The fuel for your workouts? A cold pils.', 'fuel for your workouts'],
    ['es', 'Cerveza Sierra, tu aliada para las rutas de montaña.', 'aliada para las rutas'],
    ['es', 'El compañero de tus entrenamientos: vermut Rojo.', 'compañero de tus entrenamientos'],
    [
      'de',
      'Der Begleiter für deine Radtouren: unser Radler-Weizen mit 5 % vol.',
      'Begleiter für deine Radtouren',
    ],
    ['de', 'Unser Bock – Treibstoff für dein Training.', 'Treibstoff für dein Training'],
    ['fr', 'Le carburant de tes séances : notre IPA.', 'carburant de tes séances'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.success-claims', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'The perfect partner for your cheese board: our Port.'],
    ['fr', 'L’allié de vos apéros entre amis.'],
    ['es', 'El compañero ideal de tus cenas de verano.'],
    ['de', 'Der perfekte Begleiter zum Grillabend: unser Helles.'],
    ['en', 'A great partner for the Sunday roast.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.success-claims', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('gambling.escape: gambling as an escape: leave it behind, a world without Mondays (CAP 16.3.3)', () => {
  it.each([
    ['de', 'Stress im Job? Lass ihn hinter dir – mit 50 Freispielen bei SpinNest.', 'Lass ihn hinter dir'],
    ['en', 'Leave it all behind you: 20 free spins at LuckyReef Casino.', 'Leave it all behind you'],
    ['en', 'Rough day? Put it all behind you at our online casino.', 'Put it all behind you'],
    ['es', 'Deja atrás la rutina con nuestras tragaperras online 🎰', 'Deja atrás la rutina'],
    ['fr', 'Laisse tes soucis derrière toi : casino en ligne.', 'Laisse tes soucis derrière toi'],
    ['de', 'Bei uns im Online-Casino: eine Welt ohne Montagmorgen 🌴', 'eine Welt ohne Montagmorgen'],
    ['en', 'Slots, spins and a world without Mondays.', 'a world without Mondays'],
    ['fr', 'Bienvenue dans un monde sans factures : nos machines à sous.', 'dans un monde sans factures'],
    ['es', 'Apuestas en directo: un mundo sin jefe ni despertador.', 'un mundo sin jefe ni despertador'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.escape', copy, sells('gambling'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Leave your details behind and we will call back about your account.'],
    ['de', 'Ein Casino ohne Rauch – Nichtraucherbereich im Erdgeschoss.'],
    ['en', 'Leave a review behind after your visit to the casino.'],
    ['fr', 'Casino en ligne : retrouvez vos jeux sans téléchargement.'],
    ['en', 'Set a deposit limit before you bet. When the fun stops, stop.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.escape', copy, sells('gambling'), lang)).toEqual([]);
  });
});

describe('gambling.urgency: pressure to bet now: countdown to the off, who hesitates loses (UKGC, RD 958/2020)', () => {
  it.each([
    ['de', 'Anpfiff in 5 Minuten! Jetzt noch tippen bei TorWette.', 'Anpfiff in 5 Minuten'],
    ['en', 'Kick-off in 10 mins – get your bets on now!', 'Kick-off in 10 mins'],
    [
      'es',
      'El partido empieza... ¡el pitido inicial en 3 minutos! Apuesta ya.',
      'pitido inicial en 3 minutos',
    ],
    ['fr', 'Coup d’envoi dans 2 minutes : pariez maintenant sur les Bleus.', 'Coup d’envoi dans 2 minutes'],
    ['de', 'Wer zögert, verliert. Platziere deine Wette bei Bet4Goal.', 'Wer zögert, verliert'],
    ['en', 'He who hesitates loses – lock in your accumulator.', 'He who hesitates loses'],
    ['es', 'Quien duda, pierde: cuotas en directo en ApuestaYa.', 'Quien duda, pierde'],
    ['fr', 'Qui hésite perd ! Pariez sur le match de ce soir.', 'Qui hésite perd'],
    ['de', 'Schnell noch deine Wette auf Bayern platzieren!', 'Schnell noch deine Wette'],
    ['en', 'Hurry, get your bet on before the whistle.', 'Hurry, get your bet'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.urgency', copy, sells('gambling'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Kick-off is at 8pm; bet responsibly and set a deposit limit.'],
    ['en', 'The race starts at 3:15 at Cheltenham – odds from 5/1.'],
    ['en', 'Take your time: decide your stake calmly. BeGambleAware.org'],
    ['en', 'Quick Bet lets you place a bet in one tap.'],
    ['es', 'Partido a las 21:00. Juega con responsabilidad.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.urgency', copy, sells('gambling'), lang)).toEqual([]);
  });
});

describe('gambling.money-problems: chasing losses: in the red, bet until you are ahead again (CAP 16.3.1, GlüStV § 6)', () => {
  it.each([
    ['de', 'Du liegst im Minus? Wir verdoppeln deinen nächsten Einsatz.', 'im Minus'],
    ['de', 'Setz weiter, bis du wieder vorne bist. Wettkönig.', 'bis du wieder vorne'],
    ['en', 'In the red this week? Your next bet is doubled on us.', 'In the red'],
    ['en', 'Down on the day? Win it back with a 2x boost on your next acca.', 'Down on the day'],
    ['es', '¿En números rojos? Duplicamos tu siguiente apuesta.', 'En números rojos'],
    ['es', 'Sigue apostando hasta que vuelvas a estar en positivo.', 'hasta que vuelvas a estar en positivo'],
    ['fr', 'Dans le rouge ? On double ton prochain pari.', 'Dans le rouge'],
    ['fr', 'Rejoue jusqu’à ce que tu repasses dans le vert.', 'jusqu’à ce que tu repasses dans le vert'],
    ['en', 'Keep spinning until you’re back in profit 🎰', 'until you’re back in profit'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, sells('gambling'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'In the red? Stop. Call the National Gambling Helpline on 0808 8020 133.'],
    ['de', 'Wetten im Minusbereich? Hol dir Hilfe bei check-dein-spiel.de.'],
    ['en', 'Bet on the Reds to win the derby – odds 2/1.'],
    ['en', 'Play until 11pm at our casino bar, then enjoy the show.'],
    ['fr', 'Dans le rouge ? Faites une pause : joueurs-info-service.fr'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.money-problems', copy, sells('gambling'), lang)).toEqual([]);
  });
});

describe('gambling.bonus-terms: a gift on the first bet or deposit with no significant terms (CAP 16, UKGC)', () => {
  it.each([
    ['fr', 'Paris sportifs : 100 € offerts sur ton 1er pari avec ButNet.', '100 € offerts sur ton 1er pari'],
    ['fr', '50 € offerts sur votre premier dépôt chez CasinoRoyal.', '50 € offerts sur votre premier dépôt'],
    ['en', '£20 free on your first bet at GoalLine Sportsbook.', '£20 free on your first bet'],
    ['es', '100 € gratis en tu primera apuesta en ApuestaGol.', '100 € gratis en tu primera apuesta'],
    [
      'de',
      '50 € geschenkt auf deine erste Einzahlung bei WettStar.',
      '50 € geschenkt auf deine erste Einzahlung',
    ],
    ['en', '€30 free on your 1st deposit – SpinVilla Casino 🎰', '€30 free on your 1st deposit'],
    ['es', '20 € de regalo en tu primer depósito en RuletaSol.', '20 € de regalo en tu primer depósito'],
    ['en', '£10 bonus on your first spin at ReelHouse slots.', '£10 bonus on your first spin'],
    ['fr', '25 € offerts pour ton premier dépôt sur PokerLune.', '25 € offerts pour ton premier dépôt'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.bonus-terms', copy, sells('gambling'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Deposit limits start at £10 per day; set yours in the app.'],
    ['en', 'Min stake £5 applies to all bets. Odds shown are decimal.'],
    ['en', 'Set a £10 limit on your first deposit – play safe.'],
    ['en', 'Free-to-play predictor: win £100 with no stake at all.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.bonus-terms', copy, sells('gambling'), lang)).toEqual([]);
  });
});

describe('alcohol.strength: strength sold as a multiple: twice as strong, double the kick (CAP 18.9-18.10)', () => {
  it.each([
    ['en', 'Twice the strength of your usual lager, same price.', 'Twice the strength'],
    ['en', 'Double the kick of a standard cider 🍏', 'Double the kick'],
    ['de', 'Doppelt so stark wie ein normales Pils – für 1,99 €.', 'Doppelt so stark'],
    ['de', 'Unser Bock: doppelter Alkohol, doppelter Spaß.', 'doppelter Alkohol'],
    ['fr', 'Deux fois plus forte qu’une blonde classique.', 'Deux fois plus forte'],
    ['fr', 'Le double de degrés pour le même prix.', 'Le double de degrés'],
    ['es', 'El doble de graduación que una cerveza normal.', 'El doble de graduación'],
    ['es', 'Dos veces más fuerte que cualquier vodka del súper.', 'Dos veces más fuerte'],
    ['en', 'Twice as strong, half the price. Super Lager 9%.', 'Twice as strong'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.strength', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Double the flavour, half the sugar: our new cider.'],
    ['en', 'Twice distilled for a smooth finish.'],
    ['de', 'Zweimal destilliert, mild im Abgang.'],
    ['es', 'Doble fermentación en botella.'],
    ['fr', 'Deux fois médaillée au Concours de Paris.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.strength', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('alcohol.excessive: alcohol as a daily must: no evening without it (CAP 18, excessive or indispensable)', () => {
  it.each([
    ['en', 'No weekend without a bottle of Rosé Azur.', 'No weekend without'],
    ['de', 'Kein Feierabend ohne unser Helles.', 'Kein Feierabend ohne'],
    ['de', 'Kein Tag ohne ein Gläschen Kräuterlikör.', 'Kein Tag ohne'],
    ['fr', 'Pas une soirée sans notre pastis.', 'Pas une soirée sans'],
    ['fr', 'Jamais un week-end sans un verre de rouge.', 'Jamais un week-end sans'],
    ['es', 'Ni un finde sin tu vermut.', 'Ni un finde sin'],
    ['es', 'Ningún día sin una caña bien fría.', 'Ningún día sin'],
    ['en', 'Can’t get through Monday without a glass of Merlot? Same.', 'Can’t get through Monday without'],
    ['en', 'Not a single evening without our gin & tonic.', 'Not a single evening without'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('alcohol.excessive', copy, sells('alcohol'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'No party without a designated driver: alcohol-free beer for them.'],
    ['en', 'Not a day goes by without someone asking about our gin.'],
    ['de', 'Kein Tag ohne Sonnenschutz – und abends unser Radler.'],
    ['fr', 'Pas de vin sans modération.'],
    ['es', 'Sin alcohol, sin excusas: cerveza 0,0.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('alcohol.excessive', copy, sells('alcohol'), lang)).toEqual([]);
  });
});

describe('gambling.escape: gambling before sleep, family or work, or at work (CAP 16.3.5, 16.3.10)', () => {
  it.each([
    ['en', 'Who needs sleep when the tables never close? Live roulette 24/7.', 'Who needs sleep'],
    ['de', 'Wer braucht schon Schlaf? Live-Casino rund um die Uhr.', 'Wer braucht schon Schlaf'],
    ['es', '¿Quién necesita dormir? Tragaperras abiertas toda la noche.', 'Quién necesita dormir'],
    ['en', 'Family dinner can wait – the derby is on and the odds are live.', 'Family dinner can wait'],
    ['es', 'La cena familiar puede esperar: apuesta en directo.', 'La cena familiar puede esperar'],
    ['fr', 'Le repas de famille attendra : pariez en live.', 'Le repas de famille attendra'],
    ['en', 'Bored at your desk? Spin the slots on your lunch break.', 'at your desk'],
    ['de', 'Im Büro? Schnell eine Wette in der Mittagspause.', 'in der Mittagspause'],
    ['fr', 'Entre deux réunions, un petit pari sur le match ?', 'Entre deux réunions'],
    ['es', '¿En la oficina? Apuesta desde tu mesa.', 'desde tu mesa'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.escape', copy, sells('gambling'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Our casino is open daily from noon; last entry 2am.'],
    ['en', 'Dinner is served in the casino restaurant until 10pm.'],
    ['en', 'Bring the family: the racecourse has a kids’ zone (under-18s may not bet).'],
    ['en', 'Our office hours: Monday to Friday, 9 to 5. Bet responsibly.'],
    ['fr', 'Horaires du bureau de tabac : pariez avec modération.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.escape', copy, sells('gambling'), lang)).toEqual([]);
  });
});

describe('gambling.money-problems: winning made to look certain or easy: everyone wins (CAP 16.3.17)', () => {
  it.each([
    ['en', 'Everyone’s a winner at SpinPalace slots!', 'Everyone’s a winner'],
    ['en', 'Scratch, match, and everybody wins 🎉', 'everybody wins'],
    ['en', 'Winning has never been so easy – spin the reels at ReelKing.', 'Winning has never been so easy'],
    ['de', 'Bei uns gewinnt jeder – Rubbellose von GlücksTag.', 'gewinnt jeder'],
    ['de', 'Gewinnen war noch nie so einfach: Sportwetten bei TorTipp.', 'Gewinnen war noch nie so einfach'],
    ['es', 'Aquí gana todo el mundo: tragaperras online.', 'gana todo el mundo'],
    ['es', 'Ganar nunca fue tan fácil con ApuestaSol.', 'Ganar nunca fue tan fácil'],
    ['fr', 'Ici, tout le monde gagne : machines à sous en ligne.', 'tout le monde gagne'],
    ['fr', 'Gagner n’a jamais été aussi facile : pariez sur PariMax.', 'Gagner n’a jamais été aussi facile'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('gambling.money-problems', copy, sells('gambling'), lang)).toContain(quote);
  });

  it.each([
    ['en', 'Every player can win the jackpot; odds of winning 1 in 50,000.'],
    ['en', 'Our charity lottery: the community wins, 40% goes to good causes.'],
    ['en', 'The team that wins the derby takes the cup. Odds 6/4.'],
    ['fr', 'Tout le monde peut jouer dès 18 ans. Jouer comporte des risques.'],
    ['de', 'Jeder kann verlieren: Spiele verantwortungsvoll. 18+.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('gambling.money-problems', copy, sells('gambling'), lang)).toEqual([]);
  });
});
