// Public API of the pure core. Other modules append their exports below; keep one line per module.

export * from './artifact-schema.ts';
export * from './artifact-types.ts';
export * from './canonical.ts';
export * from './contract-diff.ts';
export * from './contract-schema.ts';
export * from './contracts.ts';
export * from './errors.ts';
export * from './identity.ts';
export * from './package-schema.ts';
export * from './report.ts';
export {
  bundledRulebooks,
  explainRule,
  getRulebook,
  listRules,
  type Rulebook,
  RulebookInvalidError,
  RulebookNotFoundError,
  type RuleData,
  type RuleInfo,
  rulebookSchema,
} from './rulebook.ts';
export { DIMENSION_OF_FAMILY, REGULATED_CATEGORIES, scorePackage } from './score.ts';
export * from './validate.ts';
