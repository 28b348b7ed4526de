import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type HandoffConfig, readConfig } from './config.ts';
import { HandoffStack } from './stack.ts';

export interface BuildOptions extends AppProps {
  /** Register cdk-nag's AWS Solutions pack as a validation plugin (synthesis fails on any finding). */
  nag?: boolean;
}

export interface BuiltApp {
  app: App;
  stack: HandoffStack;
  config: HandoffConfig;
}

/**
 * Feature flags the constructs rely on, fixed in code (not only in cdk.json) so tests and `cdk synth`
 * build the same template: access logs delivered through a bucket policy (no ACLs, so BucketOwnerEnforced
 * works), minimized IAM policies, and secret values that cannot leak into plain-text properties.
 */
export const FEATURE_FLAGS = {
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  '@aws-cdk/aws-iam:minimizePolicies': true,
  '@aws-cdk/core:checkSecretUsage': true,
} as const;

/** Builds the app from CDK context (cdk.json defaults, `-c` overrides, or `options.context` in tests). */
export function buildApp(options: BuildOptions = {}): BuiltApp {
  const { nag = true, ...appProps } = options;
  const app = new App({ ...appProps, postCliContext: { ...FEATURE_FLAGS, ...appProps.postCliContext } });
  const config = readConfig(app.node);
  const env =
    config.account || config.region ? { account: config.account, region: config.region } : undefined;
  const stack = new HandoffStack(app, config.stackName, {
    config,
    ...(env ? { env } : {}),
    description: 'handoff-contracting: validate, score, gate, hand off and roll back handoff packages',
  });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, config };
}
