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
export const BASIS = ['claim.ranking-basis'] as const;

/** The line goes to the channel's disclosures (an end card, a footnote); the caption says something plain. */
const inDisclosure: Where = {
  edit: (p: HandoffPackage) => {
    const plan = p.channels[1] as HandoffPackage['channels'][number];
    const d = plan.deliverables[0] as (typeof plan.deliverables)[number];
    plan.disclosures = [d.copy];
    d.copy = 'New season, new range.';
  },
};

/** The line is also a claim the copy cites, with this evidence on file (current, of the whole claim). */
const claimed =
  (ref: string, summary: string, comparedWith: 'whole-market'): Where['edit'] =>
  (p: HandoffPackage) => {
    const d = p.channels[1]?.deliverables[0] as HandoffPackage['channels'][number]['deliverables'][number];
    p.claims.push({
      id: 'rank',
      text: d.copy,
      category: 'comparative',
      evidence: [
        { ref, kind: 'third-party-report', summary, verifiedOn: '2026-02-01', comparedWith, covers: 'all' },
      ],
    } as HandoffPackage['claims'][number]);
    d.claimRefs = ['rank'];
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
  {
    title: 'evidence support: one marketplace chart cannot back a claim to lead the whole market',
    rules: SUPERLATIVE,
    where: {
      edit: claimed(
        'Amazon Best Sellers screenshots, small kitchen appliances, 4-10 January 2026',
        'Ranked 1st in the Amazon Best Sellers list of the category during one week in January.',
        'whole-market',
      ),
    },
    fire: [
      ['en', 'Frytek is the best-selling air fryer in the UK.'],
      ['en', 'Britain’s number one blender, Whirlo.'],
      ['es', 'Whirlo, la batidora más vendida de España.'],
      ['de', 'Whirlo ist Deutschlands meistverkaufter Standmixer.'],
      ['fr', 'Whirlo, le blender le plus vendu de France.'],
    ],
    quiet: [
      ['en', 'The best-selling air fryer on Amazon UK in January.'],
      ['en', 'Our best-selling blender, now in sage green.'],
      ['es', 'La batidora más vendida en Amazon.es esta semana de enero.'],
      ['de', 'Meistverkaufter Standmixer bei Amazon.de im Januar.'],
      ['fr', 'Le blender le plus vendu sur Amazon.fr en janvier.'],
    ],
  },
  {
    title: 'evidence support: sales of one shop, with no other shop counted, are not the market',
    rules: SUPERLATIVE,
    where: {
      edit: claimed(
        'Ventas de la tienda online propia, enero-diciembre 2025',
        'Unidades vendidas en nuestra tienda online en 2025; no hay datos de otras tiendas ni de grandes superficies.',
        'whole-market',
      ),
    },
    fire: [
      ['es', 'El robot aspirador más vendido de España.'],
      ['en', 'Britain’s best-selling robot vacuum, the Dustra 5.'],
      ['de', 'Der meistverkaufte Saugroboter Deutschlands.'],
      ['fr', 'L’aspirateur robot le plus vendu de France.'],
    ],
    quiet: [
      ['es', 'Nuestro robot aspirador más vendido, ahora en gris.'],
      ['en', 'Our best-selling robot vacuum, now in grey.'],
      ['de', 'Unser meistverkaufter Saugroboter, jetzt in Grau.'],
      ['fr', 'Notre aspirateur robot le plus vendu, désormais en gris.'],
    ],
  },
  {
    title: 'claim.ranking-basis: a market ranking backed on file, with no source in the ad',
    rules: BASIS,
    where: {
      edit: claimed(
        'Circana UK Total Market, unit sales by brand, 52 weeks to 28 December 2025',
        'Brisko sold the most dishwasher tablets of any brand in the 52 weeks, 31% of units.',
        'whole-market',
      ),
    },
    fire: [
      ['en', 'Brisko: the UK’s best-selling dishwasher tablet.'],
      ['en', 'Sparkling glasses from Britain’s No.1 dishwasher tablet.'],
      ['es', 'Brisko, la pastilla para lavavajillas más vendida del país.'],
      ['de', 'Brisko – Deutschlands meistverkaufte Spülmaschinen-Tabs.'],
      ['fr', 'Brisko, la tablette lave-vaisselle n°1 en France.'],
    ],
    quiet: [
      ['en', 'Brisko: the UK’s best-selling dishwasher tablet*. *Circana, units, 52 weeks to 28.12.2025.'],
      ['en', 'Britain’s No.1 dishwasher tablet. You can verify the claim at brisko.co.uk/no1.'],
      ['es', 'Brisko, la pastilla para lavavajillas más vendida del país, según Circana (2025).'],
      ['de', 'Brisko – Deutschlands meistverkaufte Spülmaschinen-Tabs (Quelle: Circana, 2025).'],
      ['fr', 'Brisko, la tablette lave-vaisselle n°1 en France (source : Circana, 52 semaines, 2025).'],
    ],
  },
];
