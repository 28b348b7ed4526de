import type { Claim } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, evidence that does not support the claim it is on file for. Each kind is one the codes name:
 * FTC Health Products Compliance Guidance (2022: the product in people, not an ingredient, a cell or a
 * mouse), CAP 3.7 and the ASA on samples, the FTC substantiation statement (the claim as made: the same
 * product, model, market, figure, period and population), SEC Rule 206(4)-1(d)(6) and FINRA 2210(d)(1)(F)
 * (hypothetical returns), Green Guides 260.3(b) and CMA Green Claims Code (a part is not the whole). Every
 * line is our own paraphrase; the near-misses are summaries a keyword reading would wrongly count.
 */
/** One bank line: "category ¦ claim ¦ evidence summary" and, when not a study, " ¦ evidence kind". */
type Row = string;
type Kind = Claim['evidence'][number]['kind'];

function withEvidence(category: Claim['category'], text: string, summary: string, kind: Kind = 'study') {
  const pkg = withCopy(text, 'social-organic', 'caption', { claimRefs: ['c'] });
  const evidence = [{ ref: 'Report R-2025-114', kind, summary, verifiedOn: '2025-11-20' }];
  pkg.claims.push({ id: 'c', text, category, evidence });
  return pkg;
}

/** Blocking findings on the claim's evidence: it does not back the claim (contradicted) or reach it (scope). */
function unsupported(row: Row) {
  const [category, text, summary, kind] = row.split(' ¦ ') as [Claim['category'], string, string, Kind?];
  return findings(withEvidence(category, text, summary, kind), contract3()).filter(
    (f) =>
      (f.ruleId === 'evidence.contradicted' || f.ruleId === 'evidence.scope') &&
      f.pointer === '/claims/1/evidence',
  );
}

function bank(title: string, fire: Row[], clean: Row[]) {
  describe(title, () => {
    it.each(fire)('%j is not backed', (row) => {
      expect(unsupported(row).length).toBeGreaterThan(0);
    });
    it.each(clean)('%j is backed', (row) => {
      expect(unsupported(row)).toEqual([]);
    });
  });
}

bank(
  'a cell, an animal or an ingredient is not the product in people (FTC Health Products Guidance 2022)',
  [
    'health ¦ Glow+ gummies visibly firm your skin in 4 weeks. ¦ In-vitro study on skin cells: the collagen peptide raised collagen output in a Petri dish.',
    'health ¦ Sleepwell drops help you fall asleep faster. ¦ Study in mice: valerian root extract shortened sleep onset in rodents.',
    'health ¦ ImmunoShot keeps your defences up all winter. ¦ Review of published trials on zinc as a single ingredient (Smith 2021).',
    'health ¦ Nuestras cápsulas protegen tus articulaciones. ¦ Estudio en ratas: el extracto de cúrcuma redujo la inflamación articular.',
    'health ¦ Las gominolas Calma+ reducen el estrés en una semana. ¦ Ensayo in vitro con cultivos celulares del ingrediente activo.',
    'health ¦ Unser Tee stärkt dein Immunsystem. ¦ Zellkulturstudie: Holunderextrakt hemmte Viren im Reagenzglas.',
    'health ¦ Mit Fokus-Kapseln bleibst du den ganzen Tag konzentriert. ¦ Tierversuch an Mäusen mit dem Wirkstoff Bacopa.',
    'health ¦ Nos gélules renforcent vos os. ¦ Étude chez des souris : la vitamine K2 augmente la densité osseuse.',
    'health ¦ Ce sérum répare la barrière cutanée de votre peau. ¦ Test in vitro sur cultures cellulaires de l’ingrédient clé.',
    'performance ¦ Hair grows back thicker with RootUp serum 💇 ¦ Animal study: the peptide increased hair follicles in mice.',
  ],
  [
    'health ¦ Sleepwell drops help you fall asleep faster. ¦ Randomised, placebo-controlled trial of the finished drops in 120 adults; earlier work in mice is cited as background.',
    'performance ¦ Kills 99.9 % of household germs. ¦ In-vitro suspension test EN 1276 on the spray: 99.9 % reduction of bacteria.',
    'health ¦ In lab tests, our elderberry extract blocked flu viruses. ¦ In-vitro assay: elderberry extract inhibited influenza viruses in cell culture.',
    'health ¦ Contains vitamin C, which contributes to the normal function of the immune system. ¦ EU Register authorised claim for vitamin C; the ingredient is present at 40 mg (50 % NRV).',
    'environmental ¦ Cruelty-free: never tested on animals. ¦ Leaping Bunny certificate: no animal testing at any stage.',
  ],
);

