import { ACCESS_KINDS, PLACEHOLDER_KINDS } from './helpers/bank-36-placeholders-access.ts';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Round 37 (placeholders, accessibility): staging and localhost links, date masks, TODO and template syntax
 * shown on purpose, emoji-only links, stated low contrast and uncaptioned video, as a bank of fire/quiet lines.
 */
for (const { title, rules, where, fire, quiet } of [...PLACEHOLDER_KINDS, ...ACCESS_KINDS]) {
  bank(title, rules, where ?? {}, fire, quiet);
}
