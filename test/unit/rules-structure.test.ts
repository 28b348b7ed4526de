import { readability } from '#core/rules/text';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage, engineContract, withCopy } from './helpers/engine-fixtures.ts';

const HARD =
  'Notwithstanding considerable organizational uncertainty, comprehensive environmental documentation ' +
  'necessitates substantial interdepartmental collaboration, particularly regarding infrastructural ' +
  'sustainability considerations, institutional accountability mechanisms, and longitudinal ' +
  'performance evaluation methodologies applicable internationally. Consequently, multidimensional ' +
  'organizational transformation initiatives necessitate unprecedented institutional coordination.';
const EASY =
  'Go out. Walk the hill. Feel the wind. The shoes are light. Your feet stay dry. You can walk all day. ' +
  'Then go home and rest. Do it all again next week with a friend.';

describe('readability', () => {
  it('scores plain short sentences as easy and dense jargon as very hard, in integers', () => {
    const easy = readability(EASY);
    const hard = readability(HARD);
    expect(Number.isInteger(easy.score) && Number.isInteger(hard.score)).toBe(true);
    expect(easy.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(0);
    expect(readability('The cat sat on the mat.')).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
  });

  it('warns on a very hard body text and says nothing about an easy one', () => {
    expect(hits(withCopy(HARD, 'email', 'body'), 'readability.very-hard').map((f) => f.severity)).toEqual([
      'warn',
    ]);
    expect(hits(withCopy(HARD, 'email', 'body'), 'readability.hard')).toEqual([]);
    expect(hits(withCopy(EASY, 'email', 'body'), 'readability.very-hard')).toEqual([]);
    expect(hits(withCopy(EASY, 'email', 'body'), 'readability.hard')).toEqual([]);
  });

  it('does not grade short copy or non-body deliverables', () => {
    expect(hits(withCopy(HARD, 'social-organic', 'caption'), 'readability.very-hard')).toEqual([]);
  });
});

describe('dates', () => {
  it('blocks a launch before the handoff is due', () => {
    const pkg = cleanPackage();
    pkg.deadlines.launch = '2026-03-09';
    expect(hits(pkg, 'date.launch-before-handoff').map((f) => [f.pointer, f.severity])).toEqual([
      ['/deadlines/launch', 'block'],
    ]);
  });

  it('warns when review ends after the handoff is due and when the package came in late', () => {
    const pkg = cleanPackage();
    pkg.deadlines.reviewBy = '2026-03-11';
    pkg.submittedAt = '2026-03-11T00:00:00Z';
    expect(hits(pkg, 'date.review-after-handoff').map((f) => f.pointer)).toEqual(['/deadlines/reviewBy']);
    expect(hits(pkg, 'date.submitted-after-handoff').map((f) => f.pointer)).toEqual(['/submittedAt']);
  });

  it('treats a package submitted on the due day as on time', () => {
    const pkg = cleanPackage();
    pkg.submittedAt = '2026-03-10T23:59:59Z';
    expect(hits(pkg, 'date.submitted-after-handoff')).toEqual([]);
    expect(hits(cleanPackage(), 'date.launch-before-handoff')).toEqual([]);
  });
});

describe('consistency', () => {
  it('blocks a claim reference that does not exist, pointing at the reference', () => {
    const pkg = withCopy('Light and grippy.', 'social-organic', 'caption', { claimRefs: ['weight', 'grip'] });
    expect(hits(pkg, 'consistency.unknown-claim-ref').map((f) => [f.pointer, f.severity])).toEqual([
      ['/channels/1/deliverables/0/claimRefs/1', 'block'],
    ]);
  });

  it('notes a CTA text that appears in no copy', () => {
    const pkg = cleanPackage();
    pkg.cta.text = 'Shop the drop';
    expect(hits(pkg, 'consistency.cta-not-in-copy').map((f) => [f.pointer, f.severity])).toEqual([
      ['/cta/text', 'info'],
    ]);
    expect(hits(cleanPackage(), 'consistency.cta-not-in-copy')).toEqual([]);
  });

  it('warns on a KPI whose target is not better than its baseline in its direction', () => {
    const pkg = cleanPackage();
    pkg.objective.kpis.push(
      { name: 'Cost per lead', unit: 'GBP', baseline: 10, target: 12, direction: 'decrease' },
      { name: 'Open rate', unit: '%', baseline: 20, target: 20, direction: 'increase' },
      { name: 'Bounce rate', unit: '%', baseline: 40, target: 30, direction: 'decrease' },
    );
    expect(hits(pkg, 'consistency.kpi-target-direction').map((f) => f.pointer)).toEqual([
      '/objective/kpis/1/target',
      '/objective/kpis/2/target',
    ]);
  });

  it('blocks a channel the contract does not allow', () => {
    const pkg = withCopy('Listen in.', 'podcast', 'script');
    expect(hits(pkg, 'consistency.channel-not-allowed').map((f) => f.pointer)).toEqual([
      '/channels/1/channel',
    ]);
  });
});

describe('brand', () => {
  it('blocks forbidden terms in copy, whole words only', () => {
    const copy = 'Not cheap, never Cheap, but cheaper than you think.';
    const found = hits(withCopy(copy), 'brand.forbidden-term');
    expect(found.map((f) => (f.span ? copy.slice(...f.span) : ''))).toEqual(['cheap', 'Cheap']);
  });

  it('warns when a mandatory appears in no copy', () => {
    const pkg = cleanPackage();
    pkg.brand.mandatories.push('Terms apply.');
    expect(hits(pkg, 'brand.mandatory-missing').map((f) => [f.pointer, f.severity])).toEqual([
      ['/brand/mandatories/1', 'warn'],
    ]);
  });
});

describe('completeness', () => {
  it('warns on a story without proof points and notes missing audience segments', () => {
    const pkg = cleanPackage();
    pkg.story.proofPoints = [];
    pkg.audience.segments = [];
    expect(hits(pkg, 'completeness.proof-points-empty').map((f) => f.pointer)).toEqual([
      '/story/proofPoints',
    ]);
    expect(hits(pkg, 'completeness.segments-empty').map((f) => [f.pointer, f.severity])).toEqual([
      ['/audience/segments', 'info'],
    ]);
  });

  it('blocks a field the contract requires when it is empty or absent', () => {
    const contract = engineContract();
    contract.requiredFields.push('/audience/regions', '/sender/postalAddress');
    const pkg = cleanPackage();
    pkg.audience.regions = [];
    delete pkg.sender;
    expect(hits(pkg, 'completeness.required-field', contract).map((f) => f.pointer)).toEqual([
      '/audience/regions',
      '/sender/postalAddress',
    ]);
    expect(hits(cleanPackage(), 'completeness.required-field', contract)).toEqual([]);
  });
});
