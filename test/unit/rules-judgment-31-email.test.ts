import type { HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 31, e-mail (developer F2). CAN-SPAM asks for the sender's valid physical postal address in each
 * commercial e-mail (15 U.S.C. 7704(a)(5)(A)(iii)): an address stated only in `sender.postalAddress` and
 * printed nowhere in the mail does not reach the reader.
 */
describe('disclosure.email-postal-address: the address must be printed in the mail', () => {
  const postal = (edit: (p: HandoffPackage) => void) => {
    const p = cleanPackage();
    edit(p);
    return hits(p, 'disclosure.email-postal-address', contract3()).map((f) => f.pointer);
  };
  const footer = (p: HandoffPackage, lines: string[]) => {
    const plan = p.channels[0];
    if (plan) plan.disclosures = lines;
  };

  it('blocks a mail whose only address is the package’s sender field', () => {
    expect(
      postal((p) => {
        p.sender = { postalAddress: 'Taskforge Inc., 300 Congress Ave, Suite 200, Austin, TX 78701, USA' };
        footer(p, ["Don't want product news? Unsubscribe: https://taskforge.app/unsubscribe"]);
      }),
    ).toEqual(['/channels/0']);
  });

  it.each([
    ['Taskforge Inc., 300 Congress Ave, Suite 200, Austin, TX 78701, USA'],
    ['Brandt Hydraulik GmbH, Eckendorfer Straße 41, 33609 Bielefeld'],
    ['Literie Morphée SAS, 12 rue de la Filature, 88000 Épinal, France'],
    ['Taskforge Inc., PO Box 4410, Austin, TX'],
  ])('passes a footer that prints an address: %j', (line) => {
    expect(
      postal((p) => {
        p.sender = { postalAddress: 'Taskforge Inc., 300 Congress Ave, Suite 200, Austin, TX 78701, USA' };
        footer(p, ['Unsubscribe at any time with the link below.', line]);
      }),
    ).toEqual([]);
  });

  it('passes a body that prints the sender’s own address word for word', () => {
    const own = 'Bodega Altos del Cuyo S.A., Ruta 89 km 12, Tupungato, Mendoza, Argentina';
    expect(
      postal((p) => {
        p.sender = { postalAddress: own };
        footer(p, ['Unsubscribe at any time.']);
        const body = p.channels[0]?.deliverables[1];
        if (body) body.copy += ` ${own}`;
      }),
    ).toEqual([]);
  });
});
