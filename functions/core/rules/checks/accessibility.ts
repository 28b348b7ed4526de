import type { HandoffPackage } from '../../package-schema.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Accessibility (WCAG 2.2 SC 1.1.1 Non-text Content): an image that carries information needs a text
 * alternative that says what it shows, not a file name, a hashtag or the word "image".
 */

const FILE_NAME = /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|svg|heic|tiff?|bmp)$/iu;
const CAMERA_NAME = /^(?:DSC|IMG|DCIM|PXL|GOPR)[_-]?\d+/iu;
const HASHTAGS_ONLY = /^(?:\s*#[\p{L}\p{N}_]+)+\s*$/u;

const WORD = /[\p{L}\p{N}]+/gu;
// Legal-form and filler words that do not make an alt text say more than the brand does.
const NOT_CONTENT = new Set('the logo inc co ltd llc gmbh ag sa sl sas sarl'.split(' '));

/** Lower-case words naming the brand: mandatories, the sender's company line, the CTA's host name. */
function brandWords(pkg: HandoffPackage): Set<string> {
  const company = pkg.sender?.postalAddress.split(',')[0] ?? '';
  // The address's first line is the company only when it holds no house number.
  const names = [...pkg.brand.mandatories, /\d/u.test(company) ? '' : company];
  const host = /^https?:\/\/(?:www\.)?([^./]+)/iu.exec(pkg.cta.url)?.[1];
  if (host !== undefined) names.push(host);
  return new Set(names.join(' ').toLowerCase().match(WORD) ?? []);
}

/** Is the alt text only the brand's name (the right alt for a logo, nothing for an image that carries an offer)? */
function brandOnly(alt: string, brand: ReadonlySet<string>): boolean {
  const words = (alt.toLowerCase().match(WORD) ?? []).filter((w) => !NOT_CONTENT.has(w));
  return words.length > 0 && words.every((w) => brand.has(w));
}

export function altTextProblem(alt: string, generic: RegExp, brand?: ReadonlySet<string>): string | null {
  const t = alt.trim();
  if (t === '') return 'empty';
  if (FILE_NAME.test(t) || CAMERA_NAME.test(t)) return 'a file name';
  if (HASHTAGS_ONLY.test(t)) return 'only a hashtag';
  if (generic.test(t)) return 'a generic word';
  // "Pinecrest poster": the brand's name plus a generic word says no more than the generic word.
  const words = t.toLowerCase().match(WORD) ?? [];
  const rest = words.filter((w) => !NOT_CONTENT.has(w) && brand?.has(w) !== true);
  if (rest.length > 0 && rest.length < words.length && generic.test(rest.join(' ')))
    return 'the brand name and a generic word';
  return null;
}

export const accessibilityChecks = {
  'alt-text': {
    compile: (p) => ({ re: () => new RegExp(`^(?:${p.generic})[.!]?$`, 'iu') }),
    run(cc, sev, { view, out }) {
      const generic = cc.re as RegExp;
      let brand: Set<string> | undefined;
      for (const s of view.copySites) {
        if (s.kind !== 'alt-text' || !applies(cc.channels, s.channel)) continue;
        const problem = altTextProblem(s.text, generic, (brand ??= brandWords(view.pkg)));
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
      let brand: Set<string> | undefined;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (!applies(cc.channels, plan.channel)) continue;
        // WCAG 1.1.1: an image the copy points to needs an alt that carries its information; the brand's
        // name alone (a logo's alt) does not, so it counts as no alt here.
        if (
          plan.deliverables.some(
            (d) =>
              d.kind === 'alt-text' &&
              d.copy.trim() !== '' &&
              !brandOnly(d.copy, (brand ??= brandWords(view.pkg))),
          )
        )
          continue;
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
