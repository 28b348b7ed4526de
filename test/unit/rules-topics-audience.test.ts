import { fires } from './helpers/topics.ts';

const KIDS = 'Children aged 6-11 watching kids channels.';
const ADULTS = 'Adults aged 25-45.';

describe('children (CAP 5, CARU, COPPA): rules that read the audience', () => {
  it.each([
    ['en', 'Kids, tell Mom and Dad to get you Robo-Rex today!'],
    ['es', '¡Pídeselo a tus papás ya!'],
    ['de', 'Sag deinen Eltern, sie sollen es dir kaufen!'],
    ['fr', "Les enfants, demandez à vos parents de vous l'offrir !"],
  ])('flags direct exhortation of children (%s)', (_lang, copy) => {
    expect(fires('children.direct-exhortation', copy, { audience: KIDS })[0]?.severity).toBe('block');
  });

  it('does not fire for the same words to adults, nor on "kinderleicht" copy', () => {
    expect(fires('children.direct-exhortation', 'Ask your parents about it!', { audience: ADULTS })).toEqual(
      [],
    );
    expect(
      fires('children.direct-exhortation', 'Kinderleicht: die Steuer in 20 Minuten.', { audience: KIDS }),
    ).toEqual([]);
  });

  it('reads other ways of naming a child audience ("kids under 13", "preschoolers", "Grundschulkinder")', () => {
    for (const audience of [
      'Kids under 13 on mobile.',
      'Preschoolers and their parents.',
      'Grundschulkinder in Bayern.',
    ]) {
      expect(fires('children.direct-exhortation', 'Buy now!', { audience })).toHaveLength(1);
    }
    expect(
      fires('children.direct-exhortation', 'Buy now! Kid leather gloves.', { audience: ADULTS }),
    ).toEqual([]);
  });

  it('flags asking children for personal data, not adults', () => {
    const copy = 'Enter your email and upload a selfie to win!';
    expect(fires('children.personal-data', copy, { audience: KIDS }).length).toBeGreaterThan(0);
    expect(fires('children.personal-data', copy, { audience: ADULTS })).toEqual([]);
  });
});

describe('alcohol (CAP 18, DISCUS, TTB)', () => {
  it.each([
    ['en', 'Crack a Summit Lager and watch the room fall for you.'],
    ['es', 'Cerveza Montaraz: el rendimiento que necesitas para tu entreno.'],
    ['de', 'Falkenstein Helles: die Extraportion für deine Bestzeit.'],
    ['fr', 'Notre bière pour séduire ce soir.'],
  ])('flags linking alcohol to success or performance (%s)', (_lang, copy) => {
    expect(fires('alcohol.success-claims', copy)[0]?.severity).toBe('block');
  });

  it('flags youth appeal and a minor audience; leaves "champagne gold" and "bourbon vanilla" alone', () => {
    expect(fires('alcohol.youth-appeal', 'Cotton candy hard seltzer for after school!')).toHaveLength(2);
    expect(
      fires('alcohol.minor-audience', 'Velvet Fox liqueur, 17% ABV.', { audience: 'Viewers aged 13-20' }),
    ).toHaveLength(1);
    expect(
      fires('alcohol.minor-audience', 'Velvet Fox liqueur, 17% ABV.', { audience: 'Adults 21+' }),
    ).toEqual([]);
    expect(fires('alcohol.success-claims', 'Champagne gold cases: the life of the party.')).toEqual([]);
    expect(fires('alcohol.success-claims', 'Our gin: forget your worries tonight.')).toHaveLength(1);
    expect(
      fires('alcohol.youth-appeal', 'Bourbon vanilla roast, no alcohol, for the candy lover.'),
    ).toHaveLength(1);
  });

  it('keeps a "don\'t drink and drive" message', () => {
    expect(fires('alcohol.driving', 'Summit Lager for the road trip.')).toHaveLength(1);
    expect(fires('alcohol.driving', "Summit Lager. Don't drink and drive.")).toEqual([]);
  });
});

describe('gambling (CAP 16, UKGC, RD 958/2020, GlüStV)', () => {
  it.each([
    ['en', 'Skint before payday? A quick spin on our slots could fix that.'],
    ['es', 'Apuestas sin riesgo en Casino Mirador.'],
    ['de', 'Sportwetten mit sicheren Gewinnen.'],
    ['fr', 'Paris sportifs sans risque ce week-end.'],
  ])('flags gambling as a money fix or riskless (%s)', (_lang, copy) => {
    expect(fires('gambling.money-problems', copy)[0]?.severity).toBe('block');
  });

  it('does not fire on playful non-gambling copy ("bet you can\'t stop at one", "roll the dice")', () => {
    expect(fires('gambling.money-problems', "Bet you can't stop at one crisp.")).toEqual([]);
    expect(fires('gambling.money-problems', 'Roll the dice on a new recipe, easy money saved.')).toEqual([]);
  });

  it('flags a bonus without significant terms, not one with them', () => {
    expect(fires('gambling.bonus-terms', 'Casino welcome bonus up to 200 €.')).toHaveLength(1);
    expect(
      fires('gambling.bonus-terms', 'Casino welcome bonus up to £200. Wagering 10x, T&Cs apply.'),
    ).toEqual([]);
  });
});
