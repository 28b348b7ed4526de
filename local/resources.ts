import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_BY_DIGEST_INDEX, RUNS_BY_DAY_INDEX } from '#shared/table-indexes';

/**
 * The storage resources of the design, as the local emulators create them. Taken from the synthesized
 * CloudFormation template when one exists (so infra and the local runtime cannot drift), else from the
 * design's defaults below.
 */

export interface TableDefinition {
  /** Environment variable the Lambdas read the table name from. */
  envVar: 'ARTIFACTS_TABLE' | 'FLAGS_TABLE' | 'RUNS_TABLE';
  tableName: string;
  keySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
  attributeDefinitions: { AttributeName: string; AttributeType: 'S' | 'N' | 'B' }[];
  globalSecondaryIndexes?: {
    IndexName: string;
    KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
    Projection: { ProjectionType?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE'; NonKeyAttributes?: string[] };
  }[];
  ttlAttribute?: string;
}

export interface LocalResources {
  tables: TableDefinition[];
  bucket: string;
  eventBusName: string;
  /** Where the definitions came from: a template path, or 'design defaults'. */
  source: string;
}

export const TABLE_ENV_VARS = ['ARTIFACTS_TABLE', 'FLAGS_TABLE', 'RUNS_TABLE'] as const;

const LOCAL_TABLE_NAMES: Record<TableDefinition['envVar'], string> = {
  ARTIFACTS_TABLE: 'handoff-artifacts',
  FLAGS_TABLE: 'handoff-flags',
  RUNS_TABLE: 'handoff-runs',
};

const pkSk = (): Pick<TableDefinition, 'keySchema' | 'attributeDefinitions'> => ({
  keySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  attributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ],
});

/** A sparse index on one string key (and an optional string sort key), as infra/constructs/storage.ts has it. */
function index(
  name: string,
  hash: string,
  range?: string,
  projection: 'ALL' | 'KEYS_ONLY' = 'ALL',
): NonNullable<TableDefinition['globalSecondaryIndexes']>[number] {
  return {
    IndexName: name,
    KeySchema: [
      { AttributeName: hash, KeyType: 'HASH' },
      ...(range ? [{ AttributeName: range, KeyType: 'RANGE' as const }] : []),
    ],
    Projection: { ProjectionType: projection },
  };
}

const withIndexAttributes = (names: string[]) => {
  const base = pkSk();
  return {
    ...base,
    attributeDefinitions: [
      ...base.attributeDefinitions,
      ...names.map((n) => ({ AttributeName: n, AttributeType: 'S' as const })),
    ],
  };
};

/** The design's key schema, used when no synthesized template is available. */
export const DESIGN_RESOURCES: LocalResources = {
  tables: [
    {
      envVar: 'ARTIFACTS_TABLE',
      tableName: LOCAL_TABLE_NAMES.ARTIFACTS_TABLE,
      ...withIndexAttributes(['artifactDigest']),
      globalSecondaryIndexes: [index(ARTIFACTS_BY_DIGEST_INDEX, 'artifactDigest', undefined, 'KEYS_ONLY')],
    },
    {
      envVar: 'FLAGS_TABLE',
      tableName: LOCAL_TABLE_NAMES.FLAGS_TABLE,
      keySchema: [{ AttributeName: 'flag', KeyType: 'HASH' }],
      attributeDefinitions: [{ AttributeName: 'flag', AttributeType: 'S' }],
    },
    {
      envVar: 'RUNS_TABLE',
      tableName: LOCAL_TABLE_NAMES.RUNS_TABLE,
      ...withIndexAttributes(['runDay', 'intakeAt']),
      globalSecondaryIndexes: [index(RUNS_BY_DAY_INDEX, 'runDay', 'intakeAt')],
      ttlAttribute: 'expiresAt',
    },
  ],
  bucket: 'handoff-local',
  eventBusName: 'handoff-contracting',
  source: 'design defaults',
};

export interface CfnTemplate {
  Resources?: Record<
    string,
    { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> }
  >;
}

