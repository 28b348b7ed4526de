import * as z from 'zod/mini';
import { RULE_FAMILIES } from './artifact-types.ts';
import { commerceCheckParamSchemas } from './commerce-schema.ts';
import {
  factCheckParamSchemas,
  factsExampleSchema,
  literals,
  lowerLiteral,
  regexSource,
} from './facts-schema.ts';
import { messagingCheckParamSchemas } from './messaging-schema.ts';
import {
  CHANNELS,
  CLAIM_CATEGORIES,
  DELIVERABLE_KINDS,
  EVIDENCE_KINDS,
  PRODUCT_CATEGORIES,
} from './package-schema.ts';
import { policySchema } from './policy-schema.ts';
import { TOPICS } from './topics.ts';

/** The rulebook data format: what `contracts/rulebooks/*.json` may say, validated at load (rulebook.ts). */

export const SEVERITIES = ['block', 'warn', 'info'] as const;

export { type Policy, policySchema } from './policy-schema.ts';
export { TOPICS, type Topic } from './topics.ts';

/** Languages with rulebook coverage; copy in any other language is routed to a human. */
export const LANGUAGES = ['en', 'es', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SCOPES = ['copy', 'text', 'cta-url'] as const;
/** copy = deliverable copy (channel-filtered); text = every other human-readable string; cta-url = /cta/url. */
export type Scope = (typeof SCOPES)[number];

const ruleId = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'dotted lowercase rule id'));
const channels = z.union([z.literal('all'), z.array(z.enum(CHANNELS)).check(z.minLength(1))]);
const flags = z.string().check(z.regex(/^[imsu]*$/, 'regex flags from i, m, s, u (the engine adds g)'));

const patternMatch = z.strictObject({
  kind: z.literal('pattern'),
  source: regexSource,
  flags,
  scopes: z.array(z.enum(SCOPES)).check(z.minLength(1)),
  /**
   * Of the `text` scope, read only the channels' disclosures: what the audience sees beside the copy (an
   * end card, a footnote), not the brief's own title, story or claims.
   */
  textSites: z.optional(z.literal('disclosures')),
  /** Wrap the source in Unicode word boundaries, so "best" does not match "bestow". */
  words: z.boolean(),
  /**
   * The phrase is a claim that evidence can back: no finding when a claim with evidence contains the
   * matched phrase, or the deliverable's claimRefs cite a claim with evidence (of these categories).
   */
  substantiation: z.optional(
    z.strictObject({
      categories: z.optional(z.array(z.enum(CLAIM_CATEGORIES))),
      /** The offer record's end date or unit count also backs it (ADR 0023). */
      recorded: z.optional(z.enum(['ends', 'stock'])),
      /** Evidence whose summary matches this measured only the brand's own range: it backs no ranking. */
      beyondOwn: z.optional(regexSource),
    }),
  ),
  /**
   * Literal prefilter: lowercase strings of which at least one occurs in the lowercased text whenever
   * the pattern can match (a unit test holds every rule to this). Texts without any are not scanned.
   * For a `words` rule, a literal that starts with a letter or digit must occur at a word start (after a
   * character that is not a letter, digit or `_`): the prefilter only looks for it there.
   */
  requires: z.optional(z.array(lowerLiteral).check(z.minLength(1))),
  /** Keep a match only when its count of digits lies in [min, max] (phone numbers vs. prices). */
  digits: z.optional(z.strictObject({ min: z.int(), max: z.int() })),
  /** Report only the first match of each text: one template default repeated is one thing to fix. */
  once: z.optional(z.literal(true)),
  /** Deliverable kinds the pattern does not read: an alt text is meant to name colours and positions. */
  skipKinds: z.optional(z.array(z.enum(DELIVERABLE_KINDS)).check(z.minLength(1))),
  /**
   * A percentage the copy works out from two figures it states in the same sentence ("25% less: 6 g instead
   * of 8 g") can be checked on the copy itself: no finding when the figures give it (stated-figures.ts).
   * `pair` finds the figures, new then old as groups `a` and `b`, or old then new as `c` and `d`; `notOf`
   * names what such a comparison still needs evidence for (a nutrient's reduction is a nutrition claim).
   */
  statedFigures: z.optional(
    z.strictObject({
      pair: regexSource,
      notOf: z.optional(regexSource),
      within: z.int().check(z.positive()),
    }),
  ),
  /**
   * An address the advertiser publishes as its own (own-address.ts): no finding when the match starts with
   * the brand's name, repeats the sender's postal address, or has `business` cues (opening hours, an imprint,
   * "our shop") within `within` characters and no `person` cue (a winner, "lives at") there.
   */
  ownAddress: z.optional(
    z.strictObject({ business: regexSource, person: regexSource, within: z.int().check(z.positive()) }),
  ),
});

