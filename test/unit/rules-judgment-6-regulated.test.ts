import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** Round 6, regulated families (health, environmental, finance): each change fires on paraphrases, not look-alikes. */
const contract = () => publishingContract('1.0.0');

const on = (copy: string, language = 'en') => withCopy(copy, 'social-organic', 'caption', { language });
const fired = (ruleId: string, copy: string, language = 'en') => hits(on(copy, language), ruleId, contract());

describe('health: a condition named as a figure of speech ("headaches of paperwork") is no disease claim', () => {
  it.each([
    'Our magnesium gummies relieve headaches in minutes.',
    'Say goodbye to migraines with Calmleaf drops.',
    'Flexora stops joint pain for good.',
  ])('fires on “%s”', (copy) => {
    expect(fired('regulated.health-disease', copy)).not.toEqual([]);
  });

  it.each([
    'Say goodbye to the headaches of paperwork with our invoicing app.',
    'We end the headaches of moving day: we pack, carry and assemble.',
    'No more headaches of lost receipts: snap, upload, done.',
    'Our public-speaking course helps you overcome anxiety about presentations.',
  ])('is silent on “%s”', (copy) => {
    expect(fired('regulated.health-disease', copy)).toEqual([]);
  });
});

describe('health: condition × efficacy cue classes in es/de/fr (21 CFR 101.93(g); Reg. (EC) 1924/2006 art. 10)', () => {
  it.each([
    ['es', 'Nuestro té de jengibre acaba con los calambres en una semana.'],
    ['es', 'Di adiós al insomnio con las cápsulas Dormisana.'],
    ['de', 'Schluss mit Sodbrennen: Magenwohl Kautabletten wirken sofort.'],
    ['de', 'Unser Kräuterbalsam lindert Neurodermitis spürbar.'],
    ['fr', 'Adieu aux crampes : la tisane Lunaria soulage en 20 minutes.'],
    ['fr', "Notre baume apaise l'eczéma dès la première application."],
    ['en', 'Calmleaf drops soothe eczema overnight.'],
    ['en', 'Our elderberry syrup helps with a cold in two days.'],
  ])('fires on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-disease', copy, language)).not.toEqual([]);
  });

  it.each([
    ['es', 'Olvídate del dolor de cabeza de la mudanza: nosotros lo embalamos todo.'],
    ['es', 'Evita las colas: reserva tu mesa online.'],
    ['de', 'Nie wieder Kopfschmerzen mit der Buchhaltung.'],
    ['de', 'Schluss mit Lachkrämpfen? Niemals – unsere Comedy-Nacht ist zurück.'],
    ['fr', 'Finies les douleurs de la compta.'],
    ['fr', 'Adieu aux angoisses de la rentrée : fournitures livrées en 24 h.'],
    ['en', 'Our down parka beats the cold on every winter commute.'],
    ['en', 'We ease the headaches of moving day.'],
  ])('is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-disease', copy, language)).toEqual([]);
  });
});

describe('health: a condition beside a non-body cause (a weekday, a train, an engine, a move, a task) is a figure of speech', () => {
  it.each([
    ['en', 'Our herbal syrup puts an end to coughs in two days.'],
    ['en', 'Say goodbye to migraines on the go with Calmleaf roll-on.'],
    ['en', 'Zinc lozenges stop coughs at night.'],
    ['es', 'Acaba con la tos del fumador en tres días.'],
    ['es', 'Nuestro jarabe calma la tos de los niños.'],
    ['es', 'Alivia los dolores de espalda con Flexora.'],
    ['de', 'Nie wieder Knieschmerzen beim Gehen: Gelenkkomplex Forte.'],
    ['de', 'Weg mit dem Husten des Babys: Thymian-Saft hilft.'],
    ['de', 'Schluss mit Rückenschmerzen: Wärmepflaster Dorso wirkt sofort.'],
    ['fr', 'Fini les maux de tête : Céphalys agit en 15 minutes.'],
    ['fr', 'Dites adieu aux crampes avec notre tisane au magnésium.'],
    ['fr', 'Notre sirop calme la toux du fumeur.'],
  ])('fires on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-disease', copy, language)).not.toEqual([]);
  });

  it.each([
    ['fr', 'Fini les maux de tête pour choisir un cadeau : la carte cadeau fait tout.'],
    ['fr', 'Dites adieu aux crampes de poignet avec notre souris verticale.'],
  ])('is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-disease', copy, language)).toEqual([]);
  });
});

