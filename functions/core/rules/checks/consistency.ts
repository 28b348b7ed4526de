import { lowerOf } from '../view.ts';
import type { CheckFamily } from './types.ts';

/** Consistency: dates, claim references, the CTA, KPI directions, channels the contract allows. */
export const consistencyChecks = {
  'date-order': {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const d = view.pkg.deadlines;
      const due = d.handoffDue;
      if (p.field === 'launch' && p.relation === 'before-handoff' && d.launch < due) {
        out.add(cc.rule, sev, '/deadlines/launch', null, { value: d.launch, limit: due }, d.launch);
      } else if (
        p.field === 'reviewBy' &&
        p.relation === 'after-handoff' &&
        d.reviewBy !== undefined &&
        d.reviewBy > due
      ) {
        out.add(cc.rule, sev, '/deadlines/reviewBy', null, { value: d.reviewBy, limit: due }, d.reviewBy);
      } else if (p.field === 'submittedAt' && p.relation === 'after-handoff') {
        const at = view.pkg.submittedAt;
        // The due day ends at 24:00 UTC: submitted on the due day is on time.
        if (at.slice(0, 10) > due) out.add(cc.rule, sev, '/submittedAt', null, { value: at, limit: due }, at);
      }
    },
  },

  'claim-refs': {
    run(cc, sev, { view, out }) {
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        for (let j = 0; j < plan.deliverables.length; j++) {
          const refs = (plan.deliverables[j] as (typeof plan.deliverables)[number]).claimRefs ?? [];
          for (let k = 0; k < refs.length; k++) {
            const ref = refs[k] as string;
            if (!view.claimIds.has(ref)) {
              out.add(
                cc.rule,
                sev,
                `/channels/${i}/deliverables/${j}/claimRefs/${k}`,
                null,
                { value: ref },
                ref,
              );
            }
          }
        }
      }
    },
  },

  'cta-in-copy': {
    run(cc, sev, { view, out }) {
      const cta = view.pkg.cta.text.trim().toLowerCase();
      if (view.copySites.some((s) => lowerOf(s).includes(cta))) return;
      out.add(cc.rule, sev, '/cta/text', null, { value: view.pkg.cta.text }, view.pkg.cta.text);
    },
  },

  'kpi-direction': {
    run(cc, sev, { view, out }) {
      const kpis = view.pkg.objective.kpis;
      for (let i = 0; i < kpis.length; i++) {
        const k = kpis[i] as (typeof kpis)[number];
        const better = k.direction === 'increase' ? k.target > k.baseline : k.target < k.baseline;
        if (!better) {
          out.add(
            cc.rule,
            sev,
            `/objective/kpis/${i}/target`,
            null,
            { value: k.name, direction: k.direction },
            k.name,
          );
        }
      }
    },
  },

  'channel-allowed': {
    run(cc, sev, { view, contract, out }) {
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const ch = (plans[i] as (typeof plans)[number]).channel;
        if (!contract.allowedChannels.includes(ch)) {
          out.add(cc.rule, sev, `/channels/${i}/channel`, null, { value: ch }, ch);
        }
      }
    },
  },
} satisfies CheckFamily;
