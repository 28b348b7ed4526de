import type { Finding } from '../artifact-types.ts';
import { valueAt } from '../json-pointer.ts';
import type { Claim, HandoffPackage } from '../package-schema.ts';
import type { Policy } from '../rulebook-schema.ts';
import { sentenceSpans } from './checks/sentences.ts';
import { claimTopic, type Ranking } from './claim-topic.ts';
import { DELIVERABLE_POINTER } from './view.ts';

/** A rulebook's reading of which family a claim finding reports under (`policy.attribution`, ADR 0032). */
export type Attribution = NonNullable<Policy['attribution']>;

const isProblem = (f: Finding) => f.severity === 'warn' || f.severity === 'block';
/** A sentence this short ("Guaranteed.", "Zero risk!", "Clinically proven.") completes the one before it. */
const FRAGMENT_WORDS = 3;
const CLAIM = /^\/claims\/(\d+)\//u;

/**
 * One claim, one family (ADR 0032). Wording that only qualifies a claim (how sure: "guaranteed", "risk-free";
 * how proven: "clinically proven", "tests show"; how much: "cuts bills by 30%") has no subject of its own: its
 * finding reports under the claim it qualifies, when that claim is raised on the same sentence (a qualifier
 * that is a fragment of a few words on its own belongs to the sentences beside it) or is a claim on file that
 * says the words and that the copy cites; the earliest topic of `order` wins, and a qualifier keeps its own topic when nothing earlier is there. A claim's finding
 * of a `citedBy.from` topic (a whole-field claim) reports under `citedBy.to` when copy citing the claim raises
 * that topic (the copy names the rivals). Only topics move, never severities; findings are copied, not changed.
 */
export function attribute(
  findings: readonly Finding[],
  pkg: HandoffPackage,
  a: Attribution,
  topicOfCategory: Readonly<Partial<Record<string, string>>>,
  ranking: Ranking | undefined,
): Finding[] {
  const rank = (t: string | undefined) => {
    const i = t === undefined ? -1 : (a.order as readonly string[]).indexOf(t);
    return i < 0 ? a.order.length : i;
  };
  const qualifiers = new Set(a.qualifiers);
  const byPointer = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!isProblem(f) || f.span === null || rank(f.topic) === a.order.length) continue;
    const list = byPointer.get(f.pointer);
    if (list === undefined) byPointer.set(f.pointer, [f]);
    else list.push(f);
  }
  const citing = a.citedBy === undefined ? null : citingTopics(findings, pkg, a.citedBy.to);
  let changed = false;
  const out = findings.map((f) => {
    let topic: string | undefined;
    if (qualifiers.has(f.ruleId) && f.span !== null) {
      topic = qualifiedTopic(f, f.span, pkg, byPointer.get(f.pointer) ?? [], rank, (c) =>
        claimTopic(c, topicOfCategory, ranking),
      );
    } else if (citing !== null && a.citedBy?.from.includes(f.topic as never)) {
      const claim = CLAIM.exec(f.pointer);
      if (claim !== null && citing.has(Number(claim[1]))) topic = a.citedBy.to;
    }
    if (topic === undefined || topic === f.topic) return f;
    changed = true;
    return { ...f, topic };
  });
  return changed ? out : (findings as Finding[]);
}

/** The earliest-ranked topic the qualifier at `span` stands under, or undefined to keep its own. */
function qualifiedTopic(
  f: Finding,
  span: [number, number],
  pkg: HandoffPackage,
  same: readonly Finding[],
  rank: (t: string | undefined) => number,
  topicOfClaim: (c: Claim) => string | undefined,
): string | undefined {
  const text = valueAt(pkg, f.pointer);
  if (typeof text !== 'string') return undefined;
  const [from, to] = windowOf(text, span);
  let best = f.topic;
  for (const o of same) {
    if (o === f || o.span === null || o.span[1] <= from || o.span[0] >= to) continue;
    if (rank(o.topic) < rank(best)) best = o.topic;
  }
  // A claim on file that says these words, cited by this deliverable: "Clinically proven to double your deep sleep".
  const at = DELIVERABLE_POINTER.exec(f.pointer);
  const refs = at === null ? [] : (pkg.channels[Number(at[1])]?.deliverables[Number(at[2])]?.claimRefs ?? []);
  const words = text.slice(span[0], span[1]).toLowerCase();
  for (const c of pkg.claims) {
    if (!refs.includes(c.id) || !c.text.toLowerCase().includes(words)) continue;
    const t = topicOfClaim(c);
    if (rank(t) < rank(best)) best = t;
  }
  return best;
}

/**
 * The sentence holding `span`; when that sentence is itself a fragment of a few words ("Guaranteed.",
 * "Risk-free:"), the sentences either side of it too, as it completes one of them. A full sentence never takes
 * in a short one after it: "…guaranteed to boil in 60 seconds. Lose 10kg fast!" are two claims.
 */
function windowOf(text: string, span: [number, number]): [number, number] {
  const spans = sentenceSpans(text);
  const i = spans.findIndex(([, end]) => span[0] < end);
  const own = spans[i] ?? [0, text.length];
  if (!fragment(text, own)) return [own[0], Math.max(own[1], span[1])];
  const from = spans[i - 1]?.[0] ?? own[0];
  const to = spans[i + 1]?.[1] ?? own[1];
  return [from, Math.max(to, span[1])];
}

function fragment(text: string, [from, to]: [number, number]): boolean {
  return (text.slice(from, to).match(/[\p{L}\p{N}%]+/gu)?.length ?? 0) <= FRAGMENT_WORDS;
}

/** Indexes of the claims cited by a deliverable on which a finding of `topic` is raised. */
function citingTopics(findings: readonly Finding[], pkg: HandoffPackage, topic: string): Set<number> {
  const out = new Set<number>();
  for (const f of findings) {
    if (!isProblem(f) || f.topic !== topic) continue;
    const at = DELIVERABLE_POINTER.exec(f.pointer);
    if (at === null) continue;
    const refs = pkg.channels[Number(at[1])]?.deliverables[Number(at[2])]?.claimRefs ?? [];
    pkg.claims.forEach((c, i) => {
      if (refs.includes(c.id)) out.add(i);
    });
  }
  return out;
}
