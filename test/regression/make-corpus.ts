/**
 * Generates the golden corpus `test/regression/corpus/*.json` from four realistic base packages (one per
 * contract) and named variations, each aimed at a rule family, a contract, an approval route or an
 * outcome. The files are committed; after editing the list rerun
 *   npx tsx test/regression/make-corpus.ts && npx biome format --write test/regression/corpus
 * then `npm run rebaseline` to record the expected artifacts (and review its summary).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { validatePackage } from '#core/validate';
import { addChannel, copyOf, fixturePackage, type Pkg, samplePackage } from '../support/package-fixtures.ts';

const here = new URL('./', import.meta.url);

/** campaign-package-to-publishing@1.0.0 without regulated claims (so it can pass unattended). */
function campaign(): Pkg {
  const p = fixturePackage(samplePackage('spring-launch'));
  p.claims = p.claims.filter((c) => c.id !== 'recycled-pods');
  p.story.proofPoints = p.story.proofPoints.filter((s) => !s.includes('recycled'));
  const landing = p.channels[2]?.deliverables[1];
  if (landing) {
    landing.copy = landing.copy.replace(' Our pods are made from 80% recycled plastic.', '');
    landing.claimRefs = ['harvest-in-30-days'];
  }
  return p;
}

/** copy-to-design@1.0.0: the YAML newsletter sample. */
function newsletter(): Pkg {
  return fixturePackage(samplePackage('newsletter-copy'));
}

/** creative-brief-to-production@1.0.0: a video + social + display brief for production. */
function brief(): Pkg {
  return fixturePackage({
    schemaVersion: '1',
    contract: { id: 'creative-brief-to-production', version: '1.0.0' },
    streamId: 'summer-balcony-2027',
    packageId: 'summer-balcony-2027-brief-r2',
    submittedAt: '2027-04-01T08:00:00Z',
    title: 'Summer 2027: the Balcony Tomato Kit film and social',
    from: { team: 'Creative', owner: { name: 'Ines Costa', email: 'ines.costa@greenhouse-goods.co' } },
    to: {
      team: 'Production studio',
      owner: { name: 'Sam Porter', email: 'sam.porter@greenhouse-goods.co' },
    },
    objective: {
      statement:
        'Show balcony owners that a small tomato plant is easy to grow, and drive kit sales in June.',
      kpis: [
        { name: 'Video completion rate', unit: '%', baseline: 22, target: 30, direction: 'increase' },
        { name: 'Kit orders in June', unit: 'orders', baseline: 800, target: 1600, direction: 'increase' },
      ],
    },
    audience: {
      primary: 'Apartment dwellers with a balcony who like to cook with fresh produce.',
      segments: ['balcony gardeners', 'home cooks aged 25 to 45'],
      regions: ['DE', 'NL'],
    },
    story: {
      hook: 'One pot, one balcony, a summer of tomatoes.',
      tension: 'Most people think tomatoes need a greenhouse or a big garden.',
      resolution: 'The Balcony Tomato Kit has a dwarf variety bred for pots and a self-watering base.',
      keyMessage: 'Your balcony can grow your summer tomatoes.',
      proofPoints: ['The dwarf variety grows to 60 cm.', 'The self-watering base holds water for five days.'],
    },
    claims: [
      {
        id: 'five-day-water',
        text: 'The base holds water for five days',
        category: 'performance',
        evidence: [{ ref: 'Lab test LT-2027-014', kind: 'internal-data', summary: 'Five days at 28 °C.' }],
      },
      {
        id: 'kit-price',
        text: 'The kit costs 29 euros',
        category: 'pricing',
        evidence: [{ ref: 'Price list 2027-Q2, line 3', kind: 'internal-data' }],
      },
    ],
    cta: { text: 'Get the tomato kit', url: 'https://greenhouse-goods.co/tomato-kit' },
    channels: [
      {
        channel: 'video',
        deliverables: [
          {
            id: 'film-30s',
            kind: 'script',
            copy: 'Open on a small balcony at sunrise. A hand sets down one pot. Time lapse: the plant grows and fills with red tomatoes. Voice: Your balcony can grow your summer tomatoes. The base holds water for five days, so a weekend away is fine. Get the tomato kit.',
            claimRefs: ['five-day-water'],
          },
        ],
      },
      {
        channel: 'social-organic',
        deliverables: [
          {
            id: 'post',
            kind: 'caption',
            copy: 'One pot, one balcony, a summer of tomatoes. Get the tomato kit from Greenhouse Goods.',
          },
          {
            id: 'post-alt',
            kind: 'alt-text',
            copy: 'A tomato plant full of red fruit in a pot on a sunny balcony.',
          },
        ],
      },
      {
        channel: 'display-ad',
        deliverables: [
          { id: 'banner-headline', kind: 'headline', copy: 'Tomatoes on your balcony' },
          {
            id: 'banner-text',
            kind: 'description',
            copy: 'The kit costs 29 euros. Get the tomato kit.',
            claimRefs: ['kit-price'],
          },
        ],
      },
    ],
    brand: { voice: ['warm', 'practical'], mandatories: ['Greenhouse Goods'], forbiddenTerms: ['miracle'] },
    deadlines: { handoffDue: '2027-04-10', launch: '2027-06-01', reviewBy: '2027-04-08' },
    approvers: [
      { group: 'marketing-lead', name: 'Jonas Weber', email: 'jonas.weber@greenhouse-goods.co' },
      { group: 'brand-director', name: 'Ana Ruiz', email: 'ana.ruiz@greenhouse-goods.co' },
      { group: 'legal', name: 'Priya Nair', email: 'priya.nair@greenhouse-goods.co' },
      { group: 'partnerships', name: 'Leo Martin', email: 'leo.martin@greenhouse-goods.co' },
    ],
  });
}

