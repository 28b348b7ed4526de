import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { summaryOf } from '#core/approval';
import { expiryOf } from '#core/approval-expiry';
import { approvalEmail } from '#core/approval-mail';
import { approvalContentOf, segmentsOf, whereOf } from '#core/approval-view';
import type { HandoffArtifact } from '#core/artifact-types';
import { getContract } from '#core/contracts';
import { diffPackages, diffSummary, diffWords } from '#core/copy-diff';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';

// The approval page and mail model: copy cut at the findings' spans, the engine's reasons and words,
// the diff against the live package, and the expiry in words. Clocks are injected.

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as HandoffPackage;
const warnings = () => read('test/regression/corpus/27-many-warnings.json');
const spring = () => read('events/packages/sample-spring-launch.json');
const scored = (pkg: HandoffPackage): HandoffArtifact => {
  const contract = getContract(pkg.contract.id, pkg.contract.version);
  if (!contract) throw new Error('no contract');
  return scorePackage(pkg, contract);
};
const joined = (parts: { op: string; text: string }[], keep: string) =>
  parts
    .filter((p) => p.op === 'same' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  it('gives both texts back and marks whole words', () => {
    const parts = diffWords('Pick basil in about four weeks.', 'Pick fresh basil in four weeks.');
    expect(parts).toEqual([
      { op: 'same', text: 'Pick ' },
      { op: 'add', text: 'fresh ' },
      { op: 'same', text: 'basil in' },
      { op: 'del', text: ' about' },
      { op: 'same', text: ' four weeks.' },
    ]);
  });

  it('reads as edits: a run of changed words is its removed text, then its added text', () => {
    expect(
      diffWords(
        'No garden? No problem. Pick fresh basil in about four weeks. Start your herb kit.',
        'The best, crazy good herb kit. Start your herb kit.',
      ),
    ).toEqual([
      { op: 'del', text: 'No garden? No problem. Pick fresh basil in about four weeks.' },
      { op: 'add', text: 'The best, crazy good herb kit.' },
      { op: 'same', text: ' Start your herb kit.' },
    ]);
  });

  it('is deterministic and lossless for any two texts', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '\n', 'basil', 'ü', '😀'), { maxLength: 40 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const before = a.join('');
        const after = b.join('');
        const parts = diffWords(before, after);
        expect(joined(parts, 'del')).toBe(before);
        expect(joined(parts, 'add')).toBe(after);
        expect(diffWords(before, after)).toEqual(parts);
      }),
    );
  });

  it('stays bounded on huge texts: the changed middle is replaced as a whole', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 6000 }, (_, i) => `v${i}`).join(' ');
    const parts = diffWords(`same ${a} end`, `same ${b} end`);
    expect(parts.map((p) => p.op)).toEqual(['same', 'del', 'add', 'same']);
  });

  it('compares copy per deliverable and claims with their evidence refs', () => {
    const live = spring();
    const next = warnings();
    const diff = diffPackages(live, next);
    expect(diff.copy.map((c) => `${c.channel}/${c.deliverableId}:${c.kind}`)).toEqual([
      'email/subject:changed',
      'email/body:changed',
      'social-paid/caption:changed',
      'web-landing/landing:changed',
    ]);
    expect(diff.claims).toEqual([
      expect.objectContaining({
        kind: 'removed',
        claimId: 'recycled-pods',
        evidenceRemoved: ['https://certs.greenhouse-goods.co/recycled-content-2026'],
      }),
    ]);
    expect(diffSummary(diff)).toBe('4 deliverables changed, 1 claim removed');
    expect(diffSummary(diffPackages(live, live))).toBe('no change in copy or claims');
    const moreEvidence = structuredClone(live);
    moreEvidence.claims[2]?.evidence.push({ ref: 'Invoice 7', kind: 'internal-data' });
    expect(diffPackages(live, moreEvidence).claims).toEqual([
      expect.objectContaining({ kind: 'changed', claimId: 'kit-price', evidenceAdded: ['Invoice 7'] }),
    ]);
  });
});

