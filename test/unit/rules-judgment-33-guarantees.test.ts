import { findings } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';
import { bank } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 33, guarantees, ratings and placeholders read as words (ADR 0028: the bank was written from the codes,
 * in our own words, before the rules changed; the brief had named the five blind lines).
 * - A guarantee whose terms are stated: what it covers, for how long, the remedy (CAP 3.53-3.57; Directive
 *   2019/771 Art. 17 and the Consumer Rights Act s. 30: a commercial guarantee binds on the terms it states;
 *   16 CFR 239: say what is guaranteed and for how long). A price fixed for a stated period and a delivery
 *   guarantee with its cut-off are promises about the sale, not about the product's outcome. A guarantee of the
 *   outcome (results, weight loss, success), "100% guaranteed to work" and "risk-free" still need evidence.
 * - « Garanties » as the covers of an insurance policy (Code des assurances: the policy lists its garanties,
 *   exclusions and franchises): a noun at the head of a sentence or after a number, not "guaranteed".
 * - A rating stated with what it is (CAP 3.7, the CMA's guidance on consumer reviews, ASA HardDisk Direct
 *   2021): "top-rated" read as the brand's own score when its raters or its score and count follow it. A
 *   bare "top-rated", or one placed in a market ("in the UK", "hotel in Leeds: …") still ranks.
 * - A product named TBC is not read as a name: "Meet TBC, …" is how a draft with an undecided name reads.
 */

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  findings(cleanPackage(), contract3());
}, 60_000);

const GUARANTEE = ['claim.absolute-guarantee'];
const RATING = ['claim.superlative'];
const MARKER = ['placeholder.marker'];

bank(
  'a guarantee with its period or cut-off stated (CAP 3.53-3.57; Directive 2019/771 Art. 17; 16 CFR 239)',
  GUARANTEE,
  {},
  [
    ['en', 'Guaranteed to double your website traffic in 30 days.'],
    ['en', 'Guaranteed weight loss – no diet, no gym.'],
    ['en', '100% guaranteed to work, every single time.'],
    ['en', 'Results guaranteed for 90 days or your money back.'],
    ['en', 'Weight loss guaranteed for 12 weeks with our shake plan.'],
    ['en', 'Guaranteed results and fast delivery on every order.'],
    ['en', 'Guaranteed until you see results!'],
    ['en', 'Your results are guaranteed for a year.'],
    ['en', 'This diet is guaranteed for 8 weeks to melt fat.'],
    ['en', 'Try it risk-free: clearer skin in two weeks.'],
    // Found after the merge: an outcome on the body takes no stated period as terms.
    ['en', 'Clear skin guaranteed for 30 days.'],
    ['en', 'Smoother skin, guaranteed for 30 days.'],
    ['en', 'Whiter teeth guaranteed for 6 months.'],
    ['es', 'Resultados garantizados en solo 30 días.'],
    ['de', 'Erfolg garantiert – in nur vier Wochen fließend Englisch.'],
    ['fr', 'Résultats garantis dès la première semaine.'],
    ['fr', 'Des économies garanties, ou on vous rembourse la différence.'],
  ],
  [
    ['en', 'Your monthly price is guaranteed for 12 months from the day you join.'],
    ['en', 'Fixed price guaranteed until 31 March 2028 on every Haven Energy tariff taken out this month.'],
    [
      'en',
      'Every boiler we fit is guaranteed for 10 years, parts and labour, when we service it once a year.',
    ],
    ['en', 'All Marlow sofa frames are guaranteed for 5 years against manufacturing defects.'],
    [
      'en',
      'Guaranteed next-working-day delivery on orders placed by 3pm, Monday to Thursday, or your fee back.',
    ],
    [
      'en',
      'Guaranteed weekend delivery when you order by 8pm Friday; if it is late, we refund the delivery charge.',
    ],
    ['en', 'Guaranteed Mother’s Day delivery: order by 1pm on Thursday 12 March.'],
    ['en', 'Membership fee guaranteed for two years: £29 a month, no rises before January 2028.'],
    ['es', 'Precio garantizado durante 24 meses en las tarifas contratadas desde el 1 de marzo.'],
    ['de', 'Preis garantiert für 24 Monate: keine Erhöhung während der Vertragslaufzeit.'],
    ['fr', 'Prix garanti pendant 2 ans sur les forfaits fibre souscrits avant le 30 juin.'],
  ],
);

