import type { Channel, ClaimCategory, DeliverableKind, HandoffPackage } from '../package-schema.ts';
import type { RuleData, Scope } from '../rulebook.ts';
import { evidenceProblem } from './evidence.ts';
import { detectLanguage, languageOf } from './language.ts';
import { lowerSameLength, type readability } from './text.ts';

/** A string of the package that rules read, with where it lives. */
export interface TextSite {
  pointer: string;
  text: string;
  scope: Scope;
  channel: Channel | null;
  kind: DeliverableKind | null;
  claimRefs: readonly string[] | undefined;
  /** Primary language subtag of deliverable copy (declared, else detected); null elsewhere or unsure. */
  language: string | null;
  /** Length-preserving lowercase, computed on first use. */
  lower: string | undefined;
  /** Prefilter bitmask of the rules that can match this text, and the rulebook it was computed for. */
  candidates: number;
  /** Bits 31-61 of the same mask. */
  candidates2: number;
  /** Bits 62-92 of the same mask. */
  candidates3: number;
  /** The compiled rulebook whose prefilter computed `candidates` (compared by identity). */
  candidatesOf: object | null;
}

/** A deliverable's pointer ("/channels/1/deliverables/2/copy"): its plan's index, then its own. */
export const DELIVERABLE_POINTER = /^\/channels\/(\d+)\/deliverables\/(\d+)\//u;

/** Facts about a package computed once and shared by every rulebook run on it. */
export interface PackageView {
  pkg: HandoffPackage;
  sites: TextSite[];
  copySites: TextSite[];
  /** Lowercased texts of claims whose evidence counts (evidence.ts). */
  backedLower: string[];
  /** Claims whose evidence counts, in the order of `backedLower`. */
  backedClaims: HandoffPackage['claims'];
  /** Category of each claim whose evidence counts, by id. */
  backedCategory: Map<string, ClaimCategory>;
  /** Lowercased texts of claims whose own evidence says they are not so. */
  contradictedLower: string[];
  claimIds: Set<string>;
  /** Lowercased brand forbidden terms. */
  forbiddenLower: string[];
  /** Lowercased competitor names from the brand kit. */
  competitorsLower: string[];
  /** Lowercased brand mandatories and sending team: the package's own names, never a competitor. */
  ownLower: string;
  readabilityCache: Map<TextSite, ReturnType<typeof readability>>;
}

export function lowerOf(site: TextSite): string {
  if (site.lower === undefined) site.lower = lowerSameLength(site.text);
  return site.lower;
}

export const channelSet = (channels: RuleData['channels']): ReadonlySet<Channel> | null =>
  channels === 'all' ? null : new Set(channels);

/** Does a rule written for `languages` read this text? Texts of unknown language are read by every rule. */
export const speaks = (rule: RuleData, s: TextSite) =>
  !(s.language !== null && rule.exceptLanguages?.includes(s.language)) &&
  (rule.languages === undefined ||
    s.language === null ||
    (rule.languages as readonly string[]).includes(s.language));

/** Does a rule limited to `channels` (null: every channel) read a text of `channel` (null: not channel-bound)? */
export const applies = (channels: ReadonlySet<Channel> | null, channel: Channel | null) =>
  channels === null || channel === null || channels.has(channel);

const site = (
  pointer: string,
  text: string,
  scope: Scope,
  channel: Channel | null = null,
  kind: DeliverableKind | null = null,
  claimRefs?: readonly string[],
  language: string | null = null,
): TextSite => ({
  pointer,
  text,
  scope,
  channel,
  kind,
  claimRefs,
  language,
  lower: undefined,
  candidates: 0,
  candidates2: 0,
  candidates3: 0,
  candidatesOf: null,
});

/** Deliverable copy and channel disclosures, in package order. */
function channelSites(pkg: HandoffPackage, sites: TextSite[], copySites: TextSite[]): void {
  for (let i = 0; i < pkg.channels.length; i++) {
    const plan = pkg.channels[i] as HandoffPackage['channels'][number];
    // The deliverables of one plan are one message (an e-mail's subject and body, an ad's headline and
    // description): one that cites no claim itself is read with the claims its siblings cite.
    const planRefs = [...new Set(plan.deliverables.flatMap((d) => d.claimRefs ?? []))];
    for (let j = 0; j < plan.deliverables.length; j++) {
      const d = plan.deliverables[j] as (typeof plan.deliverables)[number];
      const s = site(
        `/channels/${i}/deliverables/${j}/copy`,
        d.copy,
        'copy',
        plan.channel,
        d.kind,
        d.claimRefs ?? (planRefs.length > 0 ? planRefs : undefined),
        languageOf(d).language,
      );
      sites.push(s);
      copySites.push(s);
    }
    const disclosures = plan.disclosures ?? [];
    for (let k = 0; k < disclosures.length; k++) {
      sites.push(site(`/channels/${i}/disclosures/${k}`, disclosures[k] as string, 'text', plan.channel));
    }
  }
}

