import type { HandoffPackage } from '#core/package-schema';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 31, accessibility (ADR 0028: bank written from WCAG 2.2 before the dev misses were read).
 * - An offer whose terms (code, price, dates, conditions) are carried by an image with no usable text
 *   alternative: WCAG 2.2 SC 1.1.1 (Level A), the EU Accessibility Act (Directive 2019/882, EN 301 549 9.1.1.1).
 *   The package shows the image carries the offer when it records an offer (ADR 0023) and its copy points to the
 *   image for the terms, or its facts give the image's own text. Poor alt text alone stays a warning.
 * - An image with no usable text alternative while the only button says "click here": SC 1.1.1 and SC 2.4.4
 *   (Level A) fail together, a screen-reader user gets neither what the image says nor where the button goes.
 * - Alt text that is a run of search keywords describes nothing (SC 1.1.1): a warning like a file name.
 */

type Image = { alt?: string; button?: string; cta?: string; offer?: boolean; fact?: string };
type Row = [lang: string, copy: string, image: Image];

const image =
  (i: Image) =>
  (p: HandoffPackage): void => {
    const plan = p.channels[1] as HandoffPackage['channels'][number];
    if (i.alt !== undefined) plan.deliverables.push({ id: 'hero-alt', kind: 'alt-text', copy: i.alt });
    if (i.button !== undefined) plan.deliverables.push({ id: 'button', kind: 'cta-label', copy: i.button });
    if (i.cta !== undefined) p.cta = { ...p.cta, text: i.cta };
    if (i.offer === true)
      p.offer = { ends: '2026-04-30', stock: 'not-limited', timer: 'none', repeats: false };
    if (i.fact !== undefined) p.story.proofPoints.push(i.fact);
  };

const BLOCK = ['accessibility.offer-in-image'];

function bankOf(title: string, rules: string[], fire: Row[], quiet: Row[]): void {
  describe(title, () => {
    it.each(fire)('[%s] %j with %j fires', (lang, copy, i) => {
      expect(fired(rules, copy, lang, { channel: 'email', kind: 'body', edit: image(i) })).not.toEqual([]);
    });
    it.each(quiet)('[%s] %j with %j does not', (lang, copy, i) => {
      expect(fired(rules, copy, lang, { channel: 'email', kind: 'body', edit: image(i) })).toEqual([]);
    });
  });
}

const offer = (alt?: string, fact?: string): Image => ({ alt, fact, offer: true });

bankOf(
  'accessibility: the offer’s terms only in an image without a usable text alternative (WCAG 1.1.1, EAA)',
  BLOCK,
  [
    ['en', 'Our spring sale is on: the code and end date are in the banner above.', offer('banner.png')],
    ['en', "Everything you need for this weekend's deal is in the image below.", offer('hero image')],
    ['en', 'Sale details in the picture! Shop now.', offer()],
    ['de', 'Alle Details zur Aktion findest du im Bild unten.', offer('Bild')],
    ['de', 'Code und Laufzeit: siehe Grafik oben.', offer('IMG_2231.jpg')],
    ['es', 'Todos los detalles de la oferta en la imagen.', offer('imagen')],
    ['es', 'Consulta el código y las fechas en la imagen de abajo.', offer('DSC_0042.JPG')],
    ['fr', "Toutes les infos de l'offre sont sur l'affiche ci-dessous.", offer('affiche')],
    ['fr', 'Le code promo et les dates ? Tout est dans le visuel ci-dessous !', offer('visuel')],
    [
      'en',
      'Spring sale: shop now.',
      offer('spring-sale-final.jpg', 'Banner text: 25% off tents, code CAMP25.'),
    ],
    ['en', 'The planter sale is on.', offer('hero-banner-v3.jpg', "Hero image text: 'Planters 30% off.'")],
    [
      'de',
      'Frühjahrs-Sale bei Laufwerk',
      offer(
        'laufschuhe sale günstig kaufen laufschuhe herren damen online shop',
        'Bildtext: 15 % auf alles mit Code LAUF15 bis 6.4.',
      ),
    ],
    ['de', 'Der Sommer-Sale ist da.', offer('Bild 1', 'Rabatt und Code stehen nur im Bannerbild.')],
    ['fr', 'Les soldes sont là.', offer('IMG_0912.png', 'Texte du visuel : -30 % avec le code ETE30.')],
    ['es', 'Rebajas de primavera', offer('banner', 'Texto de la imagen: 20 % con el código PRIMA20.')],
  ],
  [
    [
      'en',
      'The code and end date are in the banner above.',
      offer('Banner: 25% off tents with code CAMP25.'),
    ],
    [
      'de',
      'Alle Details zur Aktion findest du im Bild unten.',
      offer('Banner mit dem Text: 20 % auf den Skiservice mit Code SKI20, gültig bis 30. April.'),
    ],
    [
      'es',
      'Rebajas: 20 % en toda la tienda con el código PRIMA20 hasta el 30 de abril.',
      offer('Una mujer con un abrigo de lana roja en un parque.'),
    ],
    ['fr', 'Soldes : -30 % sur tout le rayon avec le code ETE30 jusqu’au 15 juillet.', offer()],
    ['en', 'Spring sale: 25% off all tents with code CAMP25 until 30 April.', offer('IMG_4471.jpg')],
    ['de', 'Sommer-Sale: 20 % auf alle Zelte bis 31. Juli.', offer('Bild')],
    // No offer recorded: an image the copy points to without alt text stays a warning.
    ['en', 'Everything you need to know is on the poster below.', { alt: 'Poster' }],
    ['es', 'Consulta la guía de tallas en la imagen de abajo.', {}],
  ],
);

