import { type ClaimView, claimsOf } from './approval-claims.ts';
import { capitalise, channelLabel, kindLabel } from './approval-words.ts';
import type { Finding, HandoffArtifact, Severity } from './artifact-types.ts';
import { diffPackages, type PackageDiff } from './copy-diff.ts';
import {
  FACT_LABELS,
  FACT_POINTERS,
  type StatedFact,
  statedFacts,
  unstatedConsentChannel,
} from './package-facts.ts';
import type { HandoffPackage } from './package-schema.ts';
import { plural } from './rules/text.ts';

/**
 * What the approval page and mail show of a package, in words a marketer reads: every deliverable by
 * channel with its copy cut into segments at the findings' spans, the claims with their evidence
 * (approval-claims.ts), what changed against the stream's live package, the decision's reasons as
 * sentences and the expiry. Pure: the use cases read the package, the artifact and the live package; the
 * views only escape and lay out.
 */

/**
 * A finding as the engine words it for a person (rules/findings.ts): what is wrong (`message`), the exact
 * text (`quote`), why it matters (`why`) and how to fix it (`fix`). The view adds only where it is.
 */
export interface FindingView {
  /** 1-based, in reading order: the number the highlight in the copy carries. */
  n: number;
  severity: Severity;
  ruleId: string;
  /** The engine's topic (or the rule's family for style rules), in words. */
  topic: string;
  message: string;
  why?: string;
  fix?: string;
  quote?: string;
  /** Where it is, in words ("Email › Body"). */
  where: string;
}

/** A run of copy: plain, or covered by the findings numbered in `marks`. */
export interface Segment {
  text: string;
  marks: number[];
  severity?: Severity;
}

export interface DeliverableView {
  id: string;
  kind: string;
  language?: string;
  segments: Segment[];
  findings: FindingView[];
  claimRefs: string[];
}

export interface ChannelView {
  channel: string;
  label: string;
  deliverables: DeliverableView[];
  disclosures: string[];
}

/** One fact the package states (package-facts.ts), in words, marked as copy is when findings point at it. */
export interface FactView {
  /** What the fact is: "What is sold", "Email list", "Youngest age targeted". */
  label: string;
  /** The fact in words as one segment of "copy": its marks are the findings about it. */
  value: Segment;
}

export interface FactsView {
  /** In reading order; a fact a finding is about but the package does not state reads "not stated". */
  facts: FactView[];
  /** Findings about the facts (what is sold, list consent, youngest age), listed with them. */
  findings: FindingView[];
  /** The package's contract in words ("campaign-package-to-publishing 1.0.0"), said when there is no fact. */
  contract: string;
}

export interface ApprovalContent {
  /** What is sold, how each list agreed, the youngest age targeted: shown before the copy. */
  facts: FactsView;
  channels: ChannelView[];
  claims: ClaimView<FindingView>[];
  /** Findings not on a deliverable or a claim (the story, the CTA, the package as a whole). */
  otherFindings: FindingView[];
  /** Every finding shown, in reading order. */
  findings: FindingView[];
  /** Findings left off to keep the page bounded. */
  findingsLeftOff: number;
  /** Against the stream's live package; null for the first version of the stream. */
  diff: PackageDiff | null;
  /** Why a person is asked: the engine's decision reasons, as it wrote them. */
  reasons: string[];
  scoreNote: string;
  owner: { name: string; email: string; team: string };
  /** Approvers' IANA time zones by lowercased address, for the expiry in the reader's own time. */
  timeZones: Record<string, string>;
}

const MAX_FINDINGS = 200;

const POINTER_WORDS: Record<string, string> = {
  cta: 'Call to action',
  objective: 'Objective',
  audience: 'Audience',
  story: 'Story',
  brand: 'Brand',
  deadlines: 'Deadlines',
  approvers: 'Approvers',
  sender: 'Sender',
  keyMessage: 'key message',
  proofPoints: 'proof points',
  handoffDue: 'handoff due',
  reviewBy: 'review by',
  product: 'Product',
  minAge: 'youngest age targeted',
  consent: 'list consent',
  offer: 'Offer',
};

/** A JSON pointer in words: "/channels/0/deliverables/2/copy" → "Email › Body". */
export function whereOf(pkg: HandoffPackage, pointer: string): string {
  const t = pointer.split('/').slice(1);
  if (t.length === 0) return 'The package as a whole';
  if (t[0] === 'channels') {
    const ch = pkg.channels[Number(t[1])];
    if (!ch) return 'Channels';
    const parts = [channelLabel(ch.channel)];
    if (t[2] === 'deliverables') {
      const d = ch.deliverables[Number(t[3])];
      if (d) parts.push(`${kindLabel(d.kind)} “${d.id}”`);
    } else if (t[2] === 'disclosures') parts.push('disclosures');
    return parts.join(' › ');
  }
  if (t[0] === 'audience' && t[1] === 'consent' && t[2] !== undefined) {
    const entry = pkg.audience.consent?.[Number(t[2])];
    if (entry) return `Audience › ${channelLabel(entry.channel)} list`;
  }
  if (t[0] === 'claims') {
    const c = pkg.claims[Number(t[1])];
    return c ? `Claim “${c.id}”${t[2] === 'evidence' ? ' › evidence' : ''}` : 'Claims';
  }
  return t
    .filter((x) => !/^\d+$/.test(x))
    .map((x, i) => {
      const w = POINTER_WORDS[x] ?? x.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      return i === 0 ? capitalise(w) : w;
    })
    .join(' › ');
}

