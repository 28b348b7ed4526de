import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 27: endorsements and substantiation read by kinds of wording the codes name, in four languages.
 * Every line here is written for this test; none is an evaluation line.
 */

/** Findings of `ruleId` on `copy`, as a caption on channel 1 (an influencer post for endorsement rules). */
function fired(ruleId: string, copy: string, language: string): boolean {
  const channel = ruleId === 'endorsement.undisclosed-connection' ? 'influencer' : 'social-organic';
  const pkg = withCopy(copy, channel, 'caption', { language });
  return hits(pkg, ruleId, contract3()).some((f) => f.pointer.startsWith('/channels/1/'));
}

describe('Proof wording: tests, studies, shares of users, expert recommendation (CAP 3.7, FTC substantiation)', () => {
  it.each([
    ['en', 'Independent lab tests confirm it: 48h of hold, zero flakes.'],
    ['en', 'Proven to cut frizz for 72 hours 💁‍♀️'],
    ['en', 'A new study found our blend sharpens focus in 20 minutes.'],
    ['en', 'Clinical trials prove it: fewer breakouts in 2 weeks.'],
    ['de', 'Nachweislich weniger Haarbruch schon nach 4 Anwendungen.'],
    ['de', 'Studien belegen: Unser Magnesium verbessert den Schlaf.'],
    ['de', 'Wirksamkeit klinisch nachgewiesen – jetzt im Shop.'],
    ['de', 'Laut einer Studie schläfst du damit 30 Minuten länger.'],
    ['fr', 'Efficacité prouvée contre les cernes 👀'],
    ['fr', 'Une étude le confirme : la peau est plus ferme en 28 jours.'],
    ['fr', 'Des études montrent que notre sérum réduit les rides.'],
    ['es', 'Eficacia demostrada frente a la caída del cabello.'],
    ['es', 'Estudios clínicos demuestran que hidrata 48 horas.'],
    ['es', 'Según un estudio, mejora la memoria en un mes.'],
    ['es', 'Probado en laboratorio: elimina el 99,9 % de los gérmenes.'],
    ['en', '92% of women saw firmer skin in 4 weeks*'],
    ['en', '87% of users said their sleep improved.'],
    ['de', '94 % der Anwenderinnen bestätigen ein glatteres Hautbild.'],
    ['fr', '91 % des utilisatrices constatent une peau plus lisse.'],
    ['es', 'El 89 % de las usuarias notó menos frizz.'],
    ['en', 'Recommended by dermatologists for sensitive skin.'],
    ['en', 'The #1 dentist-recommended whitening pen.'],
    ['de', 'Von Hautärzten empfohlen – sanft zu jeder Haut.'],
    ['fr', 'Recommandé par les dermatologues depuis 20 ans.'],
    ['es', 'Recomendado por dermatólogos para piel atópica.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(fired('claim.clinically-proven', copy, lang)).toBe(true);
  });

  it.each([
    ['en', 'We tested 40 recipes so you don’t have to.'],
    ['en', 'Our study guide helps you prepare for the exam.'],
    ['en', 'Proven recipes from our grandmother’s kitchen, now in a box.'],
    ['en', '92% of our staff cycle to work, and we are proud of it.'],
    ['de', 'Studien zeigen wir euch im Lernportal, kostenlos.'],
    ['de', 'Unser Studio empfiehlt bequeme Kleidung für den Kurs.'],
    ['fr', 'Une étude de cas pour votre mémoire ? Rendez-vous en bibliothèque.'],
    ['fr', 'Recommandé par nos libraires pour les vacances.'],
    ['es', 'Estudios de grabación disponibles por horas.'],
    ['es', 'Recomendado por nuestros clientes en Google.'],
    ['es', 'Los estudios demuestran que el domingo sabe mejor.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(fired('claim.clinically-proven', copy, lang)).toBe(false);
  });
});

describe('Multiplied outcomes: 2x, doppelt so, deux fois plus, dos veces más (CAP 3.7)', () => {
  it.each([
    ['en', 'Lasts 2x longer on a single charge ⚡'],
    ['en', 'Charges 3x faster. Seriously.'],
    ['de', 'Hält doppelt so lange – ein ganzes Wochenende.'],
    ['de', 'Dreimal schneller trocken – dank Turbo-Gebläse.'],
    ['fr', 'Deux fois plus rapide pour sécher vos cheveux.'],
    ['fr', 'Trois fois plus efficace contre le calcaire.'],
    ['es', 'Dos veces más rápido, sin dañar el pelo.'],
    ['es', 'Dura el doble: hasta 20 horas seguidas.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(fired('claim.quantified-outcome', copy, lang)).toBe(true);
  });

  it.each([
    ['fr', 'La boutique est deux fois plus grande qu’avant.'],
    ['en', 'Twice a week we restock the bakery shelves.'],
    ['de', 'Doppelt so viele Plätze wie letztes Jahr im Kurs.'],
    ['fr', 'Deux fois par an, nous fermons pour inventaire.'],
    ['es', 'Dos veces al año abrimos la fábrica al público.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(fired('claim.quantified-outcome', copy, lang)).toBe(false);
  });
});

describe('Testimonial results in more verbs and tenses (FTC 16 CFR 255.2, CAP 3.45)', () => {
  it.each([
    ['es', 'He perdido 12 kilos con el plan Verde y me siento genial.'],
    ['es', 'Bajé 9 kilos antes del verano gracias a FitBox.'],
    ['de', 'Ich habe mit dem Programm 14 Kilo verloren!'],
    ['de', 'Ich bin jetzt minus 11 Kilo – dank SlimPlan.'],
    ['en', 'I paid off $18,000 of debt using this budgeting app.'],
    ['en', "I'm down 25 lbs since January thanks to MealMate."],
    ['fr', "J'ai fondu de 7 kilos avec la méthode Légère."],
    ['fr', "J'ai remboursé 15 000 € de dettes grâce à l'appli."],
  ])('[%s] %j fires', (lang, copy) => {
    expect(fired('endorsement.atypical-result', copy, lang)).toBe(true);
  });

  it.each([
    ['en', 'I paid for my order in two installments.'],
    ['es', 'He perdido las llaves otra vez, qué desastre.'],
    ['de', 'Ich habe 2 Kilo Äpfel gekauft für den Kuchen.'],
    ['fr', "J'ai perdu mon parapluie dans le métro."],
  ])('[%s] %j does not', (lang, copy) => {
    expect(fired('endorsement.atypical-result', copy, lang)).toBe(false);
  });
});

describe('Free products and gifts as connections without a disclosure (FTC 255.5, CAP 2.1)', () => {
  it.each([
    ['en', 'Huge thanks to @glowco for sending me this serum, obsessed!'],
    ['en', 'This was sent to me for free but honestly I love it.'],
    ['en', 'Got this PR sample last week and it is already my fave.'],
    ['de', 'Wurde mir kostenlos zur Verfügung gestellt – ich liebe es!'],
    ['de', 'Das PR-Sample von @lumi ist der Hammer.'],
    ['fr', "Produit reçu gratuitement, mais j'adore vraiment !"],
    ['fr', "On m'a offert ce soin et franchement je valide."],
    ['es', 'Me lo han enviado de @marca y estoy encantada.'],
    ['es', 'Producto recibido gratis, pero opinión 100 % sincera.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(fired('endorsement.undisclosed-connection', copy, lang)).toBe(true);
  });

  it.each([
    ['en', 'Sent my mum flowers for her birthday 💐'],
    ['en', 'I bought this with my own money and love it.'],
    ['de', 'Selbst gekauft und ich liebe es.'],
    ['fr', "J'ai offert ce soin à ma sœur pour Noël."],
    ['es', 'Lo compré yo misma y me encanta.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(fired('endorsement.undisclosed-connection', copy, lang)).toBe(false);
  });
});
