import { ArnFormat, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { FRONT_DOOR_THROTTLE } from '#shared/front-door';
import { type FixedPage, FRONT_DOOR_PAGES } from '#views/front-door';

/** The stage the links name: `https://<api>.execute-api.<region>.<suffix>/prod/approvals/<id>?exp=…&sig=…`. */
export const FRONT_DOOR_STAGE = 'prod';

/** Which of the shared pages the stage answers itself, by gateway response type (ADR 0017). */
export const GATEWAY_PAGES: readonly [apigw.ResponseType, FixedPage][] = [
  // Its own rate limit is spent.
  [apigw.ResponseType.THROTTLED, FRONT_DOOR_PAGES.throttled],
  // A WAF web ACL the operator attaches (RUNBOOK) blocked it: a rate-based rule, so the same busy page.
  [apigw.ResponseType.WAF_FILTERED, FRONT_DOOR_PAGES.throttled],
  // Lambda's throttle of the reserved concurrency reaches API Gateway as an integration failure (5XX).
  [apigw.ResponseType.DEFAULT_5XX, FRONT_DOOR_PAGES.unavailable],
  // An unknown route or method: REST APIs say 403 "Missing Authentication Token"; people read "not found".
  [apigw.ResponseType.MISSING_AUTHENTICATION_TOKEN, FRONT_DOOR_PAGES.notFound],
  // A link without exp or sig (request validation), a body too large, any other refusal.
  [apigw.ResponseType.DEFAULT_4XX, FRONT_DOOR_PAGES.refused],
];

/**
 * A page as a gateway response: header values are static (in single quotes, so none may contain one: the
 * CSP, which quotes its keywords, stays with the function's pages; a fixed page has no input to inject and
 * X-Frame-Options still forbids framing) and the body is the template, registered for both content types a
 * browser's Accept may select. API Gateway substitutes `$context…` in templates, so a `$` is refused.
 */
export function gatewayResponseOf(page: FixedPage): Required<Omit<apigw.GatewayResponseOptions, 'type'>> {
  if (page.body.includes('$')) throw new Error('a gateway response template may not contain "$"');
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(page.headers)) {
    if (name === 'content-security-policy') continue;
    if (value.includes("'")) throw new Error(`header ${name} cannot be a static gateway response value`);
    responseHeaders[name] = `'${value}'`;
  }
  return {
    statusCode: String(page.statusCode),
    responseHeaders,
    templates: { 'text/html': page.body, 'application/json': page.body },
  };
}

export interface FrontDoorProps {
  /** The approval-callback function, invoked through a Lambda proxy integration. */
  callback: lambda.IFunction;
  logRetention: logs.RetentionDays;
  /**
   * Set the region's API Gateway logging role (AWS::ApiGateway::Account, one per region; stage logs need
   * it). false when another stack or the operator already sets it: a second writer would replace theirs.
   */
  setAccountRole: boolean;
}

/**
 * The approval links' front door: a regional REST API with two routes (GET/POST /approvals/{id}) to the
 * callback, a stage throttle below what the callback's reserved concurrency sustains, and gateway responses
 * that answer the callback's own pages when the stage throttles or the function cannot be reached.
 */
