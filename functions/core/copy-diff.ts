import type { Claim, HandoffPackage } from './package-schema.ts';

/**
 * What changed between the stream's live package and the one waiting for approval, for a person: a
 * word-level diff of each deliverable's copy (matched by channel and deliverable id) and of each claim
 * (text and evidence refs, matched by claim id). Deterministic (the same inputs give the same parts) and
 * bounded: a diff of more than MAX_TOKENS words on a side, or more than MAX_CELLS comparisons, falls
 * back to "everything between the common start and end changed", and at most MAX_ENTRIES entries are kept.
 */

export type DiffOp = 'same' | 'add' | 'del';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface CopyChange {
  kind: ChangeKind;
  channel: string;
  deliverableId: string;
  parts: DiffPart[];
}

export interface ClaimChange {
  kind: ChangeKind;
  claimId: string;
  parts: DiffPart[];
  evidenceAdded: string[];
  evidenceRemoved: string[];
}

export interface PackageDiff {
  copy: CopyChange[];
  claims: ClaimChange[];
  /** Deliverables and claims that did not change. */
  unchanged: { deliverables: number; claims: number };
  /** Entries left off to keep the diff bounded. */
  leftOff: number;
}

const MAX_TOKENS = 4_000;
const MAX_CELLS = 2_000_000;
const MAX_ENTRIES = 60;

/** Words and the whitespace between them, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(out: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.op === op) last.text += text;
  else out.push({ op, text });
}

/** Longest common subsequence over tokens, deletions before additions at each change. */
function lcsParts(a: string[], b: string[], out: DiffPart[]): void {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i] ?? '');
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      push(out, 'del', a[i++] ?? '');
    } else {
      push(out, 'add', b[j++] ?? '');
    }
  }
  while (i < n) push(out, 'del', a[i++] ?? '');
  while (j < m) push(out, 'add', b[j++] ?? '');
}

/**
 * Reads as edits rather than confetti: whitespace kept between two changes joins them, and each run of
 * changes becomes its removed text, then its added text. Both texts still join back from the parts.
 */
function coalesce(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let add = '';
  const flush = () => {
    push(out, 'del', del);
    push(out, 'add', add);
    del = '';
    add = '';
  };
  parts.forEach((p, i) => {
    const between = p.op === 'same' && /^\s+$/.test(p.text) && i > 0 && i < parts.length - 1;
    if (p.op === 'del') del += p.text;
    else if (p.op === 'add') add += p.text;
    else if (between && (del !== '' || add !== '')) {
      del += p.text;
      add += p.text;
    } else {
      flush();
      push(out, 'same', p.text);
    }
  });
  flush();
  return out;
}

/** Word-level diff of two texts. Joining the 'same' and 'del' parts gives `before`; 'same' and 'add', `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffPart[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (
    midA.length > MAX_TOKENS ||
    midB.length > MAX_TOKENS ||
    (midA.length + 1) * (midB.length + 1) > MAX_CELLS
  ) {
    push(out, 'del', midA.join(''));
    push(out, 'add', midB.join(''));
  } else {
    lcsParts(midA, midB, out);
  }
  push(out, 'same', a.slice(endA).join(''));
  return coalesce(out);
}

const deliverablesOf = (pkg: HandoffPackage) =>
  new Map(
    pkg.channels.flatMap((c) =>
      c.deliverables.map((d) => [`${c.channel}\u0000${d.id}`, { channel: c.channel, d }] as const),
    ),
  );

const claimText = (c: Claim) => c.text;
const refsOf = (c: Claim | undefined) => (c ? c.evidence.map((e) => e.ref) : []);

/** The diff of copy and claims from `live` (the stream's current live package) to `next`. */
export function diffPackages(live: HandoffPackage, next: HandoffPackage): PackageDiff {
  const copy: CopyChange[] = [];
  const claims: ClaimChange[] = [];
  const unchanged = { deliverables: 0, claims: 0 };
  const before = deliverablesOf(live);
  const after = deliverablesOf(next);
  for (const [key, { channel, d }] of after) {
    const old = before.get(key);
    if (!old)
      copy.push({ kind: 'added', channel, deliverableId: d.id, parts: [{ op: 'add', text: d.copy }] });
    else if (old.d.copy === d.copy) unchanged.deliverables++;
    else copy.push({ kind: 'changed', channel, deliverableId: d.id, parts: diffWords(old.d.copy, d.copy) });
  }
  for (const [key, { channel, d }] of before) {
    if (!after.has(key)) {
      copy.push({ kind: 'removed', channel, deliverableId: d.id, parts: [{ op: 'del', text: d.copy }] });
    }
  }
  const liveClaims = new Map(live.claims.map((c) => [c.id, c]));
  const nextIds = new Set(next.claims.map((c) => c.id));
  for (const c of next.claims) {
    const old = liveClaims.get(c.id);
    const oldRefs = new Set(refsOf(old));
    const newRefs = new Set(refsOf(c));
    const evidenceAdded = [...newRefs].filter((r) => !oldRefs.has(r));
    const evidenceRemoved = [...oldRefs].filter((r) => !newRefs.has(r));
    if (!old) {
      claims.push({
        kind: 'added',
        claimId: c.id,
        parts: [{ op: 'add', text: claimText(c) }],
        evidenceAdded,
        evidenceRemoved,
      });
    } else if (old.text === c.text && evidenceAdded.length === 0 && evidenceRemoved.length === 0) {
      unchanged.claims++;
    } else {
      claims.push({
        kind: 'changed',
        claimId: c.id,
        parts: diffWords(old.text, c.text),
        evidenceAdded,
        evidenceRemoved,
      });
    }
  }
  for (const old of live.claims) {
    if (!nextIds.has(old.id)) {
      claims.push({
        kind: 'removed',
        claimId: old.id,
        parts: [{ op: 'del', text: old.text }],
        evidenceAdded: [],
        evidenceRemoved: refsOf(old),
      });
    }
  }
  const total = copy.length + claims.length;
  const keptCopy = copy.slice(0, MAX_ENTRIES);
  const keptClaims = claims.slice(0, Math.max(0, MAX_ENTRIES - keptCopy.length));
  return {
    copy: keptCopy,
    claims: keptClaims,
    unchanged,
    leftOff: total - keptCopy.length - keptClaims.length,
  };
}

/** One line for the mail: "2 deliverables changed, 1 claim added" or "no change in copy or claims". */
export function diffSummary(diff: PackageDiff): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  for (const kind of ['changed', 'added', 'removed'] as const) {
    const d = diff.copy.filter((c) => c.kind === kind).length;
    if (d > 0) parts.push(`${count(d, 'deliverable', 'deliverables')} ${kind}`);
  }
  for (const kind of ['changed', 'added', 'removed'] as const) {
    const c = diff.claims.filter((x) => x.kind === kind).length;
    if (c > 0) parts.push(`${count(c, 'claim', 'claims')} ${kind}`);
  }
  if (diff.leftOff > 0) parts.push(`${diff.leftOff} more changes`);
  return parts.length === 0 ? 'no change in copy or claims' : parts.join(', ');
}
