import type { RunsPort } from '#app/ports';
import type { ClientSource } from './aws.ts';
import type { DocumentDb } from './dynamo.ts';

/** Keys and plumbing shared by the runs port's modules (runs.ts, runs-approval.ts). */

export const runKey = (runId: string) => ({ pk: `RUN#${runId}`, sk: 'RUN' });
export const approvalKey = (approvalId: string) => ({ pk: `APPROVAL#${approvalId}`, sk: 'APPROVAL' });

export function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, runDay: _day, ...rest } = item;
  return rest as T;
}

/**
 * Where the port's operations read and write: the runs table and its client, both resolved per call. An
 * operation built on another one calls it through `port`, the assembled port, as the port's callers do.
 */
export interface RunsDb {
  table: () => string;
  client: ClientSource<DocumentDb>;
  port: RunsPort;
}
