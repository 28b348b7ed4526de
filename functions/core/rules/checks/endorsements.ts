import { dayAtStart } from '../dates.ts';
import { disclosedInOwnWords } from '../language.ts';
import { innerMap } from '../memo.ts';
import { eachMatch, escapeRe, paramRegex } from '../regex.ts';
import { excerpt } from '../text.ts';
import { applies, lowerOf, type PackageView } from '../view.ts';
import { FIRST_NAMES } from './first-names.ts';
import { copyPattern, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/**
 * Endorsements (FTC 16 CFR 255 and "Disclosures 101", CAP 2.1, UCPD Annex I 11, Germany's §5a UWG):
 * a material connection is disclosed clearly and up front, not after a wall of hashtags or behind
 * "more"; a testimonial's result is not presented as typical without saying what is typical.
 */

/** A single speaker (the testimonial's "I lost 30 lb"), in the sentence before a result; not a brand's "we". */
const FIRST_PERSON =
  /(?<![\p{L}])(?:i|my|me|yo|mi|ich|mein|meine|je|j['’]ai|mon|ma|perdí|gané|ahorré|bajé|adelgacé|gano|cobro|mis|mes|he (?:perdido|bajado|adelgazado|ahorrado|ganado))(?![\p{L}])/iu;

/** A customer told of in the third person (FTC 255.2 reads "she lost", "Dana cut her bill" the same way). */
const THIRD_PERSON = /(?<![\p{L}])(?:she|he|her|his|ella|él|elle|er)(?![\p{L}])/iu;
/** A customer's name opening the sentence of the result: "Dana cut …", "En décembre, Camille a obtenu …". */
const NAME_ONLY =
  /^\s*(?:[^,.!?\n]{1,30},\s*)?["“«„]?(?:(?:[Oo]ur|[Nn]otre|[Nn]uestr[oa]|[Uu]nser\p{Ll}{0,2})\s+)?((?:[Cc]lient|[Cc]ustomer|[Mm]ember|[Ss]tudent|[Uu]ser|[Cc]lienta|[Cc]liente|[Kk]undin|[Kk]unde|[ÉéEe]lève|[Aa]lumn[oa])\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}(?:\p{Ll}+|\.))?)(?:\s+(?:hat|has|had|ha|a)(?:\s[^.!?\n]{0,40})?)?\s*$/u;
/** A testimonial signed after it: "“Down 3 sizes!” — Kelly, Bristol", "minus 8 Kilo! – Petra, 41". */
const ATTRIBUTION = /^[^"”»“\n]{0,80}?["”»“.!?]\s*[-–—]\s*\p{Lu}\p{Ll}+/u;
/** Pronouns and determiners that open a sentence as a name would: "We saved …", "Our team cut …". */
const NOT_A_NAME =
  /^(?:we|you|they|it|our|your|their|this|that|these|those|everyone|customers|users|members|nous|vous|ils|elles|on|wir|ihr|sie|es|man|nosotros|vosotros|ellos|ellas|usted|ustedes)(?:\s|$)/iu;

/**
 * Does the sentence holding the match, up to the match's end, speak of one person: the speaker ("I", "my")
 * or a customer in the third person? A name that is one of the brand's own names is the brand, not a person.
 */
function personal(text: string, start: number, end: number, own: readonly string[]): boolean {
  let from = Math.max(0, start - 80);
  for (let i = start - 1; i >= from; i--) {
    if ('.!?\n'.includes(text[i] as string)) {
      from = i + 1;
      break;
    }
  }
  const sentence = text.slice(from, end);
  if (FIRST_PERSON.test(sentence) || THIRD_PERSON.test(sentence)) return true;
  if (ATTRIBUTION.test(text.slice(end, end + 120))) return true;
  const found = NAME_ONLY.exec(text.slice(from, start));
  const name = found?.[2]?.toLowerCase();
  if (found === null || name === undefined || NOT_A_NAME.test(name)) return false;
  // "Last year, Bristol saved 20%": a place or a firm opens sentences too; a person word or a first name is asked.
  const first = (name.split(' ')[0] as string).normalize('NFD').replace(/\p{M}/gu, '');
  if (found[1] === undefined && !FIRST_NAMES.has(first)) return false;
  return !own.some((n) => n === name || n.startsWith(`${name} `));
}

const HASHTAG = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu;
const MORE = /(?:\.\.\.|…)\s*(?:more|mehr|plus|más)\b|\bsee more\b/iu;

/** Is the first marker in `copy` buried: after `n` hashtags, after "… more", or after `chars` characters? */
function buried(copy: string, at: number, n: number, chars: number): boolean {
  const before = copy.slice(0, at);
  return (before.match(HASHTAG)?.length ?? 0) >= n || MORE.test(before) || at > chars;
}

/** A denial just before a house-ad word: "not an ad for self-promotion", "keine Eigenwerbung". */
const OWN_DENIED =
  /(?<![\p{L}])(?:not|no|non|never|kein\p{L}*|nicht|pas|ni|sin|sans|ohne)(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;

/**
 * The brand labelling its own ad with a house-ad word (`ownVoice`): anywhere in a channel disclosure, or
 * leading a copy text as its label ("Eigenwerbung:", "Kurz in eigener Sache:"), never denied. The word inside the copy
 * ("self-promotion is hard, but …") says nothing of who paid.
 */
function ownLabel(own: RegExp | null, text: string, leading: boolean): boolean {
  const m = own?.exec(text);
  if (m === null || m === undefined) return false;
  if (OWN_DENIED.test(text.slice(Math.max(0, m.index - 40), m.index))) return false;
  if (!leading) return true;
  return (
    /^[\s\p{P}\p{S}]*(?:\p{L}+[\s\p{P}\p{S}]+){0,2}$/u.test(text.slice(0, m.index)) &&
    /^\s*[\]):|\u2013\u2014-]/u.test(text.slice(m.index + m[0].length))
  );
}

export const endorsementChecks = {
  'endorsement-disclosure': {
    compile: (p) => ({ re: () => new RegExp(p.marker, 'iu') }),
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const marker = cc.re as RegExp;
      const signals = paramRegex(p.signals, 'iu');
      // The brand speaking of itself (its founder, "in eigener Sache") has no connection to disclose.
      const own = p.ownVoice === undefined ? null : paramRegex(p.ownVoice, 'iu');
      const foreign = p.foreignMarker === undefined ? null : paramRegex(p.foreignMarker, 'iu');
      const placed = p.placementNote === undefined ? null : paramRegex(p.placementNote, 'iu');
      const names = view.pkg.brand.mandatories.map((m) => m.toLowerCase()).filter((m) => m.length > 2);
      // Its founder saying so: "I founded Woolly & Co.", "founder of …", "I started … at my kitchen table".
      const foundedOwn = (copy: string) => {
        const lower = copy.toLowerCase();
        return names.some(
          (n) =>
            [
              `i founded ${n}`,
              `we founded ${n}`,
              `founder of ${n}`,
              `${n} founder`,
              `j'ai fondé ${n}`,
              `j’ai fondé ${n}`,
              `fundé ${n}`,
              `fundadora de ${n}`,
              `fundador de ${n}`,
              `gründerin von ${n}`,
              `gründer von ${n}`,
            ].some((p) => lower.includes(p)) ||
            paramRegex(
              `\\bi started ${escapeRe(n)} (?:at|from|in) (?:my|our) (?:kitchen|garage|spare room|living room|flat|bedroom|shed)`,
            ).test(lower),
        );
      };
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (!applies(cc.channels, plan.channel)) continue;
        // A note on where the copy puts its marker ("#ad in the hashtags") discloses nothing the copy does not.
        if ((plan.disclosures ?? []).some((d) => marker.test(d) && !(placed?.test(d) ?? false))) continue;
        // A house ad ("Eigenwerbung des Vermarkters") is the brand on itself, whatever word for ads it uses.
        if ((plan.disclosures ?? []).some((d) => ownLabel(own, d, false))) continue;
        plan.deliverables.forEach((d, j) => {
          const m = marker.exec(d.copy);
          const pointer = `/channels/${i}/deliverables/${j}/copy`;
          if (m === null) {
            // Copy in a language without a rulebook, disclosed in its own words, is a person's to read.
            if (
              signals.test(d.copy) &&
              !disclosedInOwnWords(d, foreign) &&
              !ownLabel(own, d.copy, true) &&
              !foundedOwn(d.copy)
            )
              out.add(cc.rule, sev, pointer, null, { match: '' }, d.copy);
          } else if (
            buried(d.copy, m.index, p.buriedAfterHashtags, p.buriedAfterChars) &&
            !ownLabel(own, d.copy, true)
          ) {
            const span: [number, number] = [m.index, m.index + m[0].length];
            out.add(cc.rule, sev, pointer, span, { match: m[0] }, m[0]);
          }
        });
      }
    },
  },

  'endorsement-connection': {
    compile: (p) => ({ re: () => new RegExp(p.connection, 'iu') }),
    run(cc, sev, { view, out }) {
      const p = cc.params;
      // What the package says about the speaker, outside the copy: its story, proof points and title.
      const pkg = view.pkg;
      const about = [
        pkg.title,
        pkg.story.hook,
        pkg.story.tension,
        pkg.story.resolution,
        ...pkg.story.proofPoints,
      ];
      const connection = cc.re as RegExp;
      if (!about.some((t) => connection.test(t))) return;
      const endorsement = paramRegex(p.endorsement, 'iu');
      const marker = paramRegex(p.marker, 'iu');
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel)) continue;
        const plan = pkg.channels[Number(s.pointer.split('/')[2])];
        if ((plan?.disclosures ?? []).some((d) => marker.test(d))) continue;
        if (marker.test(s.text)) continue;
        const m = endorsement.exec(lowerOf(s));
        // A person speaking ("I", "my"), not the brand's "we".
        if (m === null || !FIRST_PERSON.test(s.text)) continue;
        out.add(
          cc.rule,
          sev,
          s.pointer,
          [m.index, m.index + m[0].length],
          { match: s.text.slice(m.index, m.index + m[0].length) },
          s.text.slice(m.index, m.index + m[0].length),
        );
      }
    },
  },

  'endorsement-use-period': {
    compile: (p, prefilter) => copyPattern(p.use, 'giu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      let had: number | null | undefined;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        for (const m of eachMatch(cc.re as RegExp, s.text)) {
          const days = statedDays(m[0].toLowerCase(), p.numbers, p.units);
          had ??= daysHeld(view, paramRegex(p.received, 'giu'), paramRegex(p.endorser, 'iu'));
          if (had === null || days <= had + p.slackDays) continue;
          reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length], { days: had });
          break;
        }
      }
    },
  },

  'testimonial-claim': {
    run(cc, sev, { view, out }) {
      const kinds: readonly string[] = cc.params.kinds;
      const claims = view.pkg.claims;
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i] as (typeof claims)[number];
        if (c.evidence.length === 0 || !c.evidence.some((e) => kinds.includes(e.kind))) continue;
        const cited = view.pkg.channels.some((plan) =>
          plan.deliverables.some(
            (d) => applies(cc.channels, plan.channel) && (d.claimRefs ?? []).includes(c.id),
          ),
        );
        if (cited)
          out.add(cc.rule, sev, `/claims/${i}/evidence`, null, { value: excerpt(c.text, 80) }, c.text);
      }
    },
  },

  'testimonial-typicality': {
    compile: (p, prefilter) => copyPattern(p.result, 'giu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      const own = view.ownLower.split('\n').filter((n) => n !== '');
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        // Built once a text passes the prefilter (see CheckCompiled).
        const result = cc.re as RegExp;
        const typical = paramRegex(cc.params.typical, 'iu');
        // The first result told of one person: a brand's "we went from 3 shops to 30" before it is not one.
        result.lastIndex = 0;
        let m = result.exec(s.text);
        while (m !== null && !personal(s.text, m.index, m.index + m[0].length, own)) {
          if (m[0] === '') result.lastIndex++;
          m = result.exec(s.text);
        }
        if (m === null) continue;
        // The channel's disclosures may carry the typicality statement.
        const plan = view.pkg.channels[Number(s.pointer.split('/')[2])];
        const stated = typical.test(s.text) || (plan?.disclosures ?? []).some((d) => typical.test(d));
        if (stated !== (cc.params.qualified === true)) continue;
        reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
      }
    },
  },
} satisfies CheckFamily;

