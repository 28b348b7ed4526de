import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Stop 36's bank (ADR 0028): a date, an order number or the advertiser's own shop is no private person's phone
 * or home (GDPR art. 4(1)); a fixture or the brand's own plans set side by side are no comparison with a
 * competitor (Directive 2006/114/EC art. 2(c), CAP 3.33). Each kind keeps the real problems next to them.
 */
export const PHONE = ['pii.personal-phone'] as const;
export const ADDRESS = ['pii.private-address'] as const;
export const COMPARISON = ['claim.competitor-comparison'] as const;

/** The brand's own plans, measured against its own products only. */
const plans = (p: HandoffPackage): void => {
  p.claims.push({
    id: 'plans',
    text: 'Basic: 100 GB, $1.99/month. Pro: 1 TB, $7.99/month.',
    category: 'pricing',
    evidence: [
      {
        ref: 'Price list 2027',
        kind: 'internal-data',
        summary: 'Storage and monthly price of each plan.',
        verifiedOn: '2027-01-04',
        comparedWith: 'own-products',
        covers: 'all',
        likeForLike: true,
      },
    ],
  } as HandoffPackage['claims'][number]);
  p.brand.competitors = ['Cloudly'];
};

/** A package that announces a match in its brief, in each language, with one rival in the brand kit. */
const match = (title: string) => (p: HandoffPackage) => {
  p.title = title;
  p.brand.competitors = ['Rivalco'];
};

export const PII_KINDS: (Kind & { rules: readonly string[] })[] = [
  {
    title: 'pii.personal-phone: a date, a version or an order number is no phone number',
    rules: PHONE,
    fire: [
      ['en', 'Questions? Call Derek Hale, 07700 900 456, any evening.'],
      ['en', 'Her number: 07700 900 789, call after six.'],
      ['de', 'Stand 14.01.2027: Gewinnerin Lena Vogt, 0151 23456789.'],
      ['de', 'Seine private Nummer: 0171 9876543.'],
      ['fr', 'Contactez Julie Martin : 06.12.34.56.78 pour réserver.'],
      ['es', 'Escribe a Lucía Gómez al 612 345 678 por WhatsApp.'],
    ],
    quiet: [
      ['de', 'Alle Tarife Mobilfunk, Stand 14.01.2027, Änderungen vorbehalten'],
      ['de', 'Neue Lieferung, Artikelnummer 4006 3813 3393 ist wieder da'],
      ['en', 'Prices checked by Market Research, as of 2027-02-03'],
      ['en', 'Figures from Annual Report, 2027-01-15 edition'],
      ['en', 'Order Confirmation: order number 100 234 5678 ships Monday'],
      ['fr', 'Tarifs Box Fibre, au 15.01.2027, hors options'],
      ['fr', 'Nouvelle Collection, référence 3612 5400 1234 en rayon'],
      ['es', 'Precios Tarifa Plana, a fecha de 15-01-2027'],
      ['es', 'Envío Express: número de pedido 2027 004 5512'],
    ],
  },
  {
    title: "pii.private-address: the brand's own shop is no one's home",
    rules: ADDRESS,
    where: {
      edit: (p) => {
        p.brand.mandatories = [
          'Schuhhaus Kessler',
          'The Corner Loaf Bakery',
          'Librería Olmo',
          'Fromagerie Vasseur',
        ];
      },
    },
    fire: [
      ['de', 'Eva Lindner, Ahornweg 3, Graz, trägt seit Jahren unsere Schuhe.'],
      ['en', 'Well done to Priya Shah of 22 Elm Grove Road, our loyal customer!'],
      ['es', 'Gracias a Marta Ruiz, Calle Olivo 3, clienta desde 1998.'],
    ],
    quiet: [
      ['de', 'Schuhhaus Kessler, Lindengasse 12, 8010 Graz: bis Samstag alles 20 % günstiger.'],
      ['en', 'Corner Loaf Bakery, 88 Mill Lane, Leeds: fresh bread from 7am.'],
      ['es', 'Librería Olmo, Calle Mayor 14, Valladolid: firma de libros el sábado.'],
      ['fr', 'Fromagerie Vasseur, 12 rue des Halles, Rouen : dégustation samedi.'],
    ],
  },
  {
    title: "pii.private-address: the sender's own street and number",
    rules: ADDRESS,
    where: {
      edit: (p) => {
        p.sender = { postalAddress: 'Pasta Fresca Ltd, 24 Kings Road, Brighton BN1 1NA' };
      },
    },
    fire: [['en', 'Sam Cole, 26 Kings Road, Brighton, swears by our pasta.']],
    quiet: [['en', 'Pasta Fresca, 24 Kings Road, Brighton: fresh pasta every morning.']],
  },
  {
    title: 'pii.private-address: an imprint, opening hours or a shop beside the address',
    rules: ADDRESS,
    fire: [
      ['en', 'Congratulations to Priya Shah of 22 Elm Grove Road, who won our hamper!'],
      ['en', 'Our winner Tom Reed of 9 Ash Close collected his prize in store on Saturday.'],
      ['en', 'Jo Banks lives at 4 Park Street, right by our shop.'],
      ['de', 'Glückwunsch an Anna Keller, Birkenweg 7, die den Gutschein für unsere Filiale gewonnen hat.'],
      ['fr', 'Bravo à Paul Girard, 5 rue des Acacias, gagnant du panier de la boutique !'],
      ['es', 'Enhorabuena a Marta Ruiz, Calle Olivo 3, ganadora del sorteo de la tienda.'],
    ],
    quiet: [
      ['en', 'Opening hours Tue–Sat 8am–4pm. Fern Hollow, 150 Station Road, Leeds.'],
      ['en', 'Visit our new store: Ivy Wren, 12 High Street, Kendal.'],
      ['de', 'Impressum: Jonas Reiter, Lindenweg 4, 93047 Regensburg.'],
      ['de', 'Unsere neue Filiale: Blumen Haas, Bahnhofstraße 21, Mo–Sa 9–18 Uhr.'],
      ['fr', 'Mentions légales : Lucie Fabre, 12 rue des Lilas, 69003 Lyon.'],
      ['fr', 'Notre boutique : Fleurs Martin, 8 avenue Foch, ouvert du mardi au samedi.'],
      ['es', 'Nueva tienda: Rosa Molina, Calle Mayor 14, Valladolid. Abierto de lunes a sábado.'],
      ['es', 'Aviso legal: Jorge Salas, Calle Olmo 7, 28001 Madrid.'],
    ],
  },
];

