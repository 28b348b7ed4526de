/**
 * Reads the state machine definition out of a synthesized CloudFormation template and walks it. Used by
 * the infra tests, the cost benchmark and (for the resolver) the local runtime: the definition that is
 * tested and priced is exactly the one that deploys.
 */

export interface AslChoiceRule {
  Variable?: string;
  StringEquals?: string;
  BooleanEquals?: boolean;
  Next?: string;
  [key: string]: unknown;
}

export interface AslState {
  Type: string;
  Next?: string;
  End?: boolean;
  Resource?: string;
  Choices?: AslChoiceRule[];
  Default?: string;
  [key: string]: unknown;
}

export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  [key: string]: unknown;
}

interface CfnTemplate {
  Resources: Record<
    string,
    { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> }
  >;
}

/** Turns an intrinsic inside `DefinitionString` into text. Default: Partition → aws, GetAtt X.Arn → fake ARN. */
export type IntrinsicResolver = (intrinsic: Record<string, unknown>) => string;

export const defaultResolver: IntrinsicResolver = (intrinsic) => {
  if (intrinsic.Ref === 'AWS::Partition') return 'aws';
  if (intrinsic.Ref === 'AWS::Region') return 'us-east-1';
  if (intrinsic.Ref === 'AWS::AccountId') return '000000000000';
  const getAtt = intrinsic['Fn::GetAtt'];
  if (Array.isArray(getAtt) && getAtt[1] === 'Arn') {
    return `arn:aws:lambda:us-east-1:000000000000:function:${String(getAtt[0])}`;
  }
  throw new Error(`cannot resolve intrinsic ${JSON.stringify(intrinsic)}`);
};

/** The (single) state machine's definition, intrinsics resolved with `resolve`. */
export function definitionFromTemplate(
  template: unknown,
  resolve: IntrinsicResolver = defaultResolver,
): AslDefinition {
  const resources = Object.values((template as CfnTemplate).Resources);
  const machines = resources.filter((r) => r.Type === 'AWS::StepFunctions::StateMachine');
  if (machines.length !== 1) throw new Error(`expected one state machine, found ${machines.length}`);
  const raw = machines[0]?.Properties?.DefinitionString;
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (raw && typeof raw === 'object' && 'Fn::Join' in raw) {
    const [sep, parts] = (raw as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    text = parts.map((p) => (typeof p === 'string' ? p : resolve(p as Record<string, unknown>))).join(sep);
  } else throw new Error('DefinitionString is neither a string nor an Fn::Join');
  return JSON.parse(text) as AslDefinition;
}

/** Logical id of each function resource → its `handoff:function` metadata (the handler name). */
export function functionsByLogicalId(template: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, r] of Object.entries((template as CfnTemplate).Resources)) {
    const name = r.Metadata?.['handoff:function'];
    if (r.Type === 'AWS::Lambda::Function' && typeof name === 'string') out[id] = name;
  }
  return out;
}

function readPath(input: unknown, path: string): unknown {
  if (!path.startsWith('$.')) throw new Error(`unsupported path ${path}`);
  let v: unknown = input;
  for (const key of path.slice(2).split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function matches(rule: AslChoiceRule, state: unknown): boolean {
  if (rule.Variable === undefined) throw new Error(`unsupported choice rule ${JSON.stringify(rule)}`);
  const v = readPath(state, rule.Variable);
  if ('StringEquals' in rule) return v === rule.StringEquals;
  if ('BooleanEquals' in rule) return v === rule.BooleanEquals;
  throw new Error(`unsupported choice operator in ${JSON.stringify(rule)}`);
}

/**
 * The states a run enters when every task succeeds and the workflow state looks like `state` (the task
 * results already merged in, as the tasks' ResultPaths would place them). Each entered state is one
 * billed state transition of a Standard workflow.
 */
export function walkSuccessPath(definition: AslDefinition, state: unknown, maxSteps = 100): string[] {
  const path: string[] = [];
  let name: string | undefined = definition.StartAt;
  while (name !== undefined) {
    if (path.length >= maxSteps)
      throw new Error(`no terminal state within ${maxSteps} steps: ${path.join(' → ')}`);
    const s: AslState | undefined = definition.States[name];
    if (!s) throw new Error(`state ${name} is not defined`);
    path.push(name);
    if (s.Type === 'Succeed' || s.Type === 'Fail' || s.End === true) break;
    if (s.Type === 'Choice') name = (s.Choices ?? []).find((r) => matches(r, state))?.Next ?? s.Default;
    else name = s.Next;
  }
  return path;
}

/** Workflow states after the tasks for the two happy paths (approval required / auto-pass). */
export const HAPPY_PATH_STATES = {
  withApproval: {
    intake: { status: 'accepted', shadow: false },
    scoring: { outcome: 'needs-approval', approval: { required: true } },
  },
  autoPass: {
    intake: { status: 'accepted', shadow: false },
    scoring: { outcome: 'pass', approval: { required: false } },
  },
} as const;