bank(
  'a handful of users or a survey is not a clinical or performance result (CAP 3.7; ASA on samples)',
  [
    'health ¦ Clinically proven to reduce dark circles by 40 %. ¦ Home-use panel of 12 women; 40 % average reduction, self-assessed.',
    'performance ¦ 9 out of 10 runners ran faster in the Aero 3. ¦ Survey of 10 club runners after a week: 9 said they felt faster in the Aero 3.',
    'health ¦ Reduce la caída del cabello un 50 %, demostrado clínicamente. ¦ Encuesta a 15 clientas tras un mes: el 50 % notó menos caída.',
    'performance ¦ Klinisch bestätigt: 30 % mehr Feuchtigkeit nach 7 Tagen. ¦ Anwendertest mit 8 Probandinnen, Selbsteinschätzung: 30 % mehr Feuchtigkeit.',
    'health ¦ Cliniquement prouvé : deux fois moins de fringales. ¦ Sondage auprès de 20 utilisatrices : la moitié déclare moins de fringales.',
    'performance ¦ Users sleep 45 minutes longer with DreamBand. ¦ Five employees wore DreamBand for a week and logged 45 extra minutes of sleep.',
    'health ¦ Proven to clear breakouts in 14 days ✨ ¦ Instagram poll of our 25 ambassadors after 14 days.',
    'performance ¦ Spürbar mehr Energie: 87 % bestätigen es. ¦ Online-Umfrage unter 23 Kunden; 20 von 23 (87 %) gaben mehr Energie an.',
    'health ¦ Testé et approuvé : 3 kg en moins en un mois. ¦ Panel de douze volontaires, résultats déclaratifs : 3 kg perdus en moyenne.',
    'performance ¦ Probado: seca el pelo el doble de rápido. ¦ Prueba con un puñado de usuarias en nuestra tienda.',
    'health ¦ Calms your mind in 20 minutes. ¦ Pilot with 14 office workers, self-reported calm after 20 minutes.',
  ],
  [
    'performance ¦ Dermatologically tested on sensitive skin. ¦ Patch test of 25 volunteers with sensitive skin under dermatologist supervision.',
    'performance ¦ 92 % would recommend our mattress. ¦ Independent survey of 1,250 verified buyers, March 2025: 92 % would recommend.',
    'health ¦ Clinically shown to improve hydration by 30 % in 4 weeks. ¦ Randomised controlled trial in 64 adults, corneometer: 30 % increase at week 4.',
    'general ¦ Loved by 12 local bakeries. ¦ Customer list: 12 bakeries buy our flour every week.',
    'health ¦ Clinically proven to reduce redness by 25 %. ¦ A panel of 8 dermatologists assessed photos from a 150-person controlled trial: 25 % less redness.',
    'performance ¦ Reduces frizz for 72 hours. ¦ Tested over 12 weeks in 90 volunteers: frizz control lasted 72 hours.',
    'health ¦ Clinically shown to reduce bloating by 40 %. ¦ Randomised, placebo-controlled trial in 24 adults with bloating: 40 % less.',
  ],
);

