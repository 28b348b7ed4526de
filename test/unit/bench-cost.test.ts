import { CALLS, type Call, unitsOf } from '../../bench/cost.ts';

describe('the cost model’s table of calls', () => {
  it('prices a transaction at 2 write units per item plus its index writes, a read at 1 per item', () => {
    const calls: Call[] = [
      { by: 'scoring', op: 'TransactWriteItems', what: 't', items: 3, gsi: 2 },
      { by: 'scoring', op: 'UpdateItem', what: 'u', gsi: 1 },
      { by: 'scoring', op: 'PutItem', what: 'p' },
      { by: 'scoring', op: 'BatchGetItem', what: 'b', items: 3 },
      { by: 'scoring', op: 'GetItem', what: 'g' },
      { by: 'scoring', op: 'S3 GetObject', what: 's' },
      { by: 'front-door', op: 'API Gateway request', what: 'a' },
    ];
    expect(unitsOf(calls)).toEqual({
      wru: 3 * 2 + 2 + 2 + 1,
      rru: 4,
      s3Put: 0,
      s3Get: 1,
      emails: 0,
      events: 0,
      apiRequests: 1,
      dynamoRequests: 5,
    });
  });

  it('counts the writes added since the first model: stream counter, pointer history, mail claim, evidence', () => {
    const what = CALLS.withApproval.map((c) => c.what).join('\n');
    for (const write of ['streamSeq', 'POINTER#<v>', 'claimMail', 'EVIDENCE#<runId> opened']) {
      expect(what).toContain(write);
    }
    // The approver's page and decision each cross the API Gateway front door.
    expect(CALLS.withApproval.filter((c) => c.op === 'API Gateway request')).toHaveLength(2);
    expect(CALLS.duplicate.some((c) => c.what === 'Handoff Duplicate Ignored')).toBe(true);
    // Every path that hands off ends with the pointer transaction and the event.
    for (const path of [CALLS.withApproval, CALLS.autoPass]) {
      expect(path.filter((c) => c.op === 'EventBridge PutEvents').map((c) => c.what)).toEqual([
        'Handoff Handed Off',
      ]);
    }
  });
});
