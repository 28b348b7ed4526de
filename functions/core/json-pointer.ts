/**
 * RFC 6901 JSON pointers: the one implementation the validator and the rule engine share.
 */

/** RFC 6901: escape "~" as "~0" and "/" as "~1". */
export function escapePointerToken(token: string | number): string {
  const t = String(token);
  if (t.indexOf('~') < 0 && t.indexOf('/') < 0) return t;
  return t.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerOf(...tokens: (string | number)[]): string {
  let p = '';
  for (const t of tokens) p += `/${escapePointerToken(t)}`;
  return p;
}

/** Builds an RFC 6901 pointer from path segments. */
export function toPointer(path: readonly PropertyKey[]): string {
  let p = '';
  for (const t of path) p += `/${escapePointerToken(typeof t === 'symbol' ? String(t) : t)}`;
  return p;
}

const MISSING: unique symbol = Symbol('missing');

// Contracts name a handful of pointers: parse each once.
const pointerTokens = new Map<string, readonly string[]>();

/** Own properties only; an array step must be a canonical index ("01" and "length" resolve to nothing). */
function walk(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  if (pointer.charCodeAt(0) !== 47) return MISSING; // not '/'
  let tokens = pointerTokens.get(pointer);
  if (tokens === undefined) {
    tokens = pointer.slice(1).split('/').map(unescapePointerToken);
    if (pointerTokens.size < 1000) pointerTokens.set(pointer, tokens);
  }
  let cur: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= cur.length) return MISSING;
      cur = cur[Number(token)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, token)) {
      cur = (cur as Record<string, unknown>)[token];
    } else {
      return MISSING;
    }
  }
  return cur;
}

/** Resolves an RFC 6901 pointer against a value: whether it leads anywhere, and to what. */
export function resolvePointer(root: unknown, pointer: string): { present: boolean; value: unknown } {
  const v = walk(root, pointer);
  return v === MISSING ? { present: false, value: undefined } : { present: true, value: v };
}

/** The value at an RFC 6901 pointer; undefined when any step is missing. */
export function valueAt(root: unknown, pointer: string): unknown {
  const v = walk(root, pointer);
  return v === MISSING ? undefined : v;
}

/** What a contract's required field may not be: missing, null, blank text, an empty array or object. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}