/** campaign-package-to-publishing@0.9.0 (deprecated pilot): same content, older contract. */
function pilot(): Pkg {
  const p = campaign();
  p.contract.version = '0.9.0';
  return p;
}

/**
 * campaign-package-to-publishing@2.0.0: the campaign with its facts (an own opt-in e-mail list) and a
 * dated price list, so the clean one passes and each variation shows only what its facts change.
 */
function facts(): Pkg {
  const p = campaign();
  p.contract.version = '2.0.0';
  const price = p.claims.find((c) => c.id === 'kit-price')?.evidence[0];
  if (price) price.verifiedOn = '2027-01-10';
  p.product = { categories: ['general'] };
  p.audience.consent = [{ channel: 'email', basis: 'double-opt-in', source: 'own-signup' }];
  return p;
}

/**
 * campaign-package-to-publishing@3.0.0: the 2.0.0 package whose evidence states what it compared and covers
 * (ADR 0022), as the contract asks of its performance claim.
 */
function evidenceFacts(): Pkg {
  const p = facts();
  p.contract.version = '3.0.0';
  const trial = p.claims.find((c) => c.id === 'harvest-in-30-days')?.evidence[0];
  if (trial) Object.assign(trial, { comparedWith: 'nothing', covers: 'all' });
  return p;
}

const email = (p: Pkg) => p.channels.find((c) => c.channel === 'email');

interface Variant {
  name: string;
  base: () => Pkg;
  mutate?: (p: Pkg) => void;
}

