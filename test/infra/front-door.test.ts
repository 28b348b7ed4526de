import { CALLBACK_BUDGETED_SECONDS, FRONT_DOOR_THROTTLE } from '#shared/front-door';
import { BUSY_RETRY_AFTER_SECONDS, FRONT_DOOR_PAGES } from '#views/front-door';
import { CALLBACK_RESERVED_CONCURRENCY } from '../../infra/constructs/approvals.ts';
import { FRONT_DOOR_STAGE, gatewayResponseOf } from '../../infra/constructs/front-door.ts';
import { type CfnJson, logicalId, resourcesOfType, type Synthesized, synthesize } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
}, 120_000);

const api = () => logicalId(s, 'AWS::ApiGateway::RestApi', 'ApprovalsFrontDoorApi');
const callback = () =>
  resourcesOfType(s, 'AWS::Lambda::Function').find(([, r]) =>
    JSON.stringify(r.Metadata ?? {}).includes('approval-callback'),
  )?.[0] ?? '';

describe('the approval front door (API Gateway REST API)', () => {
  it('is one regional REST API whose only routes are GET and POST /approvals/{id} to the callback', () => {
    expect(resourcesOfType(s, 'AWS::ApiGateway::RestApi')).toHaveLength(1);
    expect(s.json.Resources[api()]?.Properties.EndpointConfiguration).toEqual({ Types: ['REGIONAL'] });
    const paths = resourcesOfType(s, 'AWS::ApiGateway::Resource').map(([, r]) => r.Properties.PathPart);
    expect(paths.sort()).toEqual(['approvals', '{id}']);
    const methods = resourcesOfType(s, 'AWS::ApiGateway::Method').map(([, r]) => r.Properties as CfnJson);
    expect(methods.map((m) => m.HttpMethod).sort()).toEqual(['GET', 'POST']);
    for (const m of methods) {
      expect(m.AuthorizationType).toBe('NONE');
      expect(m.Integration.Type).toBe('AWS_PROXY');
      expect(JSON.stringify(m.Integration.Uri)).toContain(callback());
      expect(m.RequestValidatorId).toEqual({ Ref: expect.stringMatching(/^ApprovalsFrontDoorApiValidator/) });
    }
    // A link GET without exp or sig is refused by the stage (the "Invalid link" page), never invoking Lambda.
    expect(methods.find((m) => m.HttpMethod === 'GET').RequestParameters).toEqual({
      'method.request.path.id': true,
      'method.request.querystring.exp': true,
      'method.request.querystring.sig': true,
    });
    s.template.hasResourceProperties('AWS::ApiGateway::RequestValidator', {
      ValidateRequestBody: true,
      ValidateRequestParameters: true,
    });
  });

  it('lets API Gateway invoke the callback per method only (no test-invoke, no other function)', () => {
    const permissions = resourcesOfType(s, 'AWS::Lambda::Permission').filter(
      ([, r]) => r.Properties.Principal === 'apigateway.amazonaws.com',
    );
    expect(permissions).toHaveLength(2);
    for (const [, p] of permissions) {
      expect(p.Properties.FunctionName).toEqual({ 'Fn::GetAtt': [callback(), 'Arn'] });
      const arn = JSON.stringify(p.Properties.SourceArn);
      expect(arn).toMatch(/\/(GET|POST)\/approvals\/\*"/);
      expect(arn).not.toContain('test-invoke-stage');
    }
  });

  it('throttles the stage below what the reserved concurrency sustains', () => {
    const { ratePerSecond, burst } = FRONT_DOOR_THROTTLE;
    // In flight at most: the burst at once plus what the rate admits while one request runs.
    expect(burst + ratePerSecond * CALLBACK_BUDGETED_SECONDS).toBeLessThanOrEqual(
      CALLBACK_RESERVED_CONCURRENCY,
    );
    const [, stage] = resourcesOfType(s, 'AWS::ApiGateway::Stage')[0] ?? [];
    expect(stage?.Properties.StageName).toBe(FRONT_DOOR_STAGE);
    expect(stage?.Properties.MethodSettings).toEqual([
      {
        HttpMethod: '*',
        ResourcePath: '/*',
        ThrottlingRateLimit: ratePerSecond,
        ThrottlingBurstLimit: burst,
        LoggingLevel: 'ERROR',
        DataTraceEnabled: false,
      },
    ]);
  });

  it('logs each request to its own log group, without source address, query string or approval id', () => {
    const [, stage] = resourcesOfType(s, 'AWS::ApiGateway::Stage')[0] ?? [];
    const logs = logicalId(s, 'AWS::Logs::LogGroup', 'ApprovalsFrontDoorAccessLogs');
    expect(stage?.Properties.AccessLogSetting.DestinationArn).toEqual({ 'Fn::GetAtt': [logs, 'Arn'] });
    const format = JSON.parse(stage?.Properties.AccessLogSetting.Format) as Record<string, string>;
    expect(format).toMatchObject({ route: '$context.resourcePath', status: '$context.status' });
    for (const leak of ['sourceIp', '$context.path', 'querystring', 'requestOverride'])
      expect(JSON.stringify(format)).not.toContain(leak);
    // The region's logging role: inline, scoped to this account's log groups, kept on stack deletion.
    const [, account] = resourcesOfType(s, 'AWS::ApiGateway::Account')[0] ?? [];
    expect(account?.DeletionPolicy).toBe('Retain');
    const stageId = resourcesOfType(s, 'AWS::ApiGateway::Stage')[0]?.[0] ?? '';
    expect(s.json.Resources[stageId]?.DependsOn).toEqual(
      expect.arrayContaining([logicalId(s, 'AWS::ApiGateway::Account', 'ApprovalsFrontDoorAccount')]),
    );
  });

  it('leaves the region-wide logging role alone when told another owner sets it', () => {
    const without = synthesize({ 'handoff:setApiGatewayAccountRole': false });
    expect(resourcesOfType(without, 'AWS::ApiGateway::Account')).toEqual([]);
    expect(resourcesOfType(without, 'AWS::ApiGateway::Stage')).toHaveLength(1);
  }, 120_000);

  it.each([
    ['THROTTLED', FRONT_DOOR_PAGES.throttled, '429'],
    ['DEFAULT_5XX', FRONT_DOOR_PAGES.unavailable, '503'],
    ['MISSING_AUTHENTICATION_TOKEN', FRONT_DOOR_PAGES.notFound, '404'],
    ['DEFAULT_4XX', FRONT_DOOR_PAGES.refused, '400'],
    ['WAF_FILTERED', FRONT_DOOR_PAGES.throttled, '429'],
  ])('answers %s with the shared page as text/html, status %s', (type, page, status) => {
    const [, response] =
      resourcesOfType(s, 'AWS::ApiGateway::GatewayResponse').find(
        ([, r]) => r.Properties.ResponseType === type,
      ) ?? [];
    expect(response?.Properties).toMatchObject({
      StatusCode: status,
      ResponseTemplates: { 'text/html': page.body, 'application/json': page.body },
    });
    const headers = response?.Properties.ResponseParameters as Record<string, string>;
    expect(headers['gatewayresponse.header.content-type']).toBe("'text/html; charset=utf-8'");
    expect(headers['gatewayresponse.header.cache-control']).toBe("'no-store'");
    expect(headers['gatewayresponse.header.x-frame-options']).toBe("'DENY'");
    const retryAfter = headers['gatewayresponse.header.retry-after'];
    expect(retryAfter).toBe(
      status === '429' || status === '503' ? `'${BUSY_RETRY_AFTER_SECONDS}'` : undefined,
    );
  });

  it('refuses a page a gateway response would mangle: a "$" in the body, a quote in a header', () => {
    const page = FRONT_DOOR_PAGES.throttled;
    expect(() => gatewayResponseOf({ ...page, body: `${page.body}$context.error` })).toThrow(/\$/);
    expect(() => gatewayResponseOf({ ...page, headers: { 'x-a': "it's" } })).toThrow(/static/);
  });

  it('outputs the link base as ApprovalCallbackUrl and no other API endpoint', () => {
    const outputs = (s.template.toJSON() as { Outputs: Record<string, unknown> }).Outputs;
    expect(Object.keys(outputs).filter((k) => k.includes('Endpoint'))).toEqual([]);
    expect(JSON.stringify(outputs.ApprovalCallbackUrl)).toContain(`/${FRONT_DOOR_STAGE}"`);
  });
});