export function viewPackage(pkg: HandoffPackage): PackageView {
  const sites: TextSite[] = [];
  const copySites: TextSite[] = [];
  channelSites(pkg, sites, copySites);
  sites.push(site('/title', pkg.title, 'text'));
  sites.push(site('/objective/statement', pkg.objective.statement, 'text'));
  sites.push(site('/audience/primary', pkg.audience.primary, 'text'));
  const st = pkg.story;
  sites.push(site('/story/hook', st.hook, 'text'));
  sites.push(site('/story/tension', st.tension, 'text'));
  sites.push(site('/story/resolution', st.resolution, 'text'));
  sites.push(site('/story/keyMessage', st.keyMessage, 'text'));
  for (let k = 0; k < st.proofPoints.length; k++) {
    sites.push(site(`/story/proofPoints/${k}`, st.proofPoints[k] as string, 'text'));
  }
  const backedLower: string[] = [];
  const backedClaims: HandoffPackage['claims'] = [];
  const backedCategory = new Map<string, ClaimCategory>();
  const contradictedLower: string[] = [];
  const claimIds = new Set<string>();
  for (let k = 0; k < pkg.claims.length; k++) {
    const c = pkg.claims[k] as HandoffPackage['claims'][number];
    sites.push(site(`/claims/${k}/text`, c.text, 'text'));
    claimIds.add(c.id);
    const problem = evidenceProblem(c, pkg.submittedAt);
    if (problem === null) {
      backedLower.push(lowerSameLength(c.text));
      backedClaims.push(c);
      backedCategory.set(c.id, c.category);
    } else if (problem === 'contradicted' || problem === 'figure')
      contradictedLower.push(lowerSameLength(c.text));
  }
  sites.push(site('/cta/text', pkg.cta.text, 'text'));
  sites.push(site('/cta/url', pkg.cta.url, 'cta-url'));
  for (let k = 0; k < pkg.brand.mandatories.length; k++) {
    sites.push(site(`/brand/mandatories/${k}`, pkg.brand.mandatories[k] as string, 'text'));
  }
  // Brief texts (title, story, claims, disclosures) declare no language: each is read as the language it is
  // plainly written in, or as unknown, so a Spanish "TODO AL 30 %" is the word "all" and an English note is not.
  for (const t of sites) if (t.scope !== 'copy') t.language = detectLanguage(t.text);
  return {
    pkg,
    sites,
    copySites,
    backedLower,
    backedClaims,
    backedCategory,
    contradictedLower,
    claimIds,
    forbiddenLower: (pkg.brand.forbiddenTerms ?? [])
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== ''),
    competitorsLower: (pkg.brand.competitors ?? [])
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== ''),
    ownLower: [...pkg.brand.mandatories, pkg.from.team].join('\n').toLowerCase(),
    readabilityCache: new Map(),
  };
}

/** Is a phrase found in copy stated by a claim whose own evidence says it is not so? */
export function contradicted(view: PackageView, phraseLower: string): boolean {
  for (const t of view.contradictedLower) if (t.includes(phraseLower)) return true;
  return false;
}

/** Is a phrase found in copy backed by a claim with evidence? */
export function substantiated(
  view: PackageView,
  s: TextSite,
  phraseLower: string,
  categories: readonly ClaimCategory[] | undefined,
  counts: (c: HandoffPackage['claims'][number]) => boolean = () => true,
): boolean {
  const backed = view.backedLower;
  for (let i = 0; i < backed.length; i++)
    if (
      (backed[i] as string).includes(phraseLower) &&
      counts(view.backedClaims[i] as HandoffPackage['claims'][number])
    )
      return true;
  // A cited claim vouches only for its own regulated category: citing an evidenced pricing claim must not
  // excuse an unrelated "clinically proven" or "#1" in the same copy (those need a claim stating them).
  if (s.claimRefs && categories !== undefined) {
    for (const ref of s.claimRefs) {
      const cat = view.backedCategory.get(ref);
      if (cat === undefined || !categories.includes(cat)) continue;
      const claim = view.backedClaims.find((c) => c.id === ref);
      if (claim !== undefined && counts(claim)) return true;
    }
  }
  return false;
}
