/**
 * Cost per 1,000 handoffs, from the synthesized state machine: `tsx bench/cost.ts` prints one JSON line per
 * path (with human approval, auto-pass, and a duplicate submission). State transitions are counted by walking
 * the deployed definition; memory comes from the synthesized functions; every AWS request a run makes is one
 * row of CALLS below, read off the adapters (functions/adapters/*.ts), and the units are derived from those
 * rows. Lambda durations are assumptions. List prices, us-east-1, on-demand, no free tier.
 */
import { pathToFileURL } from 'node:url';
import { buildApp } from '../infra/build.ts';
import type { FunctionName } from '../infra/constructs/functions.ts';
import { definitionFromTemplate, HAPPY_PATH_STATES, walkSuccessPath } from '../infra/definition.ts';

/**
 * us-east-1 list prices, on-demand, as used since 2026-11-27 (`13acc95`; DynamoDB on-demand at the rates
 * of the November 2024 cut). Not re-read from the pricing pages since.
 */
export const PRICES = {
  /** Step Functions Standard, per state transition. */
  sfnTransition: 0.025 / 1000,
  /** Lambda arm64, per GB-second and per request. */
  lambdaGbSecondArm: 0.0000133334,
  lambdaRequest: 0.2 / 1_000_000,
  /** DynamoDB on-demand, per write / read request unit. */
  ddbWru: 0.625 / 1_000_000,
  ddbRru: 0.125 / 1_000_000,
  /** S3 Standard, per PUT and per GET request. */
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  /** SES, per email. */
  sesEmail: 0.1 / 1000,
  /** EventBridge, per custom event published (AWS service events such as S3's are free). */
  eventBridgeEvent: 1 / 1_000_000,
  /** API Gateway REST API, per request (first 333 million a month). */
  apiGatewayRequest: 3.5 / 1_000_000,
  /** CloudWatch Logs ingestion of one access-log line (~0.5 KB at $0.50 per GB). */
  accessLogLine: (0.5 / 1024 / 1024) * 0.5,
} as const;

/** Lambda duration per invocation (warm, 512 MB arm64): estimates, not measured in AWS. */
export const DURATION_MS: Record<FunctionName, number> = {
  intake: 250,
  scoring: 150,
  'approval-router': 300,
  'approval-callback': 100,
  handoff: 200,
  rollback: 200,
  'auto-fallback': 1500,
  'flag-seed': 300,
};

/**
 * One AWS request of a run. DynamoDB: `items` written or read (each ≤ 1 KB to write, ≤ 4 KB to read,
 * strongly consistent); a transaction costs 2 units per item; `gsi` is the index writes it causes: a RUN item
 * carries `runDay`, so every write to it also writes the runs table's by-day index (all attributes projected),
 * and a new artifact item writes the artifacts table's by-digest index (keys only, so a status change does
 * not). Calls with no charge of their own (Step Functions' SendTaskSuccess, the signing key and the flag,
 * cached per container) are not rows.
 */
export type Call =
  | { by: FunctionName | 'uploader'; op: 'PutItem' | 'UpdateItem'; what: string; gsi?: number }
  | { by: FunctionName; op: 'TransactWriteItems'; what: string; items: number; gsi?: number }
  | { by: FunctionName; op: 'GetItem' | 'BatchGetItem'; what: string; items?: number }
  | { by: FunctionName | 'uploader'; op: 'S3 PutObject' | 'S3 GetObject'; what: string }
  | { by: FunctionName; op: 'SES SendEmail' | 'EventBridge PutEvents'; what: string }
  | { by: 'front-door'; op: 'API Gateway request'; what: string };

