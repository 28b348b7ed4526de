import type { HandoffPackage } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { fired, type Where } from './helpers/judgment-bank.ts';

/**
 * Stop 32, offers: the review's probe lines (review/lines.json) for the offer readings added this stop. A
 * day named beside "tonight" is a delivery date, not the end; a reminder is a text sent after the one that
 * names the end and says "Last day"; price history backs "usually £649" only as a recent selling price; a
 * paid tier's price is set aside only where "free" is a tier; a one-time code is no offer deadline.
 */
const URGENCY = ['urgency.offer-facts', 'urgency.deadline', 'urgency.scarcity'];

const record = (p: HandoffPackage): void => {
  p.offer = { ends: '2026-04-30', timer: 'none' };
};

/** An SMS flow whose dated text is pushed after the line under test (the line is sent first). */
const datedAfter: Where = {
  channel: 'sms',
  kind: 'message',
  edit: (p) => {
    record(p);
    p.channels[1]?.deliverables.push({
      id: 'later',
      kind: 'message',
      copy: 'Pawcrate: 20% off salmon chews thru 4/30. Reply STOP to opt out.',
    });
  },
};

describe('offer record: a day beside "tonight" is no end', () => {
  it.each([
    ['en', '40% off ends tonight — order now and it arrives by Thursday 30 April.'],
    ['es', 'Últimas horas: 40 % de descuento termina esta noche; envío antes del 30 de abril.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(fired(['urgency.offer-facts'], copy, lang, { edit: record })).toEqual(['urgency.offer-facts']);
  });

  it('keeps a dated end equal to the record quiet', () => {
    const copy = 'Last day to save is Thursday, 30 April: 40% off.';
    expect(fired(['urgency.offer-facts'], copy, 'en', { edit: record })).toEqual([]);
  });
});

describe('offer record: a reminder follows the text that names the end', () => {
  it.each([
    ['en', 'Pawcrate: 20% off ends at midnight tonight. Reply STOP to opt out.'],
    ['en', 'Pawcrate: Last day for 20% off salmon chews! Reply STOP to opt out.'],
  ])('[%s] %j, sent before the dated text, fires', (lang, copy) => {
    expect(fired(['urgency.offer-facts'], copy, lang, datedAfter)).toEqual(['urgency.offer-facts']);
  });
});

describe('urgency: a one-time code is no offer deadline', () => {
  it.each([
    ['de', 'Dein Bestätigungscode läuft in 10 Minuten ab.'],
    ['de', 'Der Code läuft in 10 Minuten ab – aus Sicherheitsgründen.'],
    ['en', 'Your verification code expires in 10 minutes.'],
    ['es', 'Tu código de verificación caduca en 10 minutos.'],
  ])('[%s] %j does not fire', (lang, copy) => {
    expect(fired(URGENCY, copy, lang)).toEqual([]);
  });

  it('reads a discount code on a clock as a deadline', () => {
    expect(fired(URGENCY, 'Your 20% off code expires in 10 minutes!', 'en')).not.toEqual([]);
  });
});

/** The bank's sideboard claim, with the summary under test as its evidence. */
const history =
  (summary: string): Where['edit'] =>
  (p) => {
    p.claims.push({
      id: 'forty',
      text: 'Only 40 Harrow oak sideboards at £449.',
      category: 'pricing',
      evidence: [{ ref: 'sheet', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
    });
    const d = p.channels[1]?.deliverables[0];
    if (d !== undefined) d.claimRefs = ['forty'];
  };
const SIDEBOARD = 'The Harrow sideboard is £449 (usually £649), with only 40 at that price.';

describe('reference price: the history on file is a recent price actually charged', () => {
  it.each([
    '40 sideboards allocated at £449. Regular price £649 until March 2023; £449 since then.',
    '40 sideboards allocated at £449; insurance value £649 each.',
  ])('%j does not back "usually £649"', (summary) => {
    const where = { edit: history(summary) };
    expect(fired(['pricing.reference-price'], SIDEBOARD, 'en', where)).toEqual(['pricing.reference-price']);
  });

  it('takes "regular £649 since September 2025"', () => {
    const where = { edit: history('40 sideboards allocated at £449 (regular £649 since September 2025).') };
    expect(fired(['pricing.reference-price'], SIDEBOARD, 'en', where)).toEqual([]);
  });
});

/** A landing page of the same package stating the plan's price. */
const landing =
  (copy: string): Where['edit'] =>
  (p) => {
    p.channels.push({ channel: 'web-landing', deliverables: [{ id: 'terms', kind: 'landing-copy', copy }] });
  };

describe('free: a paid tier is set aside only where "free" is a tier', () => {
  it('keeps the monthly price a free phone depends on', () => {
    const where = { edit: landing('Pro plan: £45/month for 24 months.') };
    expect(fired(['pricing.free-charge'], 'Get a FREE phone today!', 'en', where)).toEqual([
      'pricing.free-charge',
    ]);
  });

  it.each([
    ['en', 'Free to start; Pro is £7.99/month.'],
    ['en', 'Free for personal use. Teams: £5 per seat per month.'],
    ['en', 'Our app is free; optional premium plan at £2.99/month, cancel any time.'],
    ['es', 'Gratis para siempre en el plan básico; el plan Pro cuesta 7,99 €/mes.'],
    ['fr', "Gratuit pour commencer ; l'offre Pro est à 7,99 €/mois."],
  ])('[%s] %j does not fire', (lang, copy) => {
    expect(fired(['pricing.free-charge'], copy, lang)).toEqual([]);
  });
});

describe('evidence: a price within half a unit of a whole new price is that price', () => {
  const claim = (text: string) => ({ id: 'c', text, category: 'pricing' as const, evidence: [] });
  it('reads an earlier £1.40 against a new £0.60 as a price sold between', () => {
    expect(contradicts(claim('Was £2.00, now £0.60'), 'Sold at £1.40 last month.')).toBe(true);
  });
  it('reads 314,30 € against a new 314 € as that price, worked out', () => {
    const text = 'Statt 449 € jetzt 314 €';
    expect(contradicts(claim(text), '-30 % donne 314,30 €, arrondi à 314 €.')).toBe(false);
  });
});