function findingView(pkg: HandoffPackage, f: Finding, n: number): FindingView {
  const quote = f.quote ?? f.excerpt;
  return {
    n,
    severity: f.severity,
    ruleId: f.ruleId,
    topic: (f.topic ?? f.family).replace(/-/g, ' '),
    message: f.message,
    ...(f.why ? { why: f.why } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(quote ? { quote } : {}),
    where: whereOf(pkg, f.pointer),
  };
}

const SEVERITY_RANK: Record<Severity, number> = { block: 2, warn: 1, info: 0 };

/**
 * The text cut at every span boundary; each segment names the findings covering it. Spans are UTF-16
 * [start, end) on `text`; a span outside the text or empty is not highlighted (its finding is still listed).
 */
export function segmentsOf(
  text: string,
  spans: readonly { n: number; span: readonly [number, number]; severity: Severity }[],
): Segment[] {
  const valid = spans.filter(
    ({ span: [s, e] }) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length,
  );
  const cuts = [...new Set([0, text.length, ...valid.flatMap(({ span }) => [span[0], span[1]])])].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? 0;
    const covering = valid.filter(({ span: [s, e] }) => s <= from && to <= e);
    const marks = covering.map((c) => c.n);
    const severity = covering.reduce<Severity | undefined>(
      (worst, c) =>
        worst === undefined || SEVERITY_RANK[c.severity] > SEVERITY_RANK[worst] ? c.severity : worst,
      undefined,
    );
    out.push({ text: text.slice(from, to), marks, ...(severity ? { severity } : {}) });
  }
  return out.length === 0 ? [{ text, marks: [] }] : out;
}

/** What the score is, and whether the checks took points off (the reasons say which). */
function scoreNoteOf(artifact: HandoffArtifact): string {
  const counted = artifact.findings.filter((f) => f.severity !== 'info').length;
  return counted === 0
    ? 'How well the package meets the checks of its contract; no check found a problem.'
    : `How well the package meets the checks of its contract; points were taken off for ${plural(counted, 'finding')}.`;
}

/** Numbers findings as the page shows them, each once and at most MAX_FINDINGS in all. */
function findingTaker(pkg: HandoffPackage, artifact: HandoffArtifact) {
  const all: FindingView[] = [];
  const used = new Set<Finding>();
  return {
    all,
    /** Views of these findings, numbered in the order taken. */
    take(fs: readonly Finding[]): FindingView[] {
      const out: FindingView[] = [];
      for (const f of fs) {
        if (all.length >= MAX_FINDINGS) break;
        const v = findingView(pkg, f, all.length + 1);
        out.push(v);
        all.push(v);
      }
      return out;
    },
    /** The findings not yet claimed at or under any of these pointers, now claimed. */
    under(...prefixes: string[]): Finding[] {
      return artifact.findings.filter((f) => {
        if (used.has(f) || !prefixes.some((p) => atOrUnder(f.pointer, p))) return false;
        used.add(f);
        return true;
      });
    },
    rest: () => artifact.findings.filter((f) => !used.has(f)),
  };
}
type Taker = ReturnType<typeof findingTaker>;

const atOrUnder = (pointer: string, prefix: string) => pointer === prefix || pointer.startsWith(`${prefix}/`);

const FACT_ORDER = Object.keys(FACT_POINTERS) as StatedFact['kind'][];

/** The kind of fact a pointer under one of FACT_POINTERS is about. */
const factKindOf = (pointer: string) =>
  FACT_ORDER.find((k) => atOrUnder(pointer, FACT_POINTERS[k])) ?? 'product';

type FactRow = {
  fact: StatedFact;
  spans: { n: number; span: [number, number]; severity: Severity }[];
  /** The channel of a consent row the package does not state ("SMS list: not stated"). */
  unstated?: string;
};

/**
 * The rows a finding about the facts marks: those at or under its pointer; for one at the consent list as
 * a whole, the channel's unstated row (added), or every list when the channel cannot be told; for one about
 * a fact the package does not state (a missing youngest age), that fact as "not stated" (added).
 */