export const COMPARISON_KINDS: Kind[] = [
  {
    title: 'claim.competitor-comparison: a match the package announces, in English',
    rules: COMPARISON,
    where: { edit: match('Home match tickets: Leeds v Rovers') },
    fire: [
      ['en', 'Leeds vs Rivalco, Saturday 3pm: whose pies win?'],
      ['en', 'Match day offer: our boots vs Stridex, 30% lighter.'],
    ],
    quiet: [['en', 'Leeds vs Rovers, Saturday 3pm. Get your seat now!']],
  },
  {
    title: 'claim.competitor-comparison: a match the package announces, in German',
    rules: COMPARISON,
    where: { edit: match('Heimspiel-Tickets: Kiel gegen Holstenau') },
    fire: [['de', 'Kiel vs. Rivalco am Sonntag, 17:30 Uhr – seid dabei!']],
    quiet: [['de', 'Kiel vs. Holstenau am Sonntag, 17:30 Uhr – seid dabei!']],
  },
  {
    title: 'claim.competitor-comparison: a match the package announces, in Spanish',
    rules: COMPARISON,
    where: { edit: match('Entradas para el partido en casa') },
    fire: [['es', 'Olivar vs Rivalco, domingo a las 18:00. ¡Te esperamos!']],
    quiet: [['es', 'Olivar vs Triana, domingo a las 18:00. ¡Te esperamos!']],
  },
  {
    title: 'claim.competitor-comparison: a match the package announces, in French',
    rules: COMPARISON,
    where: { edit: match('Billets pour le match à domicile') },
    fire: [['fr', 'Rouen vs Rivalco, samedi 20 h : venez nombreux !']],
    quiet: [['fr', 'Rouen vs Évreux, samedi 20 h : venez nombreux !']],
  },
  {
    title: 'claim.competitor-comparison: without a match in the package, a capitalised name still compares',
    rules: COMPARISON,
    fire: [['en', 'Leeds vs Rovers: our pies win every time.']],
    quiet: [],
  },
  {
    title:
      "claim.competitor-comparison: the brand's own plans, from a claim measured against its own products",
    rules: COMPARISON,
    where: { edit: plans },
    fire: [
      ['en', 'Pro vs Cloudly: twice the storage.'],
      ['en', 'Pro vs Dropzone: twice the storage.'],
      ['de', 'Pro vs. Dropzone: doppelt so viel Speicher.'],
    ],
    quiet: [
      ['en', 'Basic vs Pro: which plan fits you?'],
      ['de', 'Basic vs. Pro: Welcher Tarif passt zu dir?'],
      ['es', 'Basic vs Pro: ¿qué plan te conviene?'],
      ['fr', 'Basic vs Pro : quelle formule vous convient ?'],
    ],
  },
  {
    title: "claim.competitor-comparison: a name the copy calls its own ('our Max', the brand's name)",
    rules: COMPARISON,
    where: {
      edit: (p) => {
        p.brand.mandatories = ['Stowbox'];
      },
    },
    fire: [
      ['en', 'Lite vs Maxcam? Our Lite has the bigger battery.'],
      ['fr', 'Lite vs Maxcam : notre Lite a une plus grosse batterie.'],
    ],
    quiet: [
      ['en', 'Lite vs Max? Our Max adds a bigger battery.'],
      ['de', 'Lite vs. Max? Unser Max hat den größeren Akku.'],
      ['es', 'Lite vs Max: nuestro Max tiene más batería.'],
      ['fr', 'Lite vs Max : notre Max a une plus grosse batterie.'],
      ['en', 'Basic vs Pro? Stowbox Pro adds 1 TB.'],
    ],
  },
];
