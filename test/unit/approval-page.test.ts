import { createHash } from 'node:crypto';
import { expiryOf } from '#core/approval-expiry';
import type { ApprovalContent } from '#core/approval-view';
import { escapeHtml } from '#core/html';
import {
  CONTENT_SECURITY_POLICY,
  type ConfirmationView,
  PAGE_HEADERS,
  renderConfirmationPage,
  renderErrorPage,
  renderResultPage,
} from '#views/approval-page';

const HOSTILE = `"><script>alert('x')</script><img src=x onerror=alert(1)>&amp;\``;

const content = (over: Partial<ApprovalContent> = {}): ApprovalContent => {
  const finding = {
    n: 1,
    severity: 'block' as const,
    ruleId: 'claim.unsubstantiated',
    topic: 'claims without enough evidence',
    message: 'No evidence for "40% faster"',
    why: 'A claim needs evidence a regulator would accept.',
    fix: 'Add the test report to the claim.',
    where: 'Claim “faster”',
  };
  return {
    facts: { facts: [], findings: [], contract: 'campaign-package-to-publishing 1.0.0' },
    channels: [
      {
        channel: 'email',
        label: 'Email',
        disclosures: [],
        deliverables: [
          {
            id: 'subject',
            kind: 'Subject line',
            segments: [
              { text: '40% faster', marks: [1], severity: 'block' },
              { text: ' plants', marks: [] },
            ],
            findings: [finding],
            claimRefs: [],
          },
        ],
      },
    ],
    claims: [],
    otherFindings: [],
    findings: [finding],
    findingsLeftOff: 0,
    diff: null,
    reasons: ['risk medium requires legal review'],
    scoreNote: 'How well the package meets the checks of its contract.',
    owner: { name: 'Maya', email: 'maya@example.com', team: 'Campaign team' },
    timeZones: {},
    ...over,
  };
};

const view = (over: Partial<ConfirmationView> = {}): ConfirmationView => ({
  action: '/approvals/0b7e8f4c-2d1a-4c3b-9e8f-7a6b5c4d3e2f',
  exp: '1800000000',
  sig: 'abc_DEF-123',
  title: 'Spring launch brief',
  packageId: 'spring-2026',
  streamId: 'spring-launch',
  score: 72,
  risk: 'medium',
  confidence: 81,
  approver: 'ana@example.com',
  artifactDigest: 'a'.repeat(64),
  group: 'legal',
  expiry: expiryOf(1_800_000_000, new Date(1_799_900_000_000)),
  content: content(),
  maxReasonLength: 1000,
  ...over,
});

