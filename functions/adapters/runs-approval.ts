import type { RunsPort } from '#app/ports';
import type { ApprovalEvidence } from '#core/approval-evidence';
import { call, dependencyError, errorName } from './aws.ts';
import { allItems } from './dynamo.ts';
import { approvalKey, type RunsDb, strip } from './runs-keys.ts';

/**
 * The runs port's approval side-records: the evidence an approval page keeps for its run, and the
 * per-approver mail claim on an approval (so a retried router mails nobody twice).
 */

/**
 * Evidence has a partition of its own per run (`EVIDENCE#<runId>`), sorted by time: one Query lists a run's
 * evidence in order, and the public callback's PutItem grant covers these items and never a run record.
 */
const evidencePk = (runId: string) => `EVIDENCE#${runId}`;
const evidenceKey = (e: ApprovalEvidence) => ({
  pk: evidencePk(e.runId),
  sk: `${e.at}#${e.event}#${e.approvalId}#${e.clientHash.slice(0, 8)}`,
});

/** Put once: a retried request keeps the entry it already wrote. */
async function putEvidence(db: RunsDb, entry: ApprovalEvidence) {
  try {
    await call('DynamoDB PutItem approval evidence', async () =>
      (await db.client()).put({
        TableName: db.table(),
        Item: { ...evidenceKey(entry), ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    // The same entry again (a retried request): it is already kept.
    if (errorName(error) !== 'ConditionalCheckFailedException') throw error;
  }
}

async function listEvidence(db: RunsDb, runId: string) {
  const items = await allItems(async (startKey) =>
    call('DynamoDB Query approval evidence', async () =>
      (await db.client()).query({
        TableName: db.table(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': evidencePk(runId) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    ),
  );
  return items.map((item) => strip<ApprovalEvidence>(item) as ApprovalEvidence);
}

export const evidenceOps = (db: RunsDb): Pick<RunsPort, 'putEvidence' | 'listEvidence'> => ({
  putEvidence: (entry) => putEvidence(db, entry),
  listEvidence: (runId) => listEvidence(db, runId),
});

/** One conditional update of an approval; false when its condition does not hold. */
async function updateApproval(
  db: RunsDb,
  approvalId: string,
  update: { expression: string; condition: string; values: Record<string, unknown> },
): Promise<boolean> {
  try {
    await (await db.client()).update({
      TableName: db.table(),
      Key: approvalKey(approvalId),
      UpdateExpression: update.expression,
      ConditionExpression: `attribute_exists(pk) AND ${update.condition}`,
      ...(update.condition.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ExpressionAttributeValues: update.values,
    });
    return true;
  } catch (error) {
    if (errorName(error) === 'ConditionalCheckFailedException') return false;
    throw dependencyError('DynamoDB UpdateItem approval', error);
  }
}

/** The update that puts a reminder claim's fields back as they were: set the known ones, remove the rest. */
function restoreReminder(previous: { mailedStage?: number | undefined; remindedAt?: string | undefined }) {
  const set: string[] = [];
  const remove: string[] = [];
  const values: Record<string, unknown> = {};
  if (previous.mailedStage === undefined) remove.push('mailedStage');
  else {
    set.push('mailedStage = :previousStage');
    values[':previousStage'] = previous.mailedStage;
  }
  if (previous.remindedAt === undefined) remove.push('remindedAt');
  else {
    set.push('remindedAt = :previousAt');
    values[':previousAt'] = previous.remindedAt;
  }
  const expression = [
    set.length ? `SET ${set.join(', ')}` : '',
    remove.length ? `REMOVE ${remove.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { expression, values };
}

export const mailUpdates = (db: RunsDb): Pick<RunsPort, 'claimMail' | 'releaseMail' | 'rebindApproval'> => ({
  claimMail: (approvalId, at, stage = 0) =>
    stage === 0
      ? updateApproval(db, approvalId, {
          expression: 'SET mailedAt = :at',
          condition: 'attribute_not_exists(mailedAt) AND #status = :pending',
          values: { ':at': at, ':pending': 'pending' },
        })
      : // A reminder stage: once per stage, only after the first mail, only while nobody decided this link.
        updateApproval(db, approvalId, {
          expression: 'SET mailedStage = :stage, remindedAt = :at',
          condition:
            'attribute_exists(mailedAt) AND #status = :pending AND (attribute_not_exists(mailedStage) OR mailedStage < :stage)',
          values: { ':at': at, ':stage': stage, ':pending': 'pending' },
        }),
  releaseMail: async (approvalId, at, stage = 0, previous = {}) => {
    if (stage === 0) {
      await updateApproval(db, approvalId, {
        expression: 'REMOVE mailedAt',
        condition: 'mailedAt = :at',
        values: { ':at': at },
      });
      return;
    }
    // Only its own claim (its `at` and stage), back to what the record had before it.
    const { expression, values } = restoreReminder(previous);
    await updateApproval(db, approvalId, {
      expression,
      condition: 'remindedAt = :at AND mailedStage = :stage',
      values: { ...values, ':at': at, ':stage': stage },
    });
  },
  rebindApproval: (approvalId, taskToken, executionId) =>
    updateApproval(db, approvalId, {
      expression: 'SET taskToken = :token, executionId = :execution',
      condition: '#status = :pending',
      values: { ':token': taskToken, ':execution': executionId, ':pending': 'pending' },
    }),
});