describe('health: a weight-loss figure is a health claim in every language (FTC HPCG 2022; Reg. (EC) 1924/2006 art. 12(b))', () => {
  it.each([
    ['en', 'Melt away 10 lbs before summer with Slimtea.'],
    ['es', 'Adelgaza hasta 6 kilos en un mes con Figura Plus.'],
    ['de', 'Nehmen Sie bis zu 8 kg ab – mit FitShake in vier Wochen.'],
    ['fr', 'Perdez jusqu’à 5 kilos avec la cure Minceur.'],
  ])('fires on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-weight-loss', copy, language)).not.toEqual([]);
  });

  it.each([
    ['en', 'Burn 500 calories in a 45-minute spin class.'],
    ['en', 'Drop 20% off your next order with code SPRING.'],
    ['es', 'Nuestra maleta de cabina pesa solo 2 kg.'],
    ['fr', 'Livraison offerte dès 2 kilos de café commandés.'],
  ])('is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-weight-loss', copy, language)).toEqual([]);
  });
});

describe('health: a figure lost by a person, not by a product (FTC HPCG 2022; Reg. (EC) 1924/2006 art. 12(b))', () => {
  it.each([
    ['en', 'She dropped 12 kg in eight weeks with Slimtea.'],
    ['en', 'Every member loses 5 kg in the first month.'],
    ['en', 'Jenna dropped 3 dress sizes on the Trimwell plan.'],
    ['en', 'You melt away 4 kg a week on our programme.'],
    ['de', 'Nimm 5 kg ab mit unserem Shake.'],
    ['de', 'Ich nahm 12 kg in drei Monaten ab.'],
  ])('fires on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-weight-loss', copy, language)).not.toEqual([]);
  });

  it.each([
    ['en', "The new frame drops 2 kg compared with last year's bike."],
    ['en', 'Our carry-on loses 3 pounds thanks to a new aluminium shell.'],
    ['en', 'The 2027 tent sheds 1 kg with a carbon pole set.'],
    ['de', 'Nimm 2 kg Äpfel mit und zahl nur einen Kilopreis.'],
  ])('is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.health-weight-loss', copy, language)).toEqual([]);
  });
});

describe('finance: "returned" is a performance figure only with a number (COBS 4.6, FINRA 2210(d)(1))', () => {
  it.each([
    'Our growth fund returned 14% last year. Open an account today.',
    'The strategy has returned an average of 9% a year since 2015.',
    'Since launch the portfolio returned +22.5%.',
  ])('asks for a risk warning on “%s”', (copy) => {
    expect(fired('regulated.finance-risk-warning', copy)).not.toEqual([]);
  });

  it.each([
    'Unworn items can be returned within 30 days for a full refund.',
    'Your deposit is returned when you bring the crate back.',
    'Customers who returned to our store last spring loved the new café.',
  ])('is silent on “%s”', (copy) => {
    expect(fired('regulated.finance-risk-warning', copy)).toEqual([]);
  });
});

describe('finance: "can\'t lose" promises returns only about money (SEC 206(4)-1(a); FINRA 2210(d)(1)(B))', () => {
  it.each([
    'With our managed fund you can’t lose money.',
    'A no-lose strategy for your savings: invest today.',
    'Put it in our bond ladder: you can’t lose your capital.',
  ])('fires on “%s”', (copy) => {
    expect(fired('regulated.finance-returns', copy)).not.toEqual([]);
  });

  it.each([
    'Two flavours, one box: you can’t lose.',
    'Every ticket wins a prize at the fair, you can’t lose!',
    'With a no-lose return policy, try it at home for 30 days.',
  ])('is silent on “%s”', (copy) => {
    expect(fired('regulated.finance-returns', copy)).toEqual([]);
  });
});

describe('finance: an investment word counts in its investment sense only (FCA COBS 4.5A, FINRA 2210(d)(1))', () => {
  it.each([
    ['en', 'Our managed portfolio grew 9% last year. Open an account today.'],
    ['en', 'Grow your retirement while you sleep with Nestegg.'],
    ['de', 'Unser Aktienfonds für Einsteiger: ab 25 € im Monat.'],
    ['es', '+12 % en 2026. Invierte desde 100 €.'],
  ])('asks for a risk warning on %s “%s”', (language, copy) => {
    expect(fired('regulated.finance-risk-warning', copy, language)).not.toEqual([]);
  });

  it.each([
    ['en', 'Browse our portfolio of wedding photography from the last ten seasons.'],
    ['en', 'A wealth of flavours in every bite of our new granola.'],
    ['fr', 'Les fonds récoltés lors du gala iront à la Croix-Rouge.'],
    ['en', 'Battery life +20% compared with last year’s model.'],
  ])('is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.finance-risk-warning', copy, language)).toEqual([]);
  });
});