bank(
  '« garanties » as the covers of an insurance policy (Code des assurances)',
  GUARANTEE,
  {
    edit: (p) => {
      p.audience.regions = ['FR'];
    },
  },
  [
    ['fr', 'Résultats garantis en 30 jours, ou remboursé.'],
    ['fr', 'Réussite garantie au code de la route du premier coup !'],
    ['fr', 'Économies garanties : jusqu’à 40 % de moins sur votre assurance.'],
    ['fr', 'Avec notre méthode, des résultats garantis. Essayez-la.'],
    ['fr', '100 % de réussite au permis pour nos élèves.'],
    ['es', 'Aprobado garantizado en tu examen de conducir.'],
  ],
  [
    ['fr', 'Assurance auto dès 19 € par mois. Garanties soumises aux conditions et exclusions du contrat.'],
    ['fr', 'Garanties et exclusions détaillées dans la notice d’information.'],
    ['fr', 'Mutuelle santé : garanties optionnelles pour l’optique et le dentaire.'],
    ['fr', 'Formule Essentielle avec trois garanties d’assistance 24 h/24.'],
    [
      'fr',
      'Multirisque habitation. Garanties vol, incendie et dégâts des eaux incluses selon la formule choisie.',
    ],
    ['fr', 'Assurance scolaire : 2 garanties au choix, responsabilité civile ou individuelle accident.'],
    [
      'es',
      'Seguro de hogar desde 8 € al mes. Garantías sujetas a las condiciones y exclusiones de la póliza.',
    ],
  ],
);

bank(
  'a rating stated with its raters, score and count (CAP 3.7; CMA reviews guidance)',
  RATING,
  {},
  [
    ['en', 'The top-rated broadband provider. Switch today.'],
    ['en', 'Top-rated by our customers!'],
    ['en', 'Best-rated app, 4.9 stars.'],
    ['en', 'Top-rated hotel in Leeds: 4.7/5 from 2,100 reviews.'],
    ['en', 'Highest-rated energy supplier in the UK, 4.8/5 from 20,000 reviews.'],
    ['en', 'Top-rated, 5 stars, 10,000 happy customers.'],
    ['en', 'Top-rated by our customers: 4.9/5.'],
    ['es', 'La app mejor valorada de España.'],
    ['fr', 'La banque la mieux notée de France.'],
    ['de', 'Der bestbewertete Stromanbieter Deutschlands.'],
  ],
  [
    ['en', 'Top-rated by our guests: 4.8 out of 5 from 1,240 Google reviews in 2025.'],
    ['en', 'Highest-rated by our members – 4.7/5 across 860 reviews since January.'],
    ['en', 'Best-rated by parents: 4.9/5 from 512 reviews on our site (March–May 2026).'],
    ['en', 'Top-rated: 4.8/5 from 12,400 reviews on Trustpilot, March 2026.'],
    ['en', 'Our top-rated service, by 3,100 verified customers: 4.6 stars on Feefo.'],
    ['es', 'El mejor valorado por nuestros clientes: 4,7/5 en 1.820 opiniones verificadas (2026).'],
    ['fr', 'Le mieux noté par nos clients : 4,6/5 sur 2 300 avis vérifiés en 2026.'],
    ['de', 'Bestbewertet von unseren Kunden: 4,7 von 5 Sternen bei 1.950 Bewertungen (2026).'],
  ],
);

bank(
  'a bare TBC left in copy keeps blocking, before a name or not',
  MARKER,
  {},
  [
    ['en', 'Meet TBC, our new autumn loaf: 800 g, £3.20.'],
    ['en', 'Launch price TBC.'],
    ['en', 'Meet TBC, the house sourdough, back in store on Friday.'],
    ['en', 'Opening night: TBC, with live music from 8pm.'],
    [
      'en',
      'Meet TBC, the house sourdough from The Bread Company in Leeds: 800 g loaf, £3.20, baked each morning.',
    ],
  ],
  [],
);

// Found in review of the precision change: a stated period exempts only a price, term or product warranty
// (its subject names one), "delivery" only after day, date or service words, and « garanties » only with the
// policy's words in the sentence, never before « de résultats ».
bank(
  'a stated term does not excuse an outcome guarantee',
  GUARANTEE,
  {},
  [
    ['en', 'Results that last, guaranteed for 12 months.'],
    ['en', 'Weight loss that’s guaranteed for 12 weeks.'],
    ['en', 'Clearer skin in 7 days, guaranteed for 30 days.'],
    ['en', 'Guaranteed pain-free delivery of your baby.'],
    ['fr', 'Garanties : une peau parfaite en 7 jours.'],
    ['fr', 'Avec garanties de résultats en 7 jours.'],
  ],
  [],
);
