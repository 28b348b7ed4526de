import { smsSegments } from '#core/rules/text';
import { hits } from './helpers/engine-findings.ts';
import { EXTRA_COPY, withCopy } from './helpers/engine-fixtures.ts';

describe('channel length limits', () => {
  it('counts SMS segments the carrier way: GSM-7 160/153, UCS-2 70/67, extension characters cost two', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(161))).toMatchObject({
      encoding: 'GSM-7',
      segments: 2,
      singleSegmentEnd: 160,
    });
    expect(smsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('€'.repeat(81))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
    expect(smsSegments(`${'a'.repeat(69)}😀`)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(smsSegments('ü'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('ł'.repeat(134))).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it('warns on a 2-segment SMS and blocks a 4-segment one, never both', () => {
    const two = hits(withCopy('a'.repeat(200), 'sms', 'message'), 'limit.sms-segments');
    expect(two.map((f) => [f.severity, f.span])).toEqual([['warn', [160, 200]]]);
    expect(hits(withCopy('a'.repeat(200), 'sms', 'message'), 'limit.sms-segments-max')).toEqual([]);
    const five = withCopy('a'.repeat(700), 'sms', 'message');
    expect(hits(five, 'limit.sms-segments')).toEqual([]);
    expect(hits(five, 'limit.sms-segments-max').map((f) => f.severity)).toEqual(['block']);
  });

  it('accepts a 160-character GSM-7 SMS', () => {
    expect(hits(withCopy('a'.repeat(160), 'sms', 'message'), 'limit.sms-segments')).toEqual([]);
  });

  it('blocks a search-ad headline over 30 characters with the overflow as span', () => {
    const copy = 'Light trail shoes for real hikes';
    const found = hits(withCopy(copy, 'search-ad', 'headline'), 'limit.search-headline');
    expect(found.map((f) => [f.pointer, f.severity, f.span])).toEqual([
      [EXTRA_COPY, 'block', [30, copy.length]],
    ]);
    expect(found[0]?.message).toBe(`Search-ad headline is ${copy.length} characters; the limit is 30`);
  });

  it('counts characters as code points, so an emoji is one character', () => {
    expect(hits(withCopy(`${'a'.repeat(29)}😀`, 'search-ad', 'headline'), 'limit.search-headline')).toEqual(
      [],
    );
  });

  it('blocks a search-ad description over 90 characters but not one of 90', () => {
    expect(
      hits(withCopy('d'.repeat(91), 'search-ad', 'description'), 'limit.search-description'),
    ).toHaveLength(1);
    expect(hits(withCopy('d'.repeat(90), 'search-ad', 'description'), 'limit.search-description')).toEqual(
      [],
    );
  });

  it('warns on long email subject lines and preheaders only in the email channel', () => {
    expect(hits(withCopy('s'.repeat(61), 'email', 'subject-line'), 'limit.email-subject')).toHaveLength(1);
    expect(hits(withCopy('s'.repeat(101), 'email', 'preheader'), 'limit.email-preheader')).toHaveLength(1);
    expect(hits(withCopy('s'.repeat(61), 'web-landing', 'subject-line'), 'limit.email-subject')).toEqual([]);
  });

  it('warns on long push messages, paid-social captions and alt text', () => {
    expect(hits(withCopy('p'.repeat(179), 'push', 'message'), 'limit.push-message')).toHaveLength(1);
    expect(
      hits(withCopy('c'.repeat(126), 'social-paid', 'caption'), 'limit.social-paid-caption'),
    ).toHaveLength(1);
    expect(hits(withCopy('a'.repeat(126), 'web-landing', 'alt-text'), 'limit.alt-text')).toHaveLength(1);
    expect(hits(withCopy('a'.repeat(125), 'web-landing', 'alt-text'), 'limit.alt-text')).toEqual([]);
  });
});
