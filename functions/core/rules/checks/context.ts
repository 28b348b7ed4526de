import type { Claim } from '../../package-schema.ts';
import type { CheckParams } from '../../rulebook.ts';
import { gradedTooYoung } from '../age-grade.ts';
import { otherWinner } from '../award-winner.ts';
import { claimTopic } from '../claim-topic.ts';
import { statesTimingOrStock } from '../contradiction.ts';
import { daysBetween, evidenceProblem } from '../evidence.ts';
import { unsupportedGap } from '../evidence-support.ts';
import { covered, languageOf } from '../language.ts';
import { negatedAt } from '../negated-frame.ts';
import { paramRegex } from '../regex.ts';
import { excerpt } from '../text.ts';
import type { PackageView } from '../view.ts';
import { copyPattern, inRegions, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/** Does any copy or disclosure of the package match `re`? */
function anywhere(view: PackageView, re: RegExp): boolean {
  for (const plan of view.pkg.channels) {
    if ((plan.disclosures ?? []).some((d) => re.test(d))) return true;
    if (plan.deliverables.some((d) => re.test(d.copy))) return true;
  }
  return false;
}

/** A negation up to three words before an offset word: "no carbon-offset credits", "ohne CO2-Kompensation". */
const NEGATED =
  /(?:^|[^\p{L}])(?:no|not|without|zero|never|sin|ning[uú]n[oa]?|ohne|keine?n?|sans|aucune?|pas\s+de)[\s-]+(?:[\p{L}\p{N}]+[\s-]+){0,3}$/iu;

/** Does `text` say `withRe` other than in a negation? */
function affirms(text: string, withRe: RegExp): boolean {
  const all = paramRegex(withRe.source, 'giu');
  all.lastIndex = 0;
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    if (!NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
    if (m[0].length === 0) all.lastIndex++;
  }
  return false;
}

/**
 * Does the evidence of a claim that states the trigger say `withRe`? The basis of a claim is part of it:
 * "climate neutral" whose only evidence is offset credits is an offset claim. Only claims stating the trigger
 * count, so an unrelated claim's offset (a catalogue printed "offset") does not taint it.
 */
function inEvidence(view: PackageView, trigger: RegExp, withRe: RegExp): boolean {
  for (const c of view.pkg.claims) {
    trigger.lastIndex = 0;
    if (!trigger.test(c.text)) continue;
    if (c.evidence.some((e) => affirms(`${e.ref}\n${e.summary ?? ''}`, withRe))) return true;
  }
  return false;
}

/**
 * Does a claim of one of `categories` have current evidence of one of `kinds` on file, whose reference or
 * summary matches `names` when given (a certificate of a recognised label, not any certificate)?
 */
function evidenceOfKind(
  view: PackageView,
  want: { categories: readonly string[]; kinds: readonly string[]; names?: string | undefined },
): boolean {
  const at = view.pkg.submittedAt;
  const names = want.names === undefined ? null : paramRegex(want.names, 'iu');
  for (const c of view.pkg.claims) {
    if (!want.categories.includes(c.category) || evidenceProblem(c, at) !== null) continue;
    const counts = (e: (typeof c.evidence)[number]) =>
      want.kinds.includes(e.kind) &&
      (names === null || names.test(`${e.ref}\n${e.summary ?? ''}`)) &&
      evidenceProblem({ ...c, evidence: [e] }, at) === null;
    if (c.evidence.some(counts)) return true;
  }
  return false;
}

const EVIDENCE_WORDS = {
  stale: 'was last verified {age} days before the package was submitted (older than {limit})',
  partial: 'has no date (verifiedOn) saying when it was checked',
  unsuitable: 'is {kind}, which cannot back a {category} claim',
  contradicted: 'says otherwise: its own summary shows the claim is not so',
  figure: 'states other results than the claim’s figure: the claim must say what was measured',
  unsupported:
    'does not back the claim as made: it {gap}; say in the claim what was tested, or file evidence of the claim as made',
  'part-only':
    'covers only part of what the claim says, as its owner states: name that part in the claim, or file evidence that covers the whole claim',
  'no-comparison':
    'measured nothing outside your own range, as its owner states, so it cannot back a claim against others',
  unlike: 'compares unlike things (another tier, size, period or terms), as its owner states',
} as const;

/** What the evidence tested instead, by the gap `unsupportedGap` names: the words a writer can act on. */
const GAP_WORDS: Readonly<Record<string, string>> = {
  lab: 'tested cells, tissue or animals in a lab, not the product in people',
  ingredient: 'tested one ingredient, not the product as sold',
  sample: 'rests on fewer than 30 people, too few for the result the claim states',
  survey: 'is a survey of what users felt, not a clinical test',
  estimate: 'is a survey of what people estimated, not a measurement of the amount the claim states',
  model: 'tested another model or an earlier version of the product',
  size: 'tested another size than the claim names',
  market: 'was measured in another market than the claim names',
  outlet: 'counts the sales of one shop or marketplace, not the whole market the claim ranks in',
  population: 'tested another group of people than the claim names',
  period: 'covers another period than the claim states',
  hypothetical: 'shows hypothetical or back-tested returns, not returns achieved',
  selected: 'shows returns before fees or of the best accounts only',
  facility: 'holds only where special facilities exist, and the claim does not say so',
  part: 'certifies one part of the product, not the whole of it',
  figure: 'states other results than the claim’s figures',
  floor: 'sets a minimum the claim’s figure does not reach',
  dose: 'studied a higher dose than the product contains',
  winner: 'names another product than the copy’s as the one that won',
};

/**
 * The first match of `trigger` in `text` that no qualifier stands beside (`near` characters either side), or
 * anywhere in the text when `near` is not given: a business number read first must not hide a private one.
 */
function unqualified(
  trigger: RegExp,
  text: string,
  qualifier: RegExp | null,
  near: number | undefined,
  negation = false,
): RegExpExecArray | null {
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    if (m[0].length === 0) trigger.lastIndex++;
    if (negation && negatedAt(text, m.index)) continue;
    if (qualifier === null) return m;
    if (near === undefined) return qualifier.test(text) ? null : m;
    if (!qualifier.test(text.slice(Math.max(0, m.index - near), m.index + m[0].length + near))) return m;
  }
  return null;
}

