import type { Finding, HandoffArtifact, Severity } from './artifact-types.ts';
import { diffPackages, type PackageDiff } from './copy-diff.ts';
import type { HandoffPackage } from './package-schema.ts';
import { plural } from './rules/text.ts';

/**
 * What the approval page and mail show of a package, in words a marketer reads: every deliverable by
 * channel with its copy cut into segments at the findings' spans, the claims with their evidence, what
 * changed against the stream's live package, the decision's reasons as sentences and the expiry. Pure:
 * the use cases read the package, the artifact and the live package; the views only escape and lay out.
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

export interface ClaimView {
  id: string;
  text: string;
  category: string;
  evidence: { ref: string; kind: string; summary?: string; verifiedOn?: string }[];
  findings: FindingView[];
}

export interface ApprovalContent {
  channels: ChannelView[];
  claims: ClaimView[];
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

const CHANNEL_LABELS: Record<string, string> = {
  email: 'Email',
  sms: 'SMS',
  push: 'Push notification',
  'social-organic': 'Social (organic)',
  'social-paid': 'Social (paid)',
  influencer: 'Influencer',
  affiliate: 'Affiliate',
  'search-ad': 'Search ad',
  'display-ad': 'Display ad',
  'web-landing': 'Landing page',
  video: 'Video',
  podcast: 'Podcast',
  print: 'Print',
  'press-release': 'Press release',
};

const KIND_LABELS: Record<string, string> = {
  'cta-label': 'Button label',
  'alt-text': 'Image description (alt text)',
  'landing-copy': 'Landing page copy',
};

const capitalise = (s: string) => (s === '' ? s : `${s[0]?.toUpperCase()}${s.slice(1)}`);
export const channelLabel = (c: string) => CHANNEL_LABELS[c] ?? capitalise(c.replace(/-/g, ' '));
export const kindLabel = (k: string) => KIND_LABELS[k] ?? capitalise(k.replace(/-/g, ' '));

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

/** The page and mail model of a package, its artifact, and the stream's live package (null: first version). */
export function approvalContentOf(
  pkg: HandoffPackage,
  artifact: HandoffArtifact,
  live: HandoffPackage | null,
): ApprovalContent {
  const all: FindingView[] = [];
  let n = 0;
  const take = (fs: readonly Finding[]) => {
    const out: FindingView[] = [];
    for (const f of fs) {
      if (all.length >= MAX_FINDINGS) break;
      const v = findingView(pkg, f, ++n);
      out.push(v);
      all.push(v);
    }
    return out;
  };
  const used = new Set<Finding>();
  const under = (prefix: string) =>
    artifact.findings.filter((f) => {
      if (used.has(f) || !(f.pointer === prefix || f.pointer.startsWith(`${prefix}/`))) return false;
      used.add(f);
      return true;
    });

  const channels: ChannelView[] = pkg.channels.map((ch, ci) => ({
    channel: ch.channel,
    label: channelLabel(ch.channel),
    disclosures: ch.disclosures ?? [],
    deliverables: ch.deliverables.map((d, di) => {
      const base = `/channels/${ci}/deliverables/${di}`;
      const fs = under(base);
      const views = take(fs);
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
  const claims: ClaimView[] = pkg.claims.map((c, i) => ({
    id: c.id,
    text: c.text,
    category: c.category,
    evidence: c.evidence.map((e) => ({
      ref: e.ref,
      kind: kindLabel(e.kind),
      ...(e.summary ? { summary: e.summary } : {}),
      ...(e.verifiedOn ? { verifiedOn: e.verifiedOn } : {}),
    })),
    findings: take(under(`/claims/${i}`)),
  }));
  const otherFindings = take(artifact.findings.filter((f) => !used.has(f)));
  return {
    channels,
    claims,
    otherFindings,
    findings: all,
    findingsLeftOff: artifact.findings.length - all.length,
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

export interface ExpiryView {
  iso: string;
  /** In the approver's time zone when known, else UTC, with the zone named. */
  local: string;
  /** "expires in 23 hours", from the clock at render time. */
  relative: string;
  expired: boolean;
}

/** The link's expiry for a person: local time with its zone, and how long is left at `now`. */
export function expiryOf(expSeconds: number, now: Date, timeZone = 'UTC'): ExpiryView {
  const at = new Date(expSeconds * 1000);
  let zone = timeZone;
  let local: string;
  try {
    local = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  } catch {
    zone = 'UTC';
    return expiryOf(expSeconds, now, zone);
  }
  if (zone === 'UTC') local += ' UTC';
  else {
    const offset =
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')
        ?.value.replace('GMT', 'UTC') ?? '';
    local += ` ${zone.replace(/_/g, ' ')} time (${offset === 'UTC' ? 'UTC+00:00' : offset})`;
  }
  const left = Math.floor(expSeconds - now.getTime() / 1000);
  const relative =
    left <= 0
      ? 'expired'
      : left < 60
        ? 'expires in less than a minute'
        : left < 3600
          ? `expires in ${plural(Math.floor(left / 60), 'minute')}`
          : left < 48 * 3600
            ? `expires in ${plural(Math.floor(left / 3600), 'hour')}`
            : `expires in ${plural(Math.floor(left / 86400), 'day')}`;
  return { iso: at.toISOString(), local, relative, expired: left <= 0 };
}
