import { brandChecks } from './brand.ts';
import { channelLimitChecks } from './channel-limit.ts';
import { claimChecks } from './claims.ts';
import { completenessChecks } from './completeness.ts';
import { consistencyChecks } from './consistency.ts';
import { disclosureChecks } from './disclosure.ts';
import { readabilityChecks } from './readability.ts';
import type { CheckTable } from './types.ts';

/**
 * Every built-in check by name, the engine's dispatch table. A new check family is a file in this folder
 * plus one line here (and its parameter schema in rulebook.ts's `checkParamSchemas`); the type below
 * fails to compile while a check named there has no implementation.
 */
export const CHECKS: CheckTable = {
  ...claimChecks,
  ...disclosureChecks,
  ...channelLimitChecks,
  ...readabilityChecks,
  ...consistencyChecks,
  ...brandChecks,
  ...completenessChecks,
};
