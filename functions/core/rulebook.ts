import inclusiveEn from '../../contracts/rulebooks/inclusive-en.generated.json' with { type: 'json' };
import marketingDefault100 from '../../contracts/rulebooks/marketing-default-1.0.0.json' with {
  type: 'json',
};
import marketingDefault110 from '../../contracts/rulebooks/marketing-default-1.1.0.json' with {
  type: 'json',
};
import marketingDefault120 from '../../contracts/rulebooks/marketing-default-1.2.0.json' with {
  type: 'json',
};
import marketingTopics100 from '../../contracts/rulebooks/marketing-topics-1.0.0.json' with { type: 'json' };
import marketingTopics110 from '../../contracts/rulebooks/marketing-topics-1.1.0.json' with { type: 'json' };
import type { RuleFamily, Severity } from './artifact-types.ts';
import { BUNDLED_DATA_VALIDATED } from './bundled-data.ts';
import { HandoffError } from './errors.ts';
import type { FactsExample } from './facts-schema.ts';
import { inclusiveListSchema } from './inclusive-list-schema.ts';
import type { Channel } from './package-schema.ts';
import {
  checkParamSchemas,
  type ImportData,
  type Policy,
  type RulebookData,
  type RuleData,
  type RuleExample,
  rulebookSchema,
  type Topic,
} from './rulebook-schema.ts';
import { fastBoundaries } from './rules/regex.ts';

/**
 * Rulebooks are data (`contracts/rulebooks/<id>-<version>.json`), validated with rulebook-schema.ts the
 * first time one is asked for and kept for the process (score.ts compiles each once, never per package).
 * A contract names two of the bundled books; the older ones stay for replay and only load when asked for.
 */

export * from './facts-schema.ts';
export * from './rulebook-schema.ts';

/** What `handoff explain RULE_ID` shows. */
export interface RuleInfo {
  id: string;
  family: RuleFamily;
  severity: Severity;
  rationale: string;
  channels: 'all' | Channel[];
  rulebook: { id: string; version: string };
  topic?: Topic;
  why?: string;
  fix?: string;
  /** Copy, or for a rule on package facts the facts (see rulebook-schema.ts). */
  examples?: { fires: RuleExample; passes: RuleExample };
}

/** A rulebook with its imports expanded and all rules validated. */
export interface Rulebook {
  id: string;
  version: string;
  title: string;
  description: string;
  policy: Policy | undefined;
  rules: RuleData[];
}

export class RulebookNotFoundError extends HandoffError {
  override readonly name = 'RulebookNotFoundError';
}

export class RulebookInvalidError extends HandoffError {
  override readonly name = 'RulebookInvalidError';
}

type InclusiveList = ReturnType<typeof inclusiveListSchema.parse>;
let inclusiveList: InclusiveList | undefined;
const inclusive = () => {
  inclusiveList ??= BUNDLED_DATA_VALIDATED
    ? (inclusiveEn as InclusiveList)
    : inclusiveListSchema.parse(inclusiveEn);
  return inclusiveList;
};

/** The rules one import adds: retext-equality basic patterns, or its gendered `or` pairs. */
function importedRules(imp: ImportData): RuleData[] {
  const base = (id: string, note: string | null) => ({
    id: `${imp.idPrefix}${id}`,
    family: imp.family,
    severity: imp.severityOverrides?.[id] ?? imp.severity,
    channels: imp.channels,
    rationale: note ?? imp.fallbackRationale,
    message: imp.message,
    ...(imp.topic ? { topic: imp.topic } : {}),
    ...(imp.languages ? { languages: imp.languages } : {}),
  });
  if (imp.list === 'inclusive-en-or') {
    return inclusive().orPatterns.map((p) => ({
      ...base(p.id, p.note),
      match: {
        kind: 'phrases' as const,
        phrases: [...p.female, ...p.male],
        considerate: p.considerate,
        genders: [...p.female.map(() => 'female' as const), ...p.male.map(() => 'male' as const)],
      },
    }));
  }
  return inclusive().patterns.map((p) => ({
    ...base(p.id, p.note),
    match: {
      kind: 'phrases' as const,
      phrases: p.phrases,
      considerate: p.considerate,
      ...(p.except ? { except: p.except } : {}),
    },
  }));
}

