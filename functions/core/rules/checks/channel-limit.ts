import { codePointIndex, codePointLength, smsSegments } from '../text.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/** Channel limits: copy length in code points, SMS segments. */
export const channelLimitChecks = {
  length: {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || s.kind === null || !p.kinds.includes(s.kind)) continue;
        if (s.text.length <= p.max) continue; // code points ≤ UTF-16 units: cannot exceed
        const n = codePointLength(s.text);
        if (n <= p.max) continue;
        const start = codePointIndex(s.text, p.max);
        out.add(
          cc.rule,
          sev,
          s.pointer,
          [start, s.text.length],
          { value: n, limit: p.max },
          s.text.slice(start),
        );
      }
    },
  },

  'sms-segments': {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      for (const s of view.copySites) {
        // ≤ 70 UTF-16 units is one segment in either encoding.
        if (s.text.length <= 70 || !applies(cc.channels, s.channel)) continue;
        const seg = smsSegments(s.text);
        if (seg.segments < p.minSegments || (p.maxSegments !== undefined && seg.segments > p.maxSegments))
          continue;
        const start = seg.singleSegmentEnd;
        out.add(
          cc.rule,
          sev,
          s.pointer,
          [start, s.text.length],
          { value: seg.segments, encoding: seg.encoding },
          s.text.slice(start),
        );
      }
    },
  },
} satisfies CheckFamily;