describe('approval pages', () => {
  it('escapes a hostile title, finding and approver everywhere they appear', () => {
    const html = renderConfirmationPage(
      view({
        title: HOSTILE,
        approver: HOSTILE,
        content: content({
          reasons: [HOSTILE],
          otherFindings: [
            {
              n: 2,
              severity: 'warn',
              ruleId: HOSTILE,
              topic: HOSTILE,
              message: HOSTILE,
              why: HOSTILE,
              where: HOSTILE,
              quote: HOSTILE,
              fix: HOSTILE,
            },
          ],
          owner: { name: HOSTILE, email: HOSTILE, team: HOSTILE },
        }),
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    // The handler text survives only as inert text: its tag was escaped, so no element carries it.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
  });

  it('marks findings in the copy and the diff with each segment escaped', () => {
    const html = renderConfirmationPage(
      view({
        content: content({
          channels: [
            {
              channel: 'email',
              label: 'Email',
              disclosures: [],
              deliverables: [
                {
                  id: 'body',
                  kind: 'Body',
                  segments: [
                    { text: '<b>Buy</b> ', marks: [] },
                    { text: HOSTILE, marks: [1], severity: 'warn' },
                  ],
                  findings: [],
                  claimRefs: [],
                },
              ],
            },
          ],
          diff: {
            copy: [
              {
                kind: 'changed',
                channel: 'email',
                deliverableId: 'body',
                parts: [
                  { op: 'del', text: HOSTILE },
                  { op: 'add', text: '<i>new</i>' },
                ],
              },
            ],
            claims: [],
            unchanged: { deliverables: 1, claims: 0 },
            leftOff: 0,
          },
        }),
      }),
    );
    expect(html).not.toMatch(/<script|<img|<b>Buy|<i>new/);
    expect(html).toContain('<mark class="warn">&quot;&gt;&lt;script&gt;');
    expect(html).toContain('<sup><a href="#finding-1">[1]</a></sup>');
    expect(html).toContain('<ins>&lt;i&gt;new&lt;/i&gt;</ins>');
    expect(html).toContain('Unchanged: 1 deliverable, 0 claims.');
    expect(html).toContain('(expires in 27 hours)');
    expect(renderConfirmationPage(view())).toContain('First version of this stream');
  });

  it('escapes hostile values inside attributes (hidden fields, form action)', () => {
    const html = renderConfirmationPage(
      view({ sig: '"><b>x', exp: "1' onfocus='x", action: '/approvals/x"y' }),
    );
    expect(html).not.toContain('"><b>');
    expect(html).toContain('value="&quot;&gt;&lt;b&gt;x"');
    expect(html).toContain('action="/approvals/x&quot;y"');
  });

  it('renders the facts an approver decides on, two POST forms to the same path and no script', () => {
    const html = renderConfirmationPage(view());
    expect(html).toContain('Spring launch brief');
    expect(html).toContain('72 / 100');
    expect(html).toContain('medium');
    expect(html).toContain('81%');
    expect(html).toContain('claim.unsubstantiated');
    expect(
      html.match(
        /<form class="card" method="post" action="\/approvals\/0b7e8f4c-2d1a-4c3b-9e8f-7a6b5c4d3e2f">/g,
      ),
    ).toHaveLength(2);
    expect(html).toContain('name="decision" value="approve"');
    expect(html).toContain('name="decision" value="reject"');
    expect(html).toContain('<textarea id="reason" name="reason" maxlength="1000" required>');
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('shows what each piece of evidence states of itself beside it, and nothing it does not state', () => {
    const scope = {
      n: 2,
      severity: 'block' as const,
      ruleId: 'evidence.scope',
      topic: 'comparative',
      message: 'The evidence for “the fastest” does not back it: it covers only part of the claim.',
      where: 'Claim “fastest” › evidence',
    };
    const evidence = { ref: 'Speed test Q4', kind: 'Third party report', verifiedOn: '2027-01-10' };
    const html = renderConfirmationPage(
      view({
        content: content({
          claims: [
            {
              id: 'fastest',
              text: 'The fastest broadband',
              category: 'comparative',
              evidence: [
                {
                  ...evidence,
                  facts: [
                    'compared with: nothing else',
                    'covers: only part of the claim',
                    'like for like: no',
                  ],
                },
              ],
              findings: [scope],
            },
            {
              id: 'cheapest',
              text: 'The cheapest plan',
              category: 'pricing',
              evidence: [{ ...evidence, ref: 'Price list', facts: [] }],
              findings: [],
            },
          ],
        }),
      }),
    );
    const claim = html.slice(html.indexOf('id="claim-fastest"'), html.indexOf('id="claim-cheapest"'));
    expect(claim).toContain(
      '<li>Third party report: Speed test Q4 <span class="muted">(verified 2027-01-10)</span> <span class="muted">(compared with: nothing else; covers: only part of the claim; like for like: no)</span></li>',
    );
    expect(claim).toContain('evidence.scope');
    expect(html).toContain(
      '<li>Third party report: Price list <span class="muted">(verified 2027-01-10)</span></li>',
    );
  });

  it('is readable on a phone: viewport meta and no fixed-width layout', () => {
    const html = renderConfirmationPage(view());
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/width:\s*\d{3,}px/);
  });

  it('allows its one inline style by hash in a CSP that loads and runs nothing else', () => {
    const html = renderResultPage({ decision: 'approved', title: 'T' });
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'sha256-${hash}'`);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(PAGE_HEADERS).toMatchObject({
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
  });

  it('says on the result and error pages what happened, escaped', () => {
    expect(renderResultPage({ decision: 'rejected', title: HOSTILE })).toContain('was rejected');
    expect(renderResultPage({ decision: 'rejected', title: HOSTILE })).not.toContain('<script');
    const err = renderErrorPage({ status: 410, heading: 'Link expired', message: HOSTILE });
    expect(err).toContain('Link expired');
    expect(err).toContain('Nothing was changed.');
    expect(err).not.toContain('<img');
  });

  it('says a decision taken while no task waited is recorded, not that the workflow was notified', () => {
    const sent = renderResultPage({ decision: 'approved', title: 'T', delivery: 'sent' });
    const pending = renderResultPage({ decision: 'approved', title: HOSTILE, delivery: 'pending' });
    expect(sent).toContain('The workflow has been notified.');
    expect(pending).not.toContain('notified');
    expect(pending).toContain('Your decision is recorded; the workflow picks it up within moments.');
    expect(pending).toContain('There is nothing else to do.');
    expect(pending).not.toContain('<script');
    // The same accessible structure as every result page: language, title, one h1, a status paragraph.
    const shape = (html: string) => [
      /<html lang="en">/.test(html),
      /<title>Handoff approved<\/title>/.test(html),
      (html.match(/<h1>/g) ?? []).length,
      /<p class="status">/.test(html),
      /<p class="muted">You can close this page\.<\/p>/.test(html),
    ];
    expect(shape(pending)).toEqual(shape(sent));
    expect(shape(pending)).toEqual([true, true, 1, true, true]);
  });

  it('escapes the five HTML-significant characters and the backtick', () => {
    expect(escapeHtml(`<>&"'\``)).toBe('&lt;&gt;&amp;&quot;&#39;&#96;');
  });
});
