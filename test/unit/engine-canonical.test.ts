import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { CanonicalCache, canonicalJson, canonicalJsonShaped, digestOf, sha256Hex } from '#core/canonical';
import { PACKAGE_SHAPE } from '#core/score';
import { packageArb } from './helpers/engine-arbitraries.ts';

describe('canonicalJson (RFC 8785)', () => {
  it('produces exactly what the canonicalize package produces for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('matches canonicalize on JSON with any UTF-16 strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('gives the same output through the package shape, also when a package carries unknown keys', () => {
    fc.assert(
      fc.property(packageArb, fc.boolean(), (pkg, extra) => {
        if (extra) Object.assign(pkg.story, { zExtra: ['x'] }, { aExtra: 1 });
        expect(canonicalJsonShaped(pkg, PACKAGE_SHAPE)).toBe(canonicalize(pkg));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('never writes an inherited key through a shape (own prototype or a polluted Object.prototype)', () => {
    const shape = { a: 'string', b: 'string' } as const;
    const child = Object.assign(Object.create({ b: 'inherited' }) as Record<string, string>, { a: 'x' });
    expect(canonicalJsonShaped(child, shape)).toBe('{"a":"x"}');
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.b = 'polluted';
      expect(canonicalJsonShaped({ a: 'x' }, shape)).toBe('{"a":"x"}');
      expect(new CanonicalCache().json({ a: 'x', c: 1 }, shape)).toBe('{"a":"x","c":1}');
    } finally {
      delete proto.b;
    }
    expect(canonicalJsonShaped({ a: 'x', b: 'y' }, shape)).toBe('{"a":"x","b":"y"}');
  });

  it('reuses the text of objects it has already serialized without changing the output', () => {
    const cache = new CanonicalCache();
    const inner = { z: [1, 'two'], a: { b: null } };
    expect(cache.digest(inner)).toBe(digestOf(inner));
    expect(cache.json({ inner, list: [inner] })).toBe(canonicalJson({ inner, list: [inner] }));
  });

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