/** The calls both handing-off paths share, from the submitter's upload to the stream's pointer. */
const INTAKE: Call[] = [
  { by: 'uploader', op: 'S3 PutObject', what: 'incoming/<name> (the submission)' },
  { by: 'intake', op: 'S3 GetObject', what: 'incoming/<name>' },
  { by: 'intake', op: 'S3 PutObject', what: 'packages/<digest>.json, conditional (If-None-Match)' },
  { by: 'intake', op: 'UpdateItem', what: 'stream counter STREAM#<id> (streamSeq)' },
  { by: 'intake', op: 'TransactWriteItems', what: 'dedupe claim + RUN item', items: 2, gsi: 1 },
];
const SCORING: Call[] = [
  { by: 'scoring', op: 'UpdateItem', what: 'RUN attempt counter', gsi: 1 },
  { by: 'scoring', op: 'S3 GetObject', what: 'packages/<digest>.json' },
  { by: 'scoring', op: 'BatchGetItem', what: 'pointer + artifact + SEQ (stream view)', items: 3 },
  { by: 'scoring', op: 'S3 PutObject', what: 'artifacts/<stream>/<digest>.json, conditional' },
  {
    by: 'scoring',
    op: 'TransactWriteItems',
    what: 'SEQ + ARTIFACT item + RUN patch',
    items: 3,
    gsi: 2,
  },
];
const HANDOFF: Call[] = [
  { by: 'handoff', op: 'UpdateItem', what: 'RUN attempt counter (returns the run)', gsi: 1 },
  {
    by: 'handoff',
    op: 'TransactWriteItems',
    what: 'POINTER + POINTER#<v> history + artifact status',
    items: 3,
  },
  { by: 'handoff', op: 'EventBridge PutEvents', what: 'Handoff Handed Off' },
  { by: 'handoff', op: 'UpdateItem', what: 'RUN handed-off (with the approval)', gsi: 1 },
];
/**
 * What the approval page and mail read to show the package: its run's package and artifact, and the
 * stream's live version to diff against (pointer, live artifact item, its run, its package). A stream's first
 * version stops at the pointer; the model prices a revision, the common case.
 */
const CONTENT = (by: FunctionName): Call[] => [
  { by, op: 'S3 GetObject', what: 'packages/<digest>.json' },
  { by, op: 'S3 GetObject', what: 'artifacts/<stream>/<digest>.json' },
  { by, op: 'GetItem', what: 'POINTER (live version)' },
  { by, op: 'GetItem', what: 'live ARTIFACT item' },
  { by, op: 'GetItem', what: 'live RUN item (its package ref)' },
  { by, op: 'S3 GetObject', what: "the live version's package" },
];

/** Every request of one run, per path: one approver, who opens the page once and approves. */
export const CALLS = {
  withApproval: [
    ...INTAKE,
    ...SCORING,
    { by: 'approval-router', op: 'UpdateItem', what: 'RUN attempt counter (returns the run)', gsi: 1 },
    ...CONTENT('approval-router'),
    { by: 'approval-router', op: 'TransactWriteItems', what: 'APPROVAL item + RUN patch', items: 2, gsi: 1 },
    { by: 'approval-router', op: 'UpdateItem', what: 'mail claim on the APPROVAL item (claimMail)' },
    { by: 'approval-router', op: 'SES SendEmail', what: "the approver's mail" },
    // GET: the confirmation page, through the front door (one REST API request, one access-log line)
    { by: 'front-door', op: 'API Gateway request', what: 'GET /approvals/{id}' },
    { by: 'approval-callback', op: 'BatchGetItem', what: 'APPROVAL + request DECISION', items: 2 },
    { by: 'approval-callback', op: 'GetItem', what: 'RUN (package ref)' },
    { by: 'approval-callback', op: 'GetItem', what: 'ARTIFACT item (artifact ref)' },
    ...CONTENT('approval-callback'),
    { by: 'approval-callback', op: 'PutItem', what: 'EVIDENCE#<runId> opened' },
    // POST: the decision
    { by: 'front-door', op: 'API Gateway request', what: 'POST /approvals/{id}' },
    { by: 'approval-callback', op: 'GetItem', what: 'APPROVAL' },
    { by: 'approval-callback', op: 'TransactWriteItems', what: 'APPROVAL consumed + DECISION', items: 2 },
    { by: 'approval-callback', op: 'PutItem', what: 'EVIDENCE#<runId> decided' },
    ...HANDOFF,
  ],
  autoPass: [...INTAKE, ...SCORING, ...HANDOFF],
  /**
   * The same package again while its first run holds the claim: the claim transaction is cancelled (priced
   * as if it wrote), the holder is read, the submitter hears of it once and the run is recorded.
   */
  duplicate: [
    ...INTAKE,
    { by: 'intake', op: 'GetItem', what: 'dedupe item (who holds the claim)' },
    { by: 'intake', op: 'GetItem', what: 'own RUN (already recorded by a lost response?)' },
    { by: 'intake', op: 'EventBridge PutEvents', what: 'Handoff Duplicate Ignored' },
    { by: 'intake', op: 'PutItem', what: 'RUN duplicate', gsi: 1 },
  ],
} as const satisfies Record<string, readonly Call[]>;
type Path = keyof typeof CALLS;