const kinds = z.array(z.enum(DELIVERABLE_KINDS)).check(z.minLength(1));
/** Literal prefilter of a check's main regex, as in pattern rules (anywhere in a match). */
const near = z.int().check(z.positive());
/** What evidence-quality rules report: evidence that does not count, and (ADR 0022) what it states of itself. */
const STATED_PROBLEMS = ['part-only', 'no-comparison', 'unlike'] as const;
const COUNT_PROBLEMS = ['stale', 'partial', 'unsuitable', 'contradicted', 'figure', 'unsupported'] as const;
const EVIDENCE_PROBLEMS = [...COUNT_PROBLEMS, ...STATED_PROBLEMS] as const;
const categories = z.array(z.enum(CLAIM_CATEGORIES)).check(z.minLength(1));

/** Built-in checks and their parameters. */
export const checkParamSchemas = {
  'competitor-comparison': z.strictObject({
    comparators: regexSource,
    competitors: z.array(z.string().check(z.minLength(1))),
    /** A comparison with a capitalised name (not the package's own brand) counts as a named competitor. */
    namedCompetitor: z.optional(regexSource),
    /** Capitalised words never a competitor (weekdays, holidays); no comparison beside `notComparison`. */
    notNamed: z.optional(regexSource),
    notComparison: z.optional(regexSource),
    /** Package texts announcing a match: `vs` between two capitalised names is then a fixture. */
    fixturePackage: z.optional(regexSource),
    windowChars: z.int().check(z.positive()),
    /** Literal prefilter for `comparators`, as in pattern rules. */
    requires: literals,
  }),
  'claim-evidence': z.strictObject({ categories }),
  /**
   * A claim that ranks in its market (policy `ranking`), backed by evidence of the whole market, in a channel
   * whose copy and disclosures neither match `signpost` nor name the evidence's source (its reference's
   * capitalised words that are not `generic`): in `regions`, a comparison must be verifiable.
   */
  'ranking-basis': z.strictObject({
    signpost: regexSource,
    generic: regexSource,
    regions: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1)),
  }),
  /** A put-down (`putdown`, prefiltered by `requires`) in or beside the sentence of a named rival or `rivals`. */
  'competitor-putdown': z.strictObject({
    rivals: regexSource,
    putdown: regexSource,
    /** A put-down right after one of these ("no more toys", "kein Spielzeug") denies it of someone. */
    negation: z.optional(regexSource),
    /** Nor is one right after these: the reader's ("your old junk") or a preposition's ("in the rubbish"). */
    notOfRival: z.optional(regexSource),
    requires: literals,
  }),
  /** Evidence on file that does not count (stale, partial, unsuitable, contradicted, unsupported) or reach. */
  'evidence-quality': z.strictObject({
    categories,
    maxAgeDays: z.int().check(z.positive()),
    unsuitable: z.record(z.string(), z.array(z.enum(EVIDENCE_KINDS))),
    /** Which problems this rule reports (stale, unsuitable and what evidence states of itself block; partial asks a person). */
    problems: z.array(z.enum(EVIDENCE_PROBLEMS)),
    /** Topic of a claim stating a deadline or stock count: its contradicted evidence is false urgency. */
    timingTopic: z.optional(z.string()),
    /** A hold on a clock in a claim ("reserved for 15:00 minutes"): a countdown, so a timing claim too. */
    holds: z.optional(regexSource),
    /** What introduces the product an award went to in its evidence (`by`: "awarded to"): another product's
     * award backs nothing, a problem of `topic` whatever the claim's category. */
    winner: z.optional(z.strictObject({ by: regexSource, topic: z.enum(TOPICS) })),
    /** Topic of a toy claimed for younger children than its evidence allows, per product sold (age-grade.ts). */
    ageGrade: z.optional(z.partialRecord(z.enum(PRODUCT_CATEGORIES), z.enum(TOPICS))),
    /**
     * A testimonial's own result: a claim of a topic in `from` whose only evidence is of `kinds` (a customer's
     * story), cited by copy that tells a person's result (`result`), reports under `topic` (the endorsement).
     */
    testimonial: z.optional(
      z.strictObject({
        from: z.array(z.enum(TOPICS)).check(z.minLength(1)),
        kinds: z.array(z.enum(EVIDENCE_KINDS)).check(z.minLength(1)),
        result: regexSource,
        topic: z.enum(TOPICS),
        /** What typical results are, said beside every telling of the result: the result is the person's own. */
        typical: z.optional(regexSource),
      }),
    ),
  }),
  /** Copy matching `trigger` (and `with`) is a finding unless some copy or disclosure matches `unless`. */
  'co-occurrence': z.strictObject({
    trigger: regexSource,
    with: z.optional(regexSource),
    unless: z.optional(regexSource),
    regions: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/)))),
    requires: literals,
    /** `with` may also be in the evidence (ref and summary) of the claims that state the trigger. */
    evidence: z.optional(z.boolean()),
    /** A copy text that also matches this (within `withoutNear` characters of the trigger) is qualified. */
    without: z.optional(regexSource),
    withoutNear: z.optional(near),
    /** A trigger stated inside a negation ("we won't tell you it is eco-friendly") is no claim. */
    negation: z.optional(z.boolean()),
    /** No finding when a claim of one of `categories` has current evidence of one of `kinds` on file. */
    unlessEvidence: z.optional(
      z.strictObject({
        categories: z.array(z.enum(CLAIM_CATEGORIES)).check(z.minLength(1)),
        kinds: z.array(z.enum(EVIDENCE_KINDS)).check(z.minLength(1)),
        /** The evidence's ref or summary must name one of these (a recognised label). */
        names: z.optional(regexSource),
      }),
    ),
  }),
  /** Each deliverable's language, declared or detected; a language without a rulebook is a finding. */
  'language-coverage': z.strictObject({}),
  /** `foreignMarker`: an ad marker of a language without a rulebook, read as in endorsement-disclosure. */
  'ad-disclosure': z.strictObject({
    marker: regexSource,
    kinds,
    foreignMarker: z.optional(regexSource),
    /** A note naming, before its marker, where nobody reads first (a footer) covers nothing; nor `notEarner`s. */
    buriedAt: z.optional(regexSource),
    notEarner: z.optional(regexSource),
  }),
  'channel-marker': z.strictObject({
    marker: regexSource,
    /** Channels whose copy matches this (transactional messages) need no marker. */
    unless: z.optional(regexSource),
  }),
  'postal-address': z.strictObject({
    address: regexSource,
    /** The address must be printed in the mail itself; `sender.postalAddress` alone does not show it (CAN-SPAM). */
    inMessage: z.optional(z.boolean()),
  }),
  length: z.strictObject({ kinds, max: z.int().check(z.positive()) }),
  'sms-segments': z.strictObject({
    minSegments: z.int().check(z.positive()),
    maxSegments: z.optional(z.int().check(z.positive())),
  }),
  readability: z.strictObject({
    kinds,
    minWords: z.int().check(z.positive()),
    below: z.int(),
    atLeast: z.optional(z.int()),
  }),
  'date-order': z.strictObject({
    field: z.enum(['launch', 'reviewBy', 'submittedAt']),
    relation: z.enum(['before-handoff', 'after-handoff']),
  }),
  'claim-refs': z.strictObject({}),
  'cta-in-copy': z.strictObject({}),
  'kpi-direction': z.strictObject({}),
  'channel-allowed': z.strictObject({}),
  'forbidden-terms': z.strictObject({}),
  mandatories: z.strictObject({}),
  'required-fields': z.strictObject({}),
  'non-empty': z.strictObject({ field: z.enum(['story.proofPoints', 'audience.segments']) }),
  /**
   * Copy matching `pattern` when the audience text matches `audience` and the package text `context` (or it
   * declares it sells one of `declares`); none where the deliverable, or its channel with `unlessIn`, matches
   * `unless`, or its channel (every text of the ad) matches `unlessChannel`, a narrower reading for a note
   * read beyond the text itself. `once`: first match only; `regions`: packages aimed there; `sells`: ADR 0024.
   */
  'audience-copy': z.strictObject({
    pattern: regexSource,
    audience: z.optional(regexSource),
    context: z.optional(regexSource),
    unless: z.optional(regexSource),
    unlessIn: z.optional(z.enum(['copy', 'channel'])),
    unlessChannel: z.optional(regexSource),
    once: z.optional(z.boolean()),
    regions: z.optional(z.array(z.string())),
    sells: z.optional(z.array(z.enum(PRODUCT_CATEGORIES)).check(z.minLength(1))),
    declares: z.optional(z.array(z.enum(PRODUCT_CATEGORIES)).check(z.minLength(1))),
    requires: literals,
  }),
  ...messagingCheckParamSchemas,
  ...factCheckParamSchemas,
  /** Alt text that is empty, a file name, a hashtag, only a generic word, or (`words`) a run of keywords. */
  'alt-text': z.strictObject({ generic: regexSource, words: z.optional(regexSource) }),
  /**
   * An image without a usable text alternative (`generic`, `words` as for alt-text; none while copy points to
   * it by `reference`) that carries a recorded offer (copy points to it, or the package text gives its words:
   * `carries`), or beside a button whose whole label is `vagueLink`.
   */
  'image-offer': z.strictObject({
    generic: regexSource,
    words: regexSource,
    reference: regexSource,
    carries: regexSource,
    vagueLink: regexSource,
  }),
  /** Copy that points to an image carrying information while the channel has no alt text. */
  'image-without-alt': z.strictObject({ reference: regexSource }),
  ...commerceCheckParamSchemas,
} as const;
export type CheckName = keyof typeof checkParamSchemas;
export type CheckParams<C extends CheckName> = z.infer<(typeof checkParamSchemas)[C]>;
const CHECK_NAMES = Object.keys(checkParamSchemas) as [CheckName, ...CheckName[]];
const checkMatch = z.strictObject({
  kind: z.literal('check'),
  check: z.enum(CHECK_NAMES),
  params: z.record(z.string(), z.unknown()),
});

