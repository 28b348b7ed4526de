import type { HandoffPackage } from '../../package-schema.ts';
import { applies, lowerOf, type PackageView } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Children, alcohol and gambling: copy that is fine for adults is prohibited when it reaches minors or
 * appeals to them (COPPA/CARU, CAP 5, 18 and 16, TTB/DISCUS, UKGC). Audience facts are text in
 * `audience.primary` and `audience.segments` ("children aged 6-11", "45% aged 13-20"); the product is
 * known from the package text (an alcohol or gambling context), not from the one sentence at hand.
 */

/** The audience description, one string. */
export function audienceText(pkg: HandoffPackage): string {
  return [pkg.audience.primary, ...(pkg.audience.segments ?? [])].join(' \n ');
}

/** Every human-readable string of the package, to tell what the product is (title, story, copy, brand). */
export function packageText(view: PackageView): string {
  return view.sites.map((s) => s.text).join(' \n ');
}

export const audienceChecks = {
  'audience-copy': {
    compile: (p) => ({ re: new RegExp(p.pattern, 'giu') }),
    run(cc, sev, { view, out }) {
      const p = cc.params;
      if (p.audience !== undefined && !new RegExp(p.audience, 'iu').test(audienceText(view.pkg))) return;
      if (p.context !== undefined && !new RegExp(p.context, 'iu').test(packageText(view))) return;
      const re = cc.re as RegExp;
      const unless = p.unless === undefined ? null : new RegExp(p.unless, 'iu');
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel)) continue;
        if (p.requires !== undefined && !p.requires.some((lit) => lowerOf(s).includes(lit))) continue;
        if (unless?.test(s.text)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const span: [number, number] = [m.index, m.index + m[0].length];
          out.add(cc.rule, sev, s.pointer, span, { match: m[0] }, m[0]);
          if (p.once === true) return;
        }
      }
    },
  },
} satisfies CheckFamily;
