import { expiryOf } from '#core/approval-expiry';
import type { approvalContentOf } from '#core/approval-view';
import { renderConfirmationPage } from '#views/approval-page';

/** A fixed link expiry for the facts tests: pages and mails render the same every run. */
export const EXPIRY = expiryOf(1_800_000_000, new Date(1_799_917_200_000));

/** The confirmation page of a decision on `content`, every other field fixed. */
export const factsPage = (content: ReturnType<typeof approvalContentOf>): string =>
  renderConfirmationPage({
    action: '/approvals/x',
    exp: '1',
    sig: 's',
    title: 'T',
    packageId: 'p',
    streamId: 's',
    score: 70,
    risk: 'high',
    confidence: 80,
    approver: 'a@example.com',
    artifactDigest: 'a'.repeat(64),
    group: 'legal',
    expiry: EXPIRY,
    content,
    maxReasonLength: 1000,
  });
