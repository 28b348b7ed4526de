import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CfnTemplate, LocalResources } from './resources.ts';
import { resourcesFromTemplate } from './resources.ts';
import type { AslDefinition } from './workflow.ts';

/**
 * The synthesized stack as the local runtime runs it: the CDK app is synthesized in-process (bundling and
 * cdk-nag off: only the template matters here; `npm run synth` stays the deployable path), cached by a hash
 * of infra/, functions/, cdk.json and the lockfile, and the state machine's `DefinitionString` is resolved
 * to local names (Lambda ARNs from the `handoff:function` metadata). Triggers (the EventBridge rules and
 * their input transformers) come from the same template, so local runs start exactly as deployed ones.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '000000000000';
const FUNCTION_METADATA_KEY = 'handoff:function';
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'handoff-local');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const localLambdaArn = (fn: string) =>
  `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${fn}`;

/** An EventBridge rule target's input transformer. */
export interface InputTransformer {
  InputPathsMap?: Record<string, string>;
  InputTemplate: string;
}

export interface LocalTrigger {
  /** 's3': Object Created in the bucket under `keyPrefix` (default bus); 'event': a custom bus event. */
  kind: 's3' | 'event';
  ruleId: string;
  keyPrefix?: string;
  source?: string[];
  detailType?: string[];
  /** The rule's event pattern, intrinsics resolved to local names (see `event-pattern.ts`). */
  pattern: Record<string, unknown>;
  transformer: InputTransformer;
}

export interface SynthesizedWorkflow {
  template: CfnTemplate;
  /** Definition with intrinsics resolved to local names. */
  definition: AslDefinition;
  /** Local Lambda ARN → function name (the HANDLERS key). */
  functionByArn: Record<string, string>;
  stateMachineArn: string;
  resources: LocalResources;
  triggers: LocalTrigger[];
  /** Literal Lambda environment values of the template (SENDER_EMAIL, APPROVER_GROUPS, …). */
  lambdaEnv: Record<string, string>;
  /** Where it came from and what it cost. */
  origin: { from: 'cache' | 'synth'; hash: string; ms: number };
}

type Resources = NonNullable<CfnTemplate['Resources']>;

function walkFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(path, out);
    else if (/\.(ts|json|ya?ml)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Hash of everything that can change the template. */
export function sourceHash(root = ROOT): string {
  const hash = createHash('sha256');
  const files = [
    ...walkFiles(join(root, 'infra')),
    ...walkFiles(join(root, 'functions')),
    join(root, 'cdk.json'),
    join(root, 'package-lock.json'),
    // This module decides how the template is read.
    fileURLToPath(import.meta.url),
  ]
    .filter((f) => existsSync(f) && statSync(f).isFile())
    .sort();
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Synthesize the CDK app in-process with cdk.json's context, bundling and cdk-nag off. */
async function synthesizeTemplate(root: string): Promise<CfnTemplate> {
  const cdkJson = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  const { buildApp } = (await import(join(root, 'infra', 'build.ts'))) as {
    buildApp(opts: { context?: Record<string, unknown>; nag?: boolean; outdir?: string }): {
      app: { synth(): { getStackByName(name: string): { template: unknown } } };
      stack: { stackName: string };
    };
  };
  const outdir = await mkdtemp(join(tmpdir(), 'handoff-synth-'));
  try {
    const { app, stack } = buildApp({
      context: { ...cdkJson.context, 'handoff:bundling': false },
      nag: false,
      outdir,
    });
    return app.synth().getStackByName(stack.stackName).template as CfnTemplate;
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

function logicalIdsOf(resources: Resources, type: string): string[] {
  return Object.entries(resources)
    .filter(([, r]) => r.Type === type)
    .map(([id]) => id);
}

/** Resolve `Ref` / `Fn::GetAtt` / `Fn::Join` / `Fn::Sub` (no variables map) to local values. */
export function makeResolver(template: CfnTemplate, resources: LocalResources, stateMachineArn: string) {
  const res = template.Resources ?? {};
  const tableNameOf = new Map<string, string>();
  for (const r of Object.values(res)) {
    if (r.Type !== 'AWS::Lambda::Function') continue;
    const vars =
      (r.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
    for (const t of resources.tables) {
      const ref = vars[t.envVar] as { Ref?: string } | undefined;
      if (ref?.Ref) tableNameOf.set(ref.Ref, t.tableName);
    }
  }
  const refOf = (id: string): string => {
    const pseudo: Record<string, string> = {
      'AWS::Partition': 'aws',
      'AWS::Region': LOCAL_REGION,
      'AWS::AccountId': LOCAL_ACCOUNT,
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': 'local',
    };
    if (pseudo[id]) return pseudo[id];
    const r = res[id];
    if (!r) throw new Error(`Ref to unknown resource ${id}`);
    const fn = r.Metadata?.[FUNCTION_METADATA_KEY];
    if (r.Type === 'AWS::Lambda::Function' && typeof fn === 'string') return fn;
    if (r.Type === 'AWS::S3::Bucket') return resources.bucket;
    if (r.Type === 'AWS::DynamoDB::Table') return tableNameOf.get(id) ?? id;
    if (r.Type === 'AWS::Events::EventBus') return resources.eventBusName;
    if (r.Type === 'AWS::StepFunctions::StateMachine') return stateMachineArn;
    return id;
  };
  const getAtt = (id: string, attr: string): string => {
    const r = res[id];
    const fn = r?.Metadata?.[FUNCTION_METADATA_KEY];
    if (r?.Type === 'AWS::Lambda::Function' && typeof fn === 'string' && attr === 'Arn')
      return localLambdaArn(fn);
    if (r?.Type === 'AWS::StepFunctions::StateMachine' && attr === 'Arn') return stateMachineArn;
    return `arn:aws:local:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${id}/${attr}`;
  };
  const resolveValue = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolveValue);
    if (!value || typeof value !== 'object') return value;
    const v = value as Record<string, unknown>;
    if (typeof v.Ref === 'string') return refOf(v.Ref);
    if (Array.isArray(v['Fn::GetAtt'])) {
      const [id, attr] = v['Fn::GetAtt'] as [string, string];
      return getAtt(id, attr);
    }
    if (Array.isArray(v['Fn::Join'])) {
      const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
      return (resolveValue(parts) as unknown[]).map(String).join(sep);
    }
    if (typeof v['Fn::Sub'] === 'string') {
      return (v['Fn::Sub'] as string).replace(/\$\{([^}]+)\}/g, (_, expr: string) => {
        const [id, attr] = expr.split('.');
        return attr ? getAtt(id as string, attr) : refOf(id as string);
      });
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveValue(x)]));
  };
  return resolveValue;
}

