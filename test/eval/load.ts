import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import type { HandoffContract } from '#core/contract-schema';
import type { Violation } from '#core/errors';
import type { HandoffPackage } from '#core/package-schema';
import { TOPICS } from '#core/rulebook';
import { checkPackage } from '#core/validate';

/**
 * Loads the labelled evaluation set: every `test/eval/cases/*.json` (one file per family, a JSON array
 * of cases, format in CASE-FORMAT.md). Each case's shape is checked here; the package it describes is
 * its `package` overlay merged onto `base-package.json` (top-level keys replace), with streamId = case
 * id and packageId = `<id>-r1`. Schema and contract validation of that merged package is the engine's
 * job (run.ts and the eval-set unit test call the same validation the CLI uses).
 */

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = join(EVAL_DIR, 'cases');
export const BASE_PACKAGE_FILE = join(EVAL_DIR, 'base-package.json');

/** The `family` and `flags` vocabulary of CASE-FORMAT.md: the rulebooks' regulatory topics, one list. */
export const EVAL_FAMILIES = TOPICS;
export type EvalFamily = (typeof EVAL_FAMILIES)[number];

export const DECISIONS = ['pass', 'needs-approval', 'blocked'] as const;
export type Decision = (typeof DECISIONS)[number];
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

export const caseSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z-]*-\d{3}$/, '<family>-NNN')),
  family: z.enum(EVAL_FAMILIES),
  title: nonEmpty,
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'BCP 47 tag like en or pt-BR')),
  split: z.enum(SPLITS),
  basis: z
    .array(z.strictObject({ source: nonEmpty, says: nonEmpty }))
    .check(z.minLength(1, 'at least one basis entry')),
  expect: z.strictObject({
    decision: z.enum(DECISIONS),
    flags: z.array(z.enum(EVAL_FAMILIES)),
  }),
  why: nonEmpty,
  package: z.record(z.string(), z.unknown()),
});

export type EvalCaseSpec = z.infer<typeof caseSchema>;

export interface EvalCase extends EvalCaseSpec {
  /** File the case came from, e.g. `health.json`. */
  file: string;
  /** Position of the case in its file (0-based). */
  index: number;
  /** The overlay merged onto the base package; not yet validated against schema or contract. */
  merged: Record<string, unknown>;
  /** flags is empty. */
  clean: boolean;
}

export interface LoadProblem {
  file: string;
  index: number | null;
  message: string;
}

export interface LoadResult {
  cases: EvalCase[];
  problems: LoadProblem[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function loadBasePackage(): Record<string, unknown> {
  const base = readJson(BASE_PACKAGE_FILE);
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    throw new Error(`${BASE_PACKAGE_FILE} must hold a JSON object`);
  }
  return base as Record<string, unknown>;
}

/** Top-level keys of the overlay replace the base's; identity comes from the case id. */
export function mergePackage(
  base: Record<string, unknown>,
  overlay: Record<string, unknown>,
  id: string,
): Record<string, unknown> {
  // structuredClone: no case can mutate the shared base or another case's package.
  return structuredClone({ ...base, ...overlay, streamId: id, packageId: `${id}-r1` });
}

/** The case files, sorted by name. */
export function caseFiles(dir: string = CASES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads every case file. Shape problems are returned (never thrown), so the unit test can list them all;
 * a case with a shape problem is left out of `cases`.
 */
export function loadCases(dir: string = CASES_DIR): LoadResult {
  const base = loadBasePackage();
  const cases: EvalCase[] = [];
  const problems: LoadProblem[] = [];
  for (const path of caseFiles(dir)) {
    const file = basename(path);
    let raw: unknown;
    try {
      raw = readJson(path);
    } catch (e) {
      problems.push({ file, index: null, message: `not valid JSON: ${e instanceof Error ? e.message : e}` });
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push({ file, index: null, message: 'must hold a JSON array of cases' });
      continue;
    }
    raw.forEach((item: unknown, index) => {
      const parsed = caseSchema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ file, index, message: `/${issue.path.join('/')}: ${issue.message}` });
        }
        return;
      }
      const spec = parsed.data;
      const overlay = spec.package;
      for (const key of ['streamId', 'packageId']) {
        if (key in overlay) problems.push({ file, index, message: `package.${key} is set by the runner` });
      }
      cases.push({
        ...spec,
        file,
        index,
        merged: mergePackage(base, overlay, spec.id),
        clean: spec.expect.flags.length === 0,
      });
    });
  }
  return { cases, problems };
}

/**
 * Schema v1 + the referenced contract, exactly as `handoff validate` checks a file: the merged package is
 * serialised to JSON and read back through the same intake path.
 */
export function validateMerged(
  merged: Record<string, unknown>,
): { ok: true; pkg: HandoffPackage; contract: HandoffContract } | { ok: false; violations: Violation[] } {
  const result = checkPackage(JSON.stringify(merged), 'json');
  return result.ok
    ? { ok: true, pkg: result.value.pkg, contract: result.value.contract }
    : { ok: false, violations: result.error };
}
