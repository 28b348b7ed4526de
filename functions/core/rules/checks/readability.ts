import { readability } from '../text.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/** Readability: Flesch reading ease of long-form copy (computed once per text, shared by the rules). */
export const readabilityChecks = {
  readability: {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || s.kind === null || !p.kinds.includes(s.kind)) continue;
        let r = view.readabilityCache.get(s);
        if (r === undefined) {
          r = readability(s.text);
          view.readabilityCache.set(s, r);
        }
        if (r.words < p.minWords || r.score >= p.below) continue;
        if (p.atLeast !== undefined && r.score < p.atLeast) continue;
        out.add(cc.rule, sev, s.pointer, null, { value: r.score, limit: p.below }, undefined);
      }
    },
  },
} satisfies CheckFamily;
