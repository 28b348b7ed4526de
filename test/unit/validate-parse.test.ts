import { readFileSync } from 'node:fs';
import { PACKAGE_LIMITS } from '#core/package-schema';
import { formatViolations, parsePackage, validatePackage } from '#core/validate';

const root = new URL('../../events/packages/', import.meta.url);
const read = (name: string): Buffer => readFileSync(new URL(name, root));
const sample = (): Record<string, unknown> =>
  structuredClone(JSON.parse(read('sample-spring-launch.json').toString('utf8')) as Record<string, unknown>);
const errors = (r: ReturnType<typeof parsePackage>) => (r.ok ? [] : r.error);
const brief = (r: ReturnType<typeof parsePackage>) => errors(r).map((v) => `${v.pointer} ${v.rule}`);

describe('parsePackage on the committed samples', () => {
  it('accepts the JSON spring-launch sample and returns the typed package', () => {
    const r = parsePackage(read('sample-spring-launch.json'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.contract).toEqual({ id: 'campaign-package-to-publishing', version: '1.0.0' });
  });

  it('accepts an approver’s IANA time zone and refuses one that is not', () => {
    const pkg = JSON.parse(readFileSync('events/packages/sample-spring-launch.json', 'utf8'));
    pkg.approvers[0].timeZone = 'America/Argentina/Buenos_Aires';
    expect(validatePackage(pkg).ok).toBe(true);
    pkg.approvers[0].timeZone = 'Berlin time';
    const refused = validatePackage(pkg);
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('/approvers/0/timeZone');
  });

  it('accepts the YAML sample and keeps version-like and date-like scalars as strings', () => {
    const r = parsePackage(read('sample-newsletter-copy.yaml'), 'yaml');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.contract.version).toBe('1.0.0');
      expect(r.value.deadlines.launch).toBe('2027-04-02');
    }
  });

  it('detects YAML automatically when the text does not start with { or [', () => {
    expect(parsePackage(read('sample-newsletter-copy.yaml').toString('utf8')).ok).toBe(true);
  });

  it('gives the same package for a string and for its UTF-8 bytes, with or without a BOM', () => {
    const text = read('sample-spring-launch.json').toString('utf8');
    const a = parsePackage(text);
    const b = parsePackage(new TextEncoder().encode(`\uFEFF${text}`));
    expect(a).toEqual(b);
  });
});

