import type { Ports } from '#app/ports';
import { approverGroupsFromEnv } from '#core/approval';
import { artifacts } from './artifacts.ts';
import { blobs } from './blobs.ts';
import { systemClock } from './clock.ts';
import { optionalEnv, requireEnv } from './env.ts';
import { events } from './events.ts';
import { dynamoFlagAdmin } from './flag-admin.ts';
import { flags } from './flags.ts';
import { mailer } from './mailer.ts';
import { dynamoOpsStore } from './ops-store.ts';
import { runs } from './runs.ts';
import { signingKey } from './signing-key.ts';
import { workflow } from './workflow.ts';

/**
 * The ports on AWS, for a handler module to build once per container. Each port is the adapter's lazy
 * per-container singleton, looked up on use: configuration is read on first use, and the tests' and the
 * local runtime's `reset()` of a singleton (new endpoints, new tables) reaches the handlers.
 */
export function awsPorts(): Ports {
  return {
    get artifacts() {
      return artifacts.get();
    },
    get runs() {
      return runs.get();
    },
    get blobs() {
      return blobs.get();
    },
    get events() {
      return events.get();
    },
    get mailer() {
      return mailer.get();
    },
    get flags() {
      return flags.get();
    },
    get flagAdmin() {
      return dynamoFlagAdmin();
    },
    get store() {
      return dynamoOpsStore();
    },
    get workflow() {
      return workflow.get();
    },
    get signingKey() {
      return signingKey.get();
    },
    approvalSettings: {
      baseUrl: () => requireEnv('APPROVAL_BASE_URL'),
      groups: () => approverGroupsFromEnv(optionalEnv('APPROVER_GROUPS')),
    },
    clock: () => systemClock.now(),
  };
}
