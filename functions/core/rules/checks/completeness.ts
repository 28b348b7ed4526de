import { missingFields } from '../../contract-requirements.ts';
import { pointerOf } from '../../json-pointer.ts';
import type { CheckFamily } from './types.ts';

/** Completeness: the contract's required fields (conditional ones included), lists that must not be empty. */
export const completenessChecks = {
  'required-fields': {
    run(cc, sev, { view, contract, out }) {
      for (const m of missingFields(view.pkg, contract)) {
        // The reason a conditional field applies, as intake gives it (validate-value.ts).
        const because = m.because === null ? '' : `: it is required because ${m.because}`;
        out.add(cc.rule, sev, m.pointer, null, { value: m.pointer, because }, undefined);
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