/** The first synthesized stack template in `cdkOut` that defines a state machine, if any. */
export function findSynthesizedTemplate(
  cdkOut = 'cdk.out',
): { path: string; template: CfnTemplate } | undefined {
  if (!existsSync(cdkOut)) return undefined;
  for (const file of readdirSync(cdkOut)
    .filter((f) => f.endsWith('.template.json'))
    .sort()) {
    const path = join(cdkOut, file);
    const template = JSON.parse(readFileSync(path, 'utf8')) as CfnTemplate;
    const types = Object.values(template.Resources ?? {}).map((r) => r.Type);
    if (types.includes('AWS::StepFunctions::StateMachine')) return { path, template };
  }
  return undefined;
}

/** Logical id a `{Ref}` or `{Fn::GetAtt}` points to. */
function refTarget(value: unknown): string | undefined {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.Ref === 'string') return v.Ref;
    const getAtt = v['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  }
  return undefined;
}

/**
 * Read tables (key schema, GSIs, TTL), bucket and bus from a template. A table is matched to its role by
 * the Lambda environment variable that references it (ARTIFACTS_TABLE: {Ref: <table>}), which is exactly
 * how the deployed Lambdas find it.
 */
export function resourcesFromTemplate(template: CfnTemplate, source: string): LocalResources {
  const resources = template.Resources ?? {};
  const roleOf = new Map<string, TableDefinition['envVar']>();
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const env = (resource.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)
      ?.Variables;
    for (const envVar of TABLE_ENV_VARS) {
      const target = refTarget(env?.[envVar]);
      if (target) roleOf.set(target, envVar);
    }
  }
  const tables: TableDefinition[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::DynamoDB::Table' && resource.Type !== 'AWS::DynamoDB::GlobalTable') continue;
    const envVar =
      roleOf.get(logicalId) ??
      TABLE_ENV_VARS.find((v) => logicalId.toLowerCase().includes(v.replace('_TABLE', '').toLowerCase()));
    if (!envVar) continue;
    const p = resource.Properties ?? {};
    const ttl = p.TimeToLiveSpecification as { AttributeName?: string; Enabled?: boolean } | undefined;
    const gsis = p.GlobalSecondaryIndexes as TableDefinition['globalSecondaryIndexes'] | undefined;
    tables.push({
      envVar,
      tableName: LOCAL_TABLE_NAMES[envVar],
      keySchema: p.KeySchema as TableDefinition['keySchema'],
      attributeDefinitions: p.AttributeDefinitions as TableDefinition['attributeDefinitions'],
      ...(gsis?.length
        ? {
            globalSecondaryIndexes: gsis.map(({ IndexName, KeySchema, Projection }) => ({
              IndexName,
              KeySchema,
              Projection,
            })),
          }
        : {}),
      ...(ttl?.AttributeName && ttl.Enabled !== false ? { ttlAttribute: ttl.AttributeName } : {}),
    });
  }
  const missing = TABLE_ENV_VARS.filter((v) => !tables.some((t) => t.envVar === v));
  if (missing.length > 0) {
    throw new Error(`${source}: no DynamoDB table found for ${missing.join(', ')}`);
  }
  const busResource = Object.values(resources).find((r) => r.Type === 'AWS::Events::EventBus');
  const busName = busResource?.Properties?.Name;
  return {
    tables,
    bucket: DESIGN_RESOURCES.bucket,
    eventBusName: typeof busName === 'string' ? busName : DESIGN_RESOURCES.eventBusName,
    source,
  };
}

/** Template-derived resources when `cdk.out` has the stack, else the design defaults. */
export function loadLocalResources(opts: { template?: CfnTemplate; cdkOut?: string } = {}): LocalResources {
  if (opts.template) return resourcesFromTemplate(opts.template, 'given template');
  const found = findSynthesizedTemplate(opts.cdkOut);
  return found ? resourcesFromTemplate(found.template, found.path) : DESIGN_RESOURCES;
}
