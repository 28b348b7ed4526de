import { createHash } from 'node:crypto';
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
  outcome: 'needs-approval',
  approver: 'ana@example.com',
  group: 'legal',
  expiresAt: '2027-01-15T08:00:00.000Z',
  blocking: [
    { ruleId: 'claim.unsubstantiated', pointer: '/claims/0', message: 'No evidence for "40% faster"' },
  ],
  reasons: ['risk medium requires legal review'],
  maxReasonLength: 1000,
  ...over,
});

describe('approval pages', () => {
  it('escapes a hostile title, finding and approver everywhere they appear', () => {
    const html = renderConfirmationPage(
      view({
        title: HOSTILE,
        approver: HOSTILE,
        blocking: [{ ruleId: HOSTILE, pointer: HOSTILE, message: HOSTILE }],
        reasons: [HOSTILE],
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    // The handler text survives only as inert text: its tag was escaped, so no element carries it.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
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

  it('escapes the five HTML-significant characters and the backtick', () => {
    expect(escapeHtml(`<>&"'\``)).toBe('&lt;&gt;&amp;&quot;&#39;&#96;');
  });
});
