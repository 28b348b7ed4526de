import { approvalPlan, approvalPlanOf, stageKind } from '#core/approval-plan';
import type { HandoffContract } from '#core/contract-schema';
import { getContract, parseContract } from '#core/contracts';

const withReminders = (): HandoffContract => {
  const c = getContract('campaign-package-to-publishing', '1.1.0');
  if (!c) throw new Error('campaign-package-to-publishing@1.1.0 is bundled');
  return structuredClone(c);
};
const problemsOf = (c: HandoffContract): string[] => {
  const r = parseContract(c);
  return r.ok ? [] : r.error;
};
const highRisk = (c: HandoffContract) => {
  const route = c.approvals.routes.find((r) => r.id === 'high-risk');
  if (!route) throw new Error('route high-risk');
  return route;
};

describe('approvalPlan', () => {
  it('waits the whole timeout in one stage when the route has no reminders (the behaviour before)', () => {
    expect(approvalPlan(86_400)).toEqual({ waits: [86_400], lastStage: 0, checkpoints: [] });
    expect(approvalPlan(86_400, { reminders: undefined, escalateTo: undefined }).lastStage).toBe(0);
  });

  it('splits the timeout at 50 % and 90 %: the waits add up to the timeout, so it still fails closed then', () => {
    const plan = approvalPlan(86_400, { reminders: [50, 90], escalateTo: 'marketing-lead' });
    expect(plan).toEqual({
      waits: [43_200, 34_560, 8_640],
      lastStage: 2,
      checkpoints: [43_200, 77_760],
      escalateTo: 'marketing-lead',
    });
    expect(plan.waits.reduce((a, b) => a + b, 0)).toBe(86_400);
  });

  it('keeps every wait a whole second of at least 1 when a short timeout rounds checkpoints together', () => {
    const plan = approvalPlan(60, { reminders: [1, 2, 3, 98, 99] });
    expect(plan.waits.every((w) => Number.isInteger(w) && w >= 1)).toBe(true);
    expect(plan.waits.reduce((a, b) => a + b, 0)).toBe(60);
    expect(plan.checkpoints).toEqual([1, 2, 3, 58, 59]);
  });

  it('says what each stage does: the request, reminders, and the escalation at the last checkpoint', () => {
    const plan = approvalPlan(100, { reminders: [50, 90], escalateTo: 'marketing-lead' });
    expect([0, 1, 2].map((s) => stageKind(plan, s))).toEqual(['request', 'reminder', 'escalation']);
    const remindOnly = approvalPlan(100, { reminders: [50, 90] });
    expect([0, 1, 2].map((s) => stageKind(remindOnly, s))).toEqual(['request', 'reminder', 'reminder']);
  });

  it('takes the plan of the route that picked the group, and none for the default group', () => {
    const c = withReminders();
    expect(approvalPlanOf(c, 'high-risk', 86_400).escalateTo).toBe('marketing-lead');
    expect(approvalPlanOf(c, 'regulated-claims', 86_400)).toMatchObject({ lastStage: 2 });
    expect(approvalPlanOf(c, 'regulated-claims', 86_400).escalateTo).toBe('marketing-lead');
    expect(approvalPlanOf(c, 'default', 86_400)).toEqual({ waits: [86_400], lastStage: 0, checkpoints: [] });
  });
});

describe('reminders and escalateTo in a contract', () => {
  it('accepts the bundled 1.1.0 contract, which reminds and escalates on every route', () => {
    expect(problemsOf(withReminders())).toEqual([]);
  });

  it('names the field and the rule when reminders do not ascend', () => {
    const c = withReminders();
    highRisk(c).reminders = [90, 50];
    expect(problemsOf(c)).toEqual([
      'approvals.routes[high-risk].reminders must be strictly ascending percentages of the timeout (1..99)',
    ]);
  });

  it('refuses a reminder outside 1..99 percent with the pointer of the value', () => {
    const c = withReminders();
    highRisk(c).reminders = [0, 100];
    const problems = problemsOf(c);
    expect(problems.some((p) => p.startsWith('/approvals/routes/1/reminders/0:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/approvals/routes/1/reminders/1:'))).toBe(true);
  });

  it('requires escalateTo to be another group the contract names, after at least one reminder', () => {
    const c = withReminders();
    highRisk(c).escalateTo = 'nobody';
    expect(problemsOf(c)).toEqual([
      "approvals.routes[high-risk].escalateTo must be an existing group (defaultGroup or a route's group)",
    ]);
    highRisk(c).escalateTo = 'brand-director';
    expect(problemsOf(c)).toEqual([
      "approvals.routes[high-risk].escalateTo must differ from the route's group",
    ]);
    highRisk(c).escalateTo = 'legal';
    delete highRisk(c).reminders;
    expect(problemsOf(c)).toEqual([
      'approvals.routes[high-risk].escalateTo needs at least one reminder: escalation happens at the last one',
    ]);
  });
});
