import type { Claim, HandoffPackage } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { hits, score } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** The contract packages name today (marketing-default@1.2.0 + marketing-topics@1.1.0). */
const contract = () => publishingContract('1.0.0');

const on = (copy: string, language = 'en') => withCopy(copy, 'social-organic', 'caption', { language });
const fired = (ruleId: string, copy: string, language = 'en') => hits(on(copy, language), ruleId, contract());

const evidenced = (
  id: string,
  text: string,
  summary: string,
  category: Claim['category'] = 'pricing',
): Claim => ({
  id,
  text,
  category,
  evidence: [{ ref: 'Promotion calendar FY27', kind: 'internal-data', summary, verifiedOn: '2027-01-20' }],
});

describe('urgency: a deadline or a stock count is a claim that needs its record (UCPD Annex I 7)', () => {
  it.each([
    ['en', 'Last chance: 40% off disappears at midnight.'],
    ['en', 'Only 6 hours left to save!'],
    ['en', 'Limited-time only: the bundle is $29.'],
    ['es', 'Última oportunidad: termina esta noche.'],
    ['de', 'Letzte Chance – endet um Mitternacht!'],
    ['fr', 'Dernière chance : se termine ce soir.'],
  ])('blocks an unbacked deadline (%s: %s)', (language, copy) => {
    expect(fired('urgency.deadline', copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', '12 people are looking at this hotel right now.'],
    ['en', 'Rooms are selling out fast.'],
    ['es', 'Últimas plazas: casi agotado.'],
    ['de', 'Nur noch wenige Plätze – fast ausverkauft.'],
  ])('blocks an unbacked scarcity or activity claim (%s: %s)', (language, copy) => {
    expect(fired('urgency.scarcity', copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    'Offer ends March 31.',
    'Our last collection of the year is in the shop.',
    'Only available in navy and grey.',
    'Just 5 minutes from the station.',
  ])('leaves “%s” alone', (copy) => {
    expect(fired('urgency.deadline', copy)).toEqual([]);
    expect(fired('urgency.scarcity', copy)).toEqual([]);
  });

  it('lets a subject line lean on the evidenced claim its e-mail body cites', () => {
    const pkg: HandoffPackage = withCopy('¡Solo hoy! Envío gratis', 'email', 'subject-line', {
      language: 'es',
    });
    const plan = pkg.channels[1];
    plan?.deliverables.push({
      id: 'body',
      kind: 'body',
      copy: 'Hoy, 25 de febrero, envío gratis hasta las 23:59.',
      language: 'es',
      claimRefs: ['hoy'],
    });
    pkg.claims.push(
      evidenced('hoy', 'Envío gratis solo el 25 de febrero.', 'Activo únicamente el 25/02/2027.'),
    );
    expect(hits(pkg, 'urgency.deadline', contract())).toEqual([]);
  });

  it('counts contradicted evidence of a deadline claim as false urgency, not as a pricing problem', () => {
    const pkg = on('Final hours: $300 off ends tonight.');
    pkg.claims.push(
      evidenced(
        'd',
        'Final hours: $300 off ends tonight.',
        'The offer has been relaunched every Monday since January.',
      ),
    );
    const f = hits(pkg, 'evidence.contradicted', contract());
    expect(f.map((x) => x.topic)).toEqual(['urgency']);
    expect(score(pkg, contract()).decision.outcome).toBe('blocked');
  });
});

describe('pricing: the terms of a price or a free offer come with it (16 CFR 233, 251; CAP 3.18)', () => {
  it.each([
    ['pricing.free-trial-terms', 'Watch every original FREE for 30 days. Start free today!'],
    ['pricing.free-trial-terms', 'Prueba gratis 14 días la app de idiomas.'],
    ['pricing.reference-price', 'Usually $180, now $89.'],
    ['pricing.wholesale-claim', 'Wholesale prices to the public!'],
    ['pricing.from-price-fees', 'Tickets from £25 for the summer tour.'],
  ])('%s blocks “%s”', (ruleId, copy) => {
    expect(fired(ruleId, copy, copy.startsWith('Prueba') ? 'es' : 'en')[0]?.severity).toBe('block');
  });

  it.each([
    ['pricing.free-trial-terms', 'Free for 14 days, then $9.99/month. Cancel anytime.'],
    ['pricing.free-trial-terms', 'Try Parlo Plus free for 14 days. No card required.'],
    ['pricing.reference-price', 'Before you go, see the spring range.'],
    ['pricing.from-price-fees', 'Tickets from £25 including all fees.'],
  ])('%s leaves “%s” alone', (ruleId, copy) => {
    expect(fired(ruleId, copy)).toEqual([]);
  });
});

describe('e-mail: a promotion must not pose as the reader’s own conversation (CAN-SPAM 7704(a)(2))', () => {
  const mail = (subject: string) => withCopy(subject, 'email', 'subject-line', { language: 'en' });
  it('blocks a RE:/FW: subject and leaves an honest one alone', () => {
    expect(hits(mail('RE: Your order #48213 has shipped'), 'email.fake-reply', contract())[0]?.severity).toBe(
      'block',
    );
    expect(hits(mail('Fwd: the winter teas are here'), 'email.fake-reply', contract())).toHaveLength(1);
    expect(hits(mail('Reply by Friday to save your seat'), 'email.fake-reply', contract())).toEqual([]);
    expect(hits(mail('Our favourite rE:set routine'), 'email.fake-reply', contract())).toEqual([]);
  });
});

describe('regulated topics: the ways copy links them to success, youth or health', () => {
  it.each([
    [
      'alcohol.success-claims',
      'One round of Copper Kettle lager and suddenly you’re the most interesting person at the bar.',
    ],
    ['alcohol.success-claims', 'Une bière qui te rend plus séduisant, au centre de l’attention.'],
    ['alcohol.health-claim', 'La Blonde du Quai, une bière riche en vitamines B.'],
    ['gambling.money-problems', 'Tired of your 9-to-5? Spin your way to freedom at LuckyReel casino.'],
    ['gambling.youth-appeal', 'Yo chat, no cap, these slots are bussin.'],
  ])('%s fires on “%s”', (ruleId, copy) => {
    const language = /[éè’]|bière/.test(copy) ? 'fr' : 'en';
    expect(fired(ruleId, copy, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['alcohol.success-claims', 'Copper Kettle lager: brewed slowly in Leeds since 1902. 18+ only.'],
    ['alcohol.health-claim', 'Our cider is pressed from Somerset apples. Drink responsibly.'],
    ['gambling.money-problems', 'Boosted odds on the cup final at our sportsbook. 18+. Set a deposit limit.'],
    ['gambling.youth-appeal', 'Blackjack tables open at 6 pm for guests 21 and over.'],
  ])('%s leaves “%s” alone', (ruleId, copy) => {
    expect(fired(ruleId, copy)).toEqual([]);
  });

  it('reads a child audience stated as “7-12 year olds” or a PEGI rating, and French imperatives', () => {
    const kids = (copy: string, audience: string, language = 'en') => {
      const pkg = on(copy, language);
      pkg.audience.primary = audience;
      return hits(pkg, 'children.direct-exhortation', contract());
    };
    expect(
      kids('Grab it now for 800 gems!', 'Players of a game played mainly by 7-12 year olds.'),
    ).toHaveLength(1);
    expect(kids('Achète vite le pack de 500 gemmes !', 'Enfants 8-12 joueurs.', 'fr')).toHaveLength(1);
    expect(kids('A calm bedtime story for your little one.', 'Parents of children 3-6.')).toEqual([]);
  });
});

describe('superlatives and endorsements: rankings in any word order, disclosures in plain words', () => {
  it.each([
    ['en', 'America’s Most Trusted Mattress'],
    ['en', 'Rated the #1 VPN by users.'],
    ['de', 'Der schnellste Internetanschluss Deutschlands.'],
  ])('claim.superlative fires on an unbacked ranking (%s: %s)', (language, copy) => {
    expect(fired('claim.superlative', copy, language).length).toBeGreaterThan(0);
  });

  it('leaves puffery and plain superlatives without a market alone', () => {
    expect(fired('claim.superlative', 'The flakiest croissants you’ll ever taste.')).toEqual([]);
  });

  it('accepts “X paid me for this video” as the disclosure of a material connection', () => {
    const pkg = withCopy(
      'Quick heads-up: Emberline paid me for this video. Here is what I cooked.',
      'influencer',
      'script',
      { language: 'en' },
    );
    expect(hits(pkg, 'disclosure.ad-marker', contract())).toEqual([]);
    const bare = withCopy('Here is what I cooked on the Emberline stove.', 'influencer', 'script', {
      language: 'en',
    });
    expect(hits(bare, 'disclosure.ad-marker', contract())).toHaveLength(1);
  });
});

describe('evidence that shows a former price or a deadline is not real (16 CFR 233.1, 233.5)', () => {
  const claim = (text: string): Claim => ({ id: 'c', text, category: 'pricing', evidence: [] });
  it.each([
    [
      'Regular price $20, get one free.',
      'Priced at $12 until January; raised to $20 on 1 Feb, the day the offer started.',
    ],
    ['Was $199, now $99.', 'Listed at $199 for two days in July with no sales.'],
    ['Compare at $120, now $39.', 'The lot was bought as factory seconds; first quality retails at $120.'],
    ['The 25% planter sale ends tonight.', 'Planned 1 Mar - 30 Apr, with weekly "last chance" e-mails.'],
    ['Today only: $149.', 'The course price is fixed at $149 for all of 2027.'],
    [
      'Nur noch 3 Plätze frei.',
      'Selbstlernkurs ohne Teilnehmerbegrenzung; der Hinweis ist fest im Template hinterlegt.',
    ],
    ['Solo quedan 2 plazas.', 'Curso online sin límite de plazas.'],
  ])('“%s” against “%s”', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(true);
  });

  it.each([
    ['Was $199, now $129.', 'Sold at $199 from 1 Aug 2026 to 31 Jan 2027 (412 units).'],
    ['Ends tonight at 23:59.', 'One-evening event on 25 Feb 2027 only.'],
    ['Loads in two seconds.', 'Median load time 1.8 seconds over 500 runs.'],
  ])('leaves “%s” with “%s” alone', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(false);
  });
});

describe('job ads in German, Spanish and French name the role in a neutral or paired form', () => {
  it('warns on a one-gender role and accepts (m/w/d), -o/a and (H/F)', () => {
    expect(fired('inclusive.job-ad-gender', 'Wir suchen einen Verkäufer für Köln.', 'de')[0]?.severity).toBe(
      'warn',
    );
    expect(fired('inclusive.job-ad-gender', 'Wir suchen einen Verkäufer (m/w/d) für Köln.', 'de')).toEqual(
      [],
    );
    expect(fired('inclusive.job-ad-gender', 'Se busca camarero/a para la terraza.', 'es')).toEqual([]);
    expect(fired('inclusive.job-ad-gender', 'Nous recrutons un vendeur (H/F) à Lyon.', 'fr')).toEqual([]);
  });

  it('reads job ads only: everyday "no se necesita" and English copy are not job ads', () => {
    expect(fired('inclusive.job-ad-gender', 'No se necesita tarjeta de crédito para empezar.', 'es')).toEqual(
      [],
    );
    expect(fired('inclusive.job-ad-gender', 'Buscamos ofrecerte el mejor precio.', 'es')).toEqual([]);
    expect(fired('inclusive.job-ad-gender', 'Wir suchen a salesman for Cologne.', 'en')).toEqual([]);
  });
});

describe('topic presence reads what the copy is about, not look-alikes', () => {
  it('does not take “50% volume” for an alcohol strength, and still reads “12.5% vol.”', () => {
    expect(fired('alcohol.product', 'Up to 20 hours of playback (tested at 50% volume).')).toEqual([]);
    expect(fired('alcohol.product', 'Reserva 2021, 13.5% vol. Enjoy responsibly.')).toHaveLength(1);
  });

  it('reads a named person quoted with “said” as personal data to route', () => {
    const copy = '"Routewise made that a one-person job," said Jana Novak, Head of Operations at Ferro.';
    expect(fired('pii.named-person', copy)).toHaveLength(1);
    expect(fired('pii.named-person', '"It made that a one-person job," say our customers.')).toEqual([]);
  });
});

describe('claim.quantified-outcome: a measured result is an objective claim (FTC substantiation, CAP 3.7)', () => {
  it.each([
    ['en', 'SwiftMop cuts your cleaning time in half.'],
    ['en', 'Charges 40% faster.'],
    ['en', 'Saves you 2 hours a week.'],
    ['fr', 'Le thermostat réduit votre facture d’énergie de 30 %.'],
    ['de', 'Senkt den Verbrauch um bis zu 25 %.'],
  ])('blocks an unbacked measured result (%s: %s)', (language, copy) => {
    expect(fired('claim.quantified-outcome', copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    'Keep your skis all season for 20% less.',
    'Save 20% on every order this week.',
    'Up to 30% cheaper than last year.',
    'Ready in 20 minutes.',
  ])('leaves a price or a plain number alone: “%s”', (copy) => {
    expect(fired('claim.quantified-outcome', copy)).toEqual([]);
  });

  it('lets the result pass when the copy cites a claim with evidence', () => {
    const pkg = on('Tidewave S2 charges 40% faster.');
    const plan = pkg.channels[1];
    if (plan?.deliverables[0]) plan.deliverables[0].claimRefs = ['c'];
    pkg.claims.push(
      evidenced('c', 'Charges 40% faster than the S1.', 'Lab test: 0-100% in 52 vs 87 min.', 'performance'),
    );
    expect(hits(pkg, 'claim.quantified-outcome', contract())).toEqual([]);
  });
});

describe('health benefits and the US purchase age', () => {
  it.each([
    ['en', 'Helps reduce inflammation and boosts your energy levels.'],
    ['es', 'Mejora el sueño en una semana.'],
    ['fr', 'Soulage les ballonnements après le repas.'],
  ])('regulated.health-benefit fires on “%s” (%s)', (language, copy) => {
    expect(fired('regulated.health-benefit', copy, language).length).toBeGreaterThan(0);
  });

  it('leaves a gym timetable alone', () => {
    expect(fired('regulated.health-benefit', 'Open 24/7, with classes every day of the week.')).toEqual([]);
  });

  it('blocks alcohol copy aimed at US 18-24s and leaves 21+ or UK 18+ alone', () => {
    const ad = (audience: string, regions: string[]) => {
      const pkg = on('Our new hard seltzer, 5% ABV, is on shelves now.');
      pkg.audience.primary = audience;
      pkg.audience.regions = regions;
      return hits(pkg, 'alcohol.under-21-audience', contract());
    };
    expect(ad('Social audiences 18-24.', ['US'])[0]?.severity).toBe('block');
    expect(ad('US adults 21-34, audience data 85% 21+.', ['US'])).toEqual([]);
    expect(ad('UK adults 18-34.', ['GB'])).toEqual([]);
  });
});

describe('copy tagged with a covered language but written in another', () => {
  it('reads an Italian ad tagged "en" as Italian and routes it; English copy tagged "en" stays English', () => {
    const it_ = on(
      'Pastificio Rosa: la pasta fresca fatta a mano ogni mattina nel nostro laboratorio di Bologna, per te.',
    );
    const a = score(it_, contract());
    expect(hits(it_, 'language.unsupported', contract())).toHaveLength(1);
    expect(a.languages?.at(-1)).toMatchObject({ language: 'it', source: 'detected', covered: false });
    const en = on('Fresh pasta made by hand every morning in our kitchen, for you and your family.');
    expect(hits(en, 'language.unsupported', contract())).toEqual([]);
    expect(score(en, contract()).languages?.at(-1)).toMatchObject({ language: 'en', source: 'declared' });
  });
});