describe('finance and environmental words beside an ordinary noun (COBS 4.5A; Green Guides 260.4)', () => {
  it.each([
    ['en', 'Our growth portfolio of global stocks gained 11% last year.'],
    ['de', 'Im Fonds der Deka stecken 40 Aktien aus Europa.'],
    ['fr', 'Le fonds de placement Horizon vise une croissance à long terme.'],
  ])('finance-risk-warning fires on %s “%s”', (language, copy) => {
    expect(fired('regulated.finance-risk-warning', copy, language)).not.toEqual([]);
  });

  it.each([
    ['en', 'Our pension-themed board game returned 3 times to the bestseller list.'],
    ['en', 'Our growth portfolio of indoor plants thrives in low light.'],
    ['de', 'Im Fonds der Stadtbibliothek finden Sie unsere Bücher.'],
    ['fr', 'Le fonds de dotation de notre fondation soutient 12 écoles.'],
  ])('finance-risk-warning is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.finance-risk-warning', copy, language)).toEqual([]);
  });

  it('environmental fires on fr “Des produits durables, pensés pour la planète.”', () => {
    expect(
      fired('regulated.environmental', 'Des produits durables, pensés pour la planète.', 'fr'),
    ).not.toEqual([]);
  });

  it('environmental is silent on fr “Des produits durables, garantis cinq ans.”', () => {
    expect(fired('regulated.environmental', 'Des produits durables, garantis cinq ans.', 'fr')).toEqual([]);
  });
});

describe('environmental and health words in their ordinary sense (Green Guides 260.4; 21 CFR 101.93(g))', () => {
  it.each([
    ['en', 'Sustainable packaging for every order.'],
    ['fr', 'Une mode plus durable, pensée pour la planète.'],
    ['de', 'Unsere nachhaltige Kollektion ist da.'],
  ])('environmental fires on %s “%s”', (language, copy) => {
    expect(fired('regulated.environmental', copy, language)).not.toEqual([]);
  });

  it.each([
    ['en', 'Sustainable growth for your small business: accounting made simple.'],
    ['fr', 'Une relation durable avec nos clients depuis 1980.'],
    ['de', 'Der Eindruck bleibt nachhaltig: unser neues Parfum.'],
  ])('environmental is silent on %s “%s”', (language, copy) => {
    expect(fired('regulated.environmental', copy, language)).toEqual([]);
  });

  it.each([
    'Zinc lozenges that fight viruses all winter.',
    'Our spray protects against viruses on your hands.',
    'Elderflower syrup helps against viruses and colds.',
  ])('health-disease fires on “%s”', (copy) => {
    expect(fired('regulated.health-disease', copy)).not.toEqual([]);
  });

  it.each([
    'Our antivirus protects you from viruses, phishing and ransomware.',
    'Stops computer viruses before they reach your inbox.',
    'Blocks viruses and malware on every device.',
  ])('health-disease is silent on “%s”', (copy) => {
    expect(fired('regulated.health-disease', copy)).toEqual([]);
  });
});

describe('prefilter: a double space or a tab inside a cue never hides a match (one-word literals)', () => {
  it.each([
    ['en', 'regulated.health-disease', 'Say  goodbye to migraines.'],
    ['en', 'regulated.health-disease', 'Helps  with migraines.'],
    ['en', 'regulated.health-disease', 'It gets  rid of migraines.'],
    ['de', 'regulated.health-disease', 'Weg  mit Migräne.'],
    ['de', 'regulated.health-disease', 'Nie  wieder Migräne.'],
    ['en', 'regulated.finance-risk-warning', 'Boost your nest  egg with our fund.'],
    ['en', 'regulated.health-disease', 'Say\tgoodbye to migraines.'],
  ])('%s %s fires on “%s”', (language, ruleId, copy) => {
    expect(fired(ruleId, copy, language)).not.toEqual([]);
  });
});

describe('health-disease: a treatment claim beside a weekday, a type or an occasion still fires (review of the fixes)', () => {
  it.each([
    ['en', 'Cure your Monday migraine with our herbal tea.'],
    ['en', 'Reverses diabetes on a plant-based plan.'],
    ['en', 'Our drops prevent flu on your travels.'],
    ['es', 'Nuestro suplemento cura la diabetes del tipo 2.'],
    ['es', 'Alivia la migraña del lunes con nuestra infusión.'],
    ['de', 'Unser Tee heilt Migräne beim ersten Anzeichen.'],
    ['de', 'Heilt Diabetes vom Typ 2 in acht Wochen.'],
  ])('blocks %s “%s”', (language, copy) => {
    const pkg = withCopy(copy, 'social-paid', 'caption', { language });
    expect(hits(pkg, 'regulated.health-disease', contract()).map((f) => f.severity)).toContain('block');
  });
});
