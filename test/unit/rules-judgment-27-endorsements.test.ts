import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 27: endorsements read by kinds of wording the codes name, in four languages (the substantiation half
 * of the branch was not merged: on dev it added three flag-level false positives and read nothing new).
 * Every line here is written for this test; none is an evaluation line.
 */

/** Findings of `ruleId` on `copy`, as a caption on channel 1 (an influencer post for endorsement rules). */
function fired(ruleId: string, copy: string, language: string): boolean {
  const channel = ruleId === 'endorsement.undisclosed-connection' ? 'influencer' : 'social-organic';
  const pkg = withCopy(copy, channel, 'caption', { language });
  return hits(pkg, ruleId, contract3()).some((f) => f.pointer.startsWith('/channels/1/'));
}

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
