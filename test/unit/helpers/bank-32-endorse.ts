import type { HandoffPackage } from '#core/package-schema';
import type { Kind, Line, Where } from './judgment-bank.ts';

/**
 * Stop 32, endorsements bank (ADR 0028 with rulings instead of codes), written before the dev misses were
 * read. Lines paraphrase the posts that published rulings describe, in our own words and styles: ASA rulings
 * on Vodafone/Binky Felstead (2023, gifted tickets, no #ad), Calzedonia and Bulgari posts of Emma Louise
 * Connolly (2021, "#CalzedoniaAmbassador", a small "AD" in a story), Accor/The Savoy (2023), Zoe and Huel with
 * Steven Bartlett (2024, investor and director endorsing); Ad Standards Ireland on an influencer's own brand;
 * FTC Teami (2020: disclosure only after "more", "thanks Teami"), Fashion Nova (2022, review suppression),
 * the Consumer Review Rule (16 CFR 465, 2024) and the Endorsement Guides 255.2 and 255.5; JDP avis
 * 567/19 (Aussie), 582/19 and 590/19 (undeclared partnerships, one disclosed only on another network).
 */

const staffFacts = (p: HandoffPackage): void => {
  p.story.proofPoints = ['The host of the video is an employee of the brand, in its product team.'];
};
const investorFacts = (p: HandoffPackage): void => {
  p.story.proofPoints = ['Script read by our co-founder and head of product.'];
};

/** The channel's facts say who speaks: the brand's own spot, or a host reading for it. */
export const saying =
  (line: string) =>
  (p: HandoffPackage): void => {
    const plan = p.channels[1];
    if (plan !== undefined) plan.disclosures = [line];
  };

const DISCLOSURE = ['endorsement.undisclosed-connection', 'disclosure.ad-marker'] as const;

