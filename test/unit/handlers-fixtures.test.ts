import {
  executionInputFromEvent,
  executionStatusChangeEventSchema,
  handoffSubmittedEventSchema,
  restApiRequestSchema,
  s3ObjectCreatedEventSchema,
} from '#shared/event-schemas';
import { listEventFixtures, loadEvent } from '../support/aws-fixtures.ts';

const schemaFor = (path: string) =>
  path.startsWith('s3/')
    ? s3ObjectCreatedEventSchema
    : path.startsWith('eventbridge/')
      ? handoffSubmittedEventSchema
      : path.startsWith('step-functions/')
        ? executionStatusChangeEventSchema
        : restApiRequestSchema;

describe('AWS event fixtures', () => {
  const fixtures = listEventFixtures();

  it('cover every source the handlers receive', () => {
    expect(fixtures.some((f) => f.startsWith('s3/'))).toBe(true);
    expect(fixtures.some((f) => f.startsWith('eventbridge/'))).toBe(true);
    expect(fixtures.some((f) => f.startsWith('step-functions/'))).toBe(true);
    expect(fixtures.filter((f) => f.startsWith('api-gateway/')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('%s parses with its source schema (invalid fixtures are refused)', (path) => {
    const result = schemaFor(path).safeParse(loadEvent(path));
    expect(result.success).toBe(!path.includes('missing'));
  });

  it('maps an S3 Object Created event under incoming/ to an s3-triggered execution input, version included', () => {
    expect(executionInputFromEvent(loadEvent('s3/object-created.json'))).toEqual({
      trigger: 's3',
      packageRef: {
        bucket: 'handoff-contracting-packages-123456789012',
        key: 'incoming/spring-launch/brief-2026-11-02.json',
        versionId: 'IYV3p45BT0ac8hjHg1houSdS1a.Mf8Vv',
      },
    });
  });

  it('passes an encoded key through untouched (intake resolves the decoded key)', () => {
    const input = executionInputFromEvent(loadEvent('s3/object-created-url-encoded-key.json'));
    expect(input?.packageRef).toMatchObject({ key: 'incoming/spring%20launch/brief%2Bfinal.yaml' });
  });

  it('starts nothing for an object outside incoming/ (e.g. the packages/ copy)', () => {
    const event = loadEvent<{ detail: { object: { key: string } } }>('s3/object-created.json');
    event.detail.object.key = 'packages/abc.json';
    expect(executionInputFromEvent(event)).toBeUndefined();
  });

  it('maps a Handoff Submitted event to an event-triggered execution input; one naming no package to a rejection', () => {
    expect(executionInputFromEvent(loadEvent('eventbridge/handoff-submitted.json'))?.trigger).toBe('event');
    const missing = loadEvent<{ detail: unknown }>('eventbridge/handoff-submitted-missing-ref.json');
    expect(executionInputFromEvent(missing)).toEqual({
      trigger: 'event',
      packageRef: { unusable: missing.detail },
    });
    // Another stack's bucket, or a key outside incoming/: not this stack's package either.
    const event = loadEvent('eventbridge/handoff-submitted.json');
    expect(executionInputFromEvent(event, 'incoming/', 'my-bucket')?.packageRef).toHaveProperty('unusable');
  });

  it('passes no version for an unversioned bucket (the latest object is read)', () => {
    const event = loadEvent<{ detail: { object: Record<string, unknown> } }>('s3/object-created.json');
    delete event.detail.object['version-id'];
    expect(executionInputFromEvent(event)?.packageRef).toMatchObject({ versionId: null });
  });

  it('carries POST bodies as form text, as a REST API without binary media types delivers them', () => {
    const post = loadEvent<{ body: string; isBase64Encoded: boolean; requestContext: { path: string } }>(
      'api-gateway/approval-post-reject.json',
    );
    expect(post.isBase64Encoded).toBe(false);
    const form = new URLSearchParams(post.body);
    expect(form.get('decision')).toBe('reject');
    expect(form.get('reason')).toBe('Claim "40% faster" needs the 2026 study attached');
    // The browser's path keeps the stage; `path` is the route the callback matches.
    expect(post.requestContext.path).toMatch(/^\/prod\/approvals\//);
  });
});