bank(
  'a test of another model, formula, size or market is not the claim’s (FTC substantiation: the claim as made)',
  [
    'performance ¦ The Volt 5 charges fully in 30 minutes. ¦ Lab charge test of the Volt 4 (2024): full charge in 30 minutes.',
    'comparative ¦ Spain’s fastest fibre. ¦ Ookla speed data for Portugal, Q3 2025: fastest median download.',
    'comparative ¦ La fibra más rápida de España. ¦ Informe de velocidad de Ookla para Portugal y Francia, 2025.',
    'performance ¦ Die neue Rezeptur wäscht strahlend weiß. ¦ Waschtest mit der alten Rezeptur aus dem Jahr 2023.',
    'performance ¦ La nouvelle Zéphyr 2 tient 12 heures sur une charge. ¦ Test d’autonomie du modèle précédent : 12 heures.',
    'performance ¦ NEW Fresh+ formula: 48h odour protection. ¦ Sweat-box test on the previous formula: 48 hours.',
    'performance ¦ Hält 24 Stunden. ¦ Labortest am Vorgängermodell: 24 Stunden.',
    'performance ¦ Our 2-litre Pure jug filters 99 % of chlorine. ¦ Lab test of the 1-litre travel bottle: 99 % chlorine reduction.',
    'comparative ¦ Das meistverkaufte Müsli Deutschlands. ¦ Nielsen-Absatzdaten für Österreich 2025: Platz 1.',
    'comparative ¦ Britain’s best-rated broadband. ¦ Customer satisfaction ranking for Ireland, 2025.',
    'performance ¦ El nuevo Aire 3 dura 20 horas. ¦ Prueba de batería del Aire 2: 20 horas.',
    'comparative ¦ Le forfait le moins cher de France. ¦ Comparatif des forfaits en Belgique, janvier 2026.',
  ],
  [
    'performance ¦ Our French press keeps coffee hot for 2 hours. ¦ Tested at our lab in Germany: 2.1 hours above 60 °C.',
    'performance ¦ Irish wool jumper, warm down to -5 °C. ¦ Thermal test by TÜV Germany: warm down to -6 °C.',
    'performance ¦ The Volt 5 charges fully in 30 minutes. ¦ Lab charge test of the Volt 5, January 2026: full in 29 minutes; the Volt 4 took 45.',
    'comparative ¦ Spain’s fastest fibre. ¦ Ookla Speedtest Intelligence for Spain, Q3 2025: highest median download of all operators.',
    'performance ¦ Now 30 % faster than the previous model. ¦ Benchmark of the new model against the previous model, 2025: 30 % faster.',
    'performance ¦ Neue Rezeptur, gleiche Waschkraft. ¦ Waschtest: neue und alte Rezeptur im Vergleich, gleiche Weißkraft.',
    'performance ¦ Our 2-litre jug filters 99 % of chlorine. ¦ Lab test of the 2-litre jug and the 1-litre bottle: 99 % reduction.',
    'performance ¦ Fibre available across the UK. ¦ Ofcom coverage report for the UK: England, Scotland, Wales and Northern Ireland.',
  ],
);

bank(
  'a result other than the claim’s figure: hours, minutes, times (FTC substantiation: the specific claim)',
  [
    'performance ¦ Up to 40 hours of playback. ¦ Battery test at 50 % volume: 31 hours.',
    'performance ¦ Charges in 15 minutes. ¦ Lab test: a full charge took 42 minutes.',
    'performance ¦ Twice as absorbent as our old towel. ¦ Absorbency test: 1.4 times the water of the previous sheet.',
    'performance ¦ Hasta 12 horas de hidratación. ¦ Corneometría: efecto medible durante 8 horas.',
    'performance ¦ Bis zu 3-mal schneller. ¦ Benchmark: 1,8-mal so schnell wie das Vormodell.',
    'performance ¦ Sèche en 10 minutes. ¦ Test en laboratoire : séchage complet en 25 minutes.',
    'performance ¦ lasts 3x longer 🔋 ¦ IEC test: 2.1 times the runtime of a standard alkaline cell.',
    'performance ¦ 48 Stunden Frische. ¦ Labortest: 24 Stunden Schutz.',
    'performance ¦ El doble de rápido. ¦ Prueba: 1,3 veces más rápido que el modelo anterior.',
  ],
  [
    'performance ¦ Up to 40 hours of playback. ¦ Battery test at 50 % volume: 41 hours.',
    'performance ¦ Charges in 15 minutes. ¦ Lab test: 80 % in 9 minutes, full in 15 minutes.',
    'performance ¦ Twice as absorbent as our old towel. ¦ Absorbency test: 2.1 times the water of the previous sheet.',
    'performance ¦ Hasta 12 horas de hidratación. ¦ Estudio con 40 voluntarias: efecto medible a las 12 horas.',
    'performance ¦ Lasts 10 hours, charges in 2. ¦ Test: 10 h runtime, 2 h to charge.',
    'health ¦ Results you can see in 4 weeks. ¦ Controlled trial over 12 weeks in 80 adults; significant change from week 4.',
  ],
);

