import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build.ts';
import { type AslDefinition, definitionFromTemplate } from '../../infra/definition.ts';
import type { HandoffStack } from '../../infra/stack.ts';

export interface Synthesized {
  stack: HandoffStack;
  template: Template;
  json: {
    Resources: Record<string, { Type: string; Properties?: any; Metadata?: any; DeletionPolicy?: string }>;
  };
  definition: AslDefinition;
}

/**
 * Synthesizes the real app (same builder as `cdk synth`) with extra context. `handoff:bundling=false`
 * swaps esbuild for inline placeholder code so assertion tests run in seconds; bundling.test.ts bundles.
 */
export function synthesize(context: Record<string, unknown> = {}): Synthesized {
  const { stack } = buildApp({ nag: false, context: { 'handoff:bundling': false, ...context } });
  const template = Template.fromStack(stack);
  const json = template.toJSON() as Synthesized['json'];
  return { stack, template, json, definition: definitionFromTemplate(json) };
}

/** Resources of one CloudFormation type, by logical id. */
export function resourcesOfType(
  s: Synthesized,
  type: string,
): [string, { Properties?: any; Metadata?: any; DeletionPolicy?: string; UpdateReplacePolicy?: string }][] {
  return Object.entries(s.json.Resources).filter(([, r]) => r.Type === type);
}