export class FrontDoor extends Construct {
  readonly api: apigw.RestApi;
  /** `https://<api>.execute-api.<region>.<suffix>/prod`, without a trailing slash. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: FrontDoorProps) {
    super(scope, id);
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.api = new apigw.RestApi(this, 'Api', {
      description: 'handoff-contracting: approval links (HMAC-signed, expiring) to the approval callback',
      endpointConfiguration: { types: [apigw.EndpointType.REGIONAL] },
      cloudWatchRole: false,
      deployOptions: {
        stageName: FRONT_DOOR_STAGE,
        throttlingRateLimit: FRONT_DOOR_THROTTLE.ratePerSecond,
        throttlingBurstLimit: FRONT_DOOR_THROTTLE.burst,
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        // Never log bodies: a decision form carries the link's signature.
        dataTraceEnabled: false,
        accessLogDestination: new apigw.LogGroupLogDestination(accessLogs),
        accessLogFormat: accessLogFormat(),
      },
    });
    // The operator's URL is the stack's ApprovalCallbackUrl output (the link base); no second, unkeyed one.
    this.api.node.tryRemoveChild('Endpoint');
    if (props.setAccountRole) this.logToCloudWatch();
    this.routes(props.callback);
    for (const [type, page] of GATEWAY_PAGES) {
      this.api.addGatewayResponse(type.responseType, { type, ...gatewayResponseOf(page) });
    }
    const stack = Stack.of(this);
    this.baseUrl = Fn.join('', [
      'https://',
      this.api.restApiId,
      `.execute-api.${stack.region}.${stack.urlSuffix}/${FRONT_DOOR_STAGE}`,
    ]);
    acknowledge(this.api);
  }

  /** GET shows the page (exp and sig required, else the stage answers "Invalid link"); POST decides. */
  private routes(callback: lambda.IFunction): void {
    const validator = this.api.addRequestValidator('Validator', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    // One permission per method, scoped to its ARN; none for the console's test invoke.
    const integration = new apigw.LambdaIntegration(callback, { proxy: true, allowTestInvoke: false });
    const approval = this.api.root.addResource('approvals').addResource('{id}');
    approval.addMethod('GET', integration, {
      requestValidator: validator,
      requestParameters: {
        'method.request.path.id': true,
        'method.request.querystring.exp': true,
        'method.request.querystring.sig': true,
      },
    });
    approval.addMethod('POST', integration, {
      requestValidator: validator,
      requestParameters: { 'method.request.path.id': true },
    });
  }

  /**
   * API Gateway writes stage logs with the region's account-level role (AWS::ApiGateway::Account), which a
   * fresh account lacks. Ours has an inline copy of AmazonAPIGatewayPushToCloudWatchLogs scoped to this
   * account and region's log groups; both are retained on stack deletion, as CDK does, because other APIs
   * of the region may log through the setting by then.
   */
  private logToCloudWatch(): void {
    const stack = Stack.of(this);
    const role = new iam.Role(this, 'CloudWatchRole', {
      assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      inlinePolicies: {
        logs: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: [
                'logs:CreateLogGroup',
                'logs:CreateLogStream',
                'logs:DescribeLogGroups',
                'logs:DescribeLogStreams',
                'logs:PutLogEvents',
                'logs:GetLogEvents',
                'logs:FilterLogEvents',
              ],
              resources: [
                stack.formatArn({
                  service: 'logs',
                  resource: 'log-group',
                  resourceName: '*',
                  arnFormat: ArnFormat.COLON_RESOURCE_NAME,
                }),
              ],
            }),
          ],
        }),
      },
    });
    role.applyRemovalPolicy(RemovalPolicy.RETAIN);
    const account = new apigw.CfnAccount(this, 'Account', { cloudWatchRoleArn: role.roleArn });
    account.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.api.deploymentStage.node.addDependency(account);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:*]',
      reason:
        'The region-wide API Gateway logging role writes the execution log groups API Gateway names ' +
        '(API-Gateway-Execution-Logs_<api>/<stage>) for every REST API of the region, so it is scoped to ' +
        "this account and region's log groups, not to ours alone.",
    });
  }
}

/**
 * One JSON line per request: route template, status, why the stage answered itself and latency. No source
 * address, no query string (the signature) and no raw path (the approval id): the approval evidence keeps
 * only a keyed hash of the address, and the access log must not undo that.
 */
function accessLogFormat(): apigw.AccessLogFormat {
  const f = apigw.AccessLogField;
  return apigw.AccessLogFormat.custom(
    JSON.stringify({
      requestId: f.contextRequestId(),
      time: f.contextRequestTime(),
      method: f.contextHttpMethod(),
      route: f.contextResourcePath(),
      status: f.contextStatus(),
      responseType: f.contextErrorResponseType(),
      integrationStatus: f.contextIntegrationStatus(),
      latencyMs: f.contextResponseLatency(),
      integrationLatencyMs: f.contextIntegrationLatency(),
    }),
  );
}

function acknowledge(api: apigw.RestApi): void {
  Validations.of(api).acknowledge({
    id: 'AwsSolutions-APIG4',
    reason:
      'Approvers open e-mailed links in any browser: each request is authorized by the HMAC-SHA256 ' +
      'signature and expiry in the link, verified by the callback, and a decision is a single-use ' +
      'conditional write. An IAM or token authorizer has no credential to check.',
  });
  Validations.of(api).acknowledge({
    id: 'AwsSolutions-COG4',
    reason:
      'No Cognito user pool: approvers are e-mail addresses named by the package and contract, not users ' +
      'of an app; the signed, expiring link is the credential (see APIG4).',
  });
  Validations.of(api).acknowledge({
    id: 'AwsSolutions-APIG3',
    reason:
      'No WAF web ACL by default (ADR 0017): the stage throttle (5/s, burst 5) and the reserved concurrency ' +
      'already keep a flood from the workflow, and a flood only shows approvers the busy page. A WAF ' +
      'rate-based rule per address would add a fixed monthly cost for that fairness; an operator can ' +
      'associate one with the stage without a code change.',
  });
}