/** Strings anywhere in rule parameters, mapped. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}

const FRAGMENT = /\\\{fragment:([a-z][a-z-]*)\\\}/g;

/**
 * A regex source with each `\{fragment:NAME\}` replaced by the rulebook's piece of that name, as a group;
 * a piece may name other pieces (a few levels deep, no cycles).
 */
export function withFragments(source: string, data: RulebookData, depth = 0): string {
  if (!source.includes('\\{fragment:')) return source;
  return source.replace(FRAGMENT, (_, name: string) => {
    const pieces = data.fragments ?? {};
    if (!Object.hasOwn(pieces, name) || depth > 4) {
      throw new RulebookInvalidError(`${data.id}@${data.version}: no regex fragment ${name}, or a cycle`);
    }
    return `(?:${withFragments(pieces[name] as string, data, depth + 1)})`;
  });
}

/**
 * A rule with its shared regex pieces filled in everywhere in its match (a piece left unfilled would be read
 * as literal text) and its word boundaries spelled the cheap way (fastBoundaries).
 */
function prepared(rule: RuleData, data: RulebookData): RuleData {
  const f = (s: string) => fastBoundaries(withFragments(s, data));
  const m = rule.match;
  if (m.kind === 'pattern') {
    const filled = mapStrings(m, (s) => withFragments(s, data)) as typeof m;
    return { ...rule, match: { ...filled, source: fastBoundaries(filled.source) } };
  }
  if (m.kind === 'check') return { ...rule, match: { ...m, params: mapStrings(m.params, f) } } as RuleData;
  return rule;
}

function expand(data: RulebookData, validated = false): Rulebook {
  const rules: RuleData[] = [...data.rules];
  for (const imp of data.imports ?? []) rules.push(...importedRules(imp));
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id))
      throw new RulebookInvalidError(`${data.id}@${data.version}: duplicate rule id ${r.id}`);
    seen.add(r.id);
    if (r.match.kind === 'check' && !validated) {
      const schema = checkParamSchemas[r.match.check];
      const parsed = schema.safeParse(r.match.params);
      if (!parsed.success) {
        throw new RulebookInvalidError(
          `${data.id}@${data.version}: rule ${r.id} has invalid params for check ${r.match.check}`,
        );
      }
    }
  }
  const { id, version, title, description, policy } = data;
  return { id, version, title, description, policy, rules: rules.map((r) => prepared(r, data)) };
}

/** Expand the imports of rulebook data validated earlier (validatedBundledData), without validating again. */
export function rulebookFromValidated(data: unknown): Rulebook {
  return expand(data as RulebookData, true);
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

/** The raw data of every rulebook bundled with the engine, keyed `id@version`, in bundle order. */
const BUNDLED: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['marketing-default@1.0.0', marketingDefault100],
  ['marketing-default@1.1.0', marketingDefault110],
  ['marketing-topics@1.0.0', marketingTopics100],
  ['marketing-default@1.2.0', marketingDefault120],
  ['marketing-topics@1.1.0', marketingTopics110],
]);
const loaded = new Map<string, Rulebook>();

export function getRulebook(id: string, version: string): Rulebook {
  const key = `${id}@${version}`;
  const known = loaded.get(key);
  if (known !== undefined) return known;
  const raw = BUNDLED.get(key);
  if (raw === undefined) {
    throw new RulebookNotFoundError(`rulebook ${key} is not bundled with this engine`);
  }
  const rb = BUNDLED_DATA_VALIDATED ? rulebookFromValidated(raw) : loadRulebook(raw);
  if (`${rb.id}@${rb.version}` !== key) {
    throw new RulebookInvalidError(`bundled rulebook ${key} says it is ${rb.id}@${rb.version}`);
  }
  loaded.set(key, rb);
  return rb;
}

