import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build.ts';
import { type AslDefinition, definitionFromTemplate } from '../../infra/definition.ts';
import type { HandoffStack } from '../../infra/stack.ts';

// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation is untyped JSON; tests index into it.
export type CfnJson = any;

export interface CfnResourceJson {
  Type: string;
  Properties?: CfnJson;
  Metadata?: CfnJson;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
}

export interface Synthesized {
  stack: HandoffStack;
  template: Template;
  json: { Resources: Record<string, CfnResourceJson> };
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

/** Resources of one CloudFormation type, as [logicalId, resource]. */
export function resourcesOfType(s: Synthesized, type: string): [string, CfnResourceJson][] {
  return Object.entries(s.json.Resources).filter(([, r]) => r.Type === type);
}

/** The logical id of the one resource of `type` whose id starts with `prefix`. */
export function logicalId(s: Synthesized, type: string, prefix: string): string {
  const ids = resourcesOfType(s, type)
    .map(([id]) => id)
    .filter((id) => id.startsWith(prefix));
  if (ids.length !== 1)
    throw new Error(`expected one ${type} starting with ${prefix}, found ${ids.join(', ')}`);
  return ids[0] as string;
}
