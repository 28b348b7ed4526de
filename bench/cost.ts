/**
 * Cost per 1,000 handoffs, from the synthesized state machine: `tsx bench/cost.ts` prints one JSON line per
 * happy path (with human approval, and auto-pass). State transitions are counted by walking the deployed
 * definition; memory comes from the synthesized functions; per-call work (DynamoDB, S3, SES, EventBridge)
 * and Lambda durations are the documented assumptions below. List prices, us-east-1, on-demand, no free tier.
 */
import { pathToFileURL } from 'node:url';
import { buildApp } from '../infra/build.ts';
import type { FunctionName } from '../infra/constructs/functions.ts';
import { definitionFromTemplate, HAPPY_PATH_STATES, walkSuccessPath } from '../infra/definition.ts';

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
} as const;

/** What one invocation of each function does (items ≤ 1 KB; transactions cost 2 units per item). */
interface Work {
  durationMs: number;
  wru: number;
  rru: number;
  s3Put: number;
  s3Get: number;
  emails: number;
  events: number;
}

/**
 * Assumptions, per invocation (warm, 512 MB arm64). Durations are estimates until the e2e benchmark
 * measures them; request counts follow the adapters (functions/adapters/*.ts).
 */
export const WORK: Record<FunctionName, Work> = {
  // flag record from the container's 5 s copy (one strong GetItem per warm container per 5 s: ~0 per run at
  // volume); TransactWrite dedupe + run (2 items × 2); read incoming object; one conditional PUT under packages/
  intake: { durationMs: 250, wru: 4, rru: 0, s3Put: 1, s3Get: 1, emails: 0, events: 0 },
  // attempt UpdateItem; BatchGet pointer + artifact + sequence (3 strong reads); TransactWrite sequence +
  // artifact + run (3 items × 2); read package; one conditional PUT of the artifact
  scoring: { durationMs: 150, wru: 7, rru: 3, s3Put: 1, s3Get: 1, emails: 0, events: 0 },
  // attempt UpdateItem; TransactWrite approval record + run status (2 items × 2, one approver); one email
  // (approvers and summary come with the scoring result)
  'approval-router': { durationMs: 300, wru: 5, rru: 0, s3Put: 0, s3Get: 0, emails: 1, events: 0 },
  // per request (GET page + POST decision = 2 requests): the GET batch-reads the approval and the request's
  // decision item (2 RRU); the POST reads the approval, then a TransactWrite (approval + decision, 2 items ×
  // 2); an approval reaches the run with handoff's run update → averaged over the two requests
  'approval-callback': { durationMs: 100, wru: 2, rru: 1.5, s3Put: 0, s3Get: 0, emails: 0, events: 0 },
  // attempt UpdateItem (returns the run); TransactWrite pointer + artifact status (2 items × 2) on the pointer
  // version scoring read (a read only when another run moved it); run UpdateItem; one event
  handoff: { durationMs: 200, wru: 6, rru: 0, s3Put: 0, s3Get: 0, emails: 0, events: 1 },
  // attempt UpdateItem; artifact GetItem; pointer GetItem + PutItem; artifact status UpdateItem; run
  // UpdateItem; one event
  rollback: { durationMs: 200, wru: 4, rru: 2, s3Put: 0, s3Get: 0, emails: 0, events: 1 },
  // Per alarm notification, not per handoff (on no happy path): Scan of ~8 days of runs (~3,000 items of
  // ~1 KB, eventually consistent: 0.5 RRU per 4 KB), flag GetItem (strong); when it falls back, a
  // TransactWrite of flag + audit item (2 items × 2)
  'auto-fallback': { durationMs: 1500, wru: 4, rru: 376, s3Put: 0, s3Get: 0, emails: 0, events: 0 },
  // Once per deploy, never per run: flag GetItem + a TransactWrite of flag + audit item.
  'flag-seed': { durationMs: 300, wru: 4, rru: 1, s3Put: 0, s3Get: 0, emails: 0, events: 0 },
};

/** Invocations per run on each happy path; the uploader's PUT under incoming/ is counted as well. */
const PATHS = {
  withApproval: { intake: 1, scoring: 1, 'approval-router': 1, 'approval-callback': 2, handoff: 1 },
  autoPass: { intake: 1, scoring: 1, handoff: 1 },
} as const satisfies Record<keyof typeof HAPPY_PATH_STATES, Partial<Record<FunctionName, number>>>;
const UPLOAD_PUTS = 1;

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
  for (const path of Object.keys(PATHS) as (keyof typeof PATHS)[]) {
    const states = walkSuccessPath(definition, HAPPY_PATH_STATES[path]);
    const transitions = states.length;
    const t = {
      requests: 0,
      gbSeconds: 0,
      wru: 0,
      rru: 0,
      s3Put: UPLOAD_PUTS,
      s3Get: 0,
      emails: 0,
      events: 0,
    };
    for (const [fn, count] of Object.entries(PATHS[path]) as [FunctionName, number][]) {
      const w = WORK[fn];
      t.requests += count;
      t.gbSeconds += count * (memoryMb / 1024) * (w.durationMs / 1000);
      t.wru += count * w.wru;
      t.rru += count * w.rru;
      t.s3Put += count * w.s3Put;
      t.s3Get += count * w.s3Get;
      t.emails += count * w.emails;
      t.events += count * w.events;
    }
    const perRun = {
      stepFunctions: transitions * PRICES.sfnTransition,
      lambda: t.gbSeconds * PRICES.lambdaGbSecondArm + t.requests * PRICES.lambdaRequest,
      dynamodb: t.wru * PRICES.ddbWru + t.rru * PRICES.ddbRru,
      s3: t.s3Put * PRICES.s3Put + t.s3Get * PRICES.s3Get,
      ses: t.emails * PRICES.sesEmail,
      eventBridge: t.events * PRICES.eventBridgeEvent,
    };
    const total = Object.values(perRun).reduce((a, b) => a + b, 0);
    out.push({
      bench: 'cost',
      path,
      stateTransitions: transitions,
      usdPer1000Handoffs: usd(total * 1000),
      breakdownPer1000: Object.fromEntries(Object.entries(perRun).map(([k, v]) => [k, usd(v * 1000)])),
      perRun: { ...t, gbSeconds: Math.round(t.gbSeconds * 1000) / 1000, memoryMb },
      states,
    });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchCost()) console.log(JSON.stringify(r));
}