const click = (alt: string | undefined, button: string): Image => ({ alt, button });

bankOf(
  'accessibility: an image without a usable alt text and a button that says only "click here" (WCAG 1.1.1, 2.4.4)',
  BLOCK,
  [
    ['en', 'Our new gravel bikes are here.', click('IMG_4471', 'Click here')],
    ['de', 'Die neuen Gravelbikes sind da.', click('Bild 1', 'Hier klicken')],
    ['es', 'Nueva colección de bolsos de piel.', click('imagen', 'Haz clic aquí')],
    ['fr', 'La programmation est là : tout est dans les visuels !', click(undefined, 'Cliquez ici')],
    ['en', 'The whole lineup is in the slides below.', click(undefined, 'Tap here')],
    ['fr', 'Nouvelle collection de sacs.', { alt: 'photo', cta: 'Cliquez ici' }],
    ['de', 'Neue Sofas für den Frühling.', { alt: 'sofa_final_v2.png', cta: 'Hier klicken' }],
    ['en', 'New spinner cases, light as air.', { alt: 'image', cta: 'Click here.' }],
  ],
  [
    [
      'en',
      'Our new gravel bikes are here.',
      click('Three gravel bikes leaning on a stone wall.', 'Click here'),
    ],
    ['de', 'Die neuen Gravelbikes sind da.', click('IMG_4471', 'Gravelbikes ansehen')],
    ['es', 'Consulta nuestro horario de apertura.', click(undefined, 'Haz clic aquí')],
    [
      'fr',
      'Nouvelle collection de sacs.',
      { alt: 'Cabas en lin naturel à anses en cuir.', cta: 'Cliquez ici' },
    ],
    ['en', 'New spinner cases, light as air.', { alt: 'image', cta: 'Shop spinner cases' }],
  ],
);

const ALT = ['accessibility.alt-text'];
const alts = (title: string, fire: string[], quiet: string[]): void => {
  describe(title, () => {
    it.each(fire)('%j is flagged', (alt) => {
      expect(
        fired(ALT, 'Spring is here.', 'en', { channel: 'email', kind: 'body', edit: image({ alt }) }),
      ).toEqual(ALT);
    });
    it.each(quiet)('%j is not', (alt) => {
      expect(
        fired(ALT, 'Spring is here.', 'en', { channel: 'email', kind: 'body', edit: image({ alt }) }),
      ).toEqual([]);
    });
  });
};

alts(
  'accessibility: alt text that is a run of search keywords (WCAG 1.1.1)',
  [
    'sneaker kaufen sneaker sale köln laufschuhe herren laufschuhe damen günstig',
    'cheap hiking boots best hiking boots buy hiking boots online uk',
    'zapatillas running baratas zapatillas mujer oferta comprar online',
    'chaussures running pas cher chaussures trail homme femme promo',
    'sofa kaufen ecksofa günstig wohnlandschaft sofa online bestellen',
    'wedding dresses lace wedding dress bridal gown cheap bridal',
  ],
  [
    'Woman running along the Rhine at sunrise in blue trail shoes',
    'Zwei Laufschuhe in Neongelb auf nassem Asphalt',
    'Red wool scarf, folded',
    'Zapatillas de trail azules sobre una roca mojada',
    'Chaussures de trail bleues posées sur un rocher',
    'Menu board: flat white 3.20, latte 3.50, mocha 3.80',
    'Brown leather hiking boots laced muddy toe caps',
    'Brown leather hiking boots, laced, muddy toe caps, drying by a wood stove',
  ],
);

describe('substantiation: "in half" is a measured result only with what it cuts (accessibility-069 family)', () => {
  const OUTCOME = ['claim.quantified-outcome'];
  it.each([
    'SwiftMop cuts your cleaning time in half.',
    'The new filter cuts energy use in half.',
    'Our app cuts admin in half.',
  ])('%j fires', (copy) => {
    expect(fired(OUTCOME, copy, 'en', { channel: 'email', kind: 'body' })).toEqual(OUTCOME);
  });
  it.each([
    'A salt beef bagel cut in half with mustard and pickles on a wooden board.',
    'Sandwiches cut in half for little hands.',
    'Cut in half and serve warm.',
    'Two lemons, cut in half, on a marble counter.',
  ])('%j does not', (copy) => {
    expect(fired(OUTCOME, copy, 'en', { channel: 'email', kind: 'alt-text' })).toEqual([]);
  });
});