const phrasesMatch = z.strictObject({
  kind: z.literal('phrases'),
  /** retext-equality phrases: words separated by spaces, `*` = any one word. */
  phrases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  considerate: z.array(z.string()),
  /** For retext-equality `or` patterns: the gender of each phrase; a phrase is fine next to the other one. */
  genders: z.optional(z.array(z.enum(['female', 'male']))),
  /** Phrases in which a matched phrase is not about people ("go nuts"): a hit inside one is dropped. */
  except: z.optional(z.array(z.string().check(z.minLength(1)))),
});

const example = z.union([z.string(), factsExampleSchema]);
export type RuleExample = z.infer<typeof example>;

const ruleFields = {
  id: ruleId,
  family: z.enum(RULE_FAMILIES),
  severity: z.enum(SEVERITIES),
  channels,
  rationale: z.string().check(z.minLength(1)),
  /** Finding message; `{match}`, `{value}`, `{limit}`, … are filled in by the engine. */
  message: z.string().check(z.minLength(1)),
  /** Block findings of this rule raise the risk to critical when they concern these domains. */
  riskDomains: z.optional(z.array(z.enum(['health', 'finance']))),
  /** The regulatory topic the rule guards (the evaluation set's family vocabulary); style rules have none. */
  topic: z.optional(z.enum(TOPICS)),
  /** Why it matters, for a marketer, in one sentence that names the public rule it rests on. */
  why: z.optional(z.string().check(z.minLength(1))),
  /** What to do about it, in one sentence. */
  fix: z.optional(z.string().check(z.minLength(1))),
  /** Languages (BCP 47 primary subtags) whose copy the rule reads; absent = every language with a rulebook. */
  languages: z.optional(z.array(z.enum(LANGUAGES)).check(z.minLength(1))),
  /** Languages (BCP 47 primary subtags) whose texts the rule never reads: where its word is a common word. */
  exceptLanguages: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}$/))).check(z.minLength(1))),
  /**
   * For `handoff explain`: copy on which the rule fires, and copy on which it does not (a unit test runs
   * both); for a rule on package facts, the facts each way instead (set on a package with copy on the
   * rule's first channel).
   */
  examples: z.optional(z.strictObject({ fires: example, passes: example })),
  /**
   * The severity stands under the severity policy: a warn of a regulated topic is not raised to block.
   * For a fact that is lawful in some places and not in others, where a person decides (a US gambling age).
   */
  keepSeverity: z.optional(z.literal(true)),
};

