import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Judgment round 7, personal data: a name-like pair that opens with a sentence word ("Visit", "Besuchen") or
 * ends with a legal form or a kind of shop ("Ltd", "Books") is no person, so the address after it is no home.
 * The window between a person's name and the address stays as it was: the review of the round showed that
 * requiring the address right after the name let "Sam Patel; 14 Orchard Lane" and "María López en la Calle
 * Mayor 12" through.
 */
const contract = () => publishingContract('1.1.0');
const addressHits = (copy: string, language: string) => {
  const pkg = withCopy(copy, 'social-paid', 'caption', { language });
  return [...hits(pkg, 'pii.private-address', contract()), ...hits(pkg, 'pii.home-address', contract())];
};

describe('pii.private-address: a business before an address is no person', () => {
  it.each([
    ['de', 'Besuchen Sie uns in der Hauptstraße 5.'],
    ['en', 'Visit Harbour Books at 14 Quay Street.'],
    ['en', 'Brightdesk Ltd, 12 Market Street, Leeds.'],
    ['fr', 'Venez nous voir chez Maison Lune, 3 rue de la Paix.'],
    ['es', 'Visítanos en la tienda de Calle Mayor 12.'],
  ])('leaves %s “%s” alone', (language, copy) => {
    expect(addressHits(copy, language)).toEqual([]);
  });

  it.each([
    ['en', 'Sam Patel at 14 Orchard Lane, Leeds, won the prize.'],
    ['en', 'Meet Sam Patel at 14 Orchard Lane.'],
    ['en', 'Winner Sam Patel, of Leeds, 14 Orchard Lane'],
    ['en', 'Sam Patel, whose home is 14 Orchard Lane'],
    ['en', 'Sam Patel (home: 14 Orchard Lane)'],
    ['en', 'Sam Patel — 14 Orchard Lane'],
    ['en', 'Sam Patel; 14 Orchard Lane'],
    ['en', 'Sam Smith-Jones, 14 Orchard Lane'],
    ['en', 'Sam McDonald, 14 Orchard Lane'],
    ['en', 'Visit Sam Patel at 14 Orchard Lane.'],
    ['fr', 'Marie Dupont, au 3 rue de la Paix'],
    ['fr', 'Bravo à Marie Dupont chez elle au 3 rue de la Paix'],
    ['es', 'María López en la Calle Mayor 12'],
    ['de', 'Lena Vogel bei der Lindenstraße 12'],
  ])('still blocks %s “%s”', (language, copy) => {
    expect(addressHits(copy, language).map((f) => f.severity)).toContain('block');
  });
});
