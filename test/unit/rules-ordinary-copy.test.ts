import { getContract } from '#core/contracts';
import type { Channel } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

/**
 * Ordinary marketing copy that uses the words regulated rules look for — idioms, installments, a rosé
 * necklace, sports teams — and that a reviewer passes. A rule that learns wider wording must stay silent
 * here: each line is one that some rule change once blocked or warned (the reviews of judgment rounds 5 and
 * 5b, neither kept).
 * Scored under campaign-package-to-publishing@1.1.0, as the copy of one deliverable on one channel.
 */
interface Ordinary {
  copy: string;
  language: 'en' | 'es' | 'de' | 'fr';
  channel?: Channel;
  region?: string;
}

const ORDINARY: Ordinary[] = [
  // Betting and odds as figures of speech, spins as exercise.
  { copy: "We're betting big on solar this summer.", language: 'en' },
  { copy: 'Hedge your bets with our flexible plans.', language: 'en' },
  { copy: 'Book a free spin class at any of our studios.', language: 'en' },
  { copy: 'Top bets for summer: linen, sandals and shade.', language: 'en' },
  { copy: 'Es una apuesta ganadora para tu negocio.', language: 'es' },
  { copy: 'Wir wetten, Sie werden den Unterschied schmecken.', language: 'de' },
  { copy: 'Pariez sur la qualité : nos meubles sont faits pour durer.', language: 'fr' },
  // Installments, salaries and sports teams are not gambling.
  { copy: 'Tu hipoteca, en cuotas fijas y sin sorpresas.', language: 'es' },
  { copy: 'Vuelta al colegio: paga tus mochilas en 3 cuotas.', language: 'es' },
  { copy: 'Mit vollem Einsatz für Ihr Gehaltskonto.', language: 'de' },
  { copy: 'Against all odds, our app helps you pay bills on time.', language: 'en' },
  { copy: 'Bills fans: game-day wings at the bar tonight.', language: 'en' },
  { copy: 'Catch our chef live, streamed on Twitch every Friday.', language: 'en' },
  // Rosé gold, cocktails of fruit, old times' sake: not alcohol.
  { copy: 'Collier en or rosé 18 carats.', language: 'fr', region: 'FR' },
  { copy: 'Rouge à lèvres, teinte rosé nacré.', language: 'fr', region: 'FR' },
  { copy: 'Un cocktail de fruits frais pour bien commencer la journée.', language: 'fr', region: 'FR' },
  { copy: "For old times' sake, come and see the new shop.", language: 'en', region: 'FR' },
  { copy: 'Programa de recuperación de botellas en todas las tiendas.', language: 'es' },
  { copy: 'Bouteilles de verre de récupération, lavées et réutilisées.', language: 'fr' },
  { copy: 'Our jams come from regenerative farms in Kent.', language: 'en' },
  // An easy opt-out is compliant, in any language.
  { copy: 'Unsubscribe in one click, no fee and no password needed.', language: 'en', channel: 'email' },
  { copy: 'Abmelden mit einem Klick – ohne Gebühr, ohne Passwort.', language: 'de', channel: 'email' },
  { copy: 'Se désabonner en un clic, sans frais ni mot de passe.', language: 'fr', channel: 'email' },
  // Obvious puffery (CASE-FORMAT: "the tastiest tacos in town" passes).
  { copy: 'The tastiest burger of any diner in town.', language: 'en' },
  { copy: 'The comfiest sofa on earth, or so our cat says.', language: 'en' },
  // Headaches of paperwork are not a disease.
  { copy: 'Adiós a los dolores de cabeza con la facturación automática.', language: 'es' },
  { copy: 'Schluss mit Kopfschmerzen bei der Steuererklärung.', language: 'de' },
  { copy: 'Finies les douleurs de la compta.', language: 'fr' },
  // Not a vacancy.
  { copy: 'Wir stellen vor: die neue Herbstkollektion.', language: 'de' },
  { copy: 'Nous cherchons toujours à vous proposer le meilleur prix.', language: 'fr' },
  { copy: 'Buscamos la excelencia en cada detalle.', language: 'es' },
  { copy: 'Verstärkung für Ihr WLAN: der neue Repeater.', language: 'de' },
  // Everyday "proven" and "experts found" (establishment claims need a product and a result).
  { copy: 'Our recipe has proven to be a family favourite for 30 years.', language: 'en' },
  { copy: 'Our experts found the best coffee spots in Rome.', language: 'en' },
  { copy: 'Los estudios demuestran que el café con amigos sabe mejor.', language: 'es' },
  // Cashback and discounts per month are not investment returns.
  { copy: 'Earn 3% per month in cashback on fuel.', language: 'en' },
  { copy: 'Gagnez 5 % par mois de remise sur vos courses.', language: 'fr' },
  // A team's or a company's contact details are not a person's.
  { copy: 'Contact Head Office on 020 7946 0958.', language: 'en' },
  // Competitions, compost and junk mail are not denigration.
  { copy: 'Enter the competition and turn your garden waste into compost!', language: 'en' },
  // Engagement copy about a photo, a remote's red key, a product's colour.
  { copy: 'Tag a friend in the photo who needs new boots.', language: 'en' },
  { copy: 'Press the red button on your remote to watch the live final.', language: 'en' },
  // Holidays and grandmothers are not brands to imitate.
  { copy: 'It smells exactly like Christmas morning.', language: 'en' },
  // Children asked to involve their parents safely.
  { copy: 'Remind your parents to put on sun cream too!', language: 'en' },
  // A booking rule, not a countdown.
  { copy: 'Your table is held for 15 more minutes after your booking time.', language: 'en' },
];

const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.1.0');
  if (c === undefined) throw new Error('contract campaign-package-to-publishing@1.1.0 is not bundled');
  return c;
};

/** Findings the fixture package has without the line (its own copy), so only the line's count. */
const blockOrWarn = (o: Ordinary) => {
  const pkg = withCopy(o.copy, o.channel ?? 'social-paid', o.channel === 'email' ? 'body' : 'caption', {
    language: o.language,
  });
  if (o.region) pkg.audience.regions = [o.region];
  return findings(pkg, contract())
    .filter((f) => f.severity !== 'info' && f.pointer.startsWith('/channels/1/'))
    .map((f) => `${f.ruleId} (${f.severity})`);
};

describe('ordinary copy stays clean', () => {
  it.each(ORDINARY)('$language: $copy', (o) => {
    expect(blockOrWarn(o)).toEqual([]);
  });
});
