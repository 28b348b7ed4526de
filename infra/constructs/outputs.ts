import { CfnOutput } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * Stack output keys, exactly as `aws cloudformation describe-stacks` lists them (OutputKey). Operators'
 * commands and scripts read the deployed names from these instead of walking the stack's resources.
 */
export const OUTPUT_KEYS = {
  artifactsTable: 'ArtifactsTableName',
  flagsTable: 'FlagsTableName',
  runsTable: 'RunsTableName',
  bucket: 'BucketName',
  eventBus: 'EventBusName',
  stateMachine: 'StateMachineArn',
  approvalCallbackUrl: 'ApprovalCallbackUrl',
  senderEmail: 'SenderEmail',
  approverGroups: 'ApproverGroups',
  alarmTopic: 'AlarmTopicArn',
  nextSteps: 'NextSteps',
} as const;
export type OutputName = keyof typeof OUTPUT_KEYS;

const DESCRIPTIONS: Record<OutputName, string> = {
  artifactsTable: 'DynamoDB artifacts table (ARTIFACTS_TABLE for the handoff CLI)',
  flagsTable: 'DynamoDB flags table (FLAGS_TABLE for the handoff CLI)',
  runsTable: 'DynamoDB runs table (RUNS_TABLE for the handoff CLI)',
  bucket: 'Package bucket; put packages under the incoming prefix to start a run',
  eventBus: 'Custom event bus: Handoff Submitted in, Handed Off / Rolled Back out',
  stateMachine: 'Handoff workflow (Step Functions state machine)',
  approvalCallbackUrl: 'Approval links base URL: the front door (API Gateway stage) of the approval callback',
  senderEmail: 'SES sender of approval mail: verify it before the first approval (handoff doctor)',
  approverGroups: 'Approver groups as JSON; in the SES sandbox each address must be verified',
  alarmTopic: 'Alarm topic; confirm its email subscription',
  nextSteps: 'The commands of a first deploy, in order (README: First deploy)',
};

/** The commands after `cdk deploy`, as one output line (CloudFormation outputs are single strings). */
export function nextSteps(stackName: string, region: string): string {
  const at = `--stack ${stackName} --region ${region}`;
  return [
    `1. npx handoff doctor ${at}`,
    '2. verify the sender (and, in the SES sandbox, each approver) or request SES production access',
    '3. confirm the alarm subscription mail',
    `4. npx handoff flags set shadow ${at} --by YOU --why "first look"`,
    `5. npx handoff submit events/packages/sample-spring-launch.json ${at}`,
  ].join('  ');
}

export interface StackOutputsProps {
  values: Record<OutputName, string>;
}

/** One CfnOutput per deployed name an operator needs, keyed by OUTPUT_KEYS (no construct-path hash). */
export class StackOutputs extends Construct {
  constructor(scope: Construct, id: string, props: StackOutputsProps) {
    super(scope, id);
    for (const name of Object.keys(OUTPUT_KEYS) as OutputName[]) {
      const key = OUTPUT_KEYS[name];
      const output = new CfnOutput(this, key, { value: props.values[name], description: DESCRIPTIONS[name] });
      // Without the override the key would carry this construct's path and a hash (OutputsRunsTableName1A2B…).
      output.overrideLogicalId(key);
    }
  }
}