bank(
  'a product dose under the dose that was studied (FTC Health Products Compliance Guidance 2022)',
  [
    'health ¦ Ashwagandha 125 mg gummies: clinically shown to lower stress. ¦ RCT of 600 mg/day ashwagandha root extract in 60 adults.',
    'health ¦ Just one 50 mg capsule a day for better sleep. ¦ The trial used 300 mg of the extract daily.',
    'health ¦ Melatonina 0,5 mg: te duermes antes. ¦ Ensayo con 3 mg de melatonina al día.',
    'health ¦ Mit 100 mg Magnesium gegen Müdigkeit. ¦ Studie mit 400 mg Magnesium täglich.',
    'health ¦ Gélules de curcuma 200 mg : articulations souples. ¦ Essai clinique avec 1 000 mg de curcumine par jour.',
    'health ¦ Each spoon gives 250 mg of omega-3 for your heart. ¦ Effect shown at 1 g EPA and DHA per day.',
    'health ¦ Vitamin D3 400 IE für starke Knochen. ¦ Studie mit 2.000 IE Vitamin D täglich.',
    'health ¦ Colágeno 2,5 g para tu piel. ¦ Ensayo clínico con 10 g de colágeno hidrolizado al día.',
  ],
  [
    'health ¦ Ashwagandha 600 mg capsules: clinically shown to lower stress. ¦ RCT of 600 mg/day ashwagandha root extract in 60 adults.',
    'health ¦ Magnesium 375 mg contributes to normal muscle function. ¦ Authorised claim; condition: at least 15 % NRV per portion; the product has 375 mg. ¦ legal-review',
    'health ¦ Melatonin 1 mg helps you fall asleep faster. ¦ EFSA: the effect is obtained with 1 mg taken close to bedtime. ¦ legal-review',
    'health ¦ Omega-3, 1 g a day, supports normal heart function. ¦ EFSA: the effect is obtained with 250 mg EPA and DHA per day. ¦ legal-review',
    'health ¦ Vitamine C 80 mg : contribue au fonctionnement normal du système immunitaire. ¦ Teneur mesurée : 82 mg par comprimé.',
  ],
);

bank(
  'another period or population than the claim’s (FTC substantiation; SEC 206(4)-1(d): the period shown)',
  [
    'health ¦ Gentle enough for kids: dermatologically tested. ¦ Patch test on 50 adult volunteers aged 18-60.',
    'health ¦ Vitaminas para niños que refuerzan sus defensas. ¦ Ensayo en 200 adultos sanos de 20 a 50 años.',
    'health ¦ Stärkt die Knochen ab 60. ¦ Studie mit 120 Teilnehmerinnen zwischen 20 und 35 Jahren.',
    'health ¦ Spécialement pour les femmes : plus d’énergie au quotidien. ¦ Étude chez 80 hommes sportifs.',
    'comparative ¦ The best-selling e-bike of 2025. ¦ GfK sales data for 2023: first place by units.',
    'finance ¦ Our Growth Fund returned 11 % in 2025. ¦ Audited return for 2024: 11 %.',
    'finance ¦ Unser Fonds: 7 % Rendite pro Jahr über 5 Jahre. ¦ Wertentwicklung über 1 Jahr (2025): 7 %.',
    'finance ¦ Rentabilidad del 6 % anual en los últimos 10 años. ¦ Rentabilidad anualizada a 2 años (2024-2025): 6 %.',
    'health ¦ For senior dogs: supports stiff joints. ¦ Study in 30 adult cats over 8 weeks.',
    'performance ¦ Für Frauen entwickelt: 30 % weniger Blasen. ¦ Lauftest mit 40 Männern: 30 % weniger Blasen.',
  ],
  [
    'performance ¦ Battery lasts over 40 hours. ¦ Tested by 50 users aged 18-35: 41 hours on average.',
    'performance ¦ Baby-soft skin in 7 days. ¦ Clinical study of 40 adults aged 25-60: skin softness up in 7 days.',
    'health ¦ For adults over 50: supports healthy joints. ¦ Randomised trial in 200 adults aged 40-49 and 50-69 over 6 months.',
    'health ¦ Gentle enough for kids: dermatologically tested. ¦ Paediatric patch test on 60 children aged 3-12 and 40 adults.',
    'comparative ¦ The best-selling e-bike of 2025. ¦ GfK sales data January to December 2025: first place by units.',
    'finance ¦ Our Growth Fund returned 11 % in 2025. ¦ Audited 2025 return 11 %; 2024: 9 %.',
    'health ¦ Stärkt die Knochen ab 60. ¦ Studie mit 120 Frauen zwischen 60 und 75 Jahren.',
    'health ¦ Pour toute la famille. ¦ Étude chez 80 adultes.',
    'finance ¦ Rentabilidad del 6 % anual en los últimos 10 años. ¦ Rentabilidad anualizada a 10 años (2016-2025): 6 %.',
  ],
);