export const VARIANTS: Variant[] = [
  // Clean packages, one per contract.
  { name: 'campaign-clean', base: campaign },
  { name: 'newsletter-clean', base: newsletter },
  { name: 'brief-clean', base: brief },
  { name: 'pilot-contract-clean', base: pilot },
  {
    name: 'newsletter-sms-and-push',
    base: newsletter,
    mutate: (p) => {
      addChannel(p, {
        channel: 'sms',
        deliverables: [
          {
            id: 'sms',
            kind: 'message',
            copy: 'Greenhouse Goods: time to repot your herbs. Read the repotting guide: https://greenhouse-goods.co/guides/repotting',
          },
        ],
      });
      addChannel(p, {
        channel: 'push',
        deliverables: [
          { id: 'push', kind: 'message', copy: 'Your herbs need more room. Read the repotting guide.' },
        ],
      });
    },
  },
  // Regulated claims with evidence, partner channels: valid, but a human decides.
  {
    name: 'environmental-claim-with-evidence',
    base: () => fixturePackage(samplePackage('spring-launch')),
  },
  {
    name: 'health-claim-with-evidence',
    base: campaign,
    mutate: (p) => {
      p.claims.push({
        id: 'vitamin-c',
        text: 'Fresh parsley is a source of vitamin C',
        category: 'health',
        evidence: [
          { ref: 'EU nutrition register entry 2026-114', kind: 'legal-review', verifiedOn: '2027-01-20' },
        ],
      });
      copyOf(p, 'web-landing', 'landing').copy += ' Fresh parsley is a source of vitamin C.';
    },
  },
  {
    name: 'finance-claim-with-evidence',
    base: campaign,
    mutate: (p) => {
      p.claims.push({
        id: 'pay-later',
        text: 'Pay in three interest-free instalments',
        category: 'finance',
        evidence: [{ ref: 'Payment provider terms, signed 2027-01-05', kind: 'legal-review' }],
      });
      copyOf(p, 'web-landing', 'landing').copy += ' Pay in three interest-free instalments.';
    },
  },
  {
    name: 'influencer-with-disclosure',
    base: campaign,
    mutate: (p) => {
      addChannel(p, {
        channel: 'influencer',
        deliverables: [
          {
            id: 'creator-post',
            kind: 'caption',
            copy: '#ad My windowsill now grows basil. Start your herb kit with Greenhouse Goods.',
          },
        ],
        disclosures: ['Paid partnership with Greenhouse Goods'],
      });
    },
  },
  {
    name: 'affiliate-with-disclosure',
    base: campaign,
    mutate: (p) => {
      addChannel(p, {
        channel: 'affiliate',
        deliverables: [
          {
            id: 'review',
            kind: 'body',
            copy: 'Affiliate link: I tried the Windowsill Herb Kit for a month. The basil grew well on a small sill. Start your herb kit here.',
          },
        ],
      });
    },
  },
  // Warnings and notes, one family each.
  {
    name: 'superlative-unbacked',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'social-paid', 'caption').copy = 'The best herb kit for small kitchens. Start your herb kit.';
    },
  },
  {
    name: 'eco-friendly-unbacked',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'web-landing', 'landing').copy += ' Our eco-friendly pods are good for the planet.';
    },
  },
  {
    name: 'inclusive-language',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'social-paid', 'caption').copy =
        'Crazy good basil, right on your windowsill. Start your herb kit.';
    },
  },
  {
    name: 'readability-hard',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'web-landing', 'landing').copy =
        'The Windowsill Herb Kit constitutes an comprehensively engineered horticultural cultivation apparatus, incorporating pre-germinated biodegradable substrate capsules, facilitating uninterrupted photosynthetic optimisation notwithstanding considerable environmental variability, additionally accommodating individualised culinary aspirations. Start your herb kit.';
    },
  },
  {
    name: 'email-subject-too-long',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'email', 'subject').copy =
        'Your windowsill is enough: grow basil, mint and parsley at home this spring';
    },
  },
  {
    name: 'paid-social-caption-too-long',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'social-paid', 'caption').copy =
        'No garden? No problem. The Windowsill Herb Kit fits on a small sill, comes with seeded pods for basil, mint and parsley, and needs only water and light. Start your herb kit.';
    },
  },
  {
    name: 'review-after-handoff',
    base: campaign,
    mutate: (p) => {
      p.deadlines.reviewBy = '2027-02-25';
    },
  },
  {
    name: 'submitted-after-handoff',
    base: campaign,
    mutate: (p) => {
      p.submittedAt = '2027-02-22T10:00:00Z';
    },
  },
  {
    name: 'kpi-target-not-better',
    base: campaign,
    mutate: (p) => {
      const k = p.objective.kpis[2];
      if (k) k.target = 16;
    },
  },
  {
    name: 'brand-mandatory-missing',
    base: newsletter,
    mutate: (p) => {
      p.brand.mandatories.push('Grow what you cook');
    },
  },
  {
    name: 'insecure-link-in-copy',
    base: newsletter,
    mutate: (p) => {
      copyOf(p, 'email', 'body').copy += ' Older guides: http://greenhouse-goods.co/archive';
    },
  },
  {
    name: 'email-address-in-copy',
    base: newsletter,
    mutate: (p) => {
      copyOf(p, 'email', 'body').copy += ' Questions? Write to hannah.becker@greenhouse-goods.co.';
    },
  },
  {
    name: 'phone-number-in-copy',
    base: brief,
    mutate: (p) => {
      copyOf(p, 'social-organic', 'post').copy += ' Call us on +49 30 1234 5678.';
    },
  },
  {
    name: 'cta-not-in-copy',
    base: brief,
    mutate: (p) => {
      p.cta.text = 'Shop the summer range';
    },
  },
  {
    name: 'pricing-claim-without-evidence',
    base: brief,
    mutate: (p) => {
      const c = p.claims[1];
      if (c) c.evidence = [];
    },
  },
  {
    name: 'segments-empty',
    base: newsletter,
    mutate: (p) => {
      p.audience.segments = [];
    },
  },
  {
    name: 'many-warnings',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'social-paid', 'caption').copy = 'The best, crazy good herb kit. Start your herb kit.';
      copyOf(p, 'email', 'subject').copy =
        'Your windowsill is enough: grow basil, mint and parsley at home this spring';
      // Inclusive-language warnings too (the committed package since rulebook 1.1.0).
      const body = copyOf(p, 'email', 'body');
      body.copy = `${body.copy.replace(
        'Start your herb kit today.',
        'Start your herb kit today, it is crazy simple and the lame excuses are over: no extra manpower needed, and no housewives tips.',
      )} Questions? Call +49 30 1234 5678 or see http://greenhouse-goods.co/faq or http://greenhouse-goods.co/care.`;
      p.deadlines.reviewBy = '2027-02-25';
    },
  },
  // Blocking findings.
  {
    name: 'clinically-proven',
    base: campaign,
    mutate: (p) => {
      // In a deliverable without claimRefs: nothing on file backs the study it asserts.
      copyOf(p, 'social-paid', 'caption').copy =
        'Our soil mix is clinically proven to grow stronger roots. Start your herb kit.';
    },
  },
  {
    name: 'competitor-comparison',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'social-paid', 'caption').copy = 'Grows basil faster than Brand X. Start your herb kit.';
    },
  },
  {
    name: 'health-disease-claim',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'web-landing', 'landing').copy += ' Fresh mint tea cures insomnia.';
    },
  },
  {
    name: 'health-claim-without-evidence',
    base: campaign,
    mutate: (p) => {
      p.claims.push({
        id: 'immune',
        text: 'Basil supports your immune system',
        category: 'health',
        evidence: [],
      });
    },
  },
  {
    name: 'finance-guaranteed-returns',
    base: campaign,
    mutate: (p) => {
      copyOf(p, 'email', 'body').copy += ' Join our grower club for guaranteed returns on every kit.';
    },
  },
  {
    name: 'influencer-without-disclosure',
    base: campaign,
    mutate: (p) => {
      addChannel(p, {
        channel: 'influencer',
        deliverables: [
          {
            id: 'creator-post',
            kind: 'caption',
            copy: 'My windowsill now grows basil. Start your herb kit with Greenhouse Goods.',
          },
        ],
      });
    },
  },
  {
    name: 'email-without-unsubscribe',
    base: newsletter,
    mutate: (p) => {
      const e = email(p);
      if (e) e.disclosures = (e.disclosures ?? []).filter((d) => !/unsubscribe/i.test(d));
    },
  },
  {
    name: 'email-without-postal-address',
    base: newsletter,
    mutate: (p) => {
      delete p.sender;
      const e = email(p);
      if (e) e.disclosures = (e.disclosures ?? []).filter((d) => !/Berlin/.test(d));
    },
  },
  {
    name: 'lorem-ipsum-and-todo',
    base: brief,
    mutate: (p) => {
      copyOf(p, 'display-ad', 'banner-text').copy = 'Lorem ipsum dolor sit amet. TODO: final price line.';
    },
  },
  {
    name: 'fill-in-placeholders',
    base: newsletter,
    mutate: (p) => {
      copyOf(p, 'email', 'subject').copy = '{{first_name}}, time to repot your herbs';
      copyOf(p, 'email', 'preheader').copy = 'A note from [INSERT NAME] at Greenhouse Goods.';
    },
  },
  {
    name: 'cta-not-https',
    base: brief,
    mutate: (p) => {
      p.cta.url = 'http://greenhouse-goods.co/tomato-kit';
    },
  },
  {
    name: 'placeholder-link',
    base: newsletter,
    mutate: (p) => {
      copyOf(p, 'email', 'body').copy += ' More at https://example.com/repotting.';
    },
  },
  {
    name: 'search-ad-over-limits',
    base: campaign,
    mutate: (p) => {
      addChannel(p, {
        channel: 'search-ad',
        deliverables: [
          { id: 'rsa-h1', kind: 'headline', copy: 'Windowsill Herb Kit for small city kitchens' },
          {
            id: 'rsa-d1',
            kind: 'description',
            copy: 'Seeded pods for basil, mint and parsley. Fits a small sill. Start your herb kit today.',
          },
        ],
      });
    },
  },
  {
    name: 'sms-too-many-segments',
    base: newsletter,
    mutate: (p) => {
      addChannel(p, {
        channel: 'sms',
        deliverables: [
          {
            id: 'sms',
            kind: 'message',
            copy: `Greenhouse Goods: ${'Your herbs are growing fast and the roots need room. '.repeat(12)}Read the repotting guide.`,
          },
        ],
      });
    },
  },
  {
    name: 'launch-before-handoff',
    base: brief,
    mutate: (p) => {
      p.deadlines.launch = '2027-04-05';
    },
  },
  {
    name: 'unknown-claim-ref',
    base: brief,
    mutate: (p) => {
      copyOf(p, 'video', 'film-30s').claimRefs = ['five-day-water', 'ten-day-water'];
    },
  },
  {
    name: 'channel-not-allowed',
    base: brief,
    mutate: (p) => {
      addChannel(p, {
        channel: 'podcast',
        deliverables: [
          {
            id: 'host-read',
            kind: 'script',
            copy: 'This episode is brought to you by Greenhouse Goods. Get the tomato kit.',
          },
        ],
      });
    },
  },
  {
    name: 'forbidden-term',
    base: brief,
    mutate: (p) => {
      copyOf(p, 'social-organic', 'post').copy =
        'A miracle on your balcony: one pot, a summer of tomatoes. Get the tomato kit from Greenhouse Goods.';
    },
  },
  {
    name: 'required-field-empty',
    base: brief,
    mutate: (p) => {
      p.audience.segments = [];
    },
  },
  {
    name: 'pilot-contract-influencer',
    base: pilot,
    mutate: (p) => {
      addChannel(p, {
        channel: 'influencer',
        deliverables: [
          { id: 'creator-post', kind: 'caption', copy: '#ad Basil on my windowsill. Start your herb kit.' },
        ],
      });
    },
  },
  {
    // The contract version with reminders and escalation: scoring and the artifact are as under 1.0.0.
    name: 'campaign-reminders-contract',
    base: campaign,
    mutate: (p) => {
      p.contract.version = '1.1.0';
    },
  },
  // Contract 2.0.0: the facts (ADR 0021) stated as data and read by the fact rules.
  { name: 'facts-contract-clean', base: facts },
  {
    name: 'facts-email-consent-none-gb',
    base: facts,
    mutate: (p) => {
      p.audience.regions = ['GB'];
      p.audience.consent = [{ channel: 'email', basis: 'none', source: 'event' }];
    },
  },
  {
    name: 'facts-sms-consent-unknown',
    base: facts,
    mutate: (p) => {
      addChannel(p, {
        channel: 'sms',
        deliverables: [
          {
            id: 'sms',
            kind: 'message',
            copy: 'Greenhouse Goods: your herb kit is back in stock. Reply STOP to opt out.',
          },
        ],
      });
      p.audience.consent = [...(p.audience.consent ?? []), { channel: 'sms', basis: 'unknown' }];
    },
  },
  {
    name: 'facts-alcohol-min-age-16',
    base: facts,
    mutate: (p) => {
      p.product = { categories: ['alcohol'] };
      p.audience.minAge = 16;
    },
  },
  {
    name: 'facts-supplement-declared',
    base: facts,
    mutate: (p) => {
      p.product = { categories: ['dietary-supplement'] };
    },
  },
  // Contract 3.0.0: evidence states what it compared and covers (ADR 0022), read by evidence.scope.
  { name: 'evidence-facts-contract-clean', base: evidenceFacts },
  {
    // A claim against every other kit backed by a trial that measured this kit alone.
    name: 'evidence-facts-compared-nothing',
    base: evidenceFacts,
    mutate: (p) => {
      const trial = p.claims.find((c) => c.id === 'harvest-in-30-days')?.evidence[0];
      if (!trial) throw new Error('the campaign has its home trial');
      p.claims.push({
        id: 'sooner-than-other-kits',
        text: 'Basil from the kit is ready sooner than from any other herb kit',
        category: 'comparative',
        evidence: [{ ...trial }],
      });
      const landing = copyOf(p, 'web-landing', 'landing');
      landing.copy += ' Its basil is ready sooner than from any other herb kit.';
      landing.claimRefs = [...(landing.claimRefs ?? []), 'sooner-than-other-kits'];
    },
  },
  // The offer record (ADR 0023): "today only" in the e-mail of an offer recorded to run a month.
  {
    name: 'offer-record-today-only',
    base: evidenceFacts,
    mutate: (p) => {
      p.offer = { ends: '2027-04-15', stock: 'not-limited', timer: 'none', repeats: false };
      const subject = copyOf(p, 'email', 'subject');
      subject.copy = 'Today only: 20% off your windowsill herb kit';
    },
  },
];

function main(): void {
  const dir = new URL('corpus/', here);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  VARIANTS.forEach((v, i) => {
    const p = v.base();
    v.mutate?.(p);
    const name = `${String(i + 1).padStart(2, '0')}-${v.name}`;
    p.packageId = `corpus-${name}`.slice(0, 64);
    const checked = validatePackage(p);
    if (!checked.ok) throw new Error(`${name} is not schema-valid: ${JSON.stringify(checked.error)}`);
    writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(p, null, 2)}\n`);
  });
  process.stdout.write(`wrote ${readdirSync(dir).length} corpus packages\n`);
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) main();
