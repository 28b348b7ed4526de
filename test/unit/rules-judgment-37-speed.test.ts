import { otherWinner } from '#core/rules/award-winner';

/**
 * Stop 37's score-speed work changes no finding: the award check reads the copies only when a summary
 * names a winner.
 */
describe('otherWinner: the copies are read only when a summary names a winner', () => {
  const by = /(?<![\p{L}])(?:awarded to|won by)(?![\p{L}])/iu;
  const summary = 'Gold medal 2026 awarded to "Los Olivos Picual" by the olive oil fair.';

  it('finds a sibling product named as the winner', () => {
    expect(otherWinner([summary], ['Los Olivos Arbequina, an award-winning oil'], by)).toBe(true);
  });

  it('clears the product that won', () => {
    expect(otherWinner([summary], ['Los Olivos Picual, gold medal 2026'], by)).toBe(false);
  });

  it('is false when no summary names a winner, or the copies say nothing', () => {
    expect(otherWinner(['Gold medal 2026, olive oil fair.'], ['Los Olivos Arbequina'], by)).toBe(false);
    expect(otherWinner([''], ['Los Olivos Arbequina'], by)).toBe(false);
    expect(otherWinner([summary], [''], by)).toBe(false);
  });

  it('answers alike on repeated calls and for a global pattern', () => {
    const copies = ['Los Olivos Arbequina, an award-winning oil'];
    const global = new RegExp(by.source, 'giu');
    expect([otherWinner([summary], copies, by), otherWinner([summary], copies, by)]).toEqual([true, true]);
    expect([otherWinner([summary], copies, global), otherWinner([summary], copies, global)]).toEqual([
      true,
      true,
    ]);
  });
});
