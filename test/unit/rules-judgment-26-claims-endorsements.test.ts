import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26, claims and endorsements: superlatives, guarantees, establishment claims and testimonials read by
 * the kinds of wording the codes name (CAP 3.7, 3.11, 3.45-3.47; FTC substantiation and 16 CFR 255), in the
 * four languages, with the near-misses a reviewer passes.
 */
describe('a market superlative scoped to a state, a region or "all of" a place', () => {
  it.each([
    ['en', 'The cheapest gym membership in Texas.', 'cheapest gym membership in Texas'],
    ['es', 'La pizzería más barata de toda Galicia.', 'más barata de toda Galicia'],
    ['fr', 'Le plombier le moins cher de toute la Bretagne.', 'moins cher de toute la Bretagne'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('claim.superlative', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'The best seats in the whole house are on the balcony.'],
    ['es', 'La mejor paella de toda la familia la hace la abuela.'],
    ['en', "World's Best Grandma apron, hand-printed."],
    ['en', 'A mug for the World’s Best Teacher.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('claim.superlative', copy, undefined, lang)).toEqual([]);
  });
});

describe('a popularity ranking: more people choose it than any other', () => {
  it.each([
    [
      'en',
      'More nurses bank with Carewell than with any other bank.',
      'More nurses bank with Carewell than with any other',
    ],
    ['en', 'We sell more than any other shop on the high street.', 'sell more than any other'],
    [
      'es',
      'Más conductores repostan con Gasola que con cualquier otra marca.',
      'Más conductores repostan con Gasola que con cualquier otra',
    ],
    [
      'fr',
      'Plus de familles choisissent Domia que toute autre marque.',
      'Plus de familles choisissent Domia que toute autre',
    ],
    [
      'de',
      'Mehr Familien vertrauen uns als jedem anderen Anbieter.',
      'Mehr Familien vertrauen uns als jedem anderen',
    ],
    ['en', 'Nobody in Wales sells more e-bikes than we do.', 'Nobody in Wales sells more e-bikes than'],
    [
      'en',
      'No bakery chain in Leeds sells more sourdough than Crumbly.',
      'No bakery chain in Leeds sells more sourdough than',
    ],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('claim.superlative', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    'Love you more than anything else, Mum.',
    'No one loves you more than your dog does.',
    'More flavour, more fun: try the new range.',
  ])('%j does not', (copy) => {
    expect(quotes('claim.superlative', copy)).toEqual([]);
  });
});

describe('a guaranteed outcome in Spanish, French and German; a warranty or a delivery slot is not one', () => {
  it.each([
    ['es', 'Aprobado garantizado en tu examen de conducir.', 'garantizado'],
    ['es', 'Bajar dos tallas en un mes. Garantizado.', 'Garantizado'],
    ['fr', 'Réussite garantie au concours, sinon on vous rembourse.', 'garantie'],
    ['fr', 'Garantie de réussite pour votre code de la route.', 'Garantie de réussite'],
    ['de', 'Mit uns bestehen Sie garantiert beim ersten Versuch.', 'garantiert'],
    ['en', 'A 100% pass rate for our learner drivers.', '100% pass rate'],
    ['fr', '100 % de nos candidats admis en école.', '100 % de nos candidats'],
    ['en', 'Kills 100% of limescale in one rinse.', 'Kills 100%'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('claim.absolute-guarantee', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['fr', 'Livraison garantie sous 48 h.'],
    ['de', '5 Jahre Garantie auf alle Geräte.'],
    ['fr', 'Les garanties sont détaillées dans le contrat.'],
    ['fr', 'Le capital placé sur le fonds euros est garanti.'],
    ['de', 'Garantiert 100 % Baumwolle.'],
    ['es', 'Envío garantizado en 24 horas.'],
    ['en', 'Guaranteed 100% wool, knitted in Shetland.'],
    ['en', 'Guaranteed acceptance at every partner site.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('claim.absolute-guarantee', copy, undefined, lang)).toEqual([]);
  });
});

describe('an establishment claim: a clinical, dermatological, laboratory or scientific test named as proof', () => {
  it.each([
    ['en', 'Dermatologist-tested formula for sensitive skin.', 'Dermatologist-tested'],
    ['en', 'Backed by science, loved by runners.', 'Backed by science'],
    ['fr', 'Efficacité testée cliniquement sur la peau sèche.', 'testée cliniquement'],
    ['es', 'Fórmula clínicamente testada para pieles sensibles.', 'clínicamente testada'],
    ['es', 'Probado en laboratorio: quita la grasa al primer lavado.', 'Probado en laboratorio'],
    ['de', 'Wissenschaftlich belegt: schneller einschlafen.', 'Wissenschaftlich belegt'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('claim.clinically-proven', copy, undefined, lang)).toEqual([quote]);
  });

  it.each(['Our recipe has proven to be a family favourite.', 'Tested by our own team on every trail.'])(
    '%j does not',
    (copy) => {
      expect(quotes('claim.clinically-proven', copy)).toEqual([]);
    },
  );
});

describe('a testimonial result stated as a level or score reached (FTC 16 CFR 255.2)', () => {
  it.each([
    ['fr', '« J’ai obtenu mon C1 en allemand. » — Léa', 'J’ai obtenu mon C1'],
    ['en', '“I got my C1 certificate before the move.”', 'I got my C1'],
    ['es', '«Con Hablo saqué mi B2 en tres meses.» — Irene', 'saqué mi B2'],
  ])('[%s] %j blocks without typical results', (lang, copy, quote) => {
    expect(quotes('endorsement.atypical-result', copy, undefined, lang)).toEqual([quote]);
  });

  it('goes to a person when typical results stand beside it', () => {
    const copy = 'I reached B2 in five months. On average, learners take nine.';
    expect(quotes('endorsement.atypical-result', copy)).toEqual([]);
    expect(quotes('endorsement.typical-result', copy)).toEqual(['I reached B2 in five months']);
  });

  it('still reads money made, with its thousands', () => {
    expect(quotes('endorsement.atypical-result', 'I made $4,000 in my first month of reselling.')).toEqual([
      'made $4,000',
    ]);
  });

  it.each([
    ['en', 'I made 4 kinds of bread this weekend.'],
    ['es', 'Gané 2 entradas para el concierto del sábado.'],
    ['fr', "J'ai gagné 3 parties d'échecs hier soir."],
  ])('[%s] %j is a count, not a result', (lang, copy) => {
    expect(quotes('endorsement.atypical-result', copy, undefined, lang)).toEqual([]);
  });
});

describe('an employee’s praise said as a convert or a fan (FTC 16 CFR 255.5)', () => {
  const staff = (title: string) => (p: HandoffPackage) => {
    p.title = title;
  };

  it.each([
    [
      'en',
      'Staff advocacy: posts for our employees',
      "Tried the new invoicing app this week and I'm a total convert.",
      "I'm a total convert",
    ],
    ['de', 'Mitarbeiter-Kampagne', 'Ich bin echt begeistert von der neuen App.', 'Ich bin echt begeistert'],
  ])('[%s] %j: %j fires', (lang, title, copy, quote) => {
    expect(quotes('endorsement.employee-connection', copy, staff(title), lang)).toEqual([quote]);
  });

  it('does not when the post says where the writer works', () => {
    const copy = "I work at Tallyo and I'm a total convert to the new invoicing app.";
    expect(
      quotes('endorsement.employee-connection', copy, staff('Staff advocacy: posts for our employees')),
    ).toEqual([]);
  });

  it('does not when the package names no connection', () => {
    const copy = "Tried the new invoicing app this week and I'm a total convert.";
    expect(quotes('endorsement.employee-connection', copy, staff('Spring launch'))).toEqual([]);
  });
});
