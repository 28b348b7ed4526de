import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26, children, finance and health: the kinds of wording the codes name that the rules did not read.
 * Every example is a paraphrase (its own brand and words), so a test holds the kind, not a line.
 */
const kids = (p: HandoffPackage) => {
  p.product = { categories: ['children-product'] };
  p.audience.primary = 'Children aged 6 to 11 and their parents';
};
const adults = (p: HandoffPackage) => {
  p.audience.primary = 'Adults aged 25 to 45';
};

describe('children.direct-exhortation: pester power, love on condition, left out (CAP 5.2, 5.4; CARU)', () => {
  it.each([
    ['en', 'Nag your dad until he caves and gets you the Jet Scooter!', 'Nag your dad'],
    [
      'en',
      'Keep asking your mum till she says yes to the Puzzle Palace.',
      'Keep asking your mum till she says yes',
    ],
    ['en', 'Hit the button and we’ll email your parents your birthday list.', 'we’ll email your parents'],
    ['en', 'Secret level inside! Don’t tell your parents.', 'Don’t tell your parents'],
    ['en', 'If your parents love you, they will take you to Fun Barn.', 'If your parents love you'],
    ['en', 'Without a Glowbot nobody will play with you at break.', 'nobody will play with you'],
    ['de', 'Quengelt, bis Papa nachgibt: der Kran von Baukiste ist da!', 'Quengelt'],
    ['de', 'Wenn Mama dich lieb hat, bekommst du die Ponybox.', 'Wenn Mama dich lieb hat'],
    ['es', 'Dale la lata a tus padres hasta que te compren el Robotín.', 'Dale la lata a tus padres'],
    ['es', 'Sin la mochila Cometa, nadie querrá jugar contigo.', 'nadie querrá jugar contigo'],
    ['fr', 'Supplie tes parents pour avoir le circuit Turbo !', 'Supplie tes parents'],
    ['fr', 'Dans ta classe, tout le monde a déjà sa trousse Galaxie.', 'tout le monde a déjà'],
    ['fr', 'Ne le dis pas à tes parents : le niveau bonus est caché ici.', 'Ne le dis pas à tes parents'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('children.direct-exhortation', copy, kids, language)).toContain(quote);
  });

  it.each([
    ['en', 'Always ask a grown-up before you go online.'],
    ['en', 'You keep asking for more colours, so here they are.'],
    ['de', 'Mit Mama und Papa macht der Ausflug doppelt Spaß.'],
    ['es', 'Comparte la merienda con tus amigos en el recreo.'],
    ['fr', 'Tout le monde peut jouer, petits et grands.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('children.direct-exhortation', copy, kids, language)).toEqual([]);
  });

  it('reads the same words to adults as ordinary copy', () => {
    expect(quotes('children.direct-exhortation', 'Keep asking your mum till she says yes.', adults)).toEqual(
      [],
    );
  });
});

describe('children.credulity: powers and feats a product cannot give (CAP 5.2.3, 5.3.1)', () => {
  it.each([
    ['en', 'Fizzbites give you super powers before the match!', 'give you super powers'],
    [
      'en',
      'With Zoomers on your feet you’ll jump higher than anyone at the park.',
      'you’ll jump higher than anyone',
    ],
    [
      'en',
      'One lunchbox of Brainies and you’re the cleverest kid in class.',
      'you’re the cleverest kid in class',
    ],
    ['en', 'This cape really makes you fly.', 'really makes you fly'],
    [
      'de',
      'Mit dem Flitzer-Helm fährst du nicht nur schnell: du wirst stärker als alle.',
      'du wirst stärker als',
    ],
    ['de', 'Mit der Glitzerbrause kannst du zaubern!', 'kannst du zaubern'],
    ['es', 'Los cereales Cohete te dan poderes mágicos.', 'te dan poderes mágicos'],
    ['es', 'Con las botas Trueno correrás más rápido que tus amigos.', 'correrás más rápido'],
    ['fr', 'La compote Hercule te rendra plus forte que ta grande sœur.', 'te rendra plus forte'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('children.credulity', copy, kids, language)).toContain(quote);
  });

  it.each([
    ['en', 'Dress up as your favourite superhero this weekend.'],
    ['en', 'The new trainers have a softer sole for running.'],
    ['de', 'Ein Superhelden-Kostüm für die Faschingsparty.'],
    ['es', 'Pinta tu propia capa de superhéroe en el taller.'],
    ['fr', 'Un goûter pour reprendre des forces après la classe.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('children.credulity', copy, kids, language)).toEqual([]);
  });

  it('reads only copy for children', () => {
    expect(quotes('children.credulity', 'Fizzbites give you super powers!', adults)).toEqual([]);
  });
});

describe('children.personal-data: contact details and photos asked in other words (COPPA 312.5)', () => {
  it.each([
    ['en', 'Type in your full name and home address so we can post your badge.', 'Type in your full name'],
    ['en', 'Snap a selfie with your model and send it in!', 'Snap a selfie'],
    ['es', 'Déjanos tu dirección y tu fecha de nacimiento.', 'tu dirección'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('children.personal-data', copy, kids, language)).toContain(quote);
  });

  it('does not read a form for parents in copy to adults', () => {
    expect(quotes('children.personal-data', 'Enter your full name to order.', adults)).toEqual([]);
  });
});

describe('regulated.health-disease: more verbs, markers, drugs replaced (21 CFR 101.93(g); Reg. 1924/2006)', () => {
  it.each([
    ['en', 'Oreganol drops knock out a cold overnight.', 'knock out a cold'],
    ['en', 'ClearSole spray kills nail fungus in a week.', 'kills nail fungus'],
    ['en', 'A smart snack, great for managing diabetes.', 'managing diabetes'],
    ['en', 'Our oat bars keep your cholesterol in check.', 'keep your cholesterol in check'],
    ['en', 'Psoriasis sorted, thanks to our oatmeal balm.', 'Psoriasis sorted'],
    ['en', 'The natural alternative to antidepressants.', 'natural alternative to antidepressants'],
    ['en', 'She came off her painkillers after two weeks of our turmeric.', 'came off her painkillers'],
    ['en', 'Many tell us it helped with their migraines.', 'helped with their migraines'],
    ['en', 'Bye-bye eczema with Dermacalm.', 'Bye-bye eczema'],
    ['es', 'Infusión Serena: baja la tensión sin esfuerzo.', 'baja la tensión'],
    ['es', 'Mi abuelo dejó las pastillas del corazón.', 'dejó las pastillas'],
    ['fr', 'Notre sirop protège les petits des rhumes tout l’hiver.', 'protège les petits des rhumes'],
    ['fr', 'Stop à la cystite avec nos gélules de cranberry.', 'Stop à la cystite'],
    ['fr', 'Plus besoin de médicaments pour bien dormir.', 'Plus besoin de médicaments'],
    ['de', 'Knoblauchkapseln halbieren Ihr Schlaganfall-Risiko.', 'halbieren Ihr Schlaganfall'],
    ['de', 'Die sanfte Alternative zu Antibiotika.', 'Alternative zu Antibiotika'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('regulated.health-disease', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'Do not stop taking prescribed medication without advice from your doctor.'],
    ['en', 'Our new bike lane cuts the traffic on the main arteries of town.'],
    ['en', 'Great for managing your weekly budget.'],
    ['en', 'Keep your receipts in check with our app.'],
    ['es', 'El nuevo carril bici reduce el tráfico en las arterias principales.'],
    ['es', 'Baja la tensión del día con un baño caliente y música.'],
    ['fr', 'Notre housse protège votre canapé des taches.'],
    ['de', 'Wir halbieren die Lieferzeit für Ihre Möbel.'],
    ['en', 'All your vitamins in one gummy: no more pills to swallow.'],
    ['en', 'This supplement is not intended to replace medication.'],
    ['en', 'We cut the queue for flu jabs: book online.'],
    ['en', 'Kick off flu season with a free jab at our pharmacy.'],
    ['en', 'Travel anxiety gone: free cancellation on every booking.'],
    ['en', 'Our hand gel kills cold and flu viruses on contact.'],
    ['es', 'Adiós a las pastillas: tus vitaminas en gominolas.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('regulated.health-disease', copy, undefined, language)).toEqual([]);
  });
});

describe('regulated.health-benefit: growth promised to children (Reg. 1924/2006 art. 14)', () => {
  it('reads a promise of centimetres', () => {
    expect(
      quotes('regulated.health-benefit', 'Leche Altamira: para que crezcan hasta 4 cm más.', undefined, 'es'),
    ).toContain('crezcan hasta 4 cm más');
  });
  it('does not read a plant that grows', () => {
    expect(quotes('regulated.health-benefit', 'Our basil grows in a sunny spot.')).toEqual([]);
  });
});

describe('regulated.finance-returns: returns promised, risk denied, safety likened (FCA COBS 4, FINRA 2210)', () => {
  it.each([
    ['en', 'Earn 6% every week with our staking pool.', 'Earn 6% every week'],
    ['en', 'Vineyard notes: 10% annual, guaranteed.', '10% annual, guaranteed'],
    ['en', 'Put it in our forestry bonds: your money’s as safe as houses.', 'as safe as houses'],
    ['en', 'Copy our traders and earn 20% a month, no risk.', 'no risk'],
    ['en', 'Watch your savings double with our gold plan.', 'your savings double'],
    ['en', 'You can’t lose with property.', 'can’t lose with property'],
    ['de', 'Unsere Windpark-Anleihe: 7 % Zinsen pro Jahr, garantiert.', '7 % Zinsen pro Jahr, garantiert'],
    ['de', 'Silber kennt nur eine Richtung: nach oben.', 'kennt nur eine Richtung: nach oben'],
    ['de', 'Festzins-Anlage, sicherer als ein Sparbuch.', 'sicherer als ein Sparbuch'],
    ['es', 'Hazte rico con nuestras señales de forex.', 'Hazte rico'],
    ['es', 'Gana un 3% al día con nuestro bot de trading.', 'Gana un 3% al día'],
    ['fr', 'Gagnez 70 % en 5 minutes avec nos options.', 'Gagnez 70 % en 5 minutes'],
    ['fr', 'Ce token va faire x50 avant l’été.', 'va faire x50'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('regulated.finance-returns', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'Earn 2% per month in cashback at the pump.'],
    ['en', 'Try it risk-free for 30 days, then £4.99 a month.'],
    ['en', 'Our bike locks keep it as safe as houses.'],
    ['de', 'Tagesgeld: 2,5 % p. a. – garantiert bis zum 31.12.'],
    ['es', 'Gana un 5% de descuento al mes en tu compra.'],
    ['fr', 'Devenez riche en souvenirs cet été au camping.'],
    ['en', 'This camera will do x30 zoom without a tripod.'],
    ['en', 'Investors in People accredited: book a no-risk consultation.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('regulated.finance-returns', copy, undefined, language)).toEqual([]);
  });
});

describe('finance.credit-for-all: credit whatever the borrower (FCA CONC 3.3)', () => {
  it.each([
    ['es', 'Microcrédito de 1.500 € sin preguntas en 15 minutos.', 'Microcrédito de 1.500 € sin preguntas'],
    ['en', 'Instant loans, no questions asked.', 'Instant loans, no questions asked'],
    ['de', 'Sofortkredit ohne Bonitätsprüfung!', 'Sofortkredit ohne Bonitätsprüfung'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('finance.credit-for-all', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'Return it within 30 days for store credit, no questions asked.'],
    ['fr', 'Échange ou avoir sans question pendant 30 jours.'],
  ])('[%s] %j is a returns policy', (language, copy) => {
    expect(quotes('finance.credit-for-all', copy, undefined, language)).toEqual([]);
  });

  it('does not read a store card with its checks stated', () => {
    expect(quotes('finance.credit-for-all', 'Store card: 0% for 6 months, subject to status.')).toEqual([]);
  });
});

describe('regulated.finance-risk-warning: leveraged and high-risk products with no warning (ESMA CFD measures)', () => {
  it.each([
    ['en', 'Trade gold CFDs from your phone.', 'CFDs'],
    ['en', 'Trade oil with 20:1 leverage.', '20:1 leverage'],
    ['de', 'Mit Hebel x50 auf den DAX.', 'Mit Hebel'],
    ['fr', 'Options binaires dès 10 € sur votre mobile.', 'Options binaires'],
    ['en', 'Our bond pays fixed returns of 8% a year.', 'fixed returns of 8%'],
    ['de', 'Unser Aktienfonds für Einsteiger.', 'Aktienfonds'],
  ])('[%s] %j', (language, copy, quote) => {
    expect(quotes('regulated.finance-risk-warning', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'Leverage our experts to plan your kitchen.'],
    ['en', 'Easy saver, 3.1% p.a. variable.'],
    ['de', 'Den Hebel umlegen und das Licht geht an.'],
    ['en', 'CFD simulation software for engineers, free trial.'],
    ['fr', 'L’effet de levier de votre marque sur les réseaux sociaux.'],
    ['fr', 'Une seule couche suffit, même pour les plafonds.'],
    ['en', 'Trade CFDs on gold. 74% of retail investor accounts lose money when trading CFDs.'],
  ])('[%s] %j does not', (language, copy) => {
    expect(quotes('regulated.finance-risk-warning', copy, undefined, language)).toEqual([]);
  });
});
