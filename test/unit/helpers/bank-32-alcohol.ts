import type { Kind } from './judgment-bank.ts';

/**
 * Stop 32, alcohol bank from published rulings (ADR 0028): each line paraphrases the wording of an ad as a
 * ruling describes it, in another voice (caption, poster, voice-over, e-mail, SMS). Upheld rulings give
 * lines that must fire; not-upheld rulings and the codes' own allowances give near-misses that must not.
 * Sources: ASA rulings (Sibling Distillery 2017, London Oktoberfest 2015, Blackrose 2019, Scottish Gin
 * Society 2018, Meikles of Scotland 2022, Quick Commerce/Zapp 2022, the cider-barbecue sketch 2025, Diageo
 * 2023 not upheld, Freixenet 2016), Portman Group ICP decisions (strength, under-18 appeal 2023), JDP
 * avis 299/14 and the Werberat's Verhaltensregeln.
 */
export const RULING_ALCOHOL_KINDS: Kind[] = [
  {
    title:
      'a person who is or seems under 25 in a significant role (ASA Sibling Distillery, London Oktoberfest)',
    rules: ['alcohol.young-person', 'alcohol.youth-appeal'],
    fire: [
      ['en', 'Meet the siblings behind our gin – the eldest of us is only 23.'],
      ['en', 'Our Oktoberfest poster girl (22) raises a stein: tickets on sale now.'],
      ['en', 'Headlining the cider fest: 21-year-old dancer Mia Cole. 🍏'],
      ['en', 'Say hi to our new face, 20-year-old skater Jonah, cracking open a cold one.'],
      ['es', 'Nuestra embajadora, una bailarina de 20 años, te invita al festival de la sidra.'],
      ['es', 'La cara de nuestra nueva cerveza: Lucía, tiktoker de 19 años.'],
      ['de', 'Unser neues Markengesicht: die 19-jährige Tänzerin Lea mixt dir ein Radler.'],
      ['fr', 'Notre égérie de 21 ans vous présente la nouvelle bière blanche.'],
      ['fr', 'Léa, danseuse de 20 ans, ouvre le festival du cidre avec nous.'],
      ['en', 'He’s 19, he skates, and he never goes anywhere without a can of Ridgeback.'],
      ['en', 'Our founder is just 22 and bottles every batch of this rum herself.'],
      ['de', 'Sie ist 21 und die neue Stimme unserer Sommerkampagne für Hugo Spritz.'],
      ['fr', 'Il a 20 ans et c’est le nouveau visage de notre rosé.'],
      ['es', 'Con solo 19 años, Álex es la imagen de nuestra nueva sidra.'],
    ],
    quiet: [
      ['en', 'He’s 20 minutes from the distillery, so pop in for a tour.'],
      ['en', 'Our taproom is 21 today: birthday pints for everyone over 25.'],
      ['en', 'The whisky is 18 years old, matured in ex-bourbon casks.'],
      ['de', 'Er ist 20 Jahre im Fass gereift: unser Weinbrand Alte Reserve.'],
      ['fr', 'Il a 20 ans d’âge : notre armagnac hors d’âge.'],
      ['en', 'Our head distiller Margaret (58) has been making gin for thirty years.'],
      ['en', 'This year our single malt turns 21: aged in sherry casks since 2006.'],
      ['es', 'Un brandy con 20 años en barrica, de la bodega familiar.'],
      ['de', 'Unser 12 Jahre gereifter Single Malt, abgefüllt in Speyside.'],
      ['fr', 'Un cognac de 20 ans d’âge, vieilli en fût de chêne.'],
    ],
  },
  {
    title:
      'confidence, flirting and attractiveness from the drink (ASA Blackrose, Scottish Gin Society, Werberat)',
    rules: ['alcohol.success-claims', 'alcohol.success-words', 'alcohol.social-success'],
    fire: [
      ['en', 'Suffer from shyness? Ask the bar about our Friday prosecco deal.'],
      ['en', 'Healthy eating makes you look better naked. So does gin.'],
      ['en', 'Two glasses of our rosé and you won’t be going home alone.'],
      ['es', '¿Te cuesta ligar? Con un gin-tonic de Marea Alta, todo fluye.'],
      ['de', 'Mit unserem Likör klappt’s auch mit dem Flirt.'],
      ['fr', 'Une coupe de notre crémant et elle ne verra plus que vous.'],
      ['en', 'Struggling with nerves before the party? Our rum punch is on offer.'],
      ['es', '¿Sufres de timidez? Pide nuestra sangría de la casa.'],
      ['fr', 'Un verre de notre pastis et vous ne rentrerez pas seul ce soir.'],
    ],
    quiet: [
      ['en', 'Staying in tonight? Our cellar delivers a mixed case by 7pm.'],
      ['en', 'Good things take time. So does our gin.'],
      ['de', 'Kommen Sie gut nach Hause: Taxi-Gutschein ab zwei Flaschen.'],
      ['en', 'Share a bottle with friends on the terrace this summer.'],
      ['en', 'Date night? Our sommelier pairs a Pinot Noir with the tasting menu.'],
      ['de', 'Nach der Wanderung ein Glas Riesling mit Freunden – in Maßen genießen.'],
      ['fr', 'À partager entre amis, avec modération.'],
    ],
  },
  {
    title: 'drinking as the point of the day or above what matters (ASA cider sketch 2025, Blackrose, SGS)',
    rules: [
      'alcohol.priority',
      'alcohol.excessive',
      'alcohol.success-claims',
      'alcohol.success-words',
      'alcohol.problem-cure',
    ],
    fire: [
      ['en', 'Wedding vows can wait. The barbecue and a cold cider can’t.'],
      ['en', 'Sober October? We’re going on a bender till December. 🍺'],
      ['en', 'Shut up liver, you’re fine! Gin o’clock?'],
      ['en', 'Skip the boring bits of the day and get straight to the bourbon.'],
      ['en', 'Nothing could compare to cracking open a cold one – not even your deadline.'],
      ['es', 'El día solo empieza de verdad cuando abres la primera cerveza.'],
      ['de', 'Der Tag beginnt erst richtig mit dem ersten Bier.'],
      ['fr', 'La journée ne commence vraiment qu’au premier verre de rhum.'],
      ['en', 'Homework can wait, a pint of Old Mill can’t.'],
      ['en', 'The weekend starts with the first pint of Brackley Bitter.'],
      ['en', 'Fast-forward to the good bit: the wine is poured.'],
      ['es', 'El finde arranca con la primera caña.'],
      ['fr', 'Le week-end commence au premier verre de blanc.'],
    ],
    quiet: [
      ['en', 'Skip to the good part: our tasting notes are below.'],
      ['en', 'Our first brew of the day starts at 6am – come and watch the mash.'],
      ['en', 'Work can wait a minute: read how we malt our barley.'],
      ['de', 'Der Tag beginnt mit einem Kaffee – und endet mit einem Glas Wein zum Essen.'],
      ['en', 'Best served chilled, with a barbecue in the garden.'],
      ['en', 'Pair our bourbon with a slow Sunday roast.'],
      ['en', 'Skip the queue: order your tasting tickets online.'],
      ['es', 'Marida con quesos curados. Consume con moderación.'],
      ['de', 'Nach Feierabend ein Glas Weißwein vom Bodensee – verantwortungsvoll genießen.'],
    ],
  },
  {
    title:
      'mood change and therapy from the drink (ASA Meikles 2022, Zapp 2022, Blackrose, pirate-rum ruling)',
    rules: [
      'alcohol.problem-cure',
      'alcohol.health-claim',
      'alcohol.success-claims',
      'alcohol.success-words',
    ],
    fire: [
      ['en', 'Fixing a boo-boo as a kid: a plaster. Fixing a boo-boo as an adult: a dram.'],
      ['en', 'Cheaper than therapy: a bottle of our spiced rum.'],
      ['en', 'If at first you don’t succeed, try a bottle of prosecco – you’ll care a lot less.'],
      ['es', '¿Un mal día? Nuestro ron te lo arregla.'],
      ['de', 'Stress im Büro? Ein Kräuterlikör und alles ist wieder gut.'],
      ['fr', 'Une journée difficile ? Notre whisky vous remet d’aplomb.'],
      ['en', 'Better than a therapist, and it comes with tonic.'],
      ['es', 'Más barato que la terapia: una botella de nuestro orujo.'],
      ['fr', 'Moins cher qu’un psy : notre calvados.'],
    ],
    quiet: [
      ['en', 'Our therapists recommend a glass of water between drinks.'],
      ['en', 'Better than the last batch: our reworked pale ale.'],
      ['es', 'Todo está bien hecho en nuestra bodega: vendimia a mano.'],
      ['en', 'Cheers to the weekend: our gin is distilled with Scottish juniper.'],
      ['en', 'Why must the everyday be so everyday? Add a dash of fabulous.'],
      ['de', 'Feierabend: unser Helles, frisch gezapft.'],
      ['fr', 'Un whisky tourbé, notes de fumée et de miel.'],
    ],
  },
  {
    title: 'strength as the reason to buy (Portman Group ICP on super-strength cans, CAP 18.9)',
    rules: ['alcohol.strength'],
    fire: [
      ['en', '9% and proud: the strongest cider on the shelf.'],
      ['en', 'Double the ABV, double the buzz.'],
      ['en', 'One can of Titan Super does the job of three.'],
      ['es', 'Nuestra cerveza más fuerte: 10 % para quien aguanta.'],
      ['de', 'Mit 12 % das härteste Bier im Regal.'],
      ['fr', 'La bière la plus forte du rayon : 11 % pour les vrais.'],
      ['en', 'Twice the strength of your usual lager.'],
    ],
    quiet: [
      ['en', 'Double the hops, same easy 4.5%.'],
      ['en', 'A 5.6% pale ale with citrus hops.'],
      ['en', 'ABV 4.2%. Crisp and light.'],
      ['de', 'Alkoholgehalt: 5,2 % vol.'],
      ['es', 'Graduación: 13 % vol. Crianza de 12 meses en roble.'],
    ],
  },
];
