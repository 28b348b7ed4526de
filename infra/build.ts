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

/** Builds the app from CDK context (cdk.json defaults, `-c` overrides, or `options.context` in tests). */
export function buildApp(options: BuildOptions = {}): BuiltApp {
  const { nag = true, ...appProps } = options;
  const app = new App(appProps);
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
