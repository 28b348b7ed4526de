import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Violation } from '#core/errors';
import { PACKAGE_LIMITS } from '#core/package-schema';
import { escapePointerToken, parsePackage } from '#core/validate';

/**
 * Hostile-input properties: whatever arrives (wrong types, huge strings, deep nesting, prototype keys,
 * lone surrogates, malformed JSON/YAML, random bytes), parsePackage never throws, always answers
 * { ok: false } with at least one well-formed violation, and never pollutes Object.prototype.
 * 10,600 generated payloads in total (see numRuns per property).
 */

const root = new URL('../../events/packages/', import.meta.url);
const SAMPLE_TEXT = readFileSync(new URL('sample-spring-launch.json', root), 'utf8');
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>;
const YAML_TEXT = readFileSync(new URL('sample-newsletter-copy.yaml', root), 'utf8');

const POINTER = /^(\/([^~/]|~[01])*)*$/;

function assertRejected(r: ReturnType<typeof parsePackage>): void {
  if (r.ok) throw new Error('hostile payload was accepted');
  const violations: Violation[] = r.error;
  if (violations.length === 0) throw new Error('rejected without a violation');
  for (const v of violations) {
    if (typeof v.pointer !== 'string' || !POINTER.test(v.pointer))
      throw new Error(`bad pointer ${v.pointer}`);
    if (typeof v.rule !== 'string' || v.rule.length === 0) throw new Error('empty rule');
    if (typeof v.message !== 'string' || v.message.length === 0) throw new Error('empty message');
    if (v.received !== undefined && v.received.length > 80) throw new Error('received echoes too much');
  }
  if (Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).polluted !== undefined) {
    throw new Error('Object.prototype polluted');
  }
}

/** Never throws: a throw is a failed property with the payload shrunk by fast-check. */
const check = (raw: string | Uint8Array, format?: 'json' | 'yaml' | 'auto') =>
  assertRejected(parsePackage(raw, format));

interface Slot {
  path: (string | number)[];
  value: unknown;
}
function slots(value: unknown, path: (string | number)[] = [], out: Slot[] = []): Slot[] {
  out.push({ path, value });
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) slots(v, [...path, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) slots(v, [...path, k], out);
  }
  return out;
}
const ALL = slots(SAMPLE).filter((s) => s.path.length > 0);
const STRINGS = ALL.filter((s) => typeof s.value === 'string');
const OBJECTS = slots(SAMPLE).filter(
  (s) => s.value && typeof s.value === 'object' && !Array.isArray(s.value),
);

function setAt(path: (string | number)[], replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(SAMPLE);
  let cur: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  cur[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** A value of a JSON type different from the original's. */
const wrongTypeFor = (original: unknown) => {
  const options: fc.Arbitrary<unknown>[] = [];
  if (typeof original !== 'string') options.push(fc.string({ maxLength: 20 }));
  if (typeof original !== 'number')
    options.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (typeof original !== 'boolean') options.push(fc.boolean());
  options.push(fc.constant(null));
  if (!Array.isArray(original)) options.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (!(original && typeof original === 'object' && !Array.isArray(original))) {
    options.push(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 3 }));
  }
  return fc.oneof(...options);
};

