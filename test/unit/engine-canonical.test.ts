import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson, digestOf, sha256Hex } from '#core/canonical';

describe('canonicalJson (RFC 8785)', () => {
  it('produces exactly what the canonicalize package produces for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('produces the same output for objects that differ only in key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe(
      canonicalJson({ a: [{ c: 'x', d: 2 }], b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });

  it('sorts keys by UTF-16 code units and serializes numbers the ECMAScript way', () => {
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, a: 4 })).toBe(
      '{"\\r":2,"a":4,"€":1,"😀":3}',
    );
    expect(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, 333333333.3333333])).toBe(
      '[1e+21,1e-7,0,0.30000000000000004,333333333.3333333]',
    );
  });

  it('drops undefined members and refuses non-finite numbers', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });
});

describe('digests', () => {
  it('sha256Hex matches the FIPS 180-2 test vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('digestOf hashes the UTF-8 bytes of the canonical JSON', () => {
    expect(digestOf({ b: 'é', a: 1 })).toBe(sha256Hex('{"a":1,"b":"é"}'));
  });
});
