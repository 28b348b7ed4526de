import type { EarlyEnd, RunsPort } from '#app/ports';
import { call } from './aws.ts';
import { type RunsDb, strip } from './runs-keys.ts';

/**
 * The early end of a run that has no run record (intake never did its work), beside where its record would
 * be (`RUN#<runId>`, sort key `EARLY-END`): UpdateItem only, so the rollback's grant on RUN# covers it.
 */
const earlyEndKey = (runId: string) => ({ pk: `RUN#${runId}`, sk: 'EARLY-END' });

interface StoredEarlyEnd extends Omit<EarlyEnd, 'detail'> {
  detailJson: string;
}

/**
 * Stores `end` unless one is there (each field only if absent), and returns what is stored: one write. The
 * detail is kept as JSON text: an unusable submission's detail is the submitter's, and a number DynamoDB
 * cannot hold or nesting deeper than 32 levels would otherwise fail the write and leave the end untold.
 */
async function keepEarlyEnd(db: RunsDb, runId: string, end: Omit<EarlyEnd, 'told'>) {
  const out = await call('DynamoDB UpdateItem early end', async () =>
    (await db.client()).update({
      TableName: db.table(),
      Key: earlyEndKey(runId),
      UpdateExpression:
        'SET detailType = if_not_exists(detailType, :t), detailJson = if_not_exists(detailJson, :d), ' +
        'told = if_not_exists(told, :f), expiresAt = if_not_exists(expiresAt, :x)',
      ExpressionAttributeValues: {
        ':t': end.detailType,
        ':d': JSON.stringify(end.detail),
        ':f': false,
        ':x': end.expiresAt,
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const { detailJson, ...stored } = strip<StoredEarlyEnd>(out.Attributes) as StoredEarlyEnd;
  return { ...stored, detail: JSON.parse(detailJson) as Record<string, unknown> };
}

async function markEarlyEndTold(db: RunsDb, runId: string) {
  await call('DynamoDB UpdateItem early end told', async () =>
    (await db.client()).update({
      TableName: db.table(),
      Key: earlyEndKey(runId),
      UpdateExpression: 'SET told = :t',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':t': true },
    }),
  );
}

export const earlyEndOps = (db: RunsDb): Pick<RunsPort, 'keepEarlyEnd' | 'markEarlyEndTold'> => ({
  keepEarlyEnd: (runId, end) => keepEarlyEnd(db, runId, end),
  markEarlyEndTold: (runId) => markEarlyEndTold(db, runId),
});
