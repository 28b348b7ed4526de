import * as z from 'zod/mini';
import inclusiveEn from '../../contracts/rulebooks/inclusive-en.generated.json' with { type: 'json' };
import marketingDefault100 from '../../contracts/rulebooks/marketing-default-1.0.0.json' with {
  type: 'json',
};
import type { RuleFamily, Severity } from './artifact-types.ts';
import { RULE_FAMILIES } from './artifact-types.ts';
import { HandoffError } from './errors.ts';
import type { Channel } from './package-schema.ts';
import { CHANNELS, CLAIM_CATEGORIES, DELIVERABLE_KINDS } from './package-schema.ts';

/**
 * Rulebooks are data (`contracts/rulebooks/<id>-<version>.json`), validated with the schema below and
 * compiled ONCE at module load: every regex is built here, never per package.
 */

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const SCOPES = ['copy', 'text', 'cta-url'] as const;
/** copy = deliverable copy (channel-filtered); text = every other human-readable string; cta-url = /cta/url. */
export type Scope = (typeof SCOPES)[number];

const ruleId = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'dotted lowercase rule id'));
const channels = z.union([z.literal('all'), z.array(z.enum(CHANNELS)).check(z.minLength(1))]);
const regexSource = z.string().check(
  z.minLength(1),
  z.refine((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'a valid Unicode regular expression'),
);
const flags = z
  .string()
  .check(z.regex(/^[imsu]*$/, 'regex flags from i, m, s, u (g is added by the engine)'));

const lowerLiteral = z.string().check(
  z.minLength(1),
  z.refine((s) => s === s.toLowerCase(), 'lowercase'),
);

const patternMatch = z.strictObject({
  kind: z.literal('pattern'),
  source: regexSource,
  flags,
  scopes: z.array(z.enum(SCOPES)).check(z.minLength(1)),
  /** Wrap the source in Unicode word boundaries, so "best" does not match "bestow". */
  words: z.boolean(),
  /**
   * The phrase is a claim that evidence can back: no finding when a claim with evidence contains the
   * matched phrase, or the deliverable's claimRefs cite a claim with evidence (of these categories).
   */
  substantiation: z.optional(z.strictObject({ categories: z.optional(z.array(z.enum(CLAIM_CATEGORIES))) })),
  /**
   * Literal prefilter: lowercase strings of which at least one occurs in the lowercased text whenever
   * the pattern can match (a unit test holds every rule to this). Texts without any are not scanned.
   * For a `words` rule, a literal that starts with a letter or digit must occur at a word start (after a
   * character that is not a letter, digit or `_`): the prefilter only looks for it there.
   */
  requires: z.optional(z.array(lowerLiteral).check(z.minLength(1))),
  /** Keep a match only when its count of digits lies in [min, max] (phone numbers vs. prices). */
  digits: z.optional(z.strictObject({ min: z.int(), max: z.int() })),
});

const kinds = z.array(z.enum(DELIVERABLE_KINDS)).check(z.minLength(1));
const categories = z.array(z.enum(CLAIM_CATEGORIES)).check(z.minLength(1));

/** Built-in checks and their parameters. */
export const checkParamSchemas = {
  'competitor-comparison': z.strictObject({
    comparators: regexSource,
    competitors: z.array(z.string().check(z.minLength(1))),
    windowChars: z.int().check(z.positive()),
    /** Literal prefilter for `comparators`, as in pattern rules. */
    requires: z.optional(z.array(lowerLiteral).check(z.minLength(1))),
  }),
  'claim-evidence': z.strictObject({ categories }),
  'ad-disclosure': z.strictObject({ marker: regexSource, kinds }),
  'channel-marker': z.strictObject({ marker: regexSource }),
  'postal-address': z.strictObject({ address: regexSource }),
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
});

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
};

export const ruleSchema = z.strictObject({
  ...ruleFields,
  match: z.discriminatedUnion('kind', [patternMatch, checkMatch, phrasesMatch]),
});

