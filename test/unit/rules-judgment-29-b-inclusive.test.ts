import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, inclusive language: "lame" as a put-down about disability is a word to avoid (NCDJ style guide,
 * retext-equality), but lamé, the metallic fabric, is often printed without its accent by fashion shops
 * ("gold lame", "lame dresses"; "a lame dress code" is still the put-down). Beside a metal or shine word, or naming a garment made of it, the word
 * is the fabric; used as a judgement of a thing or a person, it is still flagged. The list reads English.
 */
const rule = 'inclusive.lame';

describe('inclusive.lame: the word as a put-down still fires', () => {
  it.each([
    ['Stuck with a lame excuse for a party playlist? We fixed it.', 'lame'],
    ['Don’t be lame – RSVP for the launch tonight.', 'lame'],
    ['Last year’s gift ideas were lame. Not this time.', 'lame'],
    ['No more lame Monday meetings: book the rooftop.', 'lame'],
    ['Pretty lame of them to charge for bags, right? Ours are free.', 'lame'],
    ['Lame jokes, great coffee. Come say hi.', 'Lame'],
    ['The old app was lame and slow; version 4 is neither.', 'lame'],
    ['Your gold card perks are lame? Switch to Orbit.', 'lame'],
    ['Tired of lame dress codes at work? Our chinos pass every one.', 'lame'],
    ['Only lame people skip leg day.', 'lame'],
    ['That silver lining talk is so lame. Here is a real plan.', 'lame'],
    ['A lame duck of a sale? Not ours: 40% off everything.', 'lame'],
  ])('%j fires', (copy, quote) => {
    expect(quotes(rule, copy)).toContain(quote);
  });
});

describe('inclusive.lame: lamé, the fabric, written without its accent, does not', () => {
  it.each([
    'Gold lame is back for party season ✨',
    'The Disco Slip in silver lame, now XS–4X.',
    'Shop our copper lame midi before it sells out.',
    'Lame dresses that catch every light on the dance floor.',
    'New in: lame trousers, sequin blazers and platform heels.',
    'Bronze lame clutch, £35 – the only bag you need on NYE.',
    'Metallic lame fabric by the metre, 140 cm wide.',
    'Our bestselling lame jumpsuit returns in champagne.',
    'Pair the pewter lame skirt with a black knit.',
    'Liquid lame gowns for the awards-season edit.',
    'Lame boots in rose gold: sizes 36 to 42.',
    'Stretch lame leggings that move with you.',
  ])('%j', (copy) => {
    expect(quotes(rule, copy)).toEqual([]);
  });
});

// Review of stop 29: a word that is a garment and a judgement both ("top", "mini", "clutch") is the fabric only
// beside a metal word; lamé with its accent is never the put-down.
describe('inclusive.lame: the fabric reading needs a fabric context', () => {
  it.each([
    ['What a lame top. Ours are better.', 'lame'],
    ['Our lame top 10 gift ideas? Gone.', 'lame'],
    ['Such a lame top, honestly – swap it for ours.', 'lame'],
    ['That lame mini golf course? Try our rooftop bar.', 'lame'],
    ['A lame clutch performance? Not from our team.', 'lame'],
    ['That’s so lame. Book the rooftop instead.', 'lame'],
    ['This top is lame; the new one is not.', 'lame'],
  ])('%j fires', (copy, quote) => {
    expect(quotes(rule, copy)).toContain(quote);
  });

  it.each([
    'The gold lame top is back for party season.',
    'Shop our lamé top for NYE.',
    'Silver lame mini, sizes 6–18.',
    'Lamé clutch in pewter, £35.',
  ])('%j does not', (copy) => {
    expect(quotes(rule, copy)).toEqual([]);
  });
});
