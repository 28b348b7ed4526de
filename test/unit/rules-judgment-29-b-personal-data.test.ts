import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, personal data: a named person's phone number or home address in public copy is blocked (GDPR
 * art. 5(1)(c) and 6; CCPA), but copy that shows invented data and says so (a privacy service's "made-up
 * persona", a form's "Max Mustermann, Musterstraße 1", a demo "John Doe, 12 Example Street") exposes no one:
 * the data minimisation principle is about data relating to an identified or identifiable natural person
 * (GDPR art. 4(1)). The label must say the data is invented; "made up" of something else ("beds made up
 * daily"), "we invented cold brew" or "not a real estate agent" labels nothing.
 */
const rules = ['pii.personal-phone', 'pii.private-address'];
const found = (copy: string, lang: string) => rules.flatMap((r) => quotes(r, copy, undefined, lang));

describe('a named person’s number or address, with no label that it is invented, still fires', () => {
  it.each([
    ['en', 'Rooms made up daily. For late check-in, text Maria Lopez, 07700 900123.'],
    ['en', 'We invented cold brew in 2009. Call Jake Turner on 07912 345678 to order.'],
    ['en', 'Not a real estate agent? Text Anna Berg on her mobile, 07700 900456.'],
    ['en', 'Congratulations to Sam Patel of 14 Orchard Lane, Leeds, our winner!'],
    ['en', 'Our fictional detective series is back. Text Dan Cole, 07834 567890, for tickets.'],
    ['en', 'Linda Marsh lives at 1187 Crestview Drive and loves our mattresses.'],
    ['es', 'Llámala directamente al 612 345 678: Lucía Gómez te atiende.'],
    ['es', 'Nuestra heroína inventada vuelve en otoño. Escríbele a Marta al 655 123 456.'],
    ['de', 'Ruf sie direkt an unter 0151 23456789 – Anna Weber freut sich.'],
    ['de', 'Die Gewinnerin Jana Roth wohnt in der Lindenstraße 12 in Köln.'],
    ['fr', 'Appelez-la directement au 06 12 34 56 78 : Claire Martin vous répond.'],
    ['fr', 'Notre héros imaginaire revient. Claire Dubois habite au 4, rue des Lilas.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found(copy, lang)).not.toEqual([]);
  });
});

// Review of stop 29: a label covers the data it heads ("fictional customer: …"), an invented name its own
// details; neither covers a real person's number elsewhere in the copy.
describe('a label or an invented name covers only its own data', () => {
  it.each([
    ['en', 'A fictional customer story inspired by Jane Miller (07911 123456)'],
    ['en', 'John Doe, John Smith – call John Smith on 07911 123456'],
    ['en', 'Forms use John Doe as the sample name. Call Jake Turner on 07912 345678 to order.'],
    ['en', 'Our fictional customer Dana is back; text Sam Patel, 07834 567890, for tickets.'],
    [
      'en',
      'Example profile (fictional customer): Dana Price. Our winner Sam Patel lives at 14 Orchard Lane.',
    ],
    ['es', 'Datos inventados: Marta Ruiz. La ganadora Lucía Gómez vive en Calle Mayor 12.'],
    ['de', 'Max Mustermann grüßt – und Anna Weber wohnt in der Lindenstraße 12 in Köln.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found(copy, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Fictional customer: Jordan Blake, call (608) 555-0144 to see how brokers sell you.'],
    ['en', 'John Doe, 12 Maple Avenue, Springfield – text him on 07911 123456.'],
    ['de', 'Max Mustermann wohnt in der Lindenstraße 12 in Köln.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(found(copy, lang)).toEqual([]);
  });
});

describe('data shown as an example and labelled invented does not', () => {
  it.each([
    [
      'en',
      "Here's a listing for our made-up persona (not a real person): 'Jordan Blake, 41, 118 Orchard Lane, Leeds, (608) 555-0144'.",
    ],
    ['en', 'Example profile (fictional customer): Dana Price, 22 Example Street, call 07700 900321.'],
    ['en', 'What brokers sell, shown with invented details: Mark Hill lives at 9 Birch Road, 07911 123456.'],
    ['en', 'Sample entry, not a real person: John Doe, 12 Maple Avenue, Springfield.'],
    ['en', 'Fill it in like this: Jane Doe, 4 Sample Road, text her on 07700 900555.'],
    ['es', 'Así aparece un perfil de ejemplo (persona ficticia): Lucía Gómez, llámala al 612 345 678.'],
    ['es', 'Datos inventados para el ejemplo: Marta Ruiz vive en Calle Falsa 123.'],
    ['de', 'So sieht ein Eintrag aus (erfundene Person): Anna Weber, ruf sie an unter 0151 23456789.'],
    ['de', 'Beispiel: Max Mustermann wohnt in der Musterstraße 1, 12345 Berlin.'],
    ['de', 'Fiktive Daten: Jana Roth wohnt in der Lindenstraße 12 in Köln.'],
    ['fr', 'Exemple de fiche (personne fictive) : Claire Martin, appelez-la au 06 12 34 56 78.'],
    ['fr', 'Données inventées pour l’exemple : Paul Durand habite 4, rue des Lilas.'],
  ])('[%s] %j', (lang, copy) => {
    expect(found(copy, lang)).toEqual([]);
  });
});
