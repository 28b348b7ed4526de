import type { HandoffPackage } from '#core/package-schema';
import { type Kind, kids } from './judgment-bank.ts';

/**
 * Stop 37, round 38 (environmental and children): the readings its dev blind cases asked for, in our own
 * words. A child told to go round a parent's "no" to another adult, or to ask a grandparent with nothing
 * else asked, is urged to get an adult to buy (UCPD Annex I no. 28, UWG Anhang Nr. 28, CAP 5.4); an HFSS
 * food or drink targeted at under-16s in the UK breaks CAP 15.18 whatever the copy says.
 */

export const CHILD_RULES = [
  'children.direct-exhortation',
  'children.credulity',
  'children.membership-pressure',
  'children.unsafe-collecting',
  'children.personal-data',
  'children.hfss-under-16',
] as const;

/** A package sold in the UK whose targeting reads `audience` (and the regions given). */
export const aimedAt =
  (audience: string, regions: string[] = ['GB']) =>
  (p: HandoffPackage): void => {
    p.audience.primary = audience;
    p.audience.segments = [];
    p.audience.regions = regions;
  };

export const TEENS_GB = 'Teens aged 13–17 in the UK who follow gaming creators';

export const EXHORTATION_KINDS: Kind[] = [
  {
    title: 'going round a parent’s “no” to another adult',
    rules: CHILD_RULES,
    where: { edit: kids },
    fire: [
      ['en', 'Mum says no? Ask Grandma!'],
      ['en', 'Dad said no? Then ask your nan.'],
      ['en', 'If your parents say no, try Grandpa! 🎁'],
      ['en', 'Grandma always says yes 😉'],
      ['es', '¿Mamá dice que no? ¡Pregúntale a la abuela!'],
      ['es', '¿Papá te ha dicho que no? Pídeselo a tu tía.'],
      ['es', 'La abuela siempre dice que sí 😉'],
      ['de', 'Papa sagt nein? Dann frag Opa!'],
      ['de', 'Mama hat nein gesagt? Frag einfach Oma!'],
      ['de', 'Oma sagt bestimmt ja!'],
      ['fr', 'Maman a dit non ? Demande à Mamie !'],
      ['fr', 'Papa dit non ? Alors demande à Papi.'],
      ['fr', 'Mamie dira sûrement oui !'],
    ],
    quiet: [
      ['en', 'Mum says no screens after eight? The game saves your progress for tomorrow.'],
      ['en', 'Mum said no to mess? The kit comes with a wipe-clean mat.'],
      ['en', 'Grandma says no sweets before dinner, and so does Captain Crunch.'],
      ['es', 'Mamá dice que no a las pantallas después de cenar: el juego guarda tu partida.'],
      ['de', 'Oma sagt: Erst die Hausaufgaben, dann das Spiel.'],
      ['de', 'Papa sagt nein zu Matsch? Die Knete klebt nicht am Teppich.'],
      ['fr', 'Papa dit non aux écrans le soir ? Le livre se lit sans écran.'],
    ],
  },
  {
    title: 'asking a grandparent or other adult, nothing else asked',
    rules: CHILD_RULES,
    where: { edit: kids },
    fire: [
      ['en', 'Ask Grandma!'],
      ['en', 'Go ask your grandad for one!'],
      ['en', 'Ask your auntie to buy it for your birthday.'],
      ['es', '¡Pídeselo a la abuela!'],
      ['es', 'Pregúntale a tu tío.'],
      ['de', 'Frag doch mal Oma!'],
      ['de', 'Bitte deine Patentante!'],
      ['de', 'Frag einfach Opa.'],
      ['fr', 'Demande-le à Mamie !'],
      ['fr', 'Demande vite à ton parrain !'],
    ],
    quiet: [
      ['en', 'Ask a grown-up to help you cut out the mask.'],
      ['en', 'Ask Grandma how she played when she was your age.'],
      ['en', 'Ask your grandad to read it with you at bedtime.'],
      ['es', 'Pídele a un adulto que te ayude a recortar la máscara.'],
      ['es', 'Pregúntale a la abuela cómo jugaba de pequeña.'],
      ['de', 'Frag doch mal Oma, wie man früher Murmeln gespielt hat.'],
      ['de', 'Frag deine Eltern um Erlaubnis, bevor du online etwas kaufst.'],
      ['de', 'Bitte einen Erwachsenen, dir beim Ausschneiden zu helfen.'],
      ['fr', 'Demande à Mamie de te raconter comment elle jouait.'],
      ['fr', 'Demande à un adulte de t’aider à découper le masque.'],
      ['fr', 'Demandez-le à votre libraire.'],
    ],
  },
];

