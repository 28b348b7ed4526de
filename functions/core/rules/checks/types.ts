import type { Severity } from '../../artifact-types.ts';
import type { HandoffContract } from '../../contract-schema.ts';
import type { Channel } from '../../package-schema.ts';
import type { CheckName, CheckParams, RuleData } from '../../rulebook.ts';
import type { Collector } from '../findings.ts';
import type { PrefilterBuilder, Prefiltered } from '../prefilter.ts';
import type { PackageView } from '../view.ts';

/** A check rule of a rulebook, compiled once at load. */
export interface CompiledCheck<C extends CheckName = CheckName> {
  rule: RuleData;
  check: C;
  params: CheckParams<C>;
  channels: ReadonlySet<Channel> | null;
  /** The regex of the check's parameters, built on first use (see CheckCompiled). */
  readonly re: RegExp | null;
  /** Lowercased literal parameters (competitor names). */
  terms: readonly string[];
  /** Bit of this check in the literal prefilter, or -1 when it always runs. */
  bit: number;
  /** The check's implementation, looked up in the registry at load. */
  run: CheckRun<C>;
}

export interface CheckContext {
  cr: Prefiltered;
  view: PackageView;
  contract: HandoffContract;
  out: Collector;
}

export type CheckRun<C extends CheckName> = (cc: CompiledCheck<C>, sev: Severity, ctx: CheckContext) => void;

/**
 * What a check builds from its parameters at load: its regex (made on first use: a Unicode regex costs
 * more to build than to run, and the prefilter or an early return skips most checks), lowercased terms,
 * a prefilter bit.
 */
export interface CheckCompiled {
  re?: () => RegExp;
  terms?: readonly string[];
  bit?: number;
}

/** One built-in check: optional load-time compilation of its parameters, and the run over a package. */
export interface CheckDef<C extends CheckName> {
  compile?: (params: CheckParams<C>, prefilter: PrefilterBuilder) => CheckCompiled;
  run: CheckRun<C>;
}

/** Checks of one family file; the registry merges the families into a table with every check. */
export type CheckFamily = { [C in CheckName]?: CheckDef<C> };
export type CheckTable = { [C in CheckName]: CheckDef<C> };
