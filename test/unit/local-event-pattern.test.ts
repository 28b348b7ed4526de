import { matchesPattern } from '../../local/event-pattern.ts';

// The local triggers decide with the template's event patterns what EventBridge decides in AWS.

const usable = {
  source: ['handoff-contracting'],
  'detail-type': ['Handoff Submitted'],
  detail: { packageRef: { bucket: ['b'], key: [{ prefix: 'incoming/' }] } },
};
const unusable = {
  source: ['handoff-contracting'],
  'detail-type': ['Handoff Submitted'],
  detail: {
    $or: [
      { packageRef: { bucket: [{ exists: false }] } },
      { packageRef: { key: [{ exists: false }] } },
      { packageRef: { bucket: [{ 'anything-but': ['b'] }] } },
      { packageRef: { key: [{ 'anything-but': { prefix: 'incoming/' } }] } },
    ],
  },
};
const submitted = (detail: unknown) => ({
  source: 'handoff-contracting',
  'detail-type': 'Handoff Submitted',
  detail,
});

describe('event patterns of the local triggers', () => {
  it.each([
    [
      'a package of this bucket under incoming/',
      { packageRef: { bucket: 'b', key: 'incoming/x.json' } },
      true,
    ],
    ['no packageRef', { package: 'incoming/x.json' }, false],
    ['another bucket', { packageRef: { bucket: 'other', key: 'incoming/x.json' } }, false],
    ['a key outside incoming/', { packageRef: { bucket: 'b', key: 'packages/x.json' } }, false],
    ['no key', { packageRef: { bucket: 'b' } }, false],
  ])('%s: exactly one of the two rules matches', (_, detail, runs) => {
    expect(matchesPattern(usable, submitted(detail))).toBe(runs);
    expect(matchesPattern(unusable, submitted(detail))).toBe(!runs);
  });

  it('matches neither rule for another source or detail type', () => {
    const other = { ...submitted({ packageRef: { bucket: 'b', key: 'incoming/x.json' } }), source: 'x' };
    expect(matchesPattern(usable, other)).toBe(false);
    expect(matchesPattern(unusable, other)).toBe(false);
  });

  it('refuses an operator it does not implement instead of matching silently', () => {
    expect(() => matchesPattern({ detail: { n: [{ numeric: ['>', 1] }] } }, { detail: { n: 2 } })).toThrow(
      /unsupported/,
    );
  });
});
