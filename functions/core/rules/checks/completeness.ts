import { isEmptyValue, pointerOf, valueAt } from '../../json-pointer.ts';
import type { CheckFamily } from './types.ts';

/** Completeness: the contract's required fields, lists that must not be empty. */
export const completenessChecks = {
  'required-fields': {
    run(cc, sev, { view, contract, out }) {
      for (const pointer of contract.requiredFields) {
        if (isEmptyValue(valueAt(view.pkg, pointer))) {
          out.add(cc.rule, sev, pointer, null, { value: pointer }, undefined);
        }
      }
    },
  },

  'non-empty': {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      if (p.field === 'story.proofPoints' && view.pkg.story.proofPoints.length === 0) {
        out.add(cc.rule, sev, '/story/proofPoints', null, {}, undefined);
      } else if (p.field === 'audience.segments' && (view.pkg.audience.segments ?? []).length === 0) {
        out.add(cc.rule, sev, pointerOf('audience', 'segments'), null, {}, undefined);
      }
    },
  },
} satisfies CheckFamily;