describe('copy segments', () => {
  it('cuts at span boundaries, names overlapping findings and keeps the text', () => {
    const segs = segmentsOf('The best crazy kit', [
      { n: 1, span: [4, 8], severity: 'warn' },
      { n: 2, span: [4, 14], severity: 'block' },
    ]);
    expect(segs).toEqual([
      { text: 'The ', marks: [] },
      { text: 'best', marks: [1, 2], severity: 'block' },
      { text: ' crazy', marks: [2], severity: 'block' },
      { text: ' kit', marks: [] },
    ]);
  });

  it('ignores spans outside the text, empty or reversed, and keeps every character', () => {
    const text = 'Grow 🌿 herbs';
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -3, max: 20 }), fc.integer({ min: -3, max: 20 }))),
        (spans) => {
          const segs = segmentsOf(
            text,
            spans.map((span, i) => ({ n: i + 1, span, severity: 'warn' as const })),
          );
          expect(segs.map((s) => s.text).join('')).toBe(text);
        },
      ),
    );
    expect(segmentsOf(text, [{ n: 1, span: [5, 99], severity: 'warn' }])).toEqual([{ text, marks: [] }]);
  });
});

describe('approval content of a scored package', () => {
  const pkg = warnings();
  const artifact = scored(pkg);
  const content = approvalContentOf(pkg, artifact, spring());

  it('shows every deliverable by channel, each finding marked at its span', () => {
    expect(content.channels.map((c) => c.label)).toEqual(['Email', 'Social (paid)', 'Landing page']);
    const body = content.channels[0]?.deliverables[2];
    const phone = body?.findings.find((f) => f.ruleId === 'pii.phone-number');
    expect(phone).toMatchObject({
      severity: 'info',
      topic: 'personal data',
      quote: '+49 30 1234 5678',
      fix: 'Keep it if it is the brand’s own line; remove it if it belongs to a person.',
      where: 'Email › Body “body”',
    });
    const marked = body?.segments.filter((s) => s.marks.includes(phone?.n ?? -1)).map((s) => s.text);
    expect(marked).toEqual(['+49 30 1234 5678']);
    expect(content.findings).toHaveLength(artifact.findings.length);
    expect(content.otherFindings.map((f) => f.where)).toEqual(['Deadlines › review by']);
  });

  it('says why a person is asked in the engine’s sentences, without configuration keys', () => {
    expect(content.reasons).toEqual([artifact.approval.reason, ...artifact.decision.reasons]);
    expect(content.reasons).toContain(
      'The quality score is 77 out of 100; packages pass on their own from 85.',
    );
    const words = [...content.reasons, content.scoreNote].join(' ');
    expect(words).not.toMatch(/autoApprove|autoPassMin|blockBelow|maxRisk|minScore|\/channels\/\d/);
  });

  it('gives a regulated package’s risk reason and has no diff for a first version', () => {
    const regulated = spring();
    const high = approvalContentOf(regulated, scored(regulated), null);
    expect(high.reasons).toContain('Risk is raised to high because the package makes environmental claims.');
    expect(high.diff).toBeNull();
    expect(high.claims[0]?.evidence[0]).toMatchObject({ kind: 'Internal data', verifiedOn: '2026-11-20' });
  });

  it('says in words what each piece of evidence states of itself, and nothing it does not state', () => {
    const stated = spring();
    stated.contract.version = '2.0.0';
    const recycled = stated.claims[1]?.evidence[0];
    if (!recycled) throw new Error('no evidence');
    recycled.covers = 'part';
    stated.claims[0]?.evidence.push({
      ref: 'Windowsill kit test 2026',
      kind: 'third-party-report',
      verifiedOn: '2026-12-01',
      comparedWith: 'named-competitors',
      covers: 'all',
      likeForLike: true,
    });
    const facts = approvalContentOf(stated, scored(stated), null).claims;
    expect(facts.map((c) => c.evidence.map((e) => e.facts))).toEqual([
      [[], ['compared with: the competitors it names', 'covers: all of the claim', 'like for like: yes']],
      [['covers: only part of the claim']],
      [[]],
    ]);
    // The finding about the part it covers is listed with the claim whose evidence says so.
    expect(facts[1]?.findings.map((f) => [f.ruleId, f.where])).toContainEqual([
      'evidence.scope',
      'Claim “recycled-pods” › evidence',
    ]);
    for (const [comparedWith, words] of [
      ['nothing', 'nothing else'],
      ['own-products', 'the brand’s own other or earlier products'],
      ['whole-market', 'the whole market'],
    ] as const) {
      recycled.comparedWith = comparedWith;
      recycled.likeForLike = false;
      const [e] = approvalContentOf(stated, scored(stated), null).claims[1]?.evidence ?? [];
      expect(e?.facts).toEqual([
        `compared with: ${words}`,
        'covers: only part of the claim',
        'like for like: no',
      ]);
    }
  });

  it('carries the engine’s quote, why and fix for each finding, not words of its own', () => {
    const partial = artifact.findings.find((f) => f.ruleId === 'evidence.partial');
    const view = content.findings.find((f) => f.ruleId === 'evidence.partial');
    expect(partial?.why).toBeDefined();
    expect(view).toMatchObject({
      message: partial?.message,
      quote: partial?.quote,
      why: partial?.why,
      fix: partial?.fix,
      topic: 'pricing',
      where: 'Claim “kit-price” › evidence',
    });
  });

  it('carries each approver’s time zone, when the package names one, for the expiry', () => {
    const zoned = structuredClone(pkg);
    const first = zoned.approvers[0];
    if (!first) throw new Error('no approver');
    first.timeZone = 'Europe/Berlin';
    expect(approvalContentOf(zoned, artifact, null).timeZones).toEqual({
      [first.email.toLowerCase()]: 'Europe/Berlin',
    });
    expect(content.timeZones).toEqual({});
  });

  it('names places in words', () => {
    expect(whereOf(pkg, '')).toBe('The package as a whole');
    expect(whereOf(pkg, '/claims/0/evidence')).toBe('Claim “harvest-in-30-days” › evidence');
    expect(whereOf(pkg, '/story/keyMessage')).toBe('Story › key message');
  });
});