/** The topic `grades` gives a product the package sells, when the claim is below its evidence's age grade. */
function ageGraded(
  c: PackageView['pkg']['claims'][number],
  grades: Readonly<Partial<Record<string, string>>> | undefined,
  sold: readonly string[] | undefined,
): string | undefined {
  const topic = grades === undefined ? undefined : sold?.map((s) => grades[s]).find((t) => t !== undefined);
  return topic !== undefined && gradedTooYoung(c) ? topic : undefined;
}

/** Checks that read the package as a whole: qualifiers that must come with a claim, evidence quality, languages. */
export const contextChecks = {
  'co-occurrence': {
    compile: (p, prefilter) => copyPattern(p.trigger, 'giu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      if (!inRegions(view, p.regions)) return;
      if (p.unlessEvidence !== undefined && evidenceOfKind(view, p.unlessEvidence)) return;
      // Regexes are built once a text passes the prefilter (see CheckCompiled).
      let withRe: RegExp | null | undefined;
      let withoutRe: RegExp | null | undefined;
      let unlessSeen: boolean | null = null;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s, true)) continue;
        withRe ??= p.with === undefined ? null : paramRegex(p.with, 'iu');
        // Without evidence to consult, a text lacking `with` cannot report: skip the (costlier) trigger.
        if (withRe !== null && !p.evidence && !withRe.test(s.text)) continue;
        const re = cc.re as RegExp;
        withoutRe ??= p.without === undefined ? null : paramRegex(p.without, 'iu');
        const m = unqualified(re, s.text, withoutRe, p.withoutNear, p.negation);
        if (m === null) continue;
        if (withRe !== null && !withRe.test(s.text) && !(p.evidence && inEvidence(view, re, withRe)))
          continue;
        if (p.unless !== undefined) {
          unlessSeen ??= anywhere(view, paramRegex(p.unless, 'iu'));
          if (unlessSeen) return;
        }
        reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
      }
    },
  },

  'evidence-quality': {
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const policy = { maxAgeDays: p.maxAgeDays, unsuitable: p.unsuitable };
      const topics = out.policyTopics;
      const claims = view.pkg.claims;
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i] as (typeof claims)[number];
        if (!p.categories.includes(c.category)) continue;
        // A toy graded older by its own evidence is contradicted, of the topic its product stands for.
        const graded = ageGraded(c, p.ageGrade, view.pkg.product?.categories);
        const won = p.winner !== undefined && graded === undefined && wonByOther(view, c, p.winner.by);
        const problem = won
          ? 'unsupported'
          : graded !== undefined
            ? 'contradicted'
            : evidenceProblem(c, view.pkg.submittedAt, policy);
        if (problem === null || problem === 'missing' || !p.problems.includes(problem)) continue;
        if (problem === 'unsuitable' && typicalBeside(view, c, p.testimonial)) continue;
        const e = c.evidence[0] as (typeof c.evidence)[number];
        const age = e.verifiedOn === undefined ? 0 : daysBetween(e.verifiedOn, view.pkg.submittedAt);
        const gap = won ? 'winner' : problem === 'unsupported' ? unsupportedGap(c) : null;
        const vars = {
          value: excerpt(c.text, 80),
          category: c.category,
          kind: e.kind,
          age,
          limit: p.maxAgeDays,
        };
        // The gap fills the words only: the finding's data keeps the fields every evidence problem has.
        const fill = { ...vars, gap: (gap !== null && GAP_WORDS[gap]) || 'tested something else' };
        const problemWords = EVIDENCE_WORDS[problem].replace(/\{(\w+)\}/g, (_, k: string) =>
          String((fill as Record<string, string | number>)[k] ?? ''),
        );
        const topic =
          graded ??
          (won ? p.winner?.topic : undefined) ??
          (problem === 'contradicted' &&
          p.timingTopic !== undefined &&
          statesTimingOrStock(c, p.holds === undefined ? undefined : paramRegex(p.holds))
            ? p.timingTopic
            : testimonialTopic(view, c, claimTopic(c, topics, out.ranking), p.testimonial));
        out.add(
          cc.rule,
          sev,
          `/claims/${i}/evidence`,
          null,
          { ...vars, problem: problemWords, ...(topic !== undefined && { topic }) },
          c.text,
        );
      }
    },
  },

  'language-coverage': {
    run(cc, sev, { view, out }) {
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        for (let j = 0; j < plan.deliverables.length; j++) {
          const d = plan.deliverables[j] as (typeof plan.deliverables)[number];
          const { language, source } = languageOf(d);
          if (language === null || covered(language)) continue;
          const shown = language === 'other' ? 'a language without a rulebook' : `“${language}”`;
          out.add(
            cc.rule,
            sev,
            `/channels/${i}/deliverables/${j}/copy`,
            null,
            { value: shown, source },
            d.copy,
          );
        }
      }
    },
  },
} satisfies CheckFamily;