/** Workflow input for each path, for walking the definition. */
const PATH_STATES: Record<Path, unknown> = {
  ...HAPPY_PATH_STATES,
  duplicate: { intake: { status: 'duplicate', shadow: false } },
};

/** Lambda invocations per run (the page GET and the decision POST are one approval-callback call each). */
const INVOCATIONS: Record<Path, Partial<Record<FunctionName, number>>> = {
  withApproval: { intake: 1, scoring: 1, 'approval-router': 1, 'approval-callback': 2, handoff: 1 },
  autoPass: { intake: 1, scoring: 1, handoff: 1 },
  duplicate: { intake: 1 },
};

/** Units and requests of a list of calls. */
export function unitsOf(calls: readonly Call[]) {
  const t = { wru: 0, rru: 0, s3Put: 0, s3Get: 0, emails: 0, events: 0, apiRequests: 0, dynamoRequests: 0 };
  for (const c of calls) {
    if (c.op === 'API Gateway request') t.apiRequests++;
    else if (c.op === 'S3 PutObject') t.s3Put++;
    else if (c.op === 'S3 GetObject') t.s3Get++;
    else if (c.op === 'SES SendEmail') t.emails++;
    else if (c.op === 'EventBridge PutEvents') t.events++;
    else {
      t.dynamoRequests++;
      if (c.op === 'GetItem' || c.op === 'BatchGetItem') t.rru += c.items ?? 1;
      else if (c.op === 'TransactWriteItems') t.wru += 2 * c.items + (c.gsi ?? 0);
      else if (c.op === 'PutItem' || c.op === 'UpdateItem') t.wru += 1 + (c.gsi ?? 0);
    }
  }
  return t;
}

function synthesizedTemplate(): { template: unknown; memoryMb: number } {
  const { app, stack } = buildApp({ nag: false, context: { 'handoff:bundling': false } });
  const template = app.synth().getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties?: { MemorySize?: number } }>;
  };
  const sizes = Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::Lambda::Function')
    .map((r) => r.Properties?.MemorySize ?? 128);
  return { template, memoryMb: Math.max(...sizes) };
}

const usd = (n: number) => Math.round(n * 1e6) / 1e6;

export async function benchCost(): Promise<object[]> {
  const { template, memoryMb } = synthesizedTemplate();
  const definition = definitionFromTemplate(template);
  const out: object[] = [];
  for (const path of Object.keys(CALLS) as Path[]) {
    const states = walkSuccessPath(definition, PATH_STATES[path]);
    const transitions = states.length;
    let requests = 0;
    let gbSeconds = 0;
    for (const [fn, count] of Object.entries(INVOCATIONS[path]) as [FunctionName, number][]) {
      requests += count;
      gbSeconds += count * (memoryMb / 1024) * (DURATION_MS[fn] / 1000);
    }
    const t = unitsOf(CALLS[path]);
    const perRun = {
      stepFunctions: transitions * PRICES.sfnTransition,
      lambda: gbSeconds * PRICES.lambdaGbSecondArm + requests * PRICES.lambdaRequest,
      dynamodb: t.wru * PRICES.ddbWru + t.rru * PRICES.ddbRru,
      s3: t.s3Put * PRICES.s3Put + t.s3Get * PRICES.s3Get,
      ses: t.emails * PRICES.sesEmail,
      eventBridge: t.events * PRICES.eventBridgeEvent,
      apiGateway: t.apiRequests * (PRICES.apiGatewayRequest + PRICES.accessLogLine),
    };
    const total = Object.values(perRun).reduce((a, b) => a + b, 0);
    out.push({
      bench: 'cost',
      path,
      stateTransitions: transitions,
      usdPer1000Handoffs: usd(total * 1000),
      breakdownPer1000: Object.fromEntries(Object.entries(perRun).map(([k, v]) => [k, usd(v * 1000)])),
      perRun: { requests, gbSeconds: Math.round(gbSeconds * 1000) / 1000, memoryMb, ...t },
      states,
    });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchCost()) console.log(JSON.stringify(r));
}
