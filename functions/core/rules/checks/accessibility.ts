import type { HandoffPackage } from '../../package-schema.ts';
import { covered, readable } from '../language.ts';
import { paramRegex } from '../regex.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Accessibility (WCAG 2.2 SC 1.1.1 Non-text Content): an image that carries information needs a text
 * alternative that says what it shows, not a file name, a hashtag or the word "image".
 */

const FILE_NAME = /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|svg|heic|tiff?|bmp)$/iu;
const CAMERA_NAME = /^(?:DSC|IMG|DCIM|PXL|GOPR)[_-]?\d+/iu;
const HASHTAGS_ONLY = /^(?:\s*#[\p{L}\p{N}_]+)+\s*$/u;
const SENTENCE_MARK = /[,.:;!?()]/u;

/**
 * Search keywords, not a description: six words or more with no punctuation and none of the little words
 * (`words`, the rulebook's list) a description is written with, and a word said twice or nine words in a row.
 */
function keywordRun(t: string, words: RegExp): boolean {
  if (SENTENCE_MARK.test(t)) return false;
  const tokens = t.toLowerCase().split(/\s+/u);
  if (tokens.length < 6 || tokens.some((w) => words.test(w))) return false;
  return (
    tokens.length >= 9 ||
    new Set(tokens.filter((w) => w.length >= 3)).size < tokens.filter((w) => w.length >= 3).length
  );
}

/**
 * "Werbebanner Nordwelle Business", "Visuel promotionnel Onda": a generic word then at most three capitalised
 * words (a brand or product name) still says nothing of what the image shows.
 */
function genericAndName(t: string, generic: RegExp): boolean {
  const tokens = t.replace(/[.!]$/u, '').split(/\s+/u);
  for (let k = tokens.length - 1; k >= 1; k--) {
    const rest = tokens.slice(k);
    if (rest.length > 3 || !rest.every((w) => /^\p{Lu}[\p{L}&'’-]*$/u.test(w))) return false;
    if (generic.test(tokens.slice(0, k).join(' '))) return true;
  }
  return false;
}

export function altTextProblem(
  alt: string,
  generic: RegExp,
  ownNames: readonly string[] = [],
  words: RegExp | null = null,
): string | null {
  const t = alt.trim();
  if (t === '') return 'empty';
  if (FILE_NAME.test(t) || CAMERA_NAME.test(t)) return 'a file name';
  if (HASHTAGS_ONLY.test(t)) return 'only a hashtag';
  if (generic.test(t)) return 'a generic word';
  if (genericAndName(t, generic)) return 'a generic word and a name';
  // "Pinecrest" for a banner of Pinecrest Boots' offer names the sender, not what the image shows.
  const bare = t.toLowerCase().replace(/[.!]$/u, '');
  if (bare.length >= 3 && ownNames.some((n) => n === bare || n.startsWith(`${bare} `)))
    return 'only the brand name';
  if (words !== null && keywordRun(t, words)) return 'a list of search keywords';
  return null;
}

type Plan = HandoffPackage['channels'][number];

/** The package's own words about what it shows (story and proof points), one string. */
const storyText = (pkg: HandoffPackage): string =>
  [
    pkg.story.hook,
    pkg.story.tension,
    pkg.story.resolution,
    pkg.story.keyMessage,
    ...pkg.story.proofPoints,
  ].join('\n');

/** The first copy or disclosure of a channel that matches `re`: its pointer and the words matched. */
function firstIn(plan: Plan, i: number, re: RegExp): { pointer: string; match: string } | null {
  for (let j = 0; j < plan.deliverables.length; j++) {
    const d = plan.deliverables[j] as Plan['deliverables'][number];
    const m = d.kind === 'alt-text' ? null : re.exec(d.copy);
    if (m !== null) return { pointer: `/channels/${i}/deliverables/${j}/copy`, match: m[0] };
  }
  const k = (plan.disclosures ?? []).findIndex((t) => re.test(t));
  return k < 0
    ? null
    : { pointer: `/channels/${i}/disclosures/${k}`, match: (plan.disclosures ?? [])[k] as string };
}

export const accessibilityChecks = {
  'alt-text': {
    compile: (p) => ({ re: () => new RegExp(`^(?:${p.generic})[.!]?$`, 'iu') }),
    run(cc, sev, { view, out }) {
      const generic = cc.re as RegExp;
      const words = cc.params.words === undefined ? null : paramRegex(cc.params.words, 'iu');
      const own = view.ownLower.split('\n').filter((n) => n !== '');
      for (const s of view.copySites) {
        if (s.kind !== 'alt-text' || !applies(cc.channels, s.channel)) continue;
        // The little words are the rulebooks' languages' own: Dutch alt text is no keyword list for lacking them.
        const read = s.language === null || covered(s.language) ? words : null;
        const problem = altTextProblem(s.text, generic, own, read);
        if (problem !== null)
          out.add(cc.rule, sev, s.pointer, null, { match: s.text, value: problem }, s.text);
      }
    },
  },

  /**
   * An image with no usable text alternative that carries the offer's terms, or beside a button that says
   * only "click here": what the image says and where the button goes are both lost (SC 1.1.1 and 2.4.4).
   */
  'image-offer': {
    compile: (p) => ({ re: () => new RegExp(`^(?:${p.generic})[.!]?$`, 'iu') }),
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const pkg = view.pkg;
      const generic = cc.re as RegExp;
      const words = paramRegex(p.words, 'iu');
      const vague = paramRegex(p.vagueLink, 'iu');
      const reference = paramRegex(p.reference, 'iu');
      const own = view.ownLower.split('\n').filter((n) => n !== '');
      const vagueCta = vague.test(pkg.cta.text);
      let storyCarries: boolean | undefined;
      pkg.channels.forEach((plan, i) => {
        if (!applies(cc.channels, plan.channel)) return;
        const button =
          vagueCta || plan.deliverables.some((d) => d.kind === 'cta-label' && vague.test(d.copy));
        // Only a vague button or a recorded offer makes it a block: most packages stop here, unread.
        if (!button && pkg.offer === undefined) return;
        const alts = plan.deliverables.filter((d) => d.kind === 'alt-text');
        const poor = alts.find(
          (d) => altTextProblem(d.copy, generic, own, readable(d) ? words : null) !== null,
        );
        if (alts.length > 0 && poor === undefined) return;
        const pointed = alts.length === 0 ? firstIn(plan, i, reference) : null;
        if (poor === undefined && pointed === null) return;
        let offer = false;
        if (!button && pkg.offer !== undefined) {
          storyCarries ??= paramRegex(p.carries, 'iu').test(storyText(pkg));
          offer =
            storyCarries ||
            (pointed ?? firstIn(plan, i, reference)) !== null ||
            firstIn(plan, i, paramRegex(p.carries, 'iu')) !== null;
        }
        if (!button && !offer) return;
        const at =
          poor === undefined
            ? (pointed as { pointer: string; match: string })
            : {
                pointer: `/channels/${i}/deliverables/${plan.deliverables.indexOf(poor)}/copy`,
                match: poor.copy,
              };
        out.add(cc.rule, sev, at.pointer, null, { match: at.match }, at.match);
      });
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
