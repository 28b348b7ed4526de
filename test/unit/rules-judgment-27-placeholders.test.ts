import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 27 (placeholders): personalisation fields left unfilled ({first_name}, <CODE>, $FIRSTNAME, [Vorname])
 * and date-format slots ([JJ/MM], DD/MM). The branch's environmental half was not merged: it doubled the cost
 * of regulated.environmental, which reads most texts, for one more dev line.
 */
describe('unfilled personalisation fields and date slots (placeholder.merge-tag)', () => {
  it.each([
    ['en', 'Hi {first_name}, your 20% code is waiting!', '{first_name}'],
    ['en', 'Hey $FIRSTNAME, last chance for free shipping.', '$FIRSTNAME'],
    ['de', 'Hallo [Vorname], dein Rabatt wartet.', '[Vorname]'],
    ['fr', 'Rendez-vous le [JJ/MM] en boutique.', '[JJ/MM]'],
    ['en', 'Use code <CODE> at checkout.', '<CODE>'],
    ['es', 'Hola {Nombre}, tu cupón vence el DD/MM.', '{Nombre}'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('placeholder.merge-tag', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Our first name basis: meet the team behind Loop.'],
    ['de', 'Schreib deinen Vornamen auf die Tasse, kostenlos!'],
    ['fr', 'Le prénom de votre enfant brodé sur le sac.'],
    ['es', 'Personaliza tu taza con tu nombre.'],
    ['en', 'Size XXL now in stock, from $25.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('placeholder.merge-tag', copy, undefined, lang)).toEqual([]);
  });
});
