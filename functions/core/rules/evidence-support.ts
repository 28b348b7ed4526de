import type { Claim } from '../package-schema.ts';
import { estimateForAmount } from './evidence-estimate.ts';
import { belowFloor, lowerDose, otherFigure, otherPeriod } from './evidence-figures.ts';
import { liveFromPeriod } from './evidence-live.ts';
import { oneOutlet } from './evidence-outlet.ts';
import { EV_BEFORE as B, EV_AFTER as E, evidenceRx as rx } from './regex.ts';

/**
 * Evidence that is on file, current and of a fitting kind, but tested something other than what the claim
 * says: the summary is read for what it measured. A claim is backed only by evidence of the claim as made
 * (FTC Policy Statement on Advertising Substantiation; CAP 3.7): for a health claim, the product in people,
 * not a cell, an animal or one ingredient (FTC Health Products Compliance Guidance, 2022); more than a
 * handful of users or a survey for a clinical or performance result; the same model, formula, size and
 * market, figure, period and population; returns a portfolio earned, not back-tested or modelled ones
 * (SEC Rule 206(4)-1(d)(6), FINRA 2210(d)(1)(F)); for a whole-product green claim, more than a certificate
 * of one part (Green Guides 260.3(b)). Lowercase readings on lowercased text; pure.
 */

/** A result in cells, tissue or animals. */
const LAB = rx(
  'in[- ]vitro|ex[- ]vivo|cell[- ]cultures?|(?:skin|human|cultured|lab[- ]grown) cells|petri[- ]dish(?:es)?|test[- ]tubes?|(?:in|on) (?:mice|rats|rodents|animals|rabbits|pigs|hamsters|zebrafish)|animal (?:study|studies|model|trials?|data)|(?:mouse|rat|rodent) (?:study|studies|model)|zellkultur\\p{L}*|reagenzglas|(?:an|bei) (?:mäusen|ratten|tieren)|tierversuch\\p{L}*|tiermodell\\p{L}*|tierstudie\\p{L}*|(?:en|con) (?:ratones|ratas|animales|roedores)|cultivos? celular\\p{L}*|tubos? de ensayo|estudio animal|modelo animal|(?:sur|chez) (?:des |les )?(?:souris|rats|animaux|rongeurs)|cultures? cellulaires?|éprouvettes?|étude animale|modèle animal',
);
/** One ingredient studied, not the product. */
const INGREDIENT = rx(
  '(?:single|individual|isolated) ingredients?|(?:key|active|main|raw) ingredients?|ingredient[- ]level|ingredients? (?:alone|only)|ingredientes? (?:activos?|principal(?:es)?|clave|aislados?)|(?:einzelne[nr]? )?(?:wirkstoff|inhaltsstoff)\\p{L}*|ingrédients? (?:clés?|actifs?|principa(?:l|ux)|isolés?)|principes? actifs?',
);
/** A trial in people (lab or animal work beside it is background). */
const HUMAN = rx(
  'randomi[sz]ed|placebo|double[- ]blind|clinical (?:trial|study)|human (?:trials?|stud(?:y|ies))|\\d[\\d,.]* (?:adults|people|participants|volunteers|women|men|patients|subjects)|aleatorizad[oa]|doble ciego|ensayo clínico|\\d[\\d,.]* (?:adultos|personas|participantes|voluntari[oa]s|mujeres|hombres|pacientes)|randomisiert\\p{L}*|doppelblind|klinische[nr]? studie|\\d[\\d,.]* (?:erwachsene\\p{L}*|personen|teilnehmer\\p{L}*|proband\\p{L}*|frauen|männer|patient\\p{L}*)|randomisé\\p{L}*|double aveugle|essai clinique|\\d[\\d,.]* (?:adultes|personnes|participant\\p{L}*|volontaires|femmes|hommes|patient\\p{L}*)',
);
/** The finished product named as what was tested. */
const FINISHED = rx(
  '(?:finished|final|whole|complete|actual) (?:product|formula|formulation)|the product itself|producto (?:final|terminado|acabado)|fertige[nsr]? (?:produkt|rezeptur)|endprodukt|produit (?:fini|final)|formule (?:finale|complète)',
);
/** The claim says it speaks of a lab result, or of an ingredient (the EU register's wording). */
const CLAIM_LAB_OR_INGREDIENT = rx(
  'in (?:the )?lab(?:oratory)?(?: tests?)?|lab tests?|in[- ]vitro|im labor|en (?:el )?laboratorio|en laboratoire|contains?|contributes?|trägt|enthält|contiene|contribuye|contient|contribue',
);
/** What a claim about the body names (for performance claims that are about people). */
const BODY = rx(
  'skin|wrinkles?|hair|sleep|energy|weight|digestion|joints?|muscles?|immune|piel|arrugas|cabello|pelo|sueño|energía|peso|haut|falten|haare?|schlaf|energie|gewicht|peau|rides|cheveux|sommeil|poids',
);

