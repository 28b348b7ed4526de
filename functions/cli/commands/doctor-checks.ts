import { contractUnavailability, listContracts } from '#core/contracts';
import type { FlagRecord } from '#core/flags';

/**
 * What `handoff doctor` checks, as pure functions of what the probes saw: each check says ok / warn /
 * fail and what to do. The probes (doctor.ts) talk to SES, SNS, DynamoDB and the callback URL.
 */

export type CheckStatus = 'ok' | 'warn' | 'fail';
export interface Check {
  check: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

export type IdentityStatus = 'verified' | 'pending' | 'failed' | 'missing' | 'unknown';
export interface SesAccount {
  productionAccess: boolean;
  sendingEnabled: boolean;
}
export interface Subscription {
  protocol: string;
  endpoint: string;
  pending: boolean;
}

/**
 * The calls `handoff doctor` makes, one seam each: SES (the local SES emulator answers GetAccount, only
 * AWS answers GetEmailIdentity), SNS (only AWS), and an HTTP request to the callback URL.
 */
export interface DoctorProbes {
  sesAccount(): Promise<SesAccount | undefined>;
  sesIdentity(identity: string): Promise<IdentityStatus>;
  topicSubscriptions(topicArn: string): Promise<Subscription[] | undefined>;
  answers(url: string): Promise<number>;
}

/** The addresses the active contracts' approval groups send to (the stack's APPROVER_GROUPS). */
export function approverAddresses(groupsJson: string | undefined): { group: string; address: string }[] {
  let groups: Record<string, string[]> = {};
  try {
    groups = JSON.parse(groupsJson ?? '{}') as Record<string, string[]>;
  } catch {
    return [];
  }
  const active = new Set(
    listContracts()
      .filter((c) => !contractUnavailability(c))
      .flatMap((c) => [c.approvals.defaultGroup, ...c.approvals.routes.map((r) => r.group)]),
  );
  return Object.entries(groups)
    .filter(([group]) => active.has(group))
    .flatMap(([group, list]) => list.map((address) => ({ group, address })));
}

const VERIFY = (who: string) =>
  `verify it: aws sesv2 create-email-identity --email-identity ${who}, then open the link SES mails`;

export function senderCheck(sender: string | undefined, status: IdentityStatus): Check {
  const check = 'ses-sender';
  if (!sender) return { check, status: 'warn', detail: 'no sender address known (SENDER_EMAIL)' };
  if (status === 'verified') return { check, status: 'ok', detail: `${sender} is verified in SES` };
  if (status === 'unknown')
    return {
      check,
      status: 'warn',
      detail: `cannot tell whether ${sender} is verified (only AWS answers GetEmailIdentity)`,
      fix: 'run handoff doctor --stack NAME against the deployed stack',
    };
  return {
    check,
    status: 'fail',
    detail: `sender ${sender} is ${status === 'missing' ? 'not an SES identity' : `${status} in SES`}: every approval mail fails`,
    fix: VERIFY(sender),
  };
}

export function sandboxCheck(
  account: SesAccount | undefined,
  approvers: { group: string; address: string; status: IdentityStatus }[],
): Check {
  const check = 'ses-sandbox';
  if (!account) return { check, status: 'warn', detail: 'cannot read the SES account (GetAccount)' };
  if (!account.sendingEnabled)
    return {
      check,
      status: 'fail',
      detail: 'SES sending is paused for this account',
      fix: 'see the SES console',
    };
  if (account.productionAccess)
    return { check, status: 'ok', detail: 'SES production access: mail goes to any address' };
  const unverified = approvers.filter((a) => a.status !== 'verified');
  const detail = 'the account is in the SES sandbox: only verified addresses receive mail';
  if (unverified.length === 0) {
    const who = approvers.length
      ? 'every approver group address is verified'
      : 'the stack names no approver addresses';
    return {
      check,
      status: 'warn',
      detail: `${detail}; ${who} (approvers named in packages must be verified too)`,
    };
  }
  const list = unverified.map((a) => `${a.address} (${a.group}${a.status === 'unknown' ? ', unknown' : ''})`);
  return {
    check,
    status: 'fail',
    detail: `${detail}; unverified approvers get MessageRejected and their runs fail closed: ${list.join(', ')}`,
    fix: 'request production access (SES console › Account dashboard) or verify each address',
  };
}

export function flagCheck(flag: string, record: FlagRecord | undefined): Check {
  const check = 'rollout-flag';
  const set = `handoff flags set shadow --by YOU --why "first look"`;
  // Not set (a stack from before the seed, or the local stack) behaves as off: every run ends flag-off.
  if (!record)
    return { check, status: 'warn', detail: `flag ${flag} is not set: every run ends flag-off`, fix: set };
  const scope = `${record.percentage}%${record.allowlist?.length ? ` + allow ${record.allowlist.join(',')}` : ''}`;
  if (record.state === 'off')
    return { check, status: 'warn', detail: `flag is off: every run ends flag-off`, fix: `${set}, then on` };
  return { check, status: 'ok', detail: `flag is ${record.state} for ${scope}` };
}

export function alarmCheck(topicArn: string | undefined, subs: Subscription[] | undefined): Check {
  const check = 'alarm-subscription';
  if (!topicArn)
    return {
      check,
      status: 'warn',
      detail: 'no alarm topic known (ALARM_TOPIC_ARN; the local stack has none)',
    };
  if (!subs) return { check, status: 'warn', detail: `cannot list the subscriptions of ${topicArn}` };
  const mail = subs.filter((s) => s.protocol.startsWith('email'));
  const pending = mail.filter((s) => s.pending);
  if (pending.length > 0)
    return {
      check,
      status: 'warn',
      detail: `subscription pending confirmation: ${pending.map((s) => s.endpoint).join(', ')}`,
      fix: 'open the "AWS Notification - Subscription Confirmation" mail and confirm',
    };
  if (mail.length === 0)
    return {
      check,
      status: 'warn',
      detail: 'no one is mailed on alarms',
      fix: 'deploy with -c handoff:alarmEmail=ops@example.com',
    };
  return { check, status: 'ok', detail: `alarms mail ${mail.map((s) => s.endpoint).join(', ')}` };
}

export function callbackCheck(url: string | undefined, answer: number | Error): Check {
  const check = 'callback-url';
  if (!url) return { check, status: 'warn', detail: 'no callback URL known (APPROVAL_BASE_URL)' };
  if (answer instanceof Error)
    return {
      check,
      status: 'fail',
      detail: `${url} does not answer (${answer.message}): approval links will not open`,
      fix: 'check the ApprovalCallbackUrl stack output (the API Gateway stage in front of the callback)',
    };
  return { check, status: 'ok', detail: `${url} answers (HTTP ${answer})` };
}