type Testimonial = NonNullable<CheckParams<'evidence-quality'>['testimonial']>;
/**
 * The topic of a testimonial's own result: a claim backed only by a customer's story and cited by copy that
 * tells a person's result ("Dana cut her power bill by 62%", "j'avais mon C1") is the endorsement's problem,
 * a result shown without what is typical (FTC 16 CFR 255.2(b), CAP 3.45), not a product test gone missing.
 */
function testimonialTopic(
  view: PackageView,
  c: Claim,
  topic: string | undefined,
  t: Testimonial | undefined,
): string | undefined {
  if (t === undefined || topic === undefined || !t.from.includes(topic as Testimonial['from'][number]))
    return topic;
  if (c.evidence.length === 0 || !c.evidence.every((e) => t.kinds.includes(e.kind))) return topic;
  const result = paramRegex(t.result, 'iu');
  const told = view.pkg.channels.some((plan) =>
    plan.deliverables.some((d) => (d.claimRefs ?? []).includes(c.id) && result.test(d.copy)),
  );
  return told ? t.topic : topic;
}

/**
 * A customer's own result, backed by that customer's records and told only beside what typical customers
 * get: what the Guides ask of it (FTC 16 CFR 255.2(b), CAP 3.45); the testimonial rules still route it to a person.
 */
function typicalBeside(view: PackageView, c: Claim, t: Testimonial | undefined): boolean {
  if (t?.typical === undefined || c.evidence.length === 0) return false;
  if (!c.evidence.every((e) => t.kinds.includes(e.kind))) return false;
  const [result, typical] = [paramRegex(t.result, 'iu'), paramRegex(t.typical, 'iu')];
  const telling = view.pkg.channels.flatMap((plan) =>
    plan.deliverables
      .filter((d) => (d.claimRefs ?? []).includes(c.id) && result.test(d.copy))
      .map((d) => [d.copy, ...(plan.disclosures ?? [])]),
  );
  return telling.length > 0 && telling.every((texts) => texts.some((x) => typical.test(x)));
}

/** The award on file went to another product than the copy citing it sells (award-winner.ts). */
function wonByOther(view: PackageView, c: Claim, winner: string): boolean {
  // Most evidence has no summary: then no winner is named, and the copies need not be gathered.
  if (c.evidence.every((e) => e.summary === undefined || e.summary === '')) return false;
  const copies = view.pkg.channels.flatMap((plan) =>
    plan.deliverables.filter((d) => (d.claimRefs ?? []).includes(c.id)).map((d) => d.copy),
  );
  const summaries = c.evidence.map((e) => e.summary ?? '');
  return otherWinner(summaries, [c.text, ...copies], paramRegex(winner, 'iu'));
}
