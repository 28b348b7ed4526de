import type { TextSite } from '#core/rules/engine';
import { loadCases } from '../../eval/load.ts';

/** A bare text site for prefilter tests: `mayMatch` reads only its text, scope and candidate caches. */
export const textSite = (text: string, scope: TextSite['scope'] = 'copy'): TextSite => ({
  pointer: '/x',
  text,
  scope,
  channel: null,
  kind: null,
  claimRefs: undefined,
  language: null,
  lower: undefined,
  candidates: 0,
  candidates2: 0,
  candidates3: 0,
  candidatesOf: null,
});

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every distinct string of the evaluation set's packages (texts only, never labels), for corpus tests. */
export const evalTexts = (): string[] => [
  ...new Set(loadCases().cases.flatMap((c) => strings(c.merged, []))),
];