/** People a sample counts. */
const PEOPLE =
  '(?:users|customers|clients|participants|volunteers|testers|women|men|people|persons|subjects|respondents|consumers|patients|employees|staff|workers|students|nurses|drivers|adults|kids|children|runners|ambassadors|members|fans|followers|mums|moms|parents|athletes|buyers|shoppers|usuari[oa]s|clientes|clientas|participantes|voluntari[oa]s|mujeres|hombres|personas|pacientes|consumidor[ea]s|emplead[oa]s|trabajador[ea]s|estudiantes|adultos|niñ[oa]s|nutzer\\p{L}*|kund(?:en|innen)|teilnehmer\\p{L}*|proband(?:en|innen)|frauen|männer|personen|patient(?:en|innen)|anwender\\p{L}*|mitarbeiter\\p{L}*|beschäftigte\\p{L}*|studierende\\p{L}*|erwachsene\\p{L}*|kinder|befragte\\p{L}*|utilisat(?:eurs|rices)|client(?:e)?s|participant(?:e)?s|volontaires|femmes|hommes|personnes|patient(?:e)?s|consommat(?:eurs|rices)|testeu(?:r|se)s|employés|salariés|étudiant(?:e)?s|adultes|enfants)';
const WORD_COUNTS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  quince: 15,
  veinte: 20,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
};
const HANDFUL =
  "a handful of|a few|a dozen|un puñado de|unas pocas|una docena de|eine handvoll|ein dutzend|einige wenige|une poignée d[e’']|quelques|une douzaine d[e’']";
/** "12 women", "five employees", "10 club runners", "n = 14", "a handful of testers". */
const SAMPLE = new RegExp(
  `${B}(?:(\\d[\\d,.]*|${Object.keys(WORD_COUNTS).join('|')})|(${HANDFUL}))\\s?(?:[\\p{L}-]+ ){0,2}?${PEOPLE}${E}|${B}n\\s?=\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)`,
  'gu',
);
/** Self-reported answers, not a measurement. */
const SURVEY = rx(
  'survey(?:ed)?|poll(?:ed)?|questionnaire|self[- ](?:reported|assessed|assessment)|umfrage|befragung|selbsteinschätzung|encuesta|autoevaluaci[oó]n|sondage|déclarati(?:f|fs|ve|ves)|auto-?évaluation',
);
/** A claim that says science or a clinic stands behind it. */
const CLINICAL = rx(
  'clinical(?:ly)?|proven|dermatologi(?:cally|st)|scientifically|studies show|klinisch\\p{L}*|bewiesen|belegt|wissenschaftlich|cl[ií]nica(?:mente)?|demostrad[oa]|probad[oa]|científicamente|cliniquement|prouvée?s?|scientifiquement|testée?s? et approuvée?s?',
);
/** What a sample is counted for: a panel, a survey, a test or a trial (not "a box for 4 people"). */
const STUDIED = rx(
  'panel|pilot|survey|poll|questionnaire|tests?|tested|\\p{L}+test|trials?|stud(?:y|ies)|wore|used|tried|asked|logged|umfrage|befragung|studie|encuesta|prueba|estudio|ensayo|sondage|étude|essai|testé(?:e|s|es)?',
);
const CONTROLLED = rx(
  'randomi[sz]ed|placebo|double[- ]blind|controlled|aleatorizad[oa]|controlad[oa]|doble ciego|randomisiert\\p{L}*|kontrolliert\\p{L}*|doppelblind|randomisé\\p{L}*|contrôlé\\p{L}*|double aveugle',
);
/** A figure in a claim: digits, "twice", "deux fois", "el doble". */
const FIGURE = rx('\\d|twice|double|doppelt|doble|deux fois|la moitié|half|halb|mitad');