// YAML parsing costs a few ms per document, so a property can take several seconds on a busy machine.
describe('hostile payloads are always rejected with well-formed violations, never a throw', {
  timeout: 30_000,
}, () => {
  const wrongTypes = fc
    .constantFrom(...ALL)
    .chain((slot) => fc.tuple(fc.constant(slot), wrongTypeFor(slot.value)));

  it('wrong JSON types at random pointers of a valid package (2,500 runs)', () => {
    fc.assert(
      fc.property(wrongTypes, ([slot, replacement]) => check(JSON.stringify(setAt(slot.path, replacement)))),
      { numRuns: 2_500 },
    );
  });

  it('the same wrong types read through the YAML parser (JSON is YAML 1.2 flow syntax) (300 runs)', () => {
    fc.assert(
      fc.property(wrongTypes, ([slot, replacement]) =>
        check(JSON.stringify(setAt(slot.path, replacement)), 'yaml'),
      ),
      { numRuns: 300 },
    );
  });

  it('huge strings in any string field, up to beyond the byte limit (200 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STRINGS),
        fc.integer({ min: PACKAGE_LIMITS.longText + 1, max: PACKAGE_LIMITS.maxBytes + 50_000 }),
        fc.constantFrom('a', 'é', '€', '🌱'),
        (slot, length, ch) => {
          // `length` characters (code points, as the schema counts them), whatever their UTF-16 width.
          check(JSON.stringify(setAt(slot.path, ch.repeat(length))));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('deep nesting of arrays and objects, at the root or inside the package (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: PACKAGE_LIMITS.maxDepth + 1, max: 20_000 }),
        fc.constantFrom('[', '{"a":'),
        fc.boolean(),
        fc.constantFrom<'json' | 'yaml' | 'auto'>('json', 'yaml', 'auto'),
        (depth, open, inside, format) => {
          const close = open === '[' ? ']' : '}';
          const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
          const text = inside ? SAMPLE_TEXT.replace('"claims": [', `"claims": [${deep},`) : deep;
          check(text, format);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('__proto__, constructor and prototype keys in any object, as JSON or YAML (1,500 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OBJECTS),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom<'json' | 'yaml'>('json', 'yaml'),
        (slot, key, format) => {
          const body = JSON.stringify(SAMPLE, (_k, v: unknown) => {
            // Insert the key textually into the chosen object (an own property cannot be named __proto__ by assignment).
            return v === slot.value ? { ...(v as object), __HOSTILE__: { polluted: true } } : v;
          }).replace('"__HOSTILE__"', JSON.stringify(key));
          check(body, format);
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('lone UTF-16 surrogates in any string value or key (1,500 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STRINGS),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.boolean(),
        (slot, code, inKey) => {
          const lone = String.fromCharCode(code);
          const pkg = inKey
            ? setAt(slot.path.slice(0, -1), { [`k${lone}`]: 'x' })
            : setAt(slot.path, `${String(slot.value).slice(0, 5)}${lone}`);
          // JSON.stringify escapes lone surrogates as \udxxx, so the payload itself is valid UTF-8.
          check(JSON.stringify(pkg));
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('malformed JSON: truncated text or a raw control character anywhere (1,500 runs)', () => {
    const trimmed = SAMPLE_TEXT.trimEnd();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: trimmed.length - 1 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x20),
        (at, truncate, control) => {
          const text = truncate
            ? trimmed.slice(0, at)
            : `${trimmed.slice(0, at)}${String.fromCharCode(control)}${trimmed.slice(at)}`;
          check(text, 'json');
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('malformed or foreign YAML: truncations, mixed structures, duplicate keys and arbitrary text (600 runs)', () => {
    const cut = YAML_TEXT.indexOf('\napprovers:');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: cut }).map((at) => YAML_TEXT.slice(0, at)),
          fc
            .constantFrom(
              '- item\n',
              'title: dup\n',
              '? [a, b]\n: c\n',
              'a: [unclosed\n',
              '&x a: *y\n',
              'a: 1\n---\n',
            )
            .map((prefix) => prefix + YAML_TEXT),
          fc.string({ maxLength: 200, unit: 'binary' }),
        ),
        (text) => check(text, 'yaml'),
      ),
      { numRuns: 600 },
    );
  });

  it('random bytes and random text in auto mode (1,500 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2_048 }),
          fc.string({ maxLength: 500, unit: 'binary' }),
          fc.json({ maxDepth: 4 }),
        ),
        (raw) => check(raw),
      ),
      { numRuns: 1_500 },
    );
  });

  it('Object.prototype carries no own enumerable key after all of the above', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
  });
});