export const ENDORSE_KINDS: Kind[] = [
  {
    title: 'a paid or gifted post without a disclosure',
    rules: DISCLOSURE,
    where: { channel: 'influencer', kind: 'caption' },
    fire: [
      ['en', 'The @trailrunner blues! Obsessed with these for weekend hikes 💙 #TrailRunnerAmbassador'],
      ['en', 'Thanks @trailrunner for my new favourite shoes!! Use code ADA15 for 15% off 🥰'],
      ['en', 'Wimbledon day with the best hosts 🎾 #FeelTheConnection @trailrunner'],
      ['en', 'POV: you finally found shoes that don’t give you blisters. Link in bio to shop!'],
      ['de', 'Meine neuen Lieblingsschuhe von @trailrunner – mit meinem Code ADA15 spart ihr 15 %!'],
      ['de', 'Danke @trailrunner für das tolle Paket! Ich liebe die neuen Laufschuhe.'],
      ['fr', "Je vous en parle souvent mais c'est vraiment ma marque préférée pour courir @trailrunner"],
      ['fr', 'Merci @trailrunner pour ce cadeau ! Code ADA15 pour -15 % sur le site.'],
      ['es', 'Mis zapatillas favoritas de @trailrunner. ¡Usa mi código ADA15 para un 15 % de descuento!'],
      ['es', 'Gracias @trailrunner por el regalo, ¡me encantan! Enlace en mi bio.'],
    ],
    quiet: [
      ['en', '#ad Thanks @trailrunner for my new favourite shoes! Use code ADA15 for 15% off.'],
      ['en', 'Paid partnership with @trailrunner. These are my go-to shoes for wet trails.'],
      ['de', 'Werbung | Meine neuen Lieblingsschuhe von @trailrunner, Code ADA15 spart 15 %.'],
      ['fr', 'Publicité – Merci @trailrunner pour ces chaussures, code ADA15 pour -15 %.'],
      ['es', 'Publicidad. Mis zapatillas favoritas de @trailrunner, con el código ADA15.'],
    ],
  },
  {
    title: 'a disclosure buried in a hashtag pile or after the fold',
    rules: DISCLOSURE,
    where: { channel: 'influencer', kind: 'caption' },
    fire: [
      [
        'en',
        'Lost 5 pounds in a week with my morning tea ritual and my bloating is gone, honestly the best thing I have done for myself all year and I cannot recommend it enough to all of you lovely people #tea #detox #wellness #morning #selfcare #routine #healthy #glow #ad',
      ],
      [
        'en',
        'Sunday reset with @trailrunner 🌿 #sunday #hike #trail #outdoors #weekend #nature #run #fit #sponsored',
      ],
      [
        'de',
        'Mein Sonntagslauf mit den neuen @trailrunner Schuhen 🏃‍♀️ #laufen #sonntag #natur #sport #fit #motivation #trail #draußen #werbung',
      ],
      [
        'fr',
        'Balade du dimanche avec mes nouvelles @trailrunner 🌿 #rando #nature #dimanche #sport #weekend #montagne #trail #pub',
      ],
      [
        'es',
        'Domingo de ruta con mis nuevas @trailrunner 🌿 #senderismo #naturaleza #domingo #deporte #finde #montaña #trail #publicidad',
      ],
    ],
    quiet: [
      ['en', '#ad Sunday reset with @trailrunner 🌿 #sunday #hike #trail #outdoors'],
      ['de', '#werbung Mein Sonntagslauf mit @trailrunner #laufen #sonntag'],
      ['fr', '#pub Balade du dimanche avec mes nouvelles @trailrunner #rando'],
      ['es', '#publicidad Domingo de ruta con mis nuevas @trailrunner #senderismo'],
    ],
  },
  {
    title: 'an employee, founder or investor endorsing without saying so',
    rules: ['endorsement.employee-connection'],
    where: { channel: 'video', kind: 'script', edit: staffFacts },
    fire: [
      ['en', "Honestly, these are the best trail shoes I've ever worn. I can't live without them."],
      ['en', "I'm obsessed. I swear by them for every single run."],
      ['de', 'Ich liebe diese Schuhe, ehrlich die besten, die ich je hatte.'],
      ['fr', "J'adore ces chaussures, je les recommande à tous mes amis."],
      ['es', 'Me encantan estas zapatillas, las recomiendo a todo el mundo.'],
    ],
    quiet: [
      ['en', "I work on the Trail Runner team, and honestly, these are the best shoes we've made."],
      ['de', 'Ich arbeite bei Trail Runner – und ich liebe diese Schuhe.'],
      ['fr', 'Je travaille chez Trail Runner, et j’adore ces chaussures.'],
      ['es', 'Trabajo en Trail Runner y me encantan estas zapatillas.'],
    ],
  },
  {
    title: 'a founder or investor endorsing, read from the package facts',
    rules: ['endorsement.employee-connection'],
    where: { channel: 'podcast', kind: 'script', edit: investorFacts },
    fire: [
      ['en', "Honestly, I'm obsessed with this shake, it's the best breakfast I've ever had."],
      ['en', 'I recommend it to everyone who asks me how I stay so focused.'],
      ['de', 'Ich empfehle es jedem, der mich fragt. Ehrlich, ein Game-Changer.'],
      ['fr', 'Je recommande ce shake à tous ceux qui me demandent mon secret.'],
    ],
    quiet: [
      ['en', "As the co-founder, I'm biased, but I recommend it to everyone."],
      ['de', 'Ich bin Mitgründer – und ja, ich empfehle es jedem.'],
      ['fr', 'Je suis le cofondateur, alors oui, je le recommande.'],
      ['es', 'Soy el cofundador, así que sí, lo recomiendo.'],
    ],
  },
  {
    title: 'a review bought with a reward',
    rules: ['endorsement.review-incentive'],
    where: { channel: 'email', kind: 'body' },
    fire: [
      ['en', 'Leave us a 5-star review and get 20% off your next order!'],
      ['en', 'Post a positive review on Google and we will send you a free tote.'],
      ['de', 'Schreib uns eine 5-Sterne-Bewertung und erhalte 10 % Rabatt.'],
      ['fr', 'Laissez un avis 5 étoiles et recevez un bon d’achat de 10 €.'],
      ['es', 'Déjanos una reseña de 5 estrellas y llévate un 15 % de descuento.'],
      ['es', 'Escribe una reseña positiva y participa en el sorteo de un patinete.'],
    ],
    quiet: [
      ['en', 'Tell us what you think: every review, good or bad, is published.'],
      ['de', 'Sagen Sie uns Ihre Meinung – jede Bewertung wird veröffentlicht.'],
      ['fr', 'Donnez-nous votre avis, positif ou négatif : tous sont publiés.'],
      ['es', 'Cuéntanos tu opinión: publicamos todas las reseñas, buenas o malas.'],
    ],
  },
  {
    title: 'an atypical result without the typical one',
    rules: ['endorsement.atypical-result'],
    where: { channel: 'influencer', kind: 'caption' },
    fire: [
      ['en', "#ad I've lost almost 40 pounds with the 30 day detox!"],
      ['en', '#ad My account this week: £1,730 profit in the last 2 days following these signals 📈'],
      ['de', '#werbung Mein Depot: 1.730 € Gewinn in zwei Tagen mit diesen Signalen!'],
      ['de', '#werbung Ich habe in vier Wochen 12 Kilo abgenommen!'],
      ['fr', "#pub J'ai perdu 10 kilos en un mois grâce à ce programme."],
      ['es', '#publicidad He perdido 8 kilos en tres semanas con este plan.'],
    ],
    quiet: [
      ['en', '#ad I lost 6 pounds in 8 weeks; most people in the trial lost 2 to 4 pounds.'],
      ['de', '#werbung Ich liebe den Geschmack und trinke ihn jeden Morgen.'],
      ['fr', '#pub J’adore le goût, je le bois chaque matin.'],
      ['es', '#publicidad Me encanta el sabor, lo tomo cada mañana.'],
    ],
  },
];

/**
 * The same call to action read by a host, and as the brand's own spot (Werberat, JEP: the advertiser speaking
 * for itself has no endorser to disclose). Which it is, the channel's disclosures say.
 */
export const HOST_READ: Line[] = [
  ['en', 'Use code RADIO20 for 20% off your first campaign with Radiokombi Nord.'],
  ['de', 'Mit dem Code RADIO20 spart ihr 20 % auf eure erste Kampagne bei Radiokombi Nord.'],
  ['fr', 'Avec le code RADIO20, -20 % sur votre première campagne chez Radiokombi Nord.'],
  ['es', 'Con el código RADIO20, un 20 % de descuento en tu primera campaña con Radiokombi Nord.'],
];
export const hostRead: Where = {
  channel: 'podcast',
  kind: 'script',
  edit: saying('Read by the host; script from the brand.'),
};
export const ownSpots: Where[] = [
  'Audiospot, Eigenwerbung des Vermarkters.',
  'House ad for our own airtime.',
  'Publicidad propia de la emisora.',
  'Publicité propre de la régie.',
].map((line) => ({ channel: 'podcast', kind: 'script', edit: saying(line) }));