function sampleSize(s: string): number | null {
  let max: number | null = null;
  for (const m of s.matchAll(SAMPLE)) {
    const raw = m[1] ?? m[3];
    const n =
      m[2] !== undefined
        ? 5
        : raw === undefined
          ? Number.NaN
          : (WORD_COUNTS[raw] ?? Number(raw.replace(/[,.]/gu, '')));
    if (!Number.isNaN(n)) max = Math.max(max ?? 0, n);
  }
  return max;
}

/** A claim that it was tested, with no result: no figure and no "proven", "reduces", "improves". */
const TESTED = rx('tested|getestet|probad[oa]s?|testée?s?|test[ée]s?');
const RESULT = rx(
  'proven|shown|proves?|reduc\\p{L}*|improv\\p{L}*|bewiesen|belegt|nachgewiesen|reduziert|verbessert|demostrad[oa]s?|reduce|mejora|prouvée?s?|démontrée?s?|rédui\\p{L}*|amélior\\p{L}*',
);
const testedOnly = (text: string) => TESTED.test(text) && !FIGURE.test(text) && !RESULT.test(text);

/** A model or product other than the claim's, as what was tested: "test of the previous model". */
const PREVIOUS = rx(
  "(?:test\\p{L}*|measured|stud(?:y|ies)|trials?|data|prueba|ensayo|datos|messung|\\p{L}*test|studie|daten|essai|étude|données|of|on|with|for|del|de la|de los|al|du|de l[’']|des|au|aux|mit|sur|auf|an|am|im|beim|vom|con|en|für|pour|bei)\\s+(?:(?:the|a|an|our|der|die|das|den|dem|el|la|los|le|les|un|una|une|ein|einer|einem)\\s+|l[’'])?(?:(?:previous|prior|older|earlier|former|last year[’']s|first[- ]generation|discontinued|old) (?:model|version|generation|formula|formulation|edition|recipe|range|design|sheet)|predecessor|vorgänger\\p{L}*|vormodell\\p{L}*|(?:alte[nr]?|vorherige[nr]?|frühere[nr]?) (?:rezeptur|formel|version|modell|generation)|(?:modelo|versión|fórmula|generación) anterior|antigu[oa] (?:fórmula|versión|modelo)|(?:ancien(?:ne)?|précédent(?:e)?) (?:modèle|formule|version|génération)|(?:modèle|formule|version|génération) précédente?|(?:similar|comparable|sister|related) product|producto (?:similar|parecido)|ähnliche[ns]? produkt|produit (?:similaire|comparable))",
);
const OLD_IN_CLAIM = rx(
  "old|older|previous|earlier|former|before|predecessor|last year[’']s|alt\\p{L}*|vorher|früher\\p{L}*|vormodell|vorgänger\\p{L}*|anterior|antes|antigu[oa]|ancien(?:ne)?|précédente?|avant|similar|comparable",
);
const SETS_SIDE_BY_SIDE = rx(
  'vs\\.?|versus|compared (?:to|with)|against|im vergleich|gegenüber|frente a|comparad[oa] con|par rapport à|contre',
);
/** "Volt 5", "Aire 3": a name and a model number, not a figure with a unit. */
const MODEL =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}+]+)\s?(\d{1,3})(?!\d|[.,]\d|%)(?!\s?(?:%|x|h|hrs?|hours?|horas?|stunden|heures?|min\p{L}*|days?|tage?n?|días|jours?|weeks?|years?|jahre?n?|años|ans|mal|times|fois|veces|kg|g|ml|l|km|mm|cm|gb|mb|€|\$|£)(?![\p{L}]))/gu;
const NOT_A_NAME =
  /^(?:top|no|nr|number|nummer|número|numéro|platz|level|stufe|phase|week|woche|semana|semaine|day|tag|día|jour|page|seite|página|step|schritt|paso|étape|size|größe|talla|taille|class|klasse|clase|classe|grade|zone|tier|uk|eu|us|q|covid|hasta|bis|up|über|plus|over|under|unter|ab|de|dès|à|en|in|für|for|el|la|le|the|los|les|die|der|das|und|and|y|et|with|mit|con|avec)$/iu;

