import { hits } from './helpers/engine-findings.ts';
import { cleanPackage, publishingContract, withCopy } from './helpers/engine-fixtures.ts';

describe('required disclosures', () => {
  it('blocks influencer copy with no ad disclosure, pointing at the deliverable', () => {
    const found = hits(
      withCopy('Loving my new trail shoes!', 'influencer', 'caption'),
      'disclosure.ad-marker',
    );
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/channels/1/deliverables/0/copy', 'block']]);
  });

  it('accepts #ad, #sponsored or "Paid partnership" in the copy', () => {
    for (const copy of [
      'Loving my new shoes #ad',
      'Loving them #Sponsored',
      'Paid partnership with Trail Runner',
    ]) {
      expect(hits(withCopy(copy, 'affiliate', 'body'), 'disclosure.ad-marker')).toEqual([]);
    }
  });

  it('does not take "#adventure" for an ad disclosure', () => {
    expect(
      hits(withCopy('Out on an #adventure', 'influencer', 'caption'), 'disclosure.ad-marker'),
    ).toHaveLength(1);
  });

  it('accepts a disclosure attached to the channel instead of the copy', () => {
    const pkg = withCopy('Loving my new trail shoes!', 'influencer', 'caption');
    (pkg.channels[1] as { disclosures?: string[] }).disclosures = ['#ad'];
    expect(hits(pkg, 'disclosure.ad-marker')).toEqual([]);
  });

  it('reads an affiliate page top down: a disclosure above the links covers them, not those above it', () => {
    const page = (first: string, second: string) => {
      const pkg = withCopy(first, 'affiliate', 'body');
      pkg.channels[1]?.deliverables.push({ id: 'review', kind: 'body', copy: second });
      return hits(pkg, 'disclosure.ad-marker', publishingContract('3.0.0')).map((f) => f.pointer);
    };
    const note = 'We earn a commission when you buy through links on this page.';
    const review = 'Our pick for a first tent: the Kestrel 2. Check the price at Kestrel Outdoor.';
    expect(page(note, review)).toEqual([]);
    expect(page(review, note)).toEqual(['/channels/1/deliverables/0/copy']);
    // Only a block that opens with it: not one that ends a long text with it (review).
    const late = `${'We tested it for nine nights on the trail and it kept us dry. '.repeat(4)}${note}`;
    expect(page(late, review)).toEqual(['/channels/1/deliverables/1/copy']);
  });

  it('does not take a marked image description or button for the page disclosure', () => {
    const pkg = withCopy('Affiliate link: the Kestrel 2 tent on a ridge.', 'affiliate', 'alt-text');
    pkg.channels[1]?.deliverables.push({ id: 'review', kind: 'body', copy: 'Our pick for a first tent.' });
    expect(hits(pkg, 'disclosure.ad-marker', publishingContract('3.0.0')).map((f) => f.pointer)).toEqual([
      '/channels/1/deliverables/1/copy',
    ]);
  });

  it('asks every influencer post for its own disclosure, whatever an earlier post said', () => {
    const pkg = withCopy('Loving my new trail shoes! #ad', 'influencer', 'caption');
    pkg.channels[1]?.deliverables.push({ id: 'story', kind: 'caption', copy: 'Day two in them, still dry.' });
    expect(hits(pkg, 'disclosure.ad-marker').map((f) => f.pointer)).toEqual([
      '/channels/1/deliverables/1/copy',
    ]);
  });

  it('does not ask organic social copy for an ad disclosure', () => {
    expect(
      hits(withCopy('Loving my new trail shoes!', 'social-organic', 'caption'), 'disclosure.ad-marker'),
    ).toEqual([]);
  });

  it('blocks an email channel with no unsubscribe line anywhere', () => {
    const pkg = cleanPackage();
    delete pkg.channels[0]?.disclosures;
    expect(hits(pkg, 'disclosure.email-unsubscribe').map((f) => [f.pointer, f.severity])).toEqual([
      ['/channels/0', 'block'],
    ]);
  });

  it('accepts an unsubscribe line in the email copy', () => {
    const pkg = cleanPackage();
    delete pkg.channels[0]?.disclosures;
    const body = pkg.channels[0]?.deliverables[1];
    if (body) body.copy += ' Opt out here.';
    expect(hits(pkg, 'disclosure.email-unsubscribe')).toEqual([]);
  });

  it('blocks email without a sender postal address, and accepts an address disclosure line instead', () => {
    const pkg = cleanPackage();
    delete pkg.sender;
    if (pkg.channels[0]) pkg.channels[0].disclosures = ['Unsubscribe at any time.'];
    expect(hits(pkg, 'disclosure.email-postal-address').map((f) => f.pointer)).toEqual(['/channels/0']);
    pkg.channels[0]?.disclosures?.push('Trail Runner Ltd, 1 Market Street, London EC1A 1AA');
    expect(hits(pkg, 'disclosure.email-postal-address')).toEqual([]);
  });

  it('accepts an address the pattern does not know when the mail prints the sender’s own, word for word', () => {
    const contract = publishingContract('1.1.0');
    const pkg = cleanPackage();
    const own = 'Bodega Altos del Cuyo S.A., Ruta 89 km 12, Tupungato, Mendoza, Argentina';
    pkg.sender = { postalAddress: own };
    if (pkg.channels[0]) pkg.channels[0].disclosures = ['Unsubscribe at any time.'];
    expect(hits(pkg, 'disclosure.email-postal-address', contract).map((f) => f.pointer)).toEqual([
      '/channels/0',
    ]);
    pkg.channels[0]?.disclosures?.push(`${own}.`);
    expect(hits(pkg, 'disclosure.email-postal-address', contract)).toEqual([]);
  });

  it('knows a house number with a comma and a Canadian postal code', () => {
    const contract = publishingContract('1.1.0');
    for (const line of ['Nordet inc., 1250, rue Saint-Vallier Est', 'Nordet inc., Québec (Québec) G1K 3R6']) {
      const pkg = cleanPackage();
      delete pkg.sender;
      pkg.channels[0]?.disclosures?.push(line);
      expect(hits(pkg, 'disclosure.email-postal-address', contract)).toEqual([]);
    }
  });
});