describe('expiry', () => {
  const exp = Date.parse('2026-11-30T19:36:36Z') / 1000;

  it('is UTC with the zone named, and relative to the injected clock', () => {
    const view = expiryOf(exp, new Date('2026-11-29T20:00:00Z'));
    expect(view).toEqual({
      iso: '2026-11-30T19:36:36.000Z',
      local: 'Monday, 30 November 2026 at 19:36 UTC',
      relative: 'expires in 23 hours',
      expired: false,
    });
    expect(expiryOf(exp, new Date('2026-11-30T19:20:00Z')).relative).toBe('expires in 16 minutes');
    expect(expiryOf(exp, new Date('2026-11-27T19:00:00Z')).relative).toBe('expires in 3 days');
    expect(expiryOf(exp, new Date('2026-11-30T19:36:36Z'))).toMatchObject({
      relative: 'expired',
      expired: true,
    });
  });

  it('is in the approver’s time zone when known, with its offset', () => {
    const view = expiryOf(exp, new Date('2026-11-29T20:00:00Z'), 'Europe/Berlin');
    expect(view.local).toBe('Monday, 30 November 2026 at 20:36 Europe/Berlin time (UTC+01:00)');
    expect(expiryOf(exp, new Date(0), 'Not/AZone').local).toMatch(/ UTC$/);
  });
});

describe('approval mail', () => {
  const pkg = warnings();
  const artifact = scored(pkg);
  const link = 'https://x.execute-api.eu-west-1.amazonaws.com/prod/approvals/abc?exp=1&sig=s';
  const expiry = expiryOf(1_800_000_000, new Date(1_799_917_200_000));

  it('has text and HTML parts, a language and a title, and loads nothing', () => {
    const mail = approvalEmail(summaryOf(artifact), link, expiry, approvalContentOf(pkg, artifact, spring()));
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(mail.html).toContain(`<title>${mail.subject}</title>`);
    expect(mail.html).not.toMatch(/<img|<link|<script|src=|url\(/i);
    expect(mail.html.match(/href=/g)).toHaveLength(1);
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Since the live version: 4 deliverables changed, 1 claim removed.');
      expect(part).toContain(
        'Warning in Email › Body “body”: Insecure link “http://greenhouse-goods.co/faq”.',
      );
      expect(part).toContain('(expires in 23 hours)');
      expect(part).toContain('fails closed');
      expect(part).toContain('Maya Okafor');
    }
    expect(mail.text).toContain('- and 7 more on the page');
    // A reason that repeats a top finding is said once, with the finding.
    expect(mail.text.match(/Insecure link “http:\/\/greenhouse-goods.co\/faq”/g)).toHaveLength(1);
    expect(mail.text).toContain('- The quality score is 77 out of 100; packages pass on their own from 85.');
    expect(mail.html).toContain('max-width:600px');
  });

  it('says when the package is the first version of its stream', () => {
    const mail = approvalEmail(summaryOf(artifact), link, expiry, approvalContentOf(pkg, artifact, null));
    expect(mail.text).toContain('First version of this stream: nothing is live yet.');
  });
});