function otherModel(text: string, summary: string): boolean {
  for (const m of text.matchAll(MODEL)) {
    const name = (m[1] as string).toLowerCase();
    if (NOT_A_NAME.test(name)) continue;
    const esc = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const inSummary = [...summary.matchAll(new RegExp(`${B}${esc}\\s?(\\d{1,3})(?!\\d|[.,]\\d)`, 'gu'))].map(
      (k) => k[1],
    );
    if (inSummary.length > 0 && !inSummary.includes(m[2])) return true;
  }
  return false;
}

/** A size that names the product: "2-litre jug", "the 50 ml tube", "1-Liter-Flasche". */
const SIZE =
  /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?-?\s?(ml|cl|l|litres?|liters?|litros?|oz|inch|inches|zoll|pulgadas|pouces)(?:[\s-]+(?:\p{L}+ )?(?:bottle|jug|can|pack|size|model|version|tube|jar|pot|flasche|dose|packung|kanne|botella|envase|jarra|bote|bouteille|flacon|carafe|tube|pot))(?![\p{L}])/gu;
function sizes(s: string): Set<string> {
  return new Set(
    [...s.matchAll(SIZE)].map((k) => `${Number((k[1] as string).replace(',', '.'))}${(k[2] as string)[0]}`),
  );
}

/**
 * Markets a claim or a summary names. A nationality adjective names a market only before its buyers or
 * market ("French customers"), not in a product's name ("French press", "Irish wool").
 */
const adj = (a: string) =>
  `(?:${a})(?= (?:customers|consumers|market|shoppers|households|homes|users|buyers|drivers|mums|moms|parents|residents|retail\\p{L}*))`;