/**
 * Days from the day the package's facts say the endorser received the product ("sample delivered to the host
 * on 2 February 2027") to the launch, or null when no fact dates it. The first such day counts; a day without a
 * year is the last one before the launch. Only a fact naming the endorser or a sample (`endorser`) is read: a
 * "survey sent to 500 customers on 10 March" dates no one's product.
 */
function daysHeld(view: PackageView, received: RegExp, endorser: RegExp): number | null {
  const pkg = view.pkg;
  const launch = pkg.deadlines.launch;
  const yearBefore = new Date(Date.parse(`${launch}T00:00:00Z`) - 364 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const facts = [
    pkg.title,
    pkg.story.hook,
    pkg.story.tension,
    pkg.story.resolution,
    ...pkg.story.proofPoints,
    ...pkg.claims.flatMap((c) => [c.text, ...c.evidence.flatMap((e) => [e.ref, e.summary ?? ''])]),
  ];
  let first: string | null = null;
  for (const fact of facts) {
    if (!endorser.test(fact)) continue;
    const lower = fact.toLowerCase();
    received.lastIndex = 0;
    for (let m = received.exec(lower); m !== null; m = received.exec(lower)) {
      if (m[0] === '') received.lastIndex++;
      const day = dayAfter(lower, m.index + m[0].length, yearBefore);
      if (day !== null && day <= launch && (first === null || day < first)) first = day;
    }
  }
  return first === null ? null : Math.round((Date.parse(launch) - Date.parse(first)) / 86_400_000);
}

/** A rule's count-and-unit regex ("(6) (months)"), built once per pair of lists: rulebook data never changes. */
const COUNTS = new WeakMap<object, Map<object, RegExp>>();
function countsOf(
  numbers: Readonly<Record<string, number>>,
  units: Readonly<Record<string, number>>,
): RegExp {
  const byUnits = innerMap(COUNTS, numbers);
  let re = byUnits.get(units);
  if (re === undefined) {
    const words = (o: Readonly<Record<string, number>>) =>
      Object.keys(o)
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|');
    re = paramRegex(`(?<![\\p{L}\\p{N}])(\\d{1,3}|${words(numbers)})\\s+(${words(units)})(?![\\p{L}])`, 'gu');
    byUnits.set(units, re);
  }
  return re;
}

/** Days a use statement claims: its last count and unit ("for a year" 365, "seit sechs Monaten" 180), or 0. */
function statedDays(
  lower: string,
  numbers: Readonly<Record<string, number>>,
  units: Readonly<Record<string, number>>,
): number {
  // Building the source from the lists cost more than the rest of the rule: once per lists object.
  const re = countsOf(numbers, units);
  let days = 0;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const n = m[1] as string;
    days = (units[m[2] as string] ?? 0) * (numbers[n] ?? Number(n));
  }
  return days;
}

/** The first day named within 80 characters after `from`, at a word's start ("… to the host on 2 February 2027"). */
function dayAfter(lower: string, from: number, yearBefore: string): string | null {
  const end = Math.min(lower.length, from + 80);
  for (let i = from; i < end; i++) {
    if (i > from && lower[i - 1] !== ' ') continue;
    const day = dayAtStart(lower.slice(i, i + 40), yearBefore);
    if (day !== null) return day;
  }
  return null;
}
