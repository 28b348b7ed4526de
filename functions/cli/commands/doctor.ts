import type { Command } from 'commander';
import { SKILL } from '#core/identity';
import { EXIT, type Io, paint } from '../io.ts';
import {
  alarmCheck,
  approverAddresses,
  type Check,
  callbackCheck,
  type DoctorProbes,
  flagCheck,
  type IdentityStatus,
  sandboxCheck,
  senderCheck,
} from './doctor-checks.ts';
import { topicSubscriptions } from './stack.ts';
import type { OpsContext } from './target.ts';
import { type Cli, example, withContext, withTarget } from './util.ts';

const errorName = (e: unknown) => (e as { name?: string }).name ?? '';

function awsProbes(ctx: OpsContext): DoctorProbes & { close(): void } {
  const ses = import('@aws-sdk/client-sesv2').then((sdk) => ({
    sdk,
    client: new sdk.SESv2Client(ctx.clientConfig('AWS_ENDPOINT_URL_SESV2')),
  }));
  return {
    async sesAccount() {
      const { sdk, client } = await ses;
      try {
        const out = await client.send(new sdk.GetAccountCommand({}));
        return {
          productionAccess: out.ProductionAccessEnabled === true,
          sendingEnabled: out.SendingEnabled !== false,
        };
      } catch {
        return undefined;
      }
    },
    async sesIdentity(identity) {
      const { sdk, client } = await ses;
      try {
        const out = await client.send(new sdk.GetEmailIdentityCommand({ EmailIdentity: identity }));
        const status = out.VerificationStatus ?? (out.VerifiedForSendingStatus ? 'SUCCESS' : 'PENDING');
        return status === 'SUCCESS' ? 'verified' : status === 'PENDING' ? 'pending' : 'failed';
      } catch (e) {
        return errorName(e) === 'NotFoundException' ? 'missing' : 'unknown';
      }
    },
    async topicSubscriptions(topicArn) {
      try {
        return await topicSubscriptions(topicArn, ctx.setting('AWS_REGION'));
      } catch {
        return undefined;
      }
    },
    async answers(url) {
      const res = await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await res.body?.cancel();
      return res.status;
    },
    close: () => {
      void ses.then(({ client }) => client.destroy());
    },
  };
}

/** An address counts as verified when it or its domain is. */
async function identityOf(probes: DoctorProbes, address: string): Promise<IdentityStatus> {
  const own = await probes.sesIdentity(address);
  if (own === 'verified') return own;
  const domain = address.split('@')[1];
  const byDomain = domain ? await probes.sesIdentity(domain) : 'missing';
  return byDomain === 'verified' ? byDomain : own === 'unknown' || byDomain === 'unknown' ? 'unknown' : own;
}

export async function runChecks(ctx: OpsContext, probes: DoctorProbes): Promise<Check[]> {
  const sender = ctx.setting('SENDER_EMAIL');
  const approvers = await Promise.all(
    approverAddresses(ctx.setting('APPROVER_GROUPS')).map(async (a) => ({
      ...a,
      status: await identityOf(probes, a.address),
    })),
  );
  const topic = ctx.setting('ALARM_TOPIC_ARN');
  const url = ctx.setting('APPROVAL_BASE_URL');
  return [
    senderCheck(sender, sender ? await identityOf(probes, sender) : 'unknown'),
    sandboxCheck(await probes.sesAccount(), approvers),
    flagCheck(SKILL.featureFlag, await ctx.flagAdmin.get(SKILL.featureFlag)),
    alarmCheck(topic, topic ? await probes.topicSubscriptions(topic) : undefined),
    callbackCheck(url, url ? await probes.answers(url).catch((e: Error) => e) : new Error('unset')),
  ];
}

function checksText(io: Io, checks: Check[]): string {
  const colour = { ok: 'green', warn: 'yellow', fail: 'red' } as const;
  return checks
    .map(
      (c) =>
        `${paint(io, colour[c.status], c.status.padEnd(4))} ${c.check}: ${c.detail}\n${c.fix ? `     → ${c.fix}\n` : ''}`,
    )
    .join('');
}

export function doctorCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('doctor')
    .summary('check a deployment: SES sender and sandbox, flag, alarm mail, callback URL')
    .description(
      'Check what the SDK can see of a deployment and say what to do: the SES sender identity, the SES ' +
        'sandbox and which approvers of the active contracts are unverified there, the rollout flag, the ' +
        "alarm topic's mail subscription, and whether the approval callback URL answers. Exit 1 on a fail.",
    )
    .option('--json', '{"ok", "checks": [{check, status, detail, fix}]}');
  example(withTarget(cmd), 'handoff doctor --stack handoff-prod', 'handoff doctor --local --json');
  cmd.action(
    action(async (opts: { json?: boolean }) =>
      withContext(io, { ...opts }, async (ctx) => {
        const aws = awsProbes(ctx);
        try {
          const checks = await runChecks(ctx, { ...aws, ...io.doctorProbes });
          const ok = checks.every((c) => c.status !== 'fail');
          io.out(opts.json ? `${JSON.stringify({ ok, checks }, null, 2)}\n` : checksText(io, checks));
          return ok ? EXIT.ok : EXIT.failed;
        } finally {
          aws.close();
        }
      }),
    ),
  );
}
