import { ENDORSE_KINDS, HOST_READ, hostRead, ownSpots } from './helpers/bank-32-endorse.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 32, endorsements (ADR 0028 with rulings): the bank of `helpers/bank-32-endorse.ts`. A line fires
 * one of its kind's rules on the kind's channel and facts; a near-miss fires none of them.
 */
// The first score compiles the rulebooks; a loaded machine must not fail the first line on time.
beforeAll(() => {
  fired([], '', 'en');
}, 60_000);

kindBank('endorsements', ENDORSE_KINDS);

describe("endorsements: a host's read, and the brand's own spot", () => {
  const rules = ['endorsement.undisclosed-connection'];
  it.each(HOST_READ)('[%s] %j read by a host fires', (lang, copy) => {
    expect(fired(rules, copy, lang, hostRead)).not.toEqual([]);
  });
  it.each(HOST_READ)('[%s] %j as the brand’s own spot does not', (lang, copy) => {
    for (const where of ownSpots) expect(fired(rules, copy, lang, where)).toEqual([]);
  });
});