bank(
  'hypothetical, back-tested or model returns for a performance promise (SEC 206(4)-1; FINRA 2210(d)(1)(F))',
  [
    'finance ¦ Our AI strategy delivers 18 % a year. ¦ Back-tested on 2010-2024 market data: 18 % a year.',
    'finance ¦ Turn $10k into $40k in five years. ¦ Model portfolio results; no client money was invested.',
    'finance ¦ Rentabilidad media del 12 % anual. ¦ Backtest histórico 2015-2024 de la estrategia: 12 % anual.',
    'finance ¦ Unsere Strategie bringt 9 % pro Jahr. ¦ Rückrechnung der Strategie auf Daten von 2000 bis 2024: 9 %.',
    'finance ¦ Notre robot vise 15 % par an. ¦ Performance hypothétique d’un portefeuille modèle : 15 % par an.',
    'finance ¦ CryptoPilot: +240% last year! ¦ Would have returned 240 % had it run through 2025 (paper trading).',
    'finance ¦ Durchschnittlich 11 % Rendite seit 2015. ¦ Hypothetische Wertentwicklung eines Modellportfolios seit 2015: 11 %.',
    'finance ¦ Gana un 20 % con nuestra cartera. ¦ Resultados hipotéticos de una cartera modelo: 20 %.',
    'finance ¦ Mit unserem Robo-Advisor 10 % im Jahr. ¦ Simulierte Wertentwicklung eines Musterdepots 2015-2025.',
  ],
  [
    'finance ¦ The fund returned 6.2 % in 2025, net of fees. ¦ Audited annual report 2025: actual net return 6.2 %; no back-tested figures used.',
    'finance ¦ Back-tested (hypothetical) return of 9 % a year, 2010-2024: not actual results. ¦ Backtest of the strategy 2010-2024: 9 % a year.',
    'finance ¦ Easy Saver: 3.1 % AER, variable. ¦ Rate sheet of 2 January 2026: 3.1 % AER; example of interest on £1,000 over a year.',
    'finance ¦ Le fonds a rapporté 5 % en 2025. ¦ Rapport annuel audité 2025 : performance réelle de 5 %, pas une simulation.',
  ],
);

bank(
  'gross returns, or the best account or period, for a return claim (SEC 206(4)-1(d)(1), (d)(5); FINRA 2210)',
  [
    'finance ¦ Our Income Fund returned 9.2 % in 2025. ¦ 2025 return 9.2 % gross of fees.',
    'finance ¦ Unser Fonds: 8 % Rendite im Jahr 2025. ¦ Bruttowertentwicklung 2025 vor Kosten: 8 %.',
    'finance ¦ Nuestro fondo ganó un 11 % en 2025. ¦ Rentabilidad bruta 2025, antes de comisiones: 11 %.',
    'finance ¦ Notre fonds a gagné 6 % en 2025. ¦ Performance brute 2025, avant frais de gestion : 6 %.',
    'finance ¦ Clients made 35 % last year with our signals. ¦ Best-performing client account in 2025: +35 %.',
    'finance ¦ Our strategy returned 22 % in 2025. ¦ Return of the top three accounts out of 40 client portfolios: 22 %.',
    'finance ¦ Unsere Anleger erzielten 2025 15 % Rendite. ¦ Bestes Depot des Jahres 2025: 15 %.',
    'finance ¦ Nuestros clientes ganaron un 18 % en 2025. ¦ Cuenta con mejor resultado de 2025: 18 %.',
    'finance ¦ Nos clients ont gagné 12 % en 2025. ¦ Meilleur compte client de 2025 : 12 %.',
  ],
  [
    'finance ¦ The fund returned 7.7 % in 2025, net of fees. ¦ 2025 return 9.2 % gross, 7.7 % net of the 1.5 % fee.',
    'finance ¦ Average client return in 2025: 6 % net. ¦ All 1,240 client accounts, asset-weighted, net of fees: 6 %.',
    'finance ¦ Der Fonds erzielte 2025 5 % nach Kosten. ¦ Nettowertentwicklung 2025 nach Kosten 5 %, brutto 6,4 %.',
    'finance ¦ Best Equity Fund 2025, Finanztest. ¦ Award certificate: Best Equity Fund 2025, all funds of the category.',
    'finance ¦ Taux de distribution 2025 : 4,8 %. ¦ Taux de distribution 2025 : 4,8 % brut de fiscalité, rapport annuel audité.',
  ],
);