const MARKETS: readonly [string, RegExp][] = [
  [
    'gb',
    rx(
      `uk|u\\.k\\.|britain|united kingdom|england|reino unido|großbritannien\\p{L}*|royaume-uni|${adj('british|britannique')}`,
    ),
  ],
  ['es', rx(`spain|${adj('spanish')}|españa|spanien\\p{L}*|espagne`)],
  ['de', rx(`germany|${adj('german')}|deutschlands?|alemania|allemagne`)],
  ['fr', rx(`france|${adj('french')}|frankreich\\p{L}*|francia`)],
  ['pt', rx(`portugal|${adj('portuguese|portugués|portugais')}`)],
  ['ie', rx(`ireland|${adj('irish')}|irland|irlanda|irlande`)],
  ['at', rx('austria|österreich\\p{L}*|autriche')],
  ['ch', rx(`switzerland|${adj('swiss')}|schweiz|suiza|suisse`)],
  ['it', rx(`italy|${adj('italian')}|italia|italien|italie`)],
  ['nl', rx(`netherlands|${adj('dutch')}|niederlande|países bajos|pays-bas`)],
  ['us', rx(`united states|america|${adj('american')}|estados unidos|états-unis|vereinigte staaten|usa`)],
  ['mx', rx('mexico|méxico|mexiko|mexique')],
  ['be', rx(`belgium|belgique|belgien|bélgica|${adj('belgian|belge|belga')}`)],
  ['pl', rx(`poland|${adj('polish')}|polen|polonia|pologne`)],
  ['se', rx(`sweden|${adj('swedish')}|schweden|suecia|suède`)],
  ['dk', rx(`denmark|${adj('danish')}|dänemark|dinamarca|danemark`)],
  ['ca', rx(`canada|${adj('canadian')}|kanada|canadá`)],
  ['au', rx(`australia|${adj('australian')}|australien|australie`)],
  ['br', rx('brazil|brasil|brasilien|brésil')],
  ['ar', rx('argentina|argentinien|argentine')],
  ['cl', rx('chile|chili')],
  ['co', rx('colombia|kolumbien|colombie')],
  [
    'eu',
    rx(
      'europe|european|europa|europe|europäisch\\p{L}*|europeo|européen\\p{L}*|worldwide|global|world|mundo|welt\\p{L}*|monde',
    ),
  ],
];
function markets(s: string): Set<string> {
  return new Set(MARKETS.filter(([, re]) => re.test(s)).map(([k]) => k));
}
function otherMarket(text: string, summary: string): boolean {
  const c = markets(text);
  const s = markets(summary);
  if (c.size === 0 || s.size === 0 || s.has('eu') || c.has('eu')) return false;
  return ![...c].some((k) => s.has(k));
}

/** Children, sex and species the claim names, against the population the summary names. */
const CHILD = new RegExp(
  `${B}(?:kids?(?! (?:leather|gloves?|suede|mohair))|children|child|toddlers?|babies|baby|infants?|teens?|teenagers?|paediatric|pediatric|niñ[oa]s?|bebés?|infantil(?:es)?|kinder[n]?|kleinkind\\p{L}*|babys|jugendliche\\p{L}*|pädiatrisch\\p{L}*|pediátric[oa]s?|enfants?|bébés?|tout-petits|ados|adolescent\\p{L}*|pédiatrique\\p{L}*)(?![\\p{L}-])`,
  'u',
);
const ADULT = rx('adults?|adultos?|erwachsene\\p{L}*|adultes?|aged (?:18|19|[2-9]\\d)|18\\+');
const FEMALE = rx(
  'women|woman|female|ladies|mujeres|mujer|frauen|frau|teilnehmerinnen|probandinnen|femmes|femme|féminin\\p{L}*',
);
const MALE = rx('men|male|males|hombres|varones|männer\\p{L}*|männlich\\p{L}*|hommes|masculin\\p{L}*');
const DOG = rx('dogs?|pupp(?:y|ies)|perr[oa]s?|cachorros?|hund\\p{L}*|welpe\\p{L}*|chiens?|chiots?');
const CAT = rx('cats?|kittens?|gat[oa]s?|katze\\p{L}*|chats?|chatons?');
/**
 * "ab 60", "over 50", "60+", "seniors": the youngest the claim speaks to. A number after "over" or "ab"
 * is an age only with an age word or nothing after it ("over 50: ...", not "over 40 hours").
 */
const MIN_AGE =
  /(?<![\p{L}\d])(?:(?:over|above|aged|from|ab|über|mayores de|más de|a partir de|plus de|dès|de plus de)\s+(\d{2})(?!\d)(?=\s?(?:years|yrs|jahre\p{L}*|años|ans)(?![\p{L}])|\s?[^\s\p{L}\d]|\s*$)|(\d{2})\s?\+|(\d{2}) (?:and|&) (?:over|older|up))|(?<![\p{L}])(seniors?|senioren|older adults|personas mayores|personnes âgées)(?![\p{L}])/u;
