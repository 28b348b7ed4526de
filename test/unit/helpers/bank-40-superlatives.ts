import type { HandoffPackage } from '#core/package-schema';
import type { Kind, Where } from './judgment-bank.ts';

/**
 * Stop 40's superlatives bank (ADR 0028): a claim to be first in the world is a claim to a unique place in the
 * market (Gabler, "Alleinstellungswerbung": "erstes …"); an end card or footnote is copy the audience sees; a
 * best-seller claim compares with the whole market, so one shop's chart cannot back it (CAP advice "Types of
 * claims: Best-selling"); and a market ranking must be verifiable from the ad (CAP 3.35, "Comparisons:
 * Verifiability"; Directive 2006/114/EC Art. 4(c)). Written anew, not from the cases.
 */
export const SUPERLATIVE = ['claim.superlative', 'claim.superlative-de'] as const;

/** The line goes to the channel's disclosures (an end card, a footnote); the caption says something plain. */
const inDisclosure: Where = {
  edit: (p: HandoffPackage) => {
    const plan = p.channels[1] as HandoffPackage['channels'][number];
    const d = plan.deliverables[0] as (typeof plan.deliverables)[number];
    plan.disclosures = [d.copy];
    d.copy = 'New season, new range.';
  },
};

export const SUPERLATIVE_40_KINDS: Kind[] = [
  {
    title: 'claim.superlative: first in the world is a unique place in the market',
    rules: SUPERLATIVE,
    fire: [
      ['en', 'Meet Loopa, the first folding e-bike in the world with a solar frame.'],
      ['en', 'It is a world first: a kettle that descales itself overnight.'],
      ['es', 'Presentamos la primera mochila del mundo que se carga con el sol.'],
      ['es', 'Somos el primer gimnasio del mundo abierto por suscripción diaria.'],
      ['de', 'Das erste Zelt der Welt, das sich in zehn Sekunden selbst aufbaut.'],
      ['de', 'Die weltweit erste Zahnbürste mit eingebautem Belag-Scanner.'],
      ['fr', 'Voici la première gourde au monde qui filtre l’eau pendant la marche.'],
      ['fr', 'Le premier casque du monde imprimé en 3D à vos mesures.'],
    ],
    quiet: [
      ['en', 'For the first time in the world of our little bakery, Gran shares her recipe.'],
      ['en', 'Our first shop outside London opens on Friday in Leeds.'],
      ['es', 'El primer viaje alrededor del mundo en velero, contado por su tripulación.'],
      ['es', 'Hoy abrimos nuestra primera tienda en Madrid.'],
      ['de', 'Die erste Reise um die Welt beginnt für unsere Crew in Hamburg.'],
      ['de', 'Der erste Schnee des Jahres ist da, unsere Winterjacken auch.'],
      ['fr', 'Le premier tour du monde à la voile en solitaire, raconté en podcast.'],
      ['fr', 'Notre première boutique ouvre ses portes à Lyon samedi.'],
    ],
  },
  {
    title: 'claim.superlative: an end card or footnote is copy the audience sees',
    rules: SUPERLATIVE,
    where: inDisclosure,
    fire: [
      ['de', 'Endtafel: Voltana – Europas Marktführer für E-Bike-Akkus.'],
      ['de', 'Abbinder: Deutschlands schnellster Glasfaseranbieter.'],
      ['en', 'End card: Brisko, the UK’s No.1 dishwasher tablet.'],
      ['en', 'Closing frame: the fastest broadband in Britain, from Zipwire.'],
      ['es', 'Cierre: Tostia, líder del mercado de tostadoras en España.'],
      ['fr', 'Carton final : Pavo, leader du marché de la trottinette.'],
    ],
    quiet: [
      ['en', 'Terms apply. Offer ends 31 March 2027. See the site for details.'],
      ['en', 'Tip #1 from our team: charge the battery before the first ride.'],
      ['de', 'Akku und Ladegerät nicht im Lieferumfang. Abbildung ähnlich.'],
      ['es', 'Imágenes orientativas. Consulta las condiciones en la web.'],
      ['fr', 'Photo non contractuelle. Voir conditions en magasin.'],
    ],
  },
];
