import type { HandoffPackage } from '#core/package-schema';
import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 32, environmental bank (ADR 0028 with rulings instead of codes), written before the dev misses were
 * read. Each line paraphrases the wording of a published ruling or undertaking into our own copy; upheld
 * wording must fire one of its kind's rules, not-upheld or corrected wording (the specific claim the ruling
 * asked for) must not. Sources: ASA rulings on Innocent (2022, "better for the planet"), Alpro (2022), Oatly
 * (2022), Pepsi Lipton (2022, "100% recycled" bottle without cap and label), Lavazza and Dualit (2025,
 * "compostable" pods and bags that only compost industrially), Shell, Repsol and Petronas (2023); CMA
 * undertakings of ASOS, Boohoo and George at Asda (2024: "eco", "responsible", "sustainable" ranges); ACM
 * commitments of H&M ("Conscious") and Decathlon ("Ecodesign", 2022); BGH I ZR 98/23 (Katjes, 2024:
 * "klimaneutral" by offsetting, explained only by a QR code); LG München I 2025 ("bis 2050 klimaneutral");
 * JDP and DGCCRF on "neutre en carbone"; Directive (EU) 2024/825 Annex I 4a-4c.
 */

/** A package sold in Britain and the EU, so both the UK/US and the EU readings apply. */
export const ukAndEu = (p: HandoffPackage): void => {
  p.audience.regions = ['GB', 'DE', 'FR', 'ES'];
};

const GENERIC = ['environmental.generic-claim', 'environmental.generic-claim-eu'] as const;