/** "aged 18-60", "zwischen 20 und 35 Jahren", "de 20 a 50 años", each of "aged 40-49 and 50-69". */
const AGE_RANGE =
  /(?<!\d)(\d{2})\s?(?:-|–|to|bis|a|à|y|and|und|et)\s?(\d{2})(?!\d)(?=\s?(?:years|yrs|jahre\p{L}*|años|ans)|(?<=(?:aged|ages|age|alter|zwischen|entre|edad|âgés?|âgées?) (?:\d{2}\s?(?:-|–|to|bis|a|à)\s?\d{2}(?:,\s?|\s(?:and|und|y|et|or|oder|o|ou)\s))*\d{2}\s?(?:-|–|to|bis|a|à|y|and|und|et)\s?\d{2}))/gu;

function otherPopulation(text: string, summary: string): boolean {
  if (CHILD.test(text) && ADULT.test(summary) && !CHILD.test(summary)) return true;
  if (FEMALE.test(text) && !MALE.test(text) && MALE.test(summary) && !FEMALE.test(summary)) return true;
  if (MALE.test(text) && !FEMALE.test(text) && FEMALE.test(summary) && !MALE.test(summary)) return true;
  if (DOG.test(text) && CAT.test(summary) && !DOG.test(summary)) return true;
  if (CAT.test(text) && DOG.test(summary) && !CAT.test(summary)) return true;
  const min = MIN_AGE.exec(text);
  if (min !== null) {
    const from = Number(min[1] ?? min[2] ?? min[3] ?? 60);
    const ranges = [...summary.matchAll(AGE_RANGE)].map((k) => Number(k[2]));
    if (ranges.length > 0 && ranges.every((top) => top < from)) return true;
  }
  return false;
}

/** Returns a portfolio never earned: back-tested, modelled, simulated, projected. */
const HYPOTHETICAL = new RegExp(
  `${B}(?:back-?test\\p{L}*|hypothetical\\p{L}*|hypothetisch\\p{L}*|hipot[eé]tic\\p{L}*|hypoth[eé]tique\\p{L}*|simulat(?:ed|ion|ions)|simulaci[oó]n|simulad[oa]s?|simuliert\\p{L}*|simul[ée]e?s?|model portfolios?|modellportfolio\\p{L}*|carteras? modelo|portefeuilles? modèles?|paper[- ]trad\\p{L}*|would have (?:returned|earned|made|grown|gained|yielded)|rückrechnung\\p{L}*|rückgerechnet|projected returns?|rendimientos? proyectad\\p{L}*|rentabilidad proyectada|rendement projeté|habría (?:obtenido|rentado|ganado|generado)|aurait (?:rapporté|généré|obtenu|gagné))${E}`,
  'gu',
);
const DENIED =
  /(?:^|[^\p{L}])(?:no|not|non|never|kein\p{L}*|nicht|ningún|ninguna|sin|pas|aucun\p{L}*|sans|rather than|instead of|statt)(?:\s+[\p{L}-]+){0,1}\s*$/u;
