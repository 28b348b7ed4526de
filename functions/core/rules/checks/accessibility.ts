import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Accessibility (WCAG 2.2 SC 1.1.1 Non-text Content): an image that carries information needs a text
 * alternative that says what it shows, not a file name, a hashtag or the word "image".
 */

const FILE_NAME = /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|svg|heic|tiff?|bmp)$/iu;
const CAMERA_NAME = /^(?:DSC|IMG|DCIM|PXL|GOPR)[_-]?\d+/iu;
const HASHTAGS_ONLY = /^(?:\s*#[\p{L}\p{N}_]+)+\s*$/u;

export function altTextProblem(
  alt: string,
  generic: RegExp,
  ownNames: readonly string[] = [],
): string | null {
  const t = alt.trim();
  if (t === '') return 'empty';
  if (FILE_NAME.test(t) || CAMERA_NAME.test(t)) return 'a file name';
  if (HASHTAGS_ONLY.test(t)) return 'only a hashtag';
  if (generic.test(t)) return 'a generic word';
  // "Pinecrest" for a banner of Pinecrest Boots' offer names the sender, not what the image shows.
  const bare = t.toLowerCase().replace(/[.!]$/u, '');
  if (bare.length >= 3 && ownNames.some((n) => n === bare || n.startsWith(`${bare} `)))
    return 'only the brand name';
  return null;
}

export const accessibilityChecks = {
  'alt-text': {
    compile: (p) => ({ re: () => new RegExp(`^(?:${p.generic})[.!]?$`, 'iu') }),
    run(cc, sev, { view, out }) {
      const generic = cc.re as RegExp;
      const own = view.ownLower.split('\n').filter((n) => n !== '');
      for (const s of view.copySites) {
        if (s.kind !== 'alt-text' || !applies(cc.channels, s.channel)) continue;
        const problem = altTextProblem(s.text, generic, own);
        if (problem !== null)
          out.add(cc.rule, sev, s.pointer, null, { match: s.text, value: problem }, s.text);
      }
    },
  },

  'image-without-alt': {
    compile: (p) => ({ re: () => new RegExp(p.reference, 'iu') }),
    run(cc, sev, { view, out }) {
      const reference = cc.re as RegExp;
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (!applies(cc.channels, plan.channel)) continue;
        if (plan.deliverables.some((d) => d.kind === 'alt-text' && d.copy.trim() !== '')) continue;
        plan.deliverables.forEach((d, j) => {
          const m = reference.exec(d.copy);
          if (m === null) return;
          const span: [number, number] = [m.index, m.index + m[0].length];
          out.add(cc.rule, sev, `/channels/${i}/deliverables/${j}/copy`, span, { match: m[0] }, m[0]);
        });
      }
    },
  },
} satisfies CheckFamily;