bank(
  'compostable or recyclable only in facilities the claim does not name (Green Guides 260.7, 260.8, 260.12)',
  [
    'environmental ¦ Compostable coffee pods. ¦ Certified to EN 13432 for industrial composting facilities. ¦ certification',
    'environmental ¦ 100% compostable mailer 🌱 ¦ Breaks down in industrial composters within 12 weeks.',
    'environmental ¦ Kompostierbare Müllbeutel. ¦ Zertifiziert für industrielle Kompostierung (EN 13432). ¦ certification',
    'environmental ¦ Cápsulas compostables. ¦ Compostables solo en plantas de compostaje industrial.',
    'environmental ¦ Sachets compostables. ¦ Compostables en installation de compostage industriel uniquement.',
    'environmental ¦ Recyclable crisp packets. ¦ Recyclable only through our store drop-off scheme.',
    'environmental ¦ Recycelbare Kaffeekapseln. ¦ Recycling nur über unsere Rücksendeaktion per Post.',
    'environmental ¦ Envase reciclable. ¦ Reciclable solo en puntos de recogida específicos de la marca.',
    'environmental ¦ Emballage recyclable. ¦ Recyclable uniquement via les points de collecte en magasin.',
    'environmental ¦ Biodegradable wet wipes. ¦ Biodegrades under industrial composting conditions at 58 °C.',
  ],
  [
    'environmental ¦ Compostable in industrial facilities only. ¦ EN 13432 industrial compostability certificate. ¦ certification',
    'environmental ¦ Home compostable tea bags. ¦ OK compost HOME certificate: breaks down in a home compost heap within 12 months. ¦ certification',
    'environmental ¦ Envase reciclable en el contenedor amarillo. ¦ Reciclable en el contenedor amarillo en toda España.',
    'environmental ¦ Recyclable via les points de collecte en magasin. ¦ Recyclable uniquement via les points de collecte en magasin.',
    'environmental ¦ Recycelbar über die Gelbe Tonne. ¦ Recycelbar in allen deutschen Sortieranlagen (Gelbe Tonne).',
  ],
);

bank(
  'a lab method that simulates use is a test; made-up figures are not (FTC substantiation; UCPD Annex I no. 7)',
  [
    'performance ¦ Soles last 800 km. ¦ Figures are simulated; no pair was worn or tested.',
    'performance ¦ 4.8 stars from 2,000 runners. ¦ Review scores were simulated by the agency for the launch.',
    'comparative ¦ Faster than any rival app. ¦ Simulated benchmark numbers; rival apps were not run.',
    'health ¦ Clinically proven to calm skin. ¦ Simulated results from a projection model, no people took part.',
    'general ¦ Only 3 left in stock! ¦ The stock counter is simulated and persists for every visitor.',
    'general ¦ Offer ends when the countdown hits zero. ¦ The countdown persists for each new session.',
    'performance ¦ Bis zu 40 Stunden Akku. ¦ Werte simulated by marketing, not measured.',
    'performance ¦ La batería dura 20 horas. ¦ Simulated figure from the design brief; not tested.',
  ],
  [
    'performance ¦ Soles last 800 km. ¦ Abrasion test ISO 20871: equivalent to 800 km of simulated wear.',
    'health ¦ Hydration that lasts 24 hours. ¦ Corneometer study in 40 adults: the effect persists for 24 hours.',
    'performance ¦ Waterproof to 10 m. ¦ Tested in simulated rain and at 10 m depth, IEC 60529.',
    'performance ¦ Fade-resistant colours. ¦ Simulated sunlight test (xenon arc, ISO 105-B02): grade 7.',
    'health ¦ Clinically tested on sensitive skin. ¦ Randomly assigned half-face test in 34 adults with sensitive skin, dermatologist-graded.',
  ],
);

bank(
  'a certificate of one part for a whole-product green claim (Green Guides 260.3(b); CMA Green Claims Code)',
  [
    'environmental ¦ Our sneakers are fully sustainable. ¦ GOTS certificate for the organic cotton laces. ¦ certification',
    'environmental ¦ The eco-friendly choice for your bathroom. ¦ FSC certificate covering the cardboard box. ¦ certification',
    'environmental ¦ Una crema facial sostenible. ¦ Certificado FSC del estuche de cartón. ¦ certification',
    'environmental ¦ Komplett nachhaltige Jacke. ¦ OEKO-TEX-Zertifikat für das Futter. ¦ certification',
    'environmental ¦ Un jean écoresponsable de A à Z. ¦ Certification GOTS du coton des poches. ¦ certification',
    'environmental ¦ planet-friendly from top to toe 🌱 ¦ Certified recycled polyester insole (GRS). ¦ certification',
    'environmental ¦ Klimaneutrales Mineralwasser. ¦ Zertifikat: Etikett aus FSC-Papier. ¦ certification',
    'environmental ¦ Zapatillas ecológicas. ¦ Certificación GRS de la suela reciclada. ¦ certification',
    'environmental ¦ Capsules de café écologiques. ¦ Certificat FSC pour l’emballage extérieur uniquement. ¦ certification',
    'environmental ¦ Une gourde 100 % durable. ¦ Certificat GRS pour le bouchon en plastique recyclé. ¦ certification',
  ],
  [
    'environmental ¦ Box made from FSC-certified cardboard. ¦ FSC certificate for the cardboard box. ¦ certification',
    'environmental ¦ Organic cotton T-shirt, GOTS certified. ¦ GOTS certificate covering the whole garment: fabric, thread and labels. ¦ certification',
    'environmental ¦ Envase reciclable en el contenedor amarillo. ¦ Certificado de reciclabilidad del envase en plantas españolas. ¦ certification',
    'environmental ¦ Nachhaltig verpackt. ¦ Zertifikat für die Verpackung aus Recyclingkarton. ¦ certification',
    'environmental ¦ Un emballage recyclable. ¦ Certificat de recyclabilité de l’emballage. ¦ certification',
    'environmental ¦ Bouchon en plastique recyclé. ¦ Certificat GRS pour le bouchon en plastique recyclé. ¦ certification',
  ],
);

