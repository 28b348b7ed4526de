import { otherWinner } from '#core/rules/award-winner';
import { estimateForAmount } from '#core/rules/evidence-estimate';

/**
 * Stop 36's two evidence readings, read directly: an award whose evidence names another product as its
 * winner, and a survey of estimates filed for a measured amount. The bank tests reach them through whole
 * packages; these pin the edges of each reading.
 */
const by = /(?<![\p{L}])(?:awarded to|won by|verliehen an|décernée? à)(?![\p{L}])/iu;

describe('otherWinner', () => {
  const summary = 'Gold medal 2026, awarded to "Los Olivos Picual" (certificate 4411).';
  it('is true when the named winner shares the brand but has a word of its own the copy never says', () => {
    expect(otherWinner([summary], ['Los Olivos Arbequina, our award-winning oil'], by)).toBe(true);
  });
  it('is false when the copy sells the winner itself', () => {
    expect(otherWinner([summary], ['Los Olivos Picual, gold medal 2026'], by)).toBe(false);
  });
  it('is false when the winner shares no word with the copy (another brand is not a sibling)', () => {
    expect(otherWinner([summary], ['Sierra Verde oil, award-winning'], by)).toBe(false);
  });
  it('is false when the summary names no winner in quotes', () => {
    expect(otherWinner(['Gold medal 2026 for our olive oil.'], ['Los Olivos Arbequina'], by)).toBe(false);
  });
  it('reads every summary: one sibling winner and one own winner is no other winner', () => {
    const own = 'Silver 2025, awarded to "Los Olivos Arbequina".';
    expect(otherWinner([summary, own], ['Los Olivos Arbequina'], by)).toBe(false);
  });
  it('is false when the winner is set apart only by short words ("Pro", "Max", a year)', () => {
    const de = 'Testsieger, verliehen an „Nordwelle Pro Max 2026“.';
    expect(otherWinner([de], ['Nordwelle, Testsieger'], by)).toBe(false);
  });
  it('reads German and French winner phrases', () => {
    const de = 'Testsieger, verliehen an „Nordwelle Aqua Sport“ (Heft 3/2026).';
    expect(otherWinner([de], ['Nordwelle Lite, Testsieger'], by)).toBe(true);
    const fr = 'Médaille d’or, décernée à « Maison Vasseur Grand Cru ».';
    expect(otherWinner([fr], ['Maison Vasseur Réserve'], by)).toBe(true);
  });
  it('is false for an empty summary or copy (the copies are read only once a winner is named)', () => {
    expect(otherWinner([''], ['Los Olivos Arbequina'], by)).toBe(false);
    expect(otherWinner([summary], [''], by)).toBe(false);
  });
  it('answers alike on repeated calls and for a global pattern (no lastIndex carried over)', () => {
    const copies = ['Los Olivos Arbequina, our award-winning oil'];
    const global = new RegExp(by.source, 'giu');
    expect([otherWinner([summary], copies, by), otherWinner([summary], copies, by)]).toEqual([true, true]);
    expect([otherWinner([summary], copies, global), otherWinner([summary], copies, global)]).toEqual([
      true,
      true,
    ]);
  });
});

describe('estimateForAmount', () => {
  const survey = 'online survey of 1,204 customers: respondents estimated the time they save each week';
  it('is true for a measured amount backed only by estimates', () => {
    expect(estimateForAmount('saves you 3 hours a week', survey)).toBe(true);
    expect(estimateForAmount('cuts your bill by 20 % less', survey)).toBe(true);
    expect(
      estimateForAmount('ahorra 2 horas a la semana', 'encuesta: los encuestados estimaron el tiempo'),
    ).toBe(true);
  });
  it('is false when the claim reports the answers themselves', () => {
    expect(estimateForAmount('9 in 10 users say it saves them 3 hours a week', survey)).toBe(false);
    expect(estimateForAmount('87 % of customers would recommend it', survey)).toBe(false);
  });
  it('is false when the survey sits beside a measurement', () => {
    expect(
      estimateForAmount('saves you 3 hours a week', `${survey}; sessions timed and logged in the app`),
    ).toBe(false);
  });
  it('is false for evidence that is no survey, or a survey of no estimates', () => {
    expect(estimateForAmount('saves you 3 hours a week', 'time-and-motion study, 40 kitchens, 2026')).toBe(
      false,
    );
    expect(estimateForAmount('saves you 3 hours a week', 'survey of 500 customers on delivery slots')).toBe(
      false,
    );
  });
  it('is false for a claim that states no amount', () => {
    expect(estimateForAmount('makes weeknights easier', survey)).toBe(false);
  });
});