/** Read everything the local runtime needs out of a synthesized template. */
export function workflowFromTemplate(
  template: CfnTemplate,
  origin: SynthesizedWorkflow['origin'],
): SynthesizedWorkflow {
  const res = template.Resources ?? {};
  const machines = logicalIdsOf(res, 'AWS::StepFunctions::StateMachine');
  if (machines.length !== 1)
    throw new Error(`expected one state machine in the template, found ${machines.length}`);
  const machineId = machines[0] as string;
  const stateMachineArn = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${machineId}`;
  const resources = resourcesFromTemplate(template, 'synthesized template');
  const resolveValue = makeResolver(template, resources, stateMachineArn);

  const rawDefinition = res[machineId]?.Properties?.DefinitionString;
  const definitionText = resolveValue(rawDefinition);
  if (typeof definitionText !== 'string') throw new Error('DefinitionString did not resolve to a string');
  const definition = JSON.parse(definitionText) as AslDefinition;

  const functionByArn: Record<string, string> = {};
  const lambdaEnv: Record<string, string> = {};
  for (const r of Object.values(res)) {
    const fn = r.Metadata?.[FUNCTION_METADATA_KEY];
    if (r.Type !== 'AWS::Lambda::Function' || typeof fn !== 'string') continue;
    functionByArn[localLambdaArn(fn)] = fn;
    const vars =
      (r.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
    for (const [k, v] of Object.entries(vars)) if (typeof v === 'string') lambdaEnv[k] = v;
  }

  const triggers: LocalTrigger[] = [];
  for (const [ruleId, r] of Object.entries(res)) {
    if (r.Type !== 'AWS::Events::Rule') continue;
    const p = r.Properties ?? {};
    const targets = (p.Targets ?? []) as { Arn?: unknown; InputTransformer?: InputTransformer }[];
    const target = targets.find((t) => (t.Arn as { Ref?: string } | undefined)?.Ref === machineId);
    if (!target?.InputTransformer) continue;
    const pattern = p.EventPattern as {
      source?: string[];
      'detail-type'?: string[];
      detail?: { object?: { key?: { prefix?: string }[] } };
    };
    const resolved = resolveValue(p.EventPattern) as Record<string, unknown>;
    if (pattern.source?.includes('aws.s3')) {
      const prefix = pattern.detail?.object?.key?.find((k) => typeof k.prefix === 'string')?.prefix ?? '';
      triggers.push({
        kind: 's3',
        ruleId,
        keyPrefix: prefix,
        pattern: resolved,
        transformer: target.InputTransformer,
      });
    } else {
      triggers.push({
        kind: 'event',
        ruleId,
        pattern: resolved,
        ...(pattern.source ? { source: pattern.source } : {}),
        ...(pattern['detail-type'] ? { detailType: pattern['detail-type'] } : {}),
        transformer: target.InputTransformer,
      });
    }
  }
  return { template, definition, functionByArn, stateMachineArn, resources, triggers, lambdaEnv, origin };
}

/**
 * The synthesized workflow, from the cache when infra/ and functions/ are unchanged (a file read), else by
 * synthesizing in-process (the whole CDK app, far slower) and caching the template.
 */
export async function loadSynthesizedWorkflow(
  opts: { root?: string; cache?: boolean } = {},
): Promise<SynthesizedWorkflow> {
  const root = opts.root ?? ROOT;
  const started = performance.now();
  const hash = sourceHash(root);
  const cacheFile = join(CACHE_DIR, `template-${hash}.json`);
  if (opts.cache !== false && existsSync(cacheFile)) {
    const template = JSON.parse(await readFile(cacheFile, 'utf8')) as CfnTemplate;
    return workflowFromTemplate(template, {
      from: 'cache',
      hash,
      ms: Math.round(performance.now() - started),
    });
  }
  await mkdir(CACHE_DIR, { recursive: true });
  // Parallel test workers: one synthesizes, the others wait for its cache file.
  const lock = `${cacheFile}.lock`;
  const owner = await open(lock, 'wx').catch(() => undefined);
  if (!owner) {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline && existsSync(lock) && !existsSync(cacheFile)) await sleep(250);
    if (existsSync(cacheFile)) return loadSynthesizedWorkflow(opts);
  }
  try {
    const template = await synthesizeTemplate(root);
    const workflow = workflowFromTemplate(template, {
      from: 'synth',
      hash,
      ms: Math.round(performance.now() - started),
    });
    // Write then rename: a reader never sees a half-written cache file.
    const partial = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(template));
    await rename(partial, cacheFile);
    return workflow;
  } finally {
    await owner?.close();
    await rm(lock, { force: true });
  }
}

/**
 * Apply an EventBridge input transformer: each `<name>` in the template is replaced by the JSON value the
 * InputPathsMap path selects in the event (EventBridge's rule for a JSON InputTemplate).
 */
export function applyInputTransformer(transformer: InputTransformer, event: unknown): unknown {
  const values = new Map<string, unknown>();
  for (const [name, path] of Object.entries(transformer.InputPathsMap ?? {})) {
    let v: unknown = event;
    for (const key of path
      .replace(/^\$\.?/, '')
      .split('.')
      .filter(Boolean)) {
      v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    }
    values.set(name, v);
  }
  const text = transformer.InputTemplate.replace(/<([A-Za-z0-9_.-]+)>/g, (whole, name: string) =>
    values.has(name) ? (JSON.stringify(values.get(name)) ?? 'null') : whole,
  );
  return JSON.parse(text) as unknown;
}
