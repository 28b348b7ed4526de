import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 33, claims (ADR 0028): comparisons with the brand's own earlier product, testimonials with a statement
 * of typical results, and green claims that are specific, certified, qualified or disclosed as not made. Written
 * from CAP 3.7 and 3.33-3.38, FTC Green Guides 16 CFR 260.3(c), 260.12-260.13, FTC Endorsement Guides 16 CFR
 * 255.2(b), Directive (EU) 2024/825 and Regulation (EC) 1924/2006 (nutrition claims) before the blind lines were
 * fixed. A problem line raises one of its kind's rules; a near-miss raises none of them.
 */
export const CLAIMS_KINDS: readonly Kind[] = [
  {
    // CAP 3.7 asks for evidence of a measured result; a percentage worked out from two figures the copy states
    // (new and old, of the brand's own product) can be checked on the copy. A percentage with no figures, one the
    // figures do not give, or a nutrient's reduction (Reg. 1924/2006 Annex: "reduced" needs 30 %) still fires.
    title: 'a percentage worked out from two figures the copy states',
    rules: ['claim.quantified-outcome'],
    where: {},
    fire: [
      ['en', 'Our new kettle boils 40% faster.'],
      ['en', 'The new bottle uses 50% less plastic: 30 g instead of 40 g.'],
      ['en', 'Uses 60% less water than our old model (4 litres versus 8 litres).'],
      ['en', 'Our oat bars now have 20% less sugar than last year: 8 g per bar instead of 10 g.'],
      ['de', 'Der neue Akku hält 30 % länger.'],
      ['de', 'Jetzt mit 20 % weniger Zucker: 8 g statt 10 g pro Riegel.'],
      ['es', 'Nuestra nueva fórmula limpia un 40 % más rápido.'],
      ['fr', 'Notre nouvelle lessive est 20 % plus efficace.'],
    ],
    quiet: [
      [
        'en',
        'The Series 3 vacuum runs 50% longer on a charge: 60 minutes, up from 40 minutes on the Series 2.',
      ],
      ['en', 'Our refill pack has 40% less packaging by weight: 18 g compared with 30 g for the bottle.'],
      ['en', 'The 2026 charger is 20% lighter: 160 g instead of 200 g.'],
      ['de', 'Die neue Trinkflasche wiegt 25 % weniger: 300 g statt 400 g.'],
      ['de', 'Der Akku hält jetzt 20 % länger: 60 statt 50 Minuten.'],
      ['es', 'La nueva mochila es un 25 % más ligera: 600 g en lugar de 800 g.'],
      ['fr', 'Le nouveau flacon est 20 % plus léger : 400 g au lieu de 500 g.'],
    ],
  },
  {
    // Directive 2006/114/EC art. 4 and CAP 3.33-3.38 read a comparison with an identifiable competitor; a German
    // common noun is capitalised, and the brand's own earlier version, dated or called old, is no competitor.
    title: 'a comparison with the brand’s own earlier version, in German',
    rules: ['claim.competitor-comparison'],
    where: {},
    fire: [
      ['de', 'Unser Rucksack ist 200 g leichter als der Deuter Speed Lite.'],
      ['de', 'Leiser als der Dyson V11 von 2019.'],
      ['de', 'Bis zu 30 % günstiger als Fressnapf.'],
      ['en', 'Our 2026 jacket is warmer than the Patagonia Nano Puff.'],
      ['es', 'Más ligera que la Osprey Talon de 2024.'],
    ],
    quiet: [
      ['de', 'Der neue Schlafsack wiegt 900 g, 250 g weniger als die Ausgabe von 2023.'],
      ['de', 'Unsere neue Jacke ist wärmer als das Modell aus dem Vorjahr.'],
      ['de', 'Die neue Flasche ist leichter als die alte Flasche.'],
      ['de', 'Das neue Zelt packt kleiner als die bisherige Version.'],
      ['de', 'Zwei Stunden mehr Laufzeit als das Vorjahresmodell.'],
      ['de', 'Der neue Akku lädt schneller als die Vorgängerversion.'],
      ['en', 'Our new daypack weighs 850 g, 150 g less than the 2024 version.'],
      ['es', 'La nueva mochila pesa 200 g menos que la versión de 2024.'],
    ],
  },
  {
    // 16 CFR 255.2(b): a testimonial result needs what people generally achieve beside it; "results may vary"
    // alone does not say it (the 2009 revision), an average or a share of users with their result does.
    title: 'a testimonial with what people generally achieve',
    rules: ['endorsement.atypical-result'],
    where: {},
    fire: [
      ['en', '"I lost 12 kg in three months with Trimwell!" – Dana, Leeds. Results may vary.'],
      ['en', '"I saved £300 on my bills this year." – Priya. Results vary from home to home.'],
      ['en', '"I lost 20 lbs in 6 weeks." – Tom. Not typical.'],
      ['es', '"Perdí 10 kilos en 2 meses" – Lucía. Los resultados pueden variar.'],
      ['de', '„Ich habe 8 Kilo in sechs Wochen abgenommen!“ – Jana. Ergebnisse können variieren.'],
      ['fr', '« J’ai perdu 7 kilos en un mois » – Claire. Résultats non typiques.'],
    ],
    quiet: [
      [
        'en',
        '"I saved £240 on heating last winter." – Ellen, York. Savings depend on your home; our customers saved an average of £110 in 2025.',
      ],
      [
        'en',
        '"I passed my driving test after 10 lessons." – Sam. Results vary: in 2025, 58% of our learners passed within 20 lessons.',
      ],
      [
        'es',
        '"Ahorré 200 € en la factura de la luz" – Marta. Los resultados varían: el ahorro medio de nuestros clientes en 2025 fue de 85 €.',
      ],
      [
        'de',
        '„Ich habe 6 Kilo in acht Wochen abgenommen.“ – Jonas. Ergebnisse variieren: Im Schnitt verloren unsere Teilnehmer 2,5 Kilo.',
      ],
      [
        'fr',
        '« J’ai économisé 150 € sur ma facture » – Paul. Les économies dépendent du logement ; l’économie moyenne de nos clients en 2025 était de 70 €.',
      ],
      [
        'en',
        '"I lost 9 kg in 12 weeks." – Aisha. The average loss among members on the plan was 3 kg in 12 weeks.',
      ],
    ],
  },
  {
    // FTC Green Guides 260.12 asks a marketer to say what is not recyclable; saying what is not recycled or not
    // recyclable is the disclosure the codes ask for, not a claim. "Not only recyclable" is still a claim.
    title: 'what is not recyclable or not recycled, said plainly',
    rules: ['regulated.environmental'],
    where: {},
    fire: [
      ['en', 'Our coffee pods are recyclable.'],
      ['en', 'The bottle is not only recyclable, it is good for the planet.'],
      ['en', 'Our sneakers are made from recycled materials.'],
      ['fr', 'Emballage recyclable, pour une planète plus propre.'],
      ['es', 'Envase reciclable y compostable.'],
      ['de', 'Die Kapseln sind kompostierbar.'],
    ],
    quiet: [
      ['en', 'The pump is not recyclable; please put it in general waste.'],
      ['en', 'The straps and buckles are not made from recycled materials.'],
      ['en', 'Non-recyclable film: please bin it.'],
      ['fr', 'Le couvercle n’est pas recyclable.'],
      ['fr', 'Capsule non recyclable : à jeter avec les ordures ménagères.'],
      ['es', 'La tapa no es reciclable.'],
      ['de', 'Der Deckel ist nicht recycelbar.'],
    ],
  },
  {
    // Directive 2024/825 bans generic claims ("ecológico" of a detergent) and unqualified "zero emissions"
    // (ASA: an electric vehicle has zero tailpipe emissions, not zero emissions); "ecológico" of a crop or fibre
    // is the EU's word for organic production (Reg. 2018/848 Annex IV), and zero emissions said of the tailpipe
    // is the qualified claim. Those go to a person (environmental.specific-claim), the others still block.
    title: 'a specific, certified or qualified green claim, not a generic one',
    rules: ['regulated.environmental'],
    where: {},
    fire: [
      ['es', 'Detergente ecológico para tu hogar.'],
      ['es', 'Camisetas ecológicas, hechas para durar.'],
      ['es', 'Coches con cero emisiones.'],
      ['en', 'Zero emissions delivery across London.'],
      ['de', 'Unser Lieferdienst ist emissionsfrei.'],
      ['fr', 'Livraison zéro émission dans tout Paris.'],
    ],
    quiet: [
      ['es', 'Sudadera de algodón ecológico certificado GOTS.'],
      ['es', 'Calcetines de lana 100 % ecológica con certificación GOTS.'],
      ['es', 'Furgonetas eléctricas: cero emisiones directas en el centro de Sevilla.'],
      [
        'en',
        'Electric vans with zero tailpipe emissions on every city route; trunk haulage is still diesel.',
      ],
      [
        'en',
        'Our fleece is 80% recycled polyester, certified to the GRS; the zip and trims are not recycled.',
      ],
      [
        'de',
        'Lastenrad-Zustellung in der Innenstadt: lokal emissionsfrei. Vom Lager fahren weiter Transporter.',
      ],
      ['de', 'Shirt aus 100 % Baumwolle aus kontrolliert ökologischem Anbau, GOTS-zertifiziert.'],
      ['fr', 'Livraison en vélo cargo : zéro émission à l’échappement sur le dernier kilomètre.'],
      ['fr', 'Bouteille en verre recyclé à 70 %. Le bouchon n’est pas recyclable.'],
    ],
  },
];

/** The quiet lines of the last kind still go to a person: each raises the info rule of specific green claims. */
export const SPECIFIC_GREEN = CLAIMS_KINDS.at(-1)?.quiet ?? [];

/** Lines that name no green claim: the specific-claim rule stays silent on them. */
export const NOT_SPECIFIC_GREEN: Line[] = [
  ['en', '30% off our recycled-paper notebooks this week.'],
  ['en', 'Our MSc in Marine Biology starts in September.'],
  ['es', 'Camiseta de 100 % algodón, en 6 colores.'],
  ['de', '20 % Rabatt auf alle Jacken bis Sonntag.'],
  ['fr', 'Le standard téléphonique est ouvert de 9 h à 18 h.'],
  ['en', 'Zero fees on your first transfer.'],
];
