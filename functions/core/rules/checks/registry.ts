import { accessibilityChecks } from './accessibility.ts';
import { audienceChecks } from './audience.ts';
import { brandChecks } from './brand.ts';
import { channelLimitChecks } from './channel-limit.ts';
import { claimChecks } from './claims.ts';
import { commerceChecks } from './commerce.ts';
import { completenessChecks } from './completeness.ts';
import { consistencyChecks } from './consistency.ts';
import { contextChecks } from './context.ts';
import { disclosureChecks } from './disclosure.ts';
import { endorsementChecks } from './endorsements.ts';
import { factChecks } from './facts.ts';
import { multibuyChecks } from './multibuy.ts';
import { offerChecks } from './offer.ts';
import { pricingChecks } from './pricing.ts';
import { rankingChecks } from './ranking.ts';
import { readabilityChecks } from './readability.ts';
import { smsChecks } from './sms.ts';
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
  ...audienceChecks,
  ...smsChecks,
  ...endorsementChecks,
  ...pricingChecks,
  ...multibuyChecks,
  ...commerceChecks,
  ...accessibilityChecks,
  ...contextChecks,
  ...factChecks,
  ...offerChecks,
  ...rankingChecks,
};