bank(
  'a comparison of unlike offers read from the summary (Directive 2006/114/EC Art. 4(a)-(c); CAP 3.39)',
  [
    'comparative ¦ Streamly costs less than Netflix. ¦ Streamly Lite with ads $4.99 vs Netflix Standard $15.49.',
    'comparative ¦ Half the price of Spotify. ¦ Tunely Student $5.99 vs Spotify Premium Family $19.99.',
    'comparative ¦ Halb so teuer wie bei Möbelhaus Kranz. ¦ Unser Regal aus Spanplatte 89 € vs. Kranz-Regal aus massiver Buche 179 €.',
    'comparative ¦ Más barato que Vodafone. ¦ Nuestra tarifa Mini 8 € frente a Vodafone Max 25 €.',
    'comparative ¦ Deux fois moins cher que FitPlus. ¦ Notre abonnement heures creuses 15 € contre FitPlus Premium 30 €.',
    'comparative ¦ Pro Portion 1 € günstiger als bei KochFix. ¦ Unsere Box für 4 Personen 4,50 € pro Portion vs. KochFix-Box für 2 Personen 5,50 €.',
    'comparative ¦ Cheaper than BT broadband. ¦ Our fibre 500 at £25 compared with BT fibre, TV and landline at £55.',
    'comparative ¦ Mitad de precio que GymCo. ¦ Cuota valle 19 € vs GymCo Premium 38 €.',
    'comparative ¦ Box fibre 19,99 € contre 39,99 € chez Orbis. ¦ Orbis Box Ultra : fibre, TV et ligne fixe à 39,99 €/mois ; fibre seule 27,99 €.',
    'comparative ¦ Our broadband: $40 a month, not $75 like Cablex. ¦ Cablex Triple Play, internet with TV and landline, $75.00; internet only $50.',
  ],
  [
    'comparative ¦ Fibre 500 for €30 a month, €15 less than Lumeo. ¦ Price check: our Fibre 500 at €30 vs Lumeo Fibre 500 at €45, as shown in their TV ad.',
    'comparative ¦ Stream in 4K for €3 less than Rival. ¦ Price list: our Plus plan €9.99 vs Rival standard plan €12.99, same 4K streaming and 4 screens.',
    'comparative ¦ Streamly costs less than Netflix. ¦ Streamly Standard $9.99 vs Netflix Standard $15.49, both ad-free, January 2026.',
    'comparative ¦ Günstiger als KochFix. ¦ Box für 2 Personen 4,90 € pro Portion vs. KochFix-Box für 2 Personen 5,60 €.',
    'comparative ¦ Más barato que Vodafone. ¦ Tarifa 20 GB 10 € frente a Vodafone 20 GB 15 €, mismas condiciones.',
    'comparative ¦ Moins cher que FitPlus. ¦ Abonnement Premium 25 € contre FitPlus Premium 35 €.',
    'comparative ¦ Fibre and TV for £30, not £45 like Skyline. ¦ Skyline fibre and TV bundle £45.00 vs our fibre and TV £30.00.',
    'comparative ¦ Precio fijo: 10 € menos que Lumi. ¦ Tarifa de precio fijo 20 € frente a Lumi 30 €, mismo consumo.',
  ],
);