export const GREEN_KINDS: Kind[] = [
  {
    // ASA Innocent, Alpro; CMA ASOS/Boohoo/George; ACM H&M "Conscious", Decathlon "Ecodesign".
    title: 'a generic green claim without the specific benefit',
    rules: [...GENERIC, 'regulated.environmental'],
    fire: [
      ['en', 'Little drinks, big difference: every carton is better for the planet.'],
      ['en', 'Our oat drink is good for the planet and great in your coffee.'],
      ['en', 'Shop the Responsible Edit: sustainable pieces for a kinder wardrobe.'],
      ['en', 'POV: you switched to the eco range and your laundry basket is guilt-free 🌍'],
      ['en', 'Make the conscious choice this season — our Conscious collection is kinder to the planet.'],
      ['en', 'Subject: Meet the greener way to clean. Same shine, planet-friendly formula.'],
      ['de', 'Unsere neue Kollektion ist nachhaltig und umweltfreundlich – für ein gutes Gewissen.'],
      ['de', 'Ecodesign-Jacke: gut für die Umwelt, gemacht für die Berge.'],
      ['fr', 'Notre nouvelle gamme éco-responsable : des vêtements plus respectueux de la planète.'],
      ['fr', 'Découvrez nos capsules écologiques, bonnes pour la planète comme pour votre café.'],
      ['es', 'Nuestra colección sostenible es respetuosa con el medio ambiente.'],
      ['es', 'Cambia a nuestro detergente ecológico: mejor para el planeta.'],
    ],
    quiet: [
      ['en', 'The bottle is made from 50% recycled plastic; the cap and label are not.'],
      ['en', 'The Harlow sofa now comes in sage green and forest green.'],
      ['en', 'Set your washer to eco mode and run a full load.'],
      ['en', 'Build a sustainable training routine: three runs a week, one rest day.'],
      ['de', 'Die Flasche besteht zu 100 % aus recyceltem Kunststoff, ohne Deckel und Etikett.'],
      ['fr', 'Le flacon contient 30 % de plastique recyclé.'],
      ['es', 'La botella está hecha con un 50 % de plástico reciclado.'],
    ],
  },
  {
    // BGH I ZR 98/23 (Katjes), ASA on offset-based "carbon neutral" claims, Directive 2024/825 Annex I 4c.
    title: 'neutrality by offsetting, sold to the EU',
    rules: ['regulated.environmental-offset'],
    fire: [
      ['de', 'Seit 2021 produzieren wir alle Produkte klimaneutral – dank unserer Klimaschutzprojekte.'],
      ['de', 'Klimaneutraler Versand: Wir gleichen alle Emissionen über zertifizierte Projekte aus.'],
      ['de', 'CO2-neutral geliefert. Die Emissionen kompensieren wir mit unserem Partner.'],
      ['fr', 'Livraison neutre en carbone grâce à nos projets de compensation.'],
      ['fr', 'Un café neutre en carbone : nous compensons 100 % de nos émissions.'],
      ['es', 'Envíos neutros en carbono: compensamos cada kilo de CO2 con proyectos forestales.'],
      ['en', 'Carbon neutral delivery: we offset every parcel with verified forestry credits.'],
      ['en', 'Our gummies are climate neutral — we balance the emissions through tree planting.'],
      ['en', 'Fly carbon neutral: add a few euros at checkout and we offset your seat.'],
    ],
    quiet: [
      ['de', 'Wir haben den Energieverbrauch unserer Fabrik seit 2019 um 30 % gesenkt.'],
      ['fr', 'Nous avons réduit de 40 % les émissions de notre usine depuis 2019.'],
      ['es', 'Hemos reducido un 35 % las emisiones de nuestra planta desde 2020.'],
      ['en', 'We cut the emissions of our bakery by 30% since 2019, measured by an independent audit.'],
    ],
  },
  {
    // ASA Lavazza and Dualit (2025): "compostable" of a product used at home that composts only industrially;
    // FTC Green Guides 260.7 and 260.12 (qualify where recycling facilities are limited).
    title: 'recyclable, compostable or biodegradable without its condition',
    rules: ['regulated.environmental'],
    fire: [
      ['en', 'The coffee shop taste, now in compostable capsules for your home.'],
      ['en', 'Compostable coffee bags — café-quality coffee, zero guilt.'],
      ['en', 'Our mailer bags are 100% biodegradable. Just toss them when you are done.'],
      ['en', 'Fully recyclable pods. Pop them in the bin after your brew!'],
      ['de', 'Unsere Kaffeekapseln sind kompostierbar – einfach in den Biomüll.'],
      ['de', 'Die Verpackung ist biologisch abbaubar.'],
      ['fr', 'Nos capsules sont compostables et recyclables.'],
      ['fr', 'Emballage 100 % biodégradable.'],
      ['es', 'Cápsulas compostables para tu café de cada día.'],
      ['es', 'Bolsas biodegradables, para un planeta más limpio.'],
    ],
    quiet: [
      ['en', 'Recycle the cardboard sleeve with your paper; the film goes in general waste.'],
      ['de', 'Bitte den Deckel getrennt entsorgen.'],
      ['fr', 'Le carton se trie avec les papiers.'],
      ['es', 'Separa el cartón y deposítalo en el contenedor azul.'],
    ],
  },
  {
    // ASA Pepsi Lipton (2022: "100% recycled" said of a bottle whose cap and label were not), ASA Oatly.
    title: 'a part of the product claimed as the whole',
    rules: ['regulated.environmental'],
    fire: [
      ['en', 'Made with 100% recycled plastic. Better for the planet, same great taste.'],
      ['en', 'Our trainers are made from ocean plastic.'],
      ['en', '100% recycled bottle 🌊 sip, recycle, repeat.'],
      ['de', 'Die Flasche besteht zu 100 % aus recyceltem Kunststoff – gut für die Umwelt.'],
      ['de', 'Unsere Laufschuhe sind aus Ozeanplastik gemacht.'],
      ['fr', 'Une bouteille 100 % recyclée, pour une planète plus propre.'],
      ['fr', 'Nos baskets en plastique des océans.'],
      ['es', 'Botella 100 % reciclada, mejor para el planeta.'],
    ],
    quiet: [
      ['en', 'The Trail Runner weighs 240 g per shoe.'],
      ['de', 'Der Schuh wiegt 240 g.'],
      ['fr', 'La chaussure pèse 240 g.'],
      ['es', 'La zapatilla pesa 240 g.'],
    ],
  },
  {
    // LG München I 2025 ("Bis zum Jahr 2050 werden wir klimaneutral sein"), ASA Shell/Repsol (2023),
    // Directive 2024/825 Art. 6(2)(d): a future performance claim without a plan and an independent check.
    title: 'a future net-zero pledge without a plan',
    rules: ['regulated.environmental', 'regulated.environmental-offset'],
    fire: [
      ['en', 'We will be net zero by 2040. Join us on the journey.'],
      ['en', 'Our promise: carbon neutral by 2030.'],
      ['en', 'Net zero by 2050 — because the planet can’t wait.'],
      ['de', 'Bis zum Jahr 2050 werden wir klimaneutral sein.'],
      ['de', 'Bis 2030 wird unser gesamtes Sortiment CO2-neutral.'],
      ['fr', "Neutres en carbone d'ici 2030 : c'est notre engagement."],
      ['es', 'Seremos neutros en carbono en 2035.'],
      ['en', 'By 2030, every one of our stores will run carbon neutral.'],
    ],
    quiet: [
      ['en', 'Our stores open at 9 am from 2 January 2026.'],
      ['de', 'Bis 2030 eröffnen wir zehn neue Filialen.'],
      ['fr', "D'ici 2030, nous ouvrirons dix nouveaux magasins."],
      ['es', 'En 2030 abriremos diez tiendas nuevas.'],
    ],
  },
];

/** Near-misses for every environmental rule: colour, settings and idioms, not environmental claims. */
export const NOT_GREEN: Line[] = [
  ['en', 'Green light for the weekend: the Trail Runner is back in stock.'],
  ['en', 'Our eco mode saves your progress automatically.'],
  ['en', 'Sustainable growth for your savings, one month at a time.'],
  ['en', 'Go green for the match: team scarves half price.'],
  ['de', 'Die grüne Jacke gibt es jetzt auch in Blau.'],
  ['de', 'Der Eindruck wirkt nachhaltig: 98 % würden wieder buchen.'],
  ['fr', 'Des chaussures durables et garanties deux ans.'],
  ['fr', 'La nouvelle couleur vert sapin est arrivée.'],
  ['es', 'El nuevo color verde oliva ya está disponible.'],
  ['es', 'Una rutina sostenible en el tiempo: tres días por semana.'],
];

export const GREEN_RULES = [
  'regulated.environmental',
  'environmental.generic-claim',
  'environmental.generic-claim-eu',
  'regulated.environmental-offset',
] as const;