export const ruleSchema = z.strictObject({
  ...ruleFields,
  match: z.discriminatedUnion('kind', [patternMatch, checkMatch, phrasesMatch]),
});

export const importSchema = z.strictObject({
  /** `inclusive-en`: retext-equality's basic patterns; `inclusive-en-or`: its gendered pairs. */
  list: z.enum(['inclusive-en', 'inclusive-en-or']),
  idPrefix: z.string(),
  family: z.enum(RULE_FAMILIES),
  severity: z.enum(SEVERITIES),
  channels,
  message: z.string(),
  fallbackRationale: z.string(),
  /** Topic of every imported rule (its findings then ask a person under the severity policy). */
  topic: z.optional(z.enum(TOPICS)),
  /** Languages whose copy the imported rules read (the lists are English wording). */
  languages: z.optional(z.array(z.enum(LANGUAGES)).check(z.minLength(1))),
  /**
   * Severity per imported pattern id where the list's default does not fit marketing copy, e.g. the
   * "words to avoid in educational writing" (easy, just, simple) are style hints here, not inclusion risks.
   */
  severityOverrides: z.optional(z.record(z.string(), z.enum(SEVERITIES))),
});

export const rulebookSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/)),
  version: z.string().check(z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/)),
  title: z.string(),
  description: z.string(),
  policy: z.optional(policySchema),
  rules: z.array(ruleSchema),
  imports: z.optional(z.array(importSchema)),
  /**
   * Regex pieces several rules share, by name: `\{fragment:NAME\}` in a rule's regex (or another piece)
   * stands for the piece, as a group (rulebook.ts). One list, not a copy per rule.
   */
  fragments: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z-]*$/)), regexSource)),
});

export type RuleData = z.infer<typeof ruleSchema>;
export type RulebookData = z.infer<typeof rulebookSchema>;
export type PatternMatch = z.infer<typeof patternMatch>;
export type ImportData = z.infer<typeof importSchema>;