function hypothetical(summary: string): boolean {
  for (const m of summary.matchAll(HYPOTHETICAL)) {
    if (!DENIED.test(summary.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) return true;
  }
  return false;
}

/** A return before fees (not before tax), or of the best account or period only (SEC 206(4)-1(d)(1), (d)(5)). */
const GROSS = rx(
  '(?:gross|brutto\\p{L}*|brut[oa]s?|brute?s?)(?! (?:of tax|before tax|vor steuern|de impuestos|de fiscalit))|before fees|vor kosten|antes de comisiones|avant frais',
);
// An annual equivalent rate (TAE, TAEG, APY, AER, effektiver Jahreszins) is after costs by its legal definition
// (Banco de España Circular 5/2012, Directive 2008/48/EC Annex I, Regulation DD 12 CFR 1030): the claim states it.
const FEES_STATED = rx(
  'gross|net|netto\\p{L}*|brutto\\p{L}*|nach kosten|vor kosten|net[oa]s?|brut[oa]s?|nette?s?|brute?s?|after fees|before fees|de comisiones|de frais|tae|taeg|apy|aer|effektive[nr]? jahreszins',
);
const BEST = new RegExp(
  `${B}(?:(?:best|top|highest|bestes?|beste[nrs]?|mejor(?:es)?|meilleure?s?)(?:[- ]performing)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:accounts?|clients?|portfolios?|depots?|konten|konto|cuentas?|carteras?|comptes?|portefeuilles?|trades?|months?|monat|mes|mois|quarters?|quartal|trimestre)|(?:accounts?|cuentas?|comptes?|depots?|konto)\\s+(?:with|con|avec|mit)\\s+(?:the\\s+|el\\s+|le\\s+|dem\\s+)?(?:best|mejor|meilleur|besten)|selected (?:accounts|clients|portfolios)|cherry-?picked)${E}`,
  'u',
);

/** Compostable or recyclable only in facilities few people have (Green Guides 260.7, 260.8, 260.12). */
const DISPOSAL = rx(
  'compostables?|kompostierbar\\p{L}*|biodegradables?|biodégradables?|biologisch abbaubar\\p{L}*|recyclables?|recycelbar\\p{L}*|reciclables?',
);
const FACILITY = rx(
  'industrial\\p{L}*|industriel\\p{L}*|industriell\\p{L}*|en 13432|drop-off|take-back|mail-back|return scheme|rücksend\\p{L}*|rückgabe\\p{L}*|sammelstelle\\p{L}*|puntos? de recogida|points? de collecte|specialist|specific|específic\\p{L}*|spécifique\\p{L}*|58 ?°c|thermophil\\p{L}*',
);

/** A part singled out: "certificate for the cotton laces", "Zertifikat: Etikett", "only the packaging". */
const PART =
  /(?<![\p{L}])(?:certif\p{L}*|zertifi\p{L}*|fsc|gots|oeko-?tex|grs|rcs|pefc|covering|covers|for|of|für|del|de la|de los|de las|du|des|de l['’]|pour|only|just|solely|nur|solo|sólo|solamente|uniquement|seulement)[\s:–-]+(?:(?:the|das|die|den|der|el|la|los|las|le|les)\s+|l['’])?(?:[\p{L}-]+\s+){0,2}?(packaging|package|box|carton|label|lid|cap|closure|sleeve|wrapper|pouch|hangtag|insole|sole|lining|strap|laces|zip|zipper|pockets?|cotton|paper|ink|tray|envase|embalaje|caja|estuche|etiqueta|tapón|tapa|bolsa|forro|suela|cordones|bolsillos?|algodón|papel|verpackung|karton|schachtel|etikett|deckel|verschluss|hülle|futter|sohle|innensohle|schnürsenkel|baumwolle|papier|emballage|boîte|étiquette|bouchon|couvercle|étui|doublure|semelle|lacets|poches?|coton)(?![\p{L}])/gu;
const CERTIFIED = rx(
  'certif\\p{L}*|zertifi\\p{L}*|certificad\\p{L}*|fsc|gots|oeko-?tex|grs|rcs|pefc|only|just|solely|nur|solo|sólo|solamente|uniquement|seulement',
);
const WHOLE = rx(
  "whole|entire|complete|every (?:part|component)|all (?:parts|components|materials)|ganze[nsr]?|gesamte[nsr]?|vollständig|todo el producto|producto completo|l[’']ensemble|produit entier|tout le produit",
);
function partOnly(text: string, summary: string): boolean {
  if (!CERTIFIED.test(summary) || WHOLE.test(summary)) return false;
  const parts = [...summary.matchAll(PART)].map((k) => (k[1] as string).slice(0, 5));
  return parts.length > 0 && !parts.some((p) => text.includes(p));
}

/** What one evidence summary's gap is for the claim, or null when it tests the claim as made. */
function gapOf(claim: Claim, text: string, summary: string): string | null {
  const cat = claim.category;
  // "23 people are viewing this now" from a day's visits: another period than the claim's (evidence-live.ts).
  if (cat === 'general' && liveFromPeriod(text, summary)) return 'period';
  if (cat === 'pricing' || cat === 'general') return null;
  const aboutPeople = cat === 'health' || (cat === 'performance' && BODY.test(text));
  if (aboutPeople && !CLAIM_LAB_OR_INGREDIENT.test(text) && !FINISHED.test(summary)) {
    if (LAB.test(summary) && !HUMAN.test(summary)) return 'lab';
    if (INGREDIENT.test(summary)) return 'ingredient';
  }
  if (cat !== 'environmental' && cat !== 'finance' && (FIGURE.test(text) || CLINICAL.test(text))) {
    // A controlled trial is not a panel: its size is the trial's design, not a handful of opinions.
    // "Dermatologically tested" says only that a test was run: a small panel runs one (not so a result).
    const n =
      STUDIED.test(summary) && !CONTROLLED.test(summary) && !testedOnly(text) ? sampleSize(summary) : null;
    if (n !== null && n < 30) return 'sample';
    if (CLINICAL.test(text) && SURVEY.test(summary) && !HUMAN.test(summary)) return 'survey';
    if (cat === 'performance' && estimateForAmount(text, summary)) return 'estimate';
  }
  if (PREVIOUS.test(summary) && !OLD_IN_CLAIM.test(text) && !SETS_SIDE_BY_SIDE.test(summary)) return 'model';
  if (otherModel(claim.text, summary)) return 'model';
  const [cs, ss] = [sizes(text), sizes(summary)];
  if (cs.size > 0 && ss.size > 0 && ![...cs].some((k) => ss.has(k))) return 'size';
  if (otherMarket(text, summary)) return 'market';
  if (markets(text).size > 0 && oneOutlet(text, summary)) return 'outlet';
  if (otherPopulation(text, summary)) return 'population';
  if (otherPeriod(text, summary, cat === 'finance')) return 'period';
  if (cat === 'finance' && !hypothetical(text) && hypothetical(summary)) return 'hypothetical';
  if (cat === 'finance' && ((!FEES_STATED.test(text) && GROSS.test(summary)) || BEST.test(summary)))
    return 'selected';
  if (cat === 'environmental' && DISPOSAL.test(text) && !FACILITY.test(text) && FACILITY.test(summary))
    return 'facility';
  if (cat === 'environmental' && partOnly(text, summary)) return 'part';
  return null;
}

/**
 * What the evidence on file tested instead of what the claim says, or null when it backs the claim as made:
 * the gap of the first summary when every item with a summary shows one; else other results than the
 * claim's figures (hours, minutes, times), a floor the claim's percentage does not reach, or a lower dose.
 * An item without a summary says nothing.
 */
export function unsupportedGap(claim: Claim): string | null {
  const text = claim.text.toLowerCase();
  const summaries = claim.evidence.map((e) => (e.summary ?? '').toLowerCase()).filter((s) => s.trim() !== '');
  if (summaries.length === 0) return null;
  const gaps = summaries.map((s) => gapOf(claim, text, s));
  if (gaps.every((g) => g !== null)) return gaps[0] as string;
  if (claim.category === 'pricing') return null;
  const all = summaries.join('\n');
  if (otherFigure(text, all)) return 'figure';
  if (belowFloor(text, all)) return 'floor';
  return claim.category === 'health' && lowerDose(text, all) ? 'dose' : null;
}

/** Whether the evidence on file tested something other than what the claim says (`unsupportedGap`). */
export function unsupported(claim: Claim): boolean {
  return unsupportedGap(claim) !== null;
}
