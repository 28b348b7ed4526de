import type { Claim, Deliverable, HandoffPackage } from '#core/package-schema';
import { detectLanguage } from '#core/rules/language';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Round 16's dev misses, each a rule read too narrowly or too widely: French asks of children, role
 * addresses in fr/es/de, bracketed "to confirm" markers, copy that talks about lorem ipsum, a word of
 * another script in Latin copy, a shipping fee read as a reference price, a ranking claim with no evidence.
 */
const contract = () => publishingContract('3.0.0');

function pkg(copy: string, language: string, extra: Partial<Deliverable> = {}): HandoffPackage {
  return withCopy(copy, 'social-paid', 'caption', { language, ...extra });
}
const fired = (p: HandoffPackage, ruleId: string) =>
  hits(p, ruleId, contract()).filter(
    (f) => f.pointer.startsWith('/channels/1/') || f.pointer.startsWith('/claims'),
  );

describe('children.direct-exhortation in French', () => {
  it.each(['Demande-la à papa et maman pour Pâques !', 'Toutes tes copines l’auront à la rentrée.'])(
    'blocks %j for an audience of children',
    (copy) => {
      const p = pkg(copy, 'fr');
      p.audience.primary = 'Enfants de 6 à 10 ans qui regardent les dessins animés.';
      expect(fired(p, 'children.direct-exhortation')).toHaveLength(1);
    },
  );
});

describe('pii.email-address: role addresses in fr, es and de', () => {
  it.each(['service-client@demenagements-roux.fr', 'atencionalcliente@tienda.es', 'kundendienst@moebel.de'])(
    'does not flag %s',
    (address) => {
      expect(fired(pkg(`Écrivez-nous : ${address}`, 'fr'), 'pii.email-address')).toEqual([]);
    },
  );

  it('still flags a person’s address', () => {
    expect(fired(pkg('Écrivez à jeanne.roux@gmail.com', 'fr'), 'pii.email-address')).toHaveLength(1);
  });
});

describe('placeholder.insert-bracket: "to confirm" markers', () => {
  it.each([
    ['Ton code : [CODE À CONFIRMER]', 'fr'],
    ['Precio: [POR CONFIRMAR]', 'es'],
    ['Termin: [noch offen]', 'de'],
    ['Venue: [TO BE CONFIRMED]', 'en'],
  ])('blocks %j', (copy, language) => {
    expect(fired(pkg(copy, language), 'placeholder.insert-bracket')).toHaveLength(1);
  });

  it('passes a bracket that confirms something', () => {
    expect(fired(pkg('Réservation confirmée [réf. 2291]', 'fr'), 'placeholder.insert-bracket')).toEqual([]);
  });
});

describe('placeholder.lorem-ipsum: filler, not copy about filler', () => {
  it.each([
    '¿Seguís diseñando con lorem ipsum? Aprendé UX writing.',
    'Un bouton qui dit « Lorem ipsum » barré.',
  ])('passes %j', (copy) => {
    expect(fired(pkg(copy, 'es'), 'placeholder.lorem-ipsum')).toEqual([]);
  });

  it.each(['Lorem ipsum', 'Lorem ipsum dolor sit amet, consectetur.', 'Headline: Lorem ipsum TBD'])(
    'blocks %j',
    (copy) => {
      expect(fired(pkg(copy, 'en'), 'placeholder.lorem-ipsum').length).toBeGreaterThan(0);
    },
  );
});

describe('language: a word of another script is a quotation, not the copy’s language', () => {
  const german =
    'Ob Santoku, Gyuto oder Nakiri: Wer ein japanisches Messer besitzt, sollte es auch selbst schärfen können. ' +
    'Bringen Sie Ihr Messer mit; Leihmesser sind vorhanden. いただきます sagen wir danach.';

  it('reads German copy with a Japanese word as German, declared or not', () => {
    expect(detectLanguage(german)).toBe('de');
    expect(fired(pkg(german, 'de-CH'), 'language.unsupported')).toEqual([]);
  });

  it('still routes copy written in another script', () => {
    expect(detectLanguage('春のセール開催中！全品20%オフ。今すぐチェックしてください。')).toBe('other');
    expect(
      fired(pkg('春のセール開催中！全品20%オフ。今すぐチェックしてください。', 'de'), 'language.unsupported'),
    ).toHaveLength(1);
  });
});

describe('pricing.reference-price: a shipping fee is not a reference price', () => {
  it('passes "Gratis-Versand ab 50 €, sonst 4,95 €" and still reads "sonst 129 €" on the product', () => {
    expect(
      fired(pkg('Gratis-Versand ab 50 € Bestellwert, sonst 4,95 €.', 'de'), 'pricing.reference-price'),
    ).toEqual([]);
    expect(fired(pkg('Jetzt 89 €, sonst 129 €.', 'de'), 'pricing.reference-price')).toHaveLength(1);
  });
});

describe('a ranking claim without evidence is a superlative', () => {
  it('reports evidence.missing on "N°1 en Belgique" in topic superlatives', () => {
    const p = pkg('La machine expresso n°1 en Belgique.', 'fr', { claimRefs: ['no1'] });
    const claim: Claim = {
      id: 'no1',
      text: 'La machine expresso n°1 en Belgique.',
      category: 'comparative',
      evidence: [],
    };
    p.claims.push(claim);
    expect(fired(p, 'evidence.missing').map((f) => f.topic)).toEqual(['superlatives']);
  });
});
