import type { FlagAdminPort } from '#app/ports';
import { digestOf } from '#core/canonical';
import type { FlagAuditEntry } from '#core/flag-change';
import { ConcurrentUpdateError } from '#shared/errors';
import { type ClientSource, call, cancellationCodes, dependencyError, errorName } from './aws.ts';
import { allItems, type DocumentDb, documentClient } from './dynamo.ts';
import { requireEnv } from './env.ts';
import { dynamoFlags, forgetCachedFlags } from './flags.ts';

/**
 * Operator access to the flags table: read the flag, change it together with its audit entry in one
 * TransactWriteItems, list the audit trail.
 *
 * Key design (the table has only the partition key `flag`): the flag record stays at `flag=<name>` (what
 * intake reads); each audit entry is its own item at `flag=<name>#audit#<ISO instant>#<8 hex of the
 * entry's digest>`, with `auditOf=<name>`. Entries are never updated or deleted. The trail is read with a
 * Scan filtered on that prefix: the table holds one record per flag plus its changes (a few per week), so
 * a Scan stays a single small page for years; no index is needed.
 *
 * The record write is conditional on the record as read (state, percentage, updatedAt), so two operators
 * (or an operator and the auto-fallback) cannot both believe they changed "from" the same state.
 */

export const auditPrefix = (flag: string) => `${flag}#audit#`;
export const auditKey = (entry: FlagAuditEntry) =>
  `${auditPrefix(entry.flag)}${entry.at}#${digestOf(entry).slice(0, 8)}`;

interface FlagsDb {
  table: () => string;
  client: ClientSource<DocumentDb>;
}

type FlagRecord = Parameters<FlagAdminPort['apply']>[1];

/** The condition that the record is still as read (`expected`), or still absent. */
function unchangedSince(expected: Parameters<FlagAdminPort['apply']>[0]) {
  const names: Record<string, string> = { '#flag': 'flag' };
  const values: Record<string, unknown> = {};
  if (!expected) return { condition: 'attribute_not_exists(#flag)', names, values };
  names['#state'] = 'state';
  names['#pct'] = 'percentage';
  names['#at'] = 'updatedAt';
  values[':state'] = expected.state;
  values[':pct'] = expected.percentage;
  let condition = 'attribute_exists(#flag) AND #state = :state AND #pct = :pct';
  if (expected.updatedAt) {
    values[':at'] = expected.updatedAt;
    condition += ' AND #at = :at';
  } else {
    condition += ' AND attribute_not_exists(#at)';
  }
  return { condition, names, values };
}

const apply =
  (db: FlagsDb): FlagAdminPort['apply'] =>
  async (expected, record, audit) => {
    const { condition, names, values } = unchangedSince(expected);
    const { flag: auditOf, ...entry } = audit;
    try {
      await (await db.client()).transactWrite({
        TransactItems: [
          {
            Put: {
              TableName: db.table(),
              Item: { ...record },
              ConditionExpression: condition,
              ExpressionAttributeNames: names,
              ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
            },
          },
          {
            Put: {
              TableName: db.table(),
              Item: { flag: auditKey(audit), auditOf, ...entry },
              ConditionExpression: 'attribute_not_exists(#flag)',
              ExpressionAttributeNames: { '#flag': 'flag' },
            },
          },
        ],
      });
    } catch (error) {
      throw applyFailed(error, record);
    }
    forgetCachedFlags();
  };

function applyFailed(error: unknown, record: FlagRecord): Error {
  if (
    errorName(error) === 'TransactionCanceledException' &&
    cancellationCodes(error).includes('ConditionalCheckFailed')
  ) {
    return new ConcurrentUpdateError(
      `flag ${record.flag} changed since it was read; read it again and retry`,
      {
        cause: error,
      },
    );
  }
  return dependencyError('DynamoDB TransactWriteItems flag change', error);
}

async function auditTrail(db: FlagsDb, flag: string): Promise<FlagAuditEntry[]> {
  const items = await allItems(async (startKey) =>
    call('DynamoDB Scan flag audit', async () =>
      (await db.client()).scan({
        TableName: db.table(),
        FilterExpression: 'begins_with(#flag, :prefix)',
        ExpressionAttributeNames: { '#flag': 'flag' },
        ExpressionAttributeValues: { ':prefix': auditPrefix(flag) },
        ExclusiveStartKey: startKey,
      }),
    ),
  );
  const found = items.map(({ flag: key, auditOf, ...rest }) => ({
    key: String(key),
    entry: { ...(rest as Omit<FlagAuditEntry, 'flag'>), flag: String(auditOf) },
  }));
  // The key starts with the ISO instant: key order is time order.
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((f) => f.entry);
}

export function dynamoFlagAdmin(
  table: () => string = () => requireEnv('FLAGS_TABLE'),
  client: ClientSource<DocumentDb> = documentClient.get,
): FlagAdminPort {
  const flags = dynamoFlags(table, client);
  const db: FlagsDb = { table, client };
  return {
    get: (flag) => flags.getFlag(flag),
    apply: apply(db),
    audit: (flag) => auditTrail(db, flag),
  };
}
