import {
  alarmCheck,
  approverAddresses,
  callbackCheck,
  flagCheck,
  sandboxCheck,
  senderCheck,
} from '../../functions/cli/commands/doctor-checks.ts';

/**
 * `handoff doctor`'s verdicts on what only AWS can show (identity status, SNS subscriptions): the probes
 * are faked here; test/integration/ops-submit.test.ts runs the command against the emulators.
 */

describe('handoff doctor checks', () => {
  it('fails an unverified sender and says how to verify it', () => {
    expect(senderCheck('handoffs@example.com', 'pending')).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('create-email-identity --email-identity handoffs@example.com'),
    });
    expect(senderCheck('handoffs@example.com', 'verified').status).toBe('ok');
  });

  it('names the approvers the sandbox will reject, and passes with production access', () => {
    const approvers = [
      { group: 'legal', address: 'legal@example.com', status: 'missing' as const },
      { group: 'legal', address: 'ok@example.com', status: 'verified' as const },
    ];
    const sandboxed = sandboxCheck({ productionAccess: false, sendingEnabled: true }, approvers);
    expect(sandboxed.status).toBe('fail');
    expect(sandboxed.detail).toContain('legal@example.com (legal)');
    expect(sandboxed.detail).not.toContain('ok@example.com');
    expect(sandboxCheck({ productionAccess: true, sendingEnabled: true }, approvers).status).toBe('ok');
  });

  it('reads approver addresses only for groups the active contracts route to', () => {
    const groups = JSON.stringify({ legal: ['l@example.com'], unused: ['u@example.com'] });
    expect(approverAddresses(groups)).toEqual([{ group: 'legal', address: 'l@example.com' }]);
    expect(approverAddresses('not json')).toEqual([]);
  });

  it('warns on a flag not set yet or off, and is ok on shadow', () => {
    expect(flagCheck('f', undefined)).toMatchObject({
      status: 'warn',
      fix: expect.stringContaining('flags set'),
    });
    expect(flagCheck('f', { flag: 'f', state: 'off', percentage: 100 }).status).toBe('warn');
    expect(flagCheck('f', { flag: 'f', state: 'shadow', percentage: 25 })).toMatchObject({
      status: 'ok',
      detail: 'flag is shadow for 25%',
    });
  });

  it('warns on an alarm subscription pending confirmation', () => {
    const arn = 'arn:aws:sns:eu-west-1:1:alarms';
    const pending = alarmCheck(arn, [{ protocol: 'email', endpoint: 'ops@example.com', pending: true }]);
    expect(pending).toMatchObject({ status: 'warn', detail: expect.stringContaining('ops@example.com') });
    expect(alarmCheck(arn, [{ protocol: 'email', endpoint: 'o@example.com', pending: false }]).status).toBe(
      'ok',
    );
    expect(alarmCheck(arn, [{ protocol: 'lambda', endpoint: 'arn:fn', pending: false }]).status).toBe('warn');
  });

  it('fails a callback URL that does not answer; any HTTP answer is ok', () => {
    expect(
      callbackCheck('https://x.execute-api.eu-west-1.amazonaws.com/prod', new Error('ENOTFOUND')).status,
    ).toBe('fail');
    expect(callbackCheck('https://x.execute-api.eu-west-1.amazonaws.com/prod', 404).status).toBe('ok');
  });
});