/**
 * The bundled data files, validated (file name → the data as the schema returns it): what
 * bin/build-cli.mjs bakes into the built CLI. Throws RulebookInvalidError like getRulebook.
 */
export function validatedBundledData(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'inclusive-en.generated.json': inclusiveListSchema.parse(inclusiveEn),
  };
  for (const [key, raw] of BUNDLED) {
    const rb = loadRulebook(raw);
    if (`${rb.id}@${rb.version}` !== key) {
      throw new RulebookInvalidError(`bundled rulebook ${key} says it is ${rb.id}@${rb.version}`);
    }
    out[`${key.replace('@', '-')}.json`] = rulebookSchema.parse(raw);
  }
  return out;
}

/** Every rulebook bundled with the engine (each validated on first use), in bundle order. */
export function bundledRulebooks(): Rulebook[] {
  return [...BUNDLED.keys()].map((key) => {
    const at = key.lastIndexOf('@');
    return getRulebook(key.slice(0, at), key.slice(at + 1));
  });
}

/** Every rule of every bundled rulebook, sorted by id, for `handoff explain`. */
export function listRules(): RuleInfo[] {
  const out: RuleInfo[] = [];
  for (const rb of bundledRulebooks()) {
    for (const r of rb.rules) {
      out.push({
        id: r.id,
        family: r.family,
        severity: r.severity,
        rationale: r.rationale,
        channels: r.channels,
        rulebook: { id: rb.id, version: rb.version },
        ...(r.topic && { topic: r.topic }),
        ...(r.why && { why: r.why }),
        ...(r.fix && { fix: r.fix }),
        ...(r.examples && { examples: r.examples }),
      });
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One rule by id (the newest bundled rulebook that has it), or undefined. */
export function explainRule(id: string): RuleInfo | undefined {
  return listRules()
    .filter((r) => r.id === id)
    .pop();
}

/** An offer record in words: `ends 2027-03-31, stock 340, timer restarts, repeats`. */
function offerLine(o: NonNullable<FactsExample['offer']>): string {
  return [
    ...(o.ends ? [`ends ${o.ends}`] : []),
    ...(o.stock !== undefined ? [`stock ${o.stock}`] : []),
    ...(o.timer ? [`timer ${o.timer}`] : []),
    ...(o.repeats !== undefined ? [o.repeats ? 'repeats' : 'does not repeat'] : []),
  ].join(', ');
}

/** An example's facts in one line: `regions GB; consent email: none (rented); minAge 16; sells alcohol`. */
export function exampleFactsLine(f: FactsExample): string {
  const a = f.audience;
  const consent = (a?.consent ?? []).map(
    (e) => `${e.channel}: ${e.basis}${e.source ? ` (${e.source})` : ''}`,
  );
  return [
    ...(a?.regions ? [`regions ${a.regions.join(', ')}`] : []),
    ...(a?.consent ? [`consent ${consent.length > 0 ? consent.join(', ') : 'none stated'}`] : []),
    ...(a?.minAge !== undefined ? [`minAge ${a.minAge}`] : []),
    ...(f.product ? [`sells ${f.product.categories.join(', ')}`] : []),
    ...(f.offer ? [`offer ${offerLine(f.offer)}`] : []),
    ...(f.copy ? [`copy “${f.copy}”`] : []),
  ].join('; ');
}

const exampleLine = (e: RuleExample, channels: RuleInfo['channels']) =>
  typeof e === 'string'
    ? e
    : `a package with ${channels === 'all' ? 'copy' : `${channels[0]} copy`}, ${exampleFactsLine(e)}`;

/** The words `handoff explain` prints after the rule's facts: why, fix, and an example each way. */
export function explainLines(r: RuleInfo): string[] {
  const ex = r.examples;
  return [
    `  why        ${r.why ?? r.rationale}`,
    ...(r.fix ? [`  fix        ${r.fix}`] : []),
    ...(ex
      ? [
          `  fires on   ${exampleLine(ex.fires, r.channels)}`,
          `  passes     ${exampleLine(ex.passes, r.channels)}`,
        ]
      : []),
  ];
}
