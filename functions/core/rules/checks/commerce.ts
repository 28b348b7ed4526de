import type { CheckParams } from '../../rulebook.ts';
import { mayMatch } from '../prefilter.ts';
import { primed } from '../regex.ts';
import {
  applies,
  contradicted,
  lowerOf,
  type PackageView,
  speaks,
  substantiated,
  type TextSite,
} from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Deadlines, stock counts and reference prices (UCPD Annex I no. 7; Directive 98/6/EC Art. 6a; FTC 16 CFR
 * 233.1; CMA urgency guidance): what a reviewer asks is whether the package substantiates the claim, not
 * which words it uses. A claim on file with current evidence covers it; a deadline stated with its date
 * is a checkable end; a time idiom ("the clock is ticking") is pressure only in copy that offers terms.
 */

/** Start and end of the sentence holding [start, end): a dot after a digit ("14. März") ends none. */
function sentenceOf(text: string, start: number, end: number): string {
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (
      c === '\n' ||
      ('.!?'.includes(c) && !/\d/u.test(text[i - 1] ?? '') && /\s/u.test(text[i + 1] ?? ''))
    ) {
      from = i + 1;
      break;
    }
  }
  const rest = text.slice(end).search(/\n|(?<!\d)[.!?](?:\s|$)/u);
  return text.slice(from, rest < 0 ? text.length : end + rest);
}

/** The lowercased copy of the channel plan `s` belongs to (one message: subject and body, headline and text). */
function planCopy(view: PackageView, s: TextSite): string {
  const i = Number(s.pointer.split('/')[2]);
  return (view.pkg.channels[i]?.deliverables ?? []).map((d) => d.copy.toLowerCase()).join('\n');
}

/**
 * Regexes of the parameters, built once per source. Sources are lowercase and run on lowercased text
 * without `i`: Unicode case folding is the costly part of building them (see audience.ts).
 */
const REGEXES = new Map<string, RegExp>();
function regexOf(source: string): RegExp {
  let re = REGEXES.get(source);
  if (re === undefined) {
    re = primed(new RegExp(source, 'u'));
    REGEXES.set(source, re);
  }
  return re;
}

/** Is a match a claim (its sentence has what the claim needs) that the package leaves without a dated end? */
function unsupported(p: CheckParams<'commerce-claim'>, view: PackageView, s: TextSite, m: RegExpExecArray) {
  const sentence = sentenceOf(lowerOf(s), m.index, m.index + m[0].length);
  if (p.needs !== undefined && !regexOf(p.needs).test(sentence)) return false;
  if (p.dated !== undefined && regexOf(p.dated).test(sentence)) return false;
  if (p.endsOn !== undefined && regexOf(p.endsOn).test(planCopy(view, s))) return false;
  if (p.idioms !== undefined && p.offer !== undefined && regexOf(p.idioms).test(m[0])) {
    if (!regexOf(p.offer).test(planCopy(view, s))) return false;
  }
  return true;
}

export const commerceChecks = {
  'commerce-claim': {
    compile: (p, prefilter) => ({
      re: () => new RegExp(p.pattern, 'gu'),
      bit: prefilter.bitFor(p.requires, ['copy'], false),
    }),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || !speaks(cc.rule, s) || !mayMatch(cr, s, cc.bit)) continue;
        const lower = lowerOf(s);
        if (p.unless !== undefined && regexOf(p.unless).test(lower)) continue;
        const re = cc.re as RegExp;
        re.lastIndex = 0;
        for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const span: [number, number] = [m.index, m.index + m[0].length];
          const phrase = m[0];
          // The claim stating it is on file and its own evidence says it is false: stop it, dated or not.
          const isFalse = contradicted(view, phrase);
          if (!isFalse && (substantiated(view, s, phrase, p.categories) || !unsupported(p, view, s, m)))
            continue;
          const matched = s.text.slice(span[0], span[1]);
          out.add(cc.rule, isFalse ? 'block' : sev, s.pointer, span, { match: matched }, matched);
        }
      }
    },
  },
} satisfies CheckFamily;
