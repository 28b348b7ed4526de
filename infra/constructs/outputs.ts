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
} as const;
export type OutputName = keyof typeof OUTPUT_KEYS;

const DESCRIPTIONS: Record<OutputName, string> = {
  artifactsTable: 'DynamoDB artifacts table (ARTIFACTS_TABLE for the handoff CLI)',
  flagsTable: 'DynamoDB flags table (FLAGS_TABLE for the handoff CLI)',
  runsTable: 'DynamoDB runs table (RUNS_TABLE for the handoff CLI)',
  bucket: 'Package bucket; put packages under the incoming prefix to start a run',
  eventBus: 'Custom event bus: Handoff Submitted in, Handed Off / Rolled Back out',
  stateMachine: 'Handoff workflow (Step Functions state machine)',
  approvalCallbackUrl: 'Approval callback Function URL (approval links point here)',
};

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
