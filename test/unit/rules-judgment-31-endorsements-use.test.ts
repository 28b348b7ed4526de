import type { HandoffPackage } from '#core/package-schema';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 31, an endorser's time of use. FTC 16 CFR 255.1(a) and (c): an endorsement reflects the endorser's
 * honest experience, and the endorser must have been a bona fide user when giving it; CAP 3.45 and UCPD
 * Annex I 22 bar a false claim about the trader or its endorsers. `endorsement.use-period` reads a
 * first-person time of use ("every night for a year", "seit einem Jahr", "depuis six mois", "desde hace un
 * año") against the day the package's facts say the endorser received the product, to the launch. Lines are
 * our own; the facts record a sample delivered a week before the launch.
 */
const RULES = ['endorsement.use-period'] as const;
const lastWeek = (p: HandoffPackage): void => {
  const launch = Date.parse(`${p.deadlines.launch}T00:00:00Z`);
  const day = new Date(launch - 7 * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = day.split('-');
  const month = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][Number(m) - 1];
  p.story.proofPoints = [`Sample delivered to the host on ${Number(d)} ${month} ${y}; script by the agency.`];
};
const survey = (p: HandoffPackage): void => {
  p.story.proofPoints = ['Survey sent to 500 customers on 10 March 2026; 87% would buy again.'];
};
const surveyAndSample = (p: HandoffPackage): void => {
  survey(p);
  p.story.proofPoints.push('Sample delivered to the host on 20 March 2026.');
};
const noDate = (p: HandoffPackage): void => {
  p.story.proofPoints = ['Sample sent to the host; script by the agency.'];
};

bank(
  'a time of use longer than the endorser has had the product',
  RULES,
  { channel: 'podcast', kind: 'script', edit: lastWeek },
  [
    ['en', "I've slept on my Dreamwell pillow every single night for a year now."],
    ['en', "Honestly, I've used this blender every morning for the past six months."],
    ['en', "We've been using the Tidy app for two years and never looked back."],
    ['en', "I've worn these trainers on every run for over a year."],
    ['de', 'Ich schlafe seit einem Jahr jede Nacht auf diesem Kissen.'],
    ['de', 'Ich benutze den Mixer seit sechs Monaten jeden Morgen.'],
    ['fr', "J'utilise cette crème tous les soirs depuis un an."],
    ['fr', 'Je dors sur cet oreiller depuis six mois.'],
    ['es', 'Uso esta almohada todas las noches desde hace un año.'],
    ['es', 'Llevo dos años usando esta app para mis finanzas.'],
    // A use of the product itself, in the reviewer's words (stop 31 review).
    ['en', "I've been running in these for a year and they still feel new."],
    ['de', 'Seit einem Jahr benutze ich ihn jeden Tag.'],
    ['fr', "Je l'utilise depuis un an."],
    ['es', 'Lo uso desde hace un año.'],
  ],
  [
    ['en', "I've slept on it every night for a week and I already love it."],
    ['en', "I've been a fussy sleeper for years, so I was sceptical."],
    ['en', "They've been making pillows for twenty years in Ballarat."],
    ['en', 'You get a hundred nights to try it, and a year of free returns.'],
    ['de', 'Ich schlafe seit einer Woche darauf und bin begeistert.'],
    ['de', 'Die Manufaktur näht Kissen seit zwanzig Jahren.'],
    ['fr', "J'ai reçu l'oreiller il y a une semaine : premier avis."],
    ['es', 'La marca lleva veinte años fabricando almohadas en Valencia.'],
    // How long the endorser has done an activity, not used the product (stop 31 review).
    ['en', "#ad I've been running for ten years and these are the lightest shoes I've tried."],
    ['en', "#ad I've been playing tennis for 15 years; this racket surprised me."],
    ['en', '#ad I have been driving for 30 years and never had a ride this smooth.'],
    ['en', "#ad We've been running this channel for five years, and this is our favourite shoe."],
    ['en', "#ad I've been testing shoes for six years."],
    ['de', '#Werbung Ich fahre seit zehn Jahren Rad und dieser Helm ist der beste.'],
  ],
);

bank(
  'no fact dates when the endorser got the product',
  RULES,
  { channel: 'podcast', kind: 'script', edit: noDate },
  [],
  [
    ['en', "I've slept on my Dreamwell pillow every single night for a year now."],
    ['de', 'Ich schlafe seit einem Jahr jede Nacht auf diesem Kissen.'],
  ],
);

// Only a fact naming the endorser or a sample dates the product: a survey sent to customers does not (stop 31
// review). The launch of the test fixture is in April 2026.
bank(
  'a dated fact that names no endorser and no sample',
  RULES,
  { channel: 'social-paid', kind: 'caption', edit: survey },
  [],
  [['en', '"I\'ve been using it for two months and I love it." — Sam, customer']],
);

bank(
  'a survey beside a dated sample',
  RULES,
  { channel: 'social-paid', kind: 'caption', edit: surveyAndSample },
  [['en', '"I\'ve been using it for two months and I love it." — Sam, customer']],
  [],
);