const importSchema = z.strictObject({
  list: z.literal('inclusive-en'),
  idPrefix: z.string(),
  family: z.enum(RULE_FAMILIES),
  severity: z.enum(SEVERITIES),
  channels,
  message: z.string(),
  fallbackRationale: z.string(),
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
  rules: z.array(ruleSchema),
  imports: z.optional(z.array(importSchema)),
});

export const inclusiveListSchema = z.strictObject({
  source: z.string(),
  version: z.string(),
  patterns: z.array(
    z.strictObject({
      id: z.string(),
      phrases: z.array(z.string()),
      considerate: z.array(z.string()),
      note: z.nullable(z.string()),
    }),
  ),
});

export type RuleData = z.infer<typeof ruleSchema>;
export type RulebookData = z.infer<typeof rulebookSchema>;
export type PatternMatch = z.infer<typeof patternMatch>;

/** What `handoff explain RULE_ID` shows. */
export interface RuleInfo {
  id: string;
  family: RuleFamily;
  severity: Severity;
  rationale: string;
  channels: 'all' | Channel[];
  rulebook: { id: string; version: string };
}

/** A rulebook with its imports expanded and all rules validated. */
export interface Rulebook {
  id: string;
  version: string;
  title: string;
  description: string;
  rules: RuleData[];
}

export class RulebookNotFoundError extends HandoffError {
  override readonly name = 'RulebookNotFoundError';
}

export class RulebookInvalidError extends HandoffError {
  override readonly name = 'RulebookInvalidError';
}

function expand(data: RulebookData): Rulebook {
  const rules: RuleData[] = [...data.rules];
  for (const imp of data.imports ?? []) {
    const list = inclusiveListSchema.parse(inclusiveEn);
    for (const p of list.patterns) {
      rules.push({
        id: `${imp.idPrefix}${p.id}`,
        family: imp.family,
        severity: imp.severityOverrides?.[p.id] ?? imp.severity,
        channels: imp.channels,
        rationale: p.note ?? imp.fallbackRationale,
        message: imp.message,
        match: { kind: 'phrases', phrases: p.phrases, considerate: p.considerate },
      });
    }
  }
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id))
      throw new RulebookInvalidError(`${data.id}@${data.version}: duplicate rule id ${r.id}`);
    seen.add(r.id);
    if (r.match.kind === 'check') {
      const schema = checkParamSchemas[r.match.check];
      const parsed = schema.safeParse(r.match.params);
      if (!parsed.success) {
        throw new RulebookInvalidError(
          `${data.id}@${data.version}: rule ${r.id} has invalid params for check ${r.match.check}`,
        );
      }
    }
  }
  return { id: data.id, version: data.version, title: data.title, description: data.description, rules };
}

/** Validate rulebook data and expand its imports; throws RulebookInvalidError. */
export function loadRulebook(raw: unknown): Rulebook {
  const parsed = rulebookSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RulebookInvalidError(
      `invalid rulebook at /${issue?.path.join('/') ?? ''}: ${issue?.message ?? 'unknown problem'}`,
    );
  }
  return expand(parsed.data);
}

/** Every rulebook bundled with the engine, keyed `id@version`. */
export const RULEBOOKS: ReadonlyMap<string, Rulebook> = new Map(
  [loadRulebook(marketingDefault100)].map((rb) => [`${rb.id}@${rb.version}`, rb]),
);

export function getRulebook(id: string, version: string): Rulebook {
  const rb = RULEBOOKS.get(`${id}@${version}`);
  if (!rb) throw new RulebookNotFoundError(`rulebook ${id}@${version} is not bundled with this engine`);
  return rb;
}

/** Every rule of every bundled rulebook, sorted by id, for `handoff explain`. */
export function listRules(): RuleInfo[] {
  const out: RuleInfo[] = [];
  for (const rb of RULEBOOKS.values()) {
    for (const r of rb.rules) {
      out.push({
        id: r.id,
        family: r.family,
        severity: r.severity,
        rationale: r.rationale,
        channels: r.channels,
        rulebook: { id: rb.id, version: rb.version },
      });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One rule by id (first bundled rulebook that has it), or undefined. */
export function explainRule(id: string): RuleInfo | undefined {
  return listRules().find((r) => r.id === id);
}