describe('parsePackage on the invalid fixtures reports exactly these violations', () => {
  it('unknown fields: one unrecognized_keys violation per key, pointing at the key', () => {
    const r = parsePackage(read('invalid/unknown-field.json'));
    expect(errors(r)).toEqual([
      {
        pointer: '/budget',
        rule: 'unrecognized_keys',
        message: "unknown field 'budget' is not allowed",
        expected: 'only fields defined by the package schema',
        received: 'budget',
      },
      {
        pointer: '/channels/0/deliverables/0/tone',
        rule: 'unrecognized_keys',
        message: "unknown field 'tone' is not allowed",
        expected: 'only fields defined by the package schema',
        received: 'tone',
      },
    ]);
  });

  it('wrong types: every one reported at once, sorted by pointer, naming expected and received type', () => {
    const r = parsePackage(read('invalid/wrong-type.json'));
    expect(errors(r)).toEqual([
      {
        pointer: '/channels/1/disclosures',
        rule: 'invalid_type',
        message: 'must be an array',
        expected: 'an array',
        received: 'string (9 characters)',
      },
      {
        pointer: '/objective/kpis/0/baseline',
        rule: 'invalid_type',
        message: 'must be a number',
        expected: 'a number',
        received: 'string (4 characters)',
      },
      {
        pointer: '/streamId',
        rule: 'invalid_type',
        message: 'must be a string',
        expected: 'a string',
        received: 'integer',
      },
    ]);
  });

  it('oversize string: too_big with the limit in words and the length, not the text', () => {
    expect(errors(parsePackage(read('invalid/oversize-string.json')))).toEqual([
      {
        pointer: '/title',
        rule: 'too_big',
        message: 'must be at most 200 characters',
        expected: 'at most 200 characters',
        received: 'string (260 characters)',
      },
    ]);
  });

  it('prototype keys: forbidden_key at each pointer, and Object.prototype stays clean', () => {
    const r = parsePackage(read('invalid/prototype-key.json'));
    expect(brief(r)).toEqual(['/audience/__proto__ forbidden_key', '/story/constructor forbidden_key']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('malformed JSON: one malformed_json violation with line and column of the missing comma', () => {
    expect(errors(parsePackage(read('invalid/malformed.json')))).toEqual([
      {
        pointer: '',
        rule: 'malformed_json',
        message: "malformed JSON at line 6, column 3: expected ',' or '}'",
        expected: "',' or '}'",
        received: `character '"'`,
      },
    ]);
  });

  it('malformed YAML: one malformed_yaml violation with line and column', () => {
    expect(errors(parsePackage(read('invalid/malformed.yaml')))).toEqual([
      {
        pointer: '',
        rule: 'malformed_yaml',
        message: 'malformed YAML at line 9, column 1: Missing closing "quote',
        expected: 'a single well-formed YAML document',
        received: 'MISSING_CHAR',
      },
    ]);
  });
});

describe('hostile payload handling', () => {
  it('rejects a payload over the byte limit before parsing, with a single payload_too_large', () => {
    const huge = `{"title":"${'x'.repeat(PACKAGE_LIMITS.maxBytes)}"}`;
    expect(brief(parsePackage(huge))).toEqual([' payload_too_large']);
    expect(brief(parsePackage(new TextEncoder().encode(huge)))).toEqual([' payload_too_large']);
  });

  it('counts UTF-8 bytes, not characters: 200k three-byte characters are over the limit', () => {
    expect(brief(parsePackage(`"${'€'.repeat(200_000)}"`))).toEqual([' payload_too_large']);
  });

  it('rejects invalid UTF-8 bytes with invalid_encoding naming the byte offset', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xc3, 0x28, 0x7d]);
    const r = parsePackage(bytes);
    expect(errors(r)).toEqual([
      {
        pointer: '',
        rule: 'invalid_encoding',
        message: 'payload must be valid UTF-8',
        expected: 'UTF-8 text',
        received: 'invalid UTF-8 at byte 5',
      },
    ]);
  });

  it('rejects 100,000 levels of JSON nesting with too_deep and does not overflow the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = parsePackage(deep);
    expect(brief(r)).toEqual([`${'/0'.repeat(PACKAGE_LIMITS.maxDepth)} too_deep`]);
  });

  it('rejects 100,000 levels of YAML flow nesting as too_deep before the YAML composer sees it', () => {
    const deep = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(brief(parsePackage(deep, 'yaml'))).toEqual([' too_deep']);
  });

  it('reports the pointer of the first container that is too deep in an otherwise valid package', () => {
    const pkg = sample();
    let nested: unknown = 'leaf';
    for (let i = 0; i < PACKAGE_LIMITS.maxDepth; i++) nested = { n: nested };
    (pkg.story as Record<string, unknown>).extra = nested;
    const r = validatePackage(pkg);
    // root, /story and /story/extra are levels 1-3, so the 13th level is 10 `n`s below extra.
    expect(brief(r)).toEqual([`/story/extra${'/n'.repeat(PACKAGE_LIMITS.maxDepth - 2)} too_deep`]);
  });

  it('rejects duplicate JSON keys (parsers disagree on which one wins)', () => {
    const r = parsePackage('{"title":"a","story":{"hook":"x","hook":"y"},"title":"b"}');
    expect(brief(r)).toEqual(['/story/hook duplicate_key', '/title duplicate_key']);
  });

  it('rejects duplicate YAML keys', () => {
    expect(brief(parsePackage('title: a\ntitle: b\n', 'yaml'))).toEqual([' duplicate_key']);
  });

  it('rejects YAML custom tags and non-core tags such as !!binary and !!timestamp', () => {
    for (const src of ['title: !shell rm -rf\n', 'a: !!binary aGVsbG8=\n', 'd: !!timestamp 2026-01-01\n']) {
      expect(brief(parsePackage(src, 'yaml'))).toEqual([' yaml_tag_not_allowed']);
    }
  });

  it('stops a YAML alias bomb with too_many_aliases', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    expect(brief(parsePackage(bomb, 'yaml'))).toEqual([' too_many_aliases']);
  });

  it('rejects a self-referencing YAML alias as too_deep instead of looping', () => {
    expect(brief(parsePackage('a: &a [*a]\n', 'yaml'))[0]).toMatch(/too_deep$/);
  });

  it('rejects non-finite YAML numbers as non-JSON values', () => {
    expect(brief(parsePackage('a: .inf\nb: 1e400\n', 'yaml'))).toEqual([
      '/a non_json_value',
      '/b non_json_value',
    ]);
  });

  it('rejects __proto__ in YAML without polluting Object.prototype', () => {
    const r = parsePackage('audience:\n  __proto__:\n    polluted: yes\n', 'yaml');
    expect(brief(r)).toEqual(['/audience/__proto__ forbidden_key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects lone UTF-16 surrogates in values and in keys with invalid_unicode', () => {
    const r = parsePackage('{"title":"a\\ud800b","\\udc00":1}');
    expect(brief(r)).toEqual(['/title invalid_unicode', '/\udc00 invalid_unicode']);
  });

  it('accepts well-formed astral characters (surrogate pairs) such as emoji', () => {
    const pkg = sample();
    pkg.title = 'Spring launch 🌱';
    expect(validatePackage(pkg).ok).toBe(true);
  });

  it('rejects non-JSON in-memory values (Date, Map, function, NaN)', () => {
    const r = validatePackage({ a: new Date(0), b: new Map(), c: () => 1, d: Number.NaN });
    expect(brief(r)).toEqual([
      '/a non_json_value',
      '/b non_json_value',
      '/c non_json_value',
      '/d non_json_value',
    ]);
  });

  it('never echoes more than 80 characters of a value back', () => {
    const pkg = sample();
    pkg.cta = { text: 'Go', url: `not a url ${'y'.repeat(1_500)}` };
    const [v] = errors(validatePackage(pkg));
    expect(v?.rule).toBe('invalid_format');
    expect(v?.received?.startsWith('"not a url yyy')).toBe(true);
    expect(v?.received?.length).toBe(80);
  });
});

describe('zod/mini issues become readable violations', () => {
  it('names the allowed values of an enum', () => {
    const pkg = sample();
    (pkg.channels as { channel: string }[])[0] = {
      ...(pkg.channels as object[])[0],
      channel: 'fax',
    } as never;
    const v = errors(validatePackage(pkg))[0];
    expect(v?.pointer).toBe('/channels/0/channel');
    expect(v?.rule).toBe('invalid_value');
    expect(v?.message).toMatch(/^must be one of: email, sms, push, /);
    expect(v?.received).toBe('"fax"');
  });

  it('names a missing required field as required, with the expected type', () => {
    const pkg = sample();
    delete pkg.title;
    expect(errors(validatePackage(pkg))).toEqual([
      {
        pointer: '/title',
        rule: 'invalid_type',
        message: 'is required (a string)',
        expected: 'a string',
        received: 'missing',
      },
    ]);
  });

  it('explains an empty list, an empty string, a bad format and a literal', () => {
    const pkg = sample();
    pkg.channels = [];
    pkg.title = '';
    pkg.submittedAt = '15/02/2027';
    pkg.schemaVersion = '2';
    const messages = Object.fromEntries(errors(validatePackage(pkg)).map((v) => [v.pointer, v.message]));
    expect(messages).toEqual({
      '/channels': 'must contain at least one channel',
      '/title': 'must not be empty',
      '/submittedAt': 'must be RFC 3339 UTC timestamp, e.g. 2026-11-02T09:00:00Z',
      '/schemaVersion': 'must be "1"',
    });
  });

  it('rejects an impossible calendar instant through the custom check', () => {
    const pkg = sample();
    pkg.submittedAt = '2027-02-30T25:61:00Z';
    expect(brief(validatePackage(pkg))).toEqual(['/submittedAt custom']);
  });

  it('sorts numeric pointer segments numerically and keeps ties stable', () => {
    const pkg = sample();
    const approvers = Array.from({ length: 12 }, (_, i) => ({
      group: 'marketing-lead',
      name: `A${i}`,
      email: 'bad',
    }));
    pkg.approvers = approvers;
    const pointers = errors(validatePackage(pkg)).map((v) => v.pointer);
    expect(pointers).toEqual(approvers.map((_, i) => `/approvers/${i}/email`));
  });

  it('escapes ~ and / in pointers per RFC 6901', () => {
    expect(brief(parsePackage('{"a/b~c":1}'))).toContain('/a~1b~0c unrecognized_keys');
  });

  it('formats violations one per line with pointer, message, rule, expected and received', () => {
    const text = formatViolations(errors(parsePackage(read('invalid/oversize-string.json'))));
    expect(text).toBe(
      '/title: must be at most 200 characters [too_big] (expected at most 200 characters; received string (260 characters))',
    );
  });
});
