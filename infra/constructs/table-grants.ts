import type { TableGrant } from './functions.ts';

/**
 * What each workflow function may do on each table: the actions its adapters call (an item written inside
 * TransactWriteItems needs that item's own action) and, on the runs table (runs, dedupe claims and approvals
 * side by side), the partition-key prefixes of its own item types. No workflow role may Scan.
 */
export const ARTIFACTS_GRANTS = {
  /** getStreamView (BatchGetItem / GetItem), createArtifact (Put artifact + Update SEQ in one transaction). */
  scoring: { actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem'] },
  /** getArtifact, getPointer, setStatus, writePointer (Put / Update of the pointer with the status). */
  finish: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
} satisfies Record<string, TableGrant>;

export const RUNS_GRANTS = {
  /** claimAndCreateRun (Put DEDUPE + Put RUN, Get DEDUPE on a lost claim) and putRun. */
  intake: { actions: ['GetItem', 'PutItem'], leadingKeys: ['RUN#', 'DEDUPE#'] },
  /** countAttempt / updateRun, and the run's Update inside the artifact's transaction. */
  scoring: { actions: ['UpdateItem'], leadingKeys: ['RUN#'] },
  /** beginAttempt / updateRun; DeleteItem releases the run's own dedupe claim after a technical failure. */
  finish: { actions: ['GetItem', 'UpdateItem', 'DeleteItem'], leadingKeys: ['RUN#', 'DEDUPE#'] },
  /** beginAttempt, approval records (Put), their mail claim and rebinding (Update), the run's approval ids. */
  router: { actions: ['GetItem', 'PutItem', 'UpdateItem'], leadingKeys: ['RUN#', 'APPROVAL#'] },
  /**
   * The public callback: approvals and their request's DECISION guard (read, consume, release), and only
   * an UpdateItem of a run (a rejection's record). No RUN# read, no DEDUPE#, no Scan.
   */
  callback: [
    {
      actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
      leadingKeys: ['APPROVAL#'],
    },
    { actions: ['UpdateItem'], leadingKeys: ['RUN#'] },
  ],
} satisfies Record<string, TableGrant | TableGrant[]>;