/** HFSS copy: the product, whatever the copy's language (the rule reads the targeting, not the words). */
const HFSS_COPY: [string, string][] = [
  ['en', 'New Fizzbites Mega Sour sweets: collect all 6 monster wrappers!'],
  ['en', 'Ice-cold cola and a bag of crisps for your next gaming session.'],
  ['en', 'Double cheeseburger and fries, £4.99 this week.'],
  ['en', 'Our new caramel chocolate bar is here 🍫'],
  ['es', 'Nuevas golosinas ácidas Fizzbites: ¡colecciona los 6 monstruos!'],
  ['de', 'Neue saure Fruchtgummis von Fizzbites: sammle alle 6 Monster!'],
  ['fr', 'Nouveaux bonbons acidulés Fizzbites : collectionne les 6 monstres !'],
];

export const HFSS_KINDS: Kind[] = [
  {
    title: 'HFSS product targeted at under-16s in the UK',
    rules: CHILD_RULES,
    where: { edit: aimedAt(TEENS_GB) },
    fire: HFSS_COPY,
    quiet: [
      ['en', 'New trail trainers in three colours, £45.'],
      ['en', 'Our chocolate brown hoodie is back, £30.'],
      ['en', 'Zero sugar cola, ice-cold for game night.'],
      ['en', 'Sugar-free gummies and a diet cola for the match.'],
      ['de', 'Cola Zero, eiskalt zum Spieleabend.'],
      ['en', 'Fresh fruit pots and water: the new match-day snack.'],
      ['es', 'Nueva sudadera en marrón, 30 €.'],
      ['de', 'Neue Wanderschuhe in drei Farben, 45 €.'],
      ['fr', 'Nouvelles baskets en trois couleurs, 45 €.'],
    ],
  },
  {
    title: 'HFSS product targeted at adults in the UK',
    rules: CHILD_RULES,
    where: { edit: aimedAt('Adults aged 25–45 in the UK who order takeaway') },
    fire: [],
    quiet: HFSS_COPY,
  },
  {
    title: 'HFSS product to teens outside the UK (CAP 15.18 is a UK rule)',
    rules: CHILD_RULES,
    where: { edit: aimedAt('Teens aged 13–17 in the US who follow gaming creators', ['US']) },
    fire: [],
    quiet: HFSS_COPY,
  },
  {
    title: 'HFSS product to parents, not to their children',
    rules: CHILD_RULES,
    where: { edit: aimedAt('Parents of children aged 5–11 in the UK who shop online') },
    fire: [],
    quiet: HFSS_COPY,
  },
];

/** Targeting that admits under-16s, and targeting that does not (one HFSS line, region GB). */
export const UNDER_16: string[] = [
  TEENS_GB,
  'Under-16s on gaming channels in the UK',
  'Young gamers aged 11-15 in the UK',
  'Gamers 13+ in Manchester',
  'Children aged 8–12 who watch cartoons',
  'Secondary school pupils in Leeds',
  'Jugendliche von 12 bis 17 Jahren in London',
  'Adolescentes de 13 a 17 años en Reino Unido',
  'Ados de 12 à 17 ans au Royaume-Uni',
];
export const NOT_UNDER_16: string[] = [
  'Adults 18+ in the UK',
  'Young adults aged 18–24 who game',
  'Older teens aged 16–19 at sixth-form colleges',
  'Parents of teenagers in the UK',
  'UK students aged 18–25',
  'Families with kids under 10 in Bristol',
  'Adult gamers in the UK; under-16s excluded',
];

/**
 * Round 38's green near-misses were colours, dishes and daylight; its problems a generic claim in a button
 * or slug, a whole-product "sustainable" and offset neutrality. Our own lines of each, sold in GB and the EU.
 */
export const GREEN_38: { fire: [string, string][]; quiet: [string, string][] } = {
  fire: [
    ['en', 'Shop planet-friendly cleaning'],
    ['en', 'Our new sofa is 100% sustainable, frame to cushions.'],
    ['es', 'Compra limpieza ecológica'],
    ['de', 'Unsere neuen Tafeln: klimaneutral dank Ausgleichszertifikaten.'],
    ['fr', 'Découvrez nos nettoyants écologiques'],
  ],
  quiet: [
    ['en', 'The Summit jacket now comes in Pine Green and Sage Green, $189.'],
    ['en', 'Every room is full of natural light, right on the harbour.'],
    ['es', 'Vuelve nuestro Menú Verde: espárragos verdes y merluza en salsa verde, 38 €.'],
    ['de', 'Neu im Sortiment: die Farbtöne Salbeigrün und Waldgrün, 2,5 l für 54 €.'],
    ['fr', 'Trois nouvelles teintes : Vert Olive, Vert Forêt et Blanc Naturel.'],
  ],
};
