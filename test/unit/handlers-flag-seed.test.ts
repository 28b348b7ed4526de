import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { SKILL } from '#core/identity';
import { flagSeed } from '../../functions/handlers/flag-seed.ts';
import { memoryFlagAdmin } from '../support/memory/index.ts';

/**
 * The flag-seed custom resource: `off` with an audit entry at the first deploy, never over an operator's
 * setting on a redeploy, and always an answer to CloudFormation (a FAILED one names the reason).
 */

const clock = () => new Date('2026-11-30T00:00:00.000Z');
const event = (RequestType: 'Create' | 'Update' | 'Delete') =>
  ({
    RequestType,
    ResponseURL: 'https://cloudformation-custom-resource-response.example/signed',
    StackId: 'arn:aws:cloudformation:eu-west-1:1:stack/h/1',
    RequestId: 'req-1',
    LogicalResourceId: 'FlagSeedResource',
    ResourceType: 'AWS::CloudFormation::CustomResource',
    ServiceToken: 'arn:aws:lambda:eu-west-1:1:function:seed',
    ResourceProperties: { ServiceToken: 'arn:aws:lambda:eu-west-1:1:function:seed' },
    ...(RequestType === 'Create' ? {} : { PhysicalResourceId: `flag-seed-${SKILL.featureFlag}` }),
  }) as CloudFormationCustomResourceEvent;

function responses() {
  const sent: { url: string; body: Record<string, unknown> }[] = [];
  return {
    sent,
    respond: async (url: string, body: string) => void sent.push({ url, body: JSON.parse(body) }),
  };
}

describe('flag-seed', () => {
  it('writes the flag off with an audit entry at create, and answers SUCCESS', async () => {
    const flagAdmin = memoryFlagAdmin();
    const { sent, respond } = responses();
    expect(await flagSeed(event('Create'), { flagAdmin, clock }, respond)).toEqual({ seeded: true });
    expect(await flagAdmin.get(SKILL.featureFlag)).toMatchObject({ state: 'off', updatedBy: 'cdk deploy' });
    expect(flagAdmin.entries).toHaveLength(1);
    expect(sent).toEqual([
      {
        url: event('Create').ResponseURL,
        body: expect.objectContaining({
          Status: 'SUCCESS',
          RequestId: 'req-1',
          LogicalResourceId: 'FlagSeedResource',
        }),
      },
    ]);
  });

  it("never overwrites an operator's setting on a redeploy, and leaves the flag on delete", async () => {
    const flagAdmin = memoryFlagAdmin();
    const { sent, respond } = responses();
    await flagSeed(event('Create'), { flagAdmin, clock }, respond);
    const on = { flag: SKILL.featureFlag, state: 'on' as const, percentage: 100, updatedBy: 'maria' };
    await flagAdmin.apply(await flagAdmin.get(SKILL.featureFlag), on, {
      flag: SKILL.featureFlag,
      at: clock().toISOString(),
      by: 'maria',
      why: 'go',
      from: null,
      to: { state: 'on', percentage: 100, allowlist: [] },
    });
    expect(await flagSeed(event('Update'), { flagAdmin, clock }, respond)).toEqual({ seeded: false });
    expect(await flagSeed(event('Delete'), { flagAdmin, clock }, respond)).toEqual({ seeded: false });
    expect(await flagAdmin.get(SKILL.featureFlag)).toMatchObject({ state: 'on', updatedBy: 'maria' });
    expect(sent.map((s) => s.body.Status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
  });

  it('answers FAILED with the reason when the table cannot be written', async () => {
    const flagAdmin = memoryFlagAdmin();
    flagAdmin.get = async () => {
      throw new Error('AccessDeniedException: not allowed');
    };
    const { sent, respond } = responses();
    await flagSeed(event('Create'), { flagAdmin, clock }, respond);
    expect(sent[0]?.body).toMatchObject({
      Status: 'FAILED',
      Reason: expect.stringContaining('AccessDenied'),
    });
  });
});
