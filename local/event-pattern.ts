/**
 * EventBridge event-pattern matching for the local triggers: the subset the template's rules use (exact
 * values, `prefix`, `anything-but` with values or a prefix, `exists`, `$or`), so a rule's pattern decides
 * locally what it decides in AWS. An operator outside that subset is an error, not a silent match.
 */

type Pattern = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function anythingBut(but: unknown, values: unknown[]): boolean {
  if (isObject(but)) {
    const prefix = but.prefix;
    if (typeof prefix !== 'string') throw new Error(`unsupported anything-but ${JSON.stringify(but)}`);
    return values.every((v) => !(typeof v === 'string' && v.startsWith(prefix)));
  }
  const list = Array.isArray(but) ? but : [but];
  return values.every((v) => !list.includes(v));
}

/** One matcher of a leaf's list against the event's value (a value list matches if any element does). */
function matchesValue(matcher: unknown, value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  if (!isObject(matcher)) return value !== undefined && values.some((v) => v === matcher);
  if ('exists' in matcher) return matcher.exists ? value !== undefined : value === undefined;
  // Every other operator needs the field to be there.
  if (value === undefined) return false;
  if (typeof matcher.prefix === 'string') {
    const prefix = matcher.prefix;
    return values.some((v) => typeof v === 'string' && v.startsWith(prefix));
  }
  if ('anything-but' in matcher) return anythingBut(matcher['anything-but'], values);
  throw new Error(`unsupported event pattern matcher ${JSON.stringify(matcher)}`);
}

/** Whether `event` matches `pattern` as EventBridge would decide it (for the supported subset). */
export function matchesPattern(pattern: Pattern, event: unknown): boolean {
  const fields = isObject(event) ? event : {};
  for (const [key, rule] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!(rule as Pattern[]).some((alternative) => matchesPattern(alternative, fields))) return false;
    } else if (Array.isArray(rule)) {
      if (!rule.some((matcher) => matchesValue(matcher, fields[key]))) return false;
    } else if (isObject(rule)) {
      if (!matchesPattern(rule, fields[key])) return false;
    } else {
      throw new Error(`unsupported event pattern at ${key}: ${JSON.stringify(rule)}`);
    }
  }
  return true;
}
