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
  /**
   * claimAndCreateRun (Put DEDUPE + Put RUN, Get DEDUPE on a lost claim), putRun, and the stream's
   * submission counter (Update STREAM#<id>/SEQ) that orders its revisions.
   */
  intake: { actions: ['GetItem', 'PutItem', 'UpdateItem'], leadingKeys: ['RUN#', 'DEDUPE#', 'STREAM#'] },
  /** countAttempt / updateRun, and the run's Update inside the artifact's transaction. */
  scoring: { actions: ['UpdateItem'], leadingKeys: ['RUN#'] },
  /** beginAttempt / updateRun; DeleteItem releases the run's own dedupe claim after a technical failure. */
  finish: { actions: ['GetItem', 'UpdateItem', 'DeleteItem'], leadingKeys: ['RUN#', 'DEDUPE#'] },
  /**
   * beginAttempt, approval records (Put), their mail claim and rebinding (Update), the run's approval ids;
   * the mail reads the live artifact's run for its package (GetItem RUN#).
   */
  router: { actions: ['GetItem', 'PutItem', 'UpdateItem'], leadingKeys: ['RUN#', 'APPROVAL#'] },
  /**
   * The public callback: approvals and their request's DECISION guard (read, consume, release); of runs,
   * the package reference the page shows (GetItem) and a rejection's record (UpdateItem); approval evidence
   * in its own partitions (PutItem of EVIDENCE#<runId> items, put once). No DEDUPE#, no Query, no Scan.
   */
  callback: [
    {
      actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem'],
      leadingKeys: ['APPROVAL#'],
    },
    { actions: ['GetItem', 'UpdateItem'], leadingKeys: ['RUN#'] },
    { actions: ['PutItem'], leadingKeys: ['EVIDENCE#'] },
  ],
} satisfies Record<string, TableGrant | TableGrant[]>;
