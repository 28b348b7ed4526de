import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28: a green claim the copy declines to make ("we won't tell you this bottle is good for the planet")
 * is no claim; the same words stated are (FTC Green Guides 260.4; Directive (EU) 2024/825).
 */
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
  ])('[%s] %j does not fire', (language, copy) => {
    expect(generic(copy, language)).toEqual([]);
  });

  it.each([
    ['en', 'Don’t settle for less: our detergent is eco-friendly.'],
    ['en', 'No compromises. Good for the planet, tough on stains.'],
    ['en', 'Not just stylish, eco-friendly too.'],
    ['en', 'You don’t have to choose: it’s kind to the planet and your wallet.'],
    ['en', 'We never cut corners, so every bottle is eco-friendly.'],
    ['es', 'No lo dudes: es respetuoso con el medio ambiente.'],
    ['de', 'Keine Kompromisse: umweltfreundlich und günstig.'],
    ['fr', 'Ne cherchez plus : une lessive écologique et efficace.'],
  ])('[%s] %j fires', (language, copy) => {
    expect(generic(copy, language).length).toBeGreaterThan(0);
  });
});