bank(
  'a condition of use is a floor, not a result (Regulation (EC) 1924/2006 Annex; FTC: the claim as made)',
  [
    'health ¦ Source of vitamin D: 10 % NRV per serving. ¦ Condition of use for “source of”: at least 15 % NRV per serving.',
    'health ¦ Reich an Vitamin C: 20 % NRV pro Portion. ¦ Bedingung für „reich an“: mindestens 30 % NRV pro Portion.',
    'health ¦ Fuente de calcio: 12 % VRN por ración. ¦ Condición de uso: al menos un 15 % del VRN por ración.',
    'health ¦ Riche en fer : 25 % des VNR par portion. ¦ Condition d’utilisation : au moins 30 % des VNR par portion.',
    'health ¦ Source de vitamine B12 : 10 % des VNR par portion. ¦ Condition d’utilisation : au moins 15 % des VNR par portion.',
    'health ¦ Quelle von Calcium: 12 % NRV je Portion. ¦ Bedingung: mindestens 15 % NRV je Portion.',
    'health ¦ High in vitamin C: 25 % NRV per glass. ¦ Condition for “high in”: at least 30 % NRV per serving.',
    'environmental ¦ Made with 40 % recycled plastic. ¦ Supplier contract: at least 25 % recycled content; the 2025 audit measured 31 %.',
  ],
  [
    'environmental ¦ Made with 30% recycled plastic. ¦ Certificate: at least 50% recycled plastic in every bottle.',
    'performance ¦ Uses 20% less energy than our previous model. ¦ Lab test: at least 25% less energy in every wash cycle versus the previous model.',
    'health ¦ Magnesium contributes to normal muscle function; 375 mg per stick (100 % NRV). ¦ Authorised wording; condition: at least 15 % NRV per portion. ¦ legal-review',
    'health ¦ Vitamin C trägt zu einer normalen Funktion des Immunsystems bei; 80 mg (100 % NRV). ¦ Zugelassener Wortlaut; Bedingung: mindestens 15 % NRV pro Tagesdosis. ¦ legal-review',
    'health ¦ Fuente de calcio: 20 % VRN por ración. ¦ Condición de uso: al menos un 15 % del VRN por ración.',
    'health ¦ Riche en fer : 35 % des VNR par portion. ¦ Condition : au moins 30 % des VNR par portion.',
  ],
);

describe('a green claim stated inside a negation is no claim (Green Guides 260.4; Directive (EU) 2024/825)', () => {
  const generic = (copy: string, language: string) =>
    quotes('environmental.generic-claim', copy, undefined, language);

  it.each([
    ['en', 'We’re not going to tell you a plastic bottle is good for the planet.'],
    ['en', 'We won’t pretend this jacket is eco-friendly. It is built to last.'],
    ['en', 'Don’t believe anyone who says fast fashion is eco-friendly.'],
    ['en', 'Nobody should claim a disposable cup is eco-friendly, so we don’t.'],
    ['en', 'This isn’t eco-friendly packaging yet, and we are working on it.'],
    ['en', 'Honestly? A car is never good for the planet.'],
    ['es', 'No vamos a decirte que un coche es respetuoso con el medio ambiente.'],
    ['es', 'Un vuelo no es respetuoso con el medio ambiente, y lo sabemos.'],
    ['de', 'Wir behaupten nicht, dass unsere Kapseln umweltfreundlich sind.'],
    ['de', 'Niemand sollte sagen, Einwegbecher seien umweltfreundlich.'],
    ['fr', 'Nous ne dirons pas que cet avion est écologique.'],
    ['fr', 'On ne vous dira jamais que le plastique est bon pour la planète.'],
    ['es', 'Ninguna marca debería decir que una botella de plástico es respetuosa con el medio ambiente.'],
  ])('[%s] %j does not fire', (language, copy) => {
    expect(generic(copy, language)).toEqual([]);
  });

  it.each([
    ['en', 'Don’t settle for less: our detergent is eco-friendly.'],
    ['en', 'No compromises. Good for the planet, tough on stains.'],
    ['en', 'Not just stylish, eco-friendly too.'],
    ['en', 'You don’t have to choose: it’s kind to the planet and your wallet.'],
    ['en', 'We never cut corners, so every bottle is eco-friendly.'],
    ['en', 'Nobody beats our price, and it’s eco-friendly.'],
    ['en', 'You won’t believe how eco-friendly our new bottle is!'],
    ['en', 'We’re not saying it’s perfect, but it’s eco-friendly.'],
    ['en', 'We won’t pretend it’s perfect — but it is eco-friendly.'],
    ['en', 'I can’t tell you how eco-friendly this is.'],
    ['de', 'Wir sagen nicht, dass sie perfekt ist – aber sie ist umweltfreundlich.'],
    ['es', 'No te diremos que es perfecta, pero es respetuosa con el medio ambiente.'],
    ['en', 'We can’t wait to show you: our refill is eco-friendly.'],
    ['es', 'No lo dudes: es respetuoso con el medio ambiente.'],
    ['de', 'Keine Kompromisse: umweltfreundlich und günstig.'],
    ['fr', 'Ne cherchez plus : une lessive écologique et efficace.'],
  ])('[%s] %j fires', (language, copy) => {
    expect(generic(copy, language).length).toBeGreaterThan(0);
  });
});
