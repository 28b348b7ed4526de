import { fires } from './helpers/topics.ts';

describe('endorsements (FTC 16 CFR 255, CAP 2, UCPD Annex I 11)', () => {
  it('flags a podcast read with a promo code and no sponsor mention', () => {
    const copy = 'I slept on a Dreamcrate for a year. Go to dreamcrate.com and use code SLEEPY.';
    expect(
      fires('endorsement.undisclosed-connection', copy, { channel: 'podcast', kind: 'script' }),
    ).toHaveLength(1);
  });

  it('flags a disclosure buried after hashtags', () => {
    const copy = 'Love this serum! #skincare #glow #nightroutine #ad';
    expect(fires('endorsement.undisclosed-connection', copy, { channel: 'influencer' })).toHaveLength(1);
  });

  it.each([
    ['en', '#ad Gifted by Cozyhound. Link in bio.'],
    ['es', '#publi Colaboración pagada con Bellaflor. Enlace en bio.'],
    ['de', 'Werbung | Meine neuen Laufschuhe, Link in Bio.'],
    ['fr', 'Partenariat rémunéré avec Aspiro. Code promo ASPIRO10.'],
  ])('accepts an up-front disclosure (%s)', (_lang, copy) => {
    expect(fires('endorsement.undisclosed-connection', copy, { channel: 'influencer' })).toEqual([]);
  });

  it('flags a testimonial result without a typicality statement', () => {
    const copy = '"My SAT score went up 210 points." Jordan';
    expect(fires('endorsement.atypical-result', copy)).toHaveLength(1);
    expect(fires('endorsement.atypical-result', `${copy} Typical students improve by 40 points.`)).toEqual(
      [],
    );
  });
});

describe('sms (TCPA/CTIA, CNIL, LSSI, UWG)', () => {
  const sms = { channel: 'sms' as const, kind: 'message' as const };
  it.each([
    ['en', 'Taqueria Lupe: 2 tacos for $5 today. Reply STOP to opt out.'],
    ['es', 'Farmacia Sol: 20 % en cosmética. Responde BAJA.'],
    ['de', 'Kino Lichtspiel: Kinotag. Keine SMS mehr? Antworte STOPP.'],
    ['fr', 'Institut Belle Rive : -20 %. STOP au 36111.'],
  ])('accepts a message with sender and opt-out keyword (%s)', (_lang, copy) => {
    expect(fires('sms.opt-out', copy, sms)).toEqual([]);
    expect(fires('sms.sender-id', copy, sms)).toEqual([]);
  });

  it('flags a message with only a lowercase "stop" and no sender', () => {
    const copy = "Summer's calling and we can't stop! Don't stop shopping: coveswim.com";
    expect(fires('sms.opt-out', copy, sms)[0]?.severity).toBe('block');
    expect(fires('sms.sender-id', copy, sms)).toHaveLength(1);
  });

  it('flags print copy inviting people to text a short code without terms', () => {
    expect(
      fires('sms.opt-out', 'Text TACOS to 55222 for deals!', { channel: 'print', kind: 'body' }),
    ).toHaveLength(1);
  });
});
