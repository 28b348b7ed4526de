import { GREEN_KINDS, GREEN_RULES, NOT_GREEN, ukAndEu } from './helpers/bank-32-green.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 32, environmental (ADR 0028 with rulings): the bank of `helpers/bank-32-green.ts`. A line fires one
 * of its kind's rules in a package sold in Britain and the EU; a near-miss of its kind fires none of them,
 * and the colour, setting and idiom lines fire no environmental rule at all.
 */
// The first score compiles the rulebooks; a loaded machine must not fail the first line on time.
beforeAll(() => {
  fired([], '', 'en');
}, 60_000);

kindBank('environmental', GREEN_KINDS, { where: () => ({ edit: ukAndEu }) });

describe('environmental: colour, settings and idioms', () => {
  it.each(NOT_GREEN)('[%s] %j raises no environmental rule', (lang, copy) => {
    expect(fired(GREEN_RULES, copy, lang, { edit: ukAndEu })).toEqual([]);
  });
});