function rowsOf(pkg: HandoffPackage, rows: FactRow[], f: Finding): FactRow[] {
  const kind = factKindOf(f.pointer);
  const added = (label: string, unstated?: string): FactRow[] => {
    const fact = { kind, label, text: 'not stated', pointer: f.pointer };
    rows.push({ fact, spans: [], ...(unstated === undefined ? {} : { unstated }) });
    return rows.slice(-1);
  };
  const channel = f.pointer === FACT_POINTERS.consent ? unstatedConsentChannel(pkg, f.quote) : undefined;
  if (channel !== undefined) {
    const hit = rows.filter((r) => r.unstated === channel);
    return hit.length > 0 ? hit : added(`${channelLabel(channel)} list`, channel);
  }
  const stated = rows.filter((r) => r.unstated === undefined);
  let hit = stated.filter((r) => atOrUnder(f.pointer, r.fact.pointer));
  if (hit.length === 0 && f.pointer === FACT_POINTERS[kind]) hit = stated.filter((r) => r.fact.kind === kind);
  return hit.length > 0 ? hit : added(FACT_LABELS[kind]);
}

/**
 * The stated facts, each marked by the findings about it (rowsOf), so no finding about the facts goes
 * unseen; a finding about a list the package does not state is placed, in words, at that list.
 */
function factsOf(pkg: HandoffPackage, taker: Taker): FactsView {
  const stated = statedFacts(pkg);
  // Regions are a fact only beside the others (statedFacts): else their findings stay with the rest.
  // The offer record alone is no reason to show the regions (they are shown with audience facts).
  const audienceFacts = stated.some((f) => f.kind !== 'offer');
  const pointers = Object.values(FACT_POINTERS).filter((p) => audienceFacts || p !== FACT_POINTERS.regions);
  const fs = taker.under(...pointers);
  const views = taker.take(fs);
  const rows: FactRow[] = stated.map((fact) => ({ fact, spans: [] }));
  fs.forEach((f, i) => {
    const v = views[i];
    if (!v) return;
    const hit = rowsOf(pkg, rows, f);
    if (hit.length === 1 && hit[0]?.unstated !== undefined) v.where = `Audience › ${hit[0].fact.label}`;
    for (const r of hit) r.spans.push({ n: v.n, span: [0, r.fact.text.length], severity: f.severity });
  });
  const order = (r: FactRow) => FACT_ORDER.indexOf(r.fact.kind);
  return {
    facts: rows
      .sort((a, b) => order(a) - order(b))
      .map((r) => ({
        label: r.fact.label,
        value: segmentsOf(r.fact.text, r.spans)[0] ?? { text: r.fact.text, marks: [] },
      })),
    findings: views,
    contract: `${String(pkg.contract?.id)} ${String(pkg.contract?.version)}`,
  };
}

function channelsOf(pkg: HandoffPackage, taker: Taker): ChannelView[] {
  return pkg.channels.map((ch, ci) => ({
    channel: ch.channel,
    label: channelLabel(ch.channel),
    disclosures: ch.disclosures ?? [],
    deliverables: ch.deliverables.map((d, di) => {
      const base = `/channels/${ci}/deliverables/${di}`;
      const fs = taker.under(base);
      const views = taker.take(fs);
      const spans = fs.flatMap((f, i) => {
        const v = views[i];
        return v && f.span && f.pointer === `${base}/copy`
          ? [{ n: v.n, span: f.span, severity: f.severity }]
          : [];
      });
      return {
        id: d.id,
        kind: kindLabel(d.kind),
        ...(d.language ? { language: d.language } : {}),
        segments: segmentsOf(d.copy, spans),
        findings: views,
        claimRefs: d.claimRefs ?? [],
      };
    }),
  }));
}

/** The page and mail model of a package, its artifact, and the stream's live package (null: first version). */
export function approvalContentOf(
  pkg: HandoffPackage,
  artifact: HandoffArtifact,
  live: HandoffPackage | null,
): ApprovalContent {
  const taker = findingTaker(pkg, artifact);
  // Taken in the page's reading order, so the numbers run down the page: facts, copy, claims, the rest.
  const facts = factsOf(pkg, taker);
  const channels = channelsOf(pkg, taker);
  const claims = claimsOf(pkg, (pointer) => taker.take(taker.under(pointer)));
  const otherFindings = taker.take(taker.rest());
  return {
    facts,
    channels,
    claims,
    otherFindings,
    findings: taker.all,
    findingsLeftOff: artifact.findings.length - taker.all.length,
    diff: live ? diffPackages(live, pkg) : null,
    // The route's sentence first (who is asked and why), then the decision's: both the engine's words.
    reasons: [artifact.approval.reason, ...artifact.decision.reasons].filter((r) => r !== ''),
    scoreNote: scoreNoteOf(artifact),
    owner: { name: pkg.from.owner.name, email: pkg.from.owner.email, team: pkg.from.team },
    timeZones: Object.fromEntries(
      pkg.approvers.flatMap((a) => (a.timeZone ? [[a.email.toLowerCase(), a.timeZone]] : [])),
    ),
  };
}

/** The findings a mail shows first: blocking before warnings before notes, then in reading order. */
export function topFindings(content: ApprovalContent, max: number): FindingView[] {
  return [...content.findings]
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.n - b.n)
    .slice(0, max);
}
