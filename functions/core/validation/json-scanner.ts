import type { Result, Violation } from '../errors.ts';
import { escapePointerToken } from '../json-pointer.ts';
import { PACKAGE_LIMITS } from '../package-schema.ts';
import { capText, rejectWith, tooDeepViolation } from './violations.ts';

/**
 * JSON: an iterative validating scanner (exact line/column, duplicate keys, nesting depth) runs before
 * `JSON.parse`, so a hostile document is explained precisely and never recurses.
 */

interface Frame {
  kind: 'object' | 'array';
  keys: Set<string>;
  key: string;
  index: number;
}

export type ScanResult =
  | { ok: true; duplicates: { pointer: string; key: string }[] }
  | { ok: false; violation: Violation };

type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after';

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return { line, column: offset - lastNl };
}

function framePointer(stack: readonly Frame[], depth: number): string {
  let p = '';
  for (let i = 0; i < depth; i++) {
    const f = stack[i] as Frame;
    p += `/${f.kind === 'object' ? escapePointerToken(f.key) : f.index}`;
  }
  return p;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const EXPECTED_VALUE = 'expected a value (object, array, string, number, true, false or null)';

/** One pass over the text; each state's step returns a result to stop with, or undefined to go on. */
class Scanner {
  private i = 0;
  private state: State = 'value';
  private readonly n: number;
  private readonly stack: Frame[] = [];
  private readonly duplicates: { pointer: string; key: string }[] = [];

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  run(): ScanResult {
    const text = this.text;
    while (true) {
      let i = this.i;
      while (i < this.n) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) i++;
        else break;
      }
      this.i = i;
      const ch = text[i];
      const s = this.state;
      const r =
        s === 'value' || s === 'value-or-end'
          ? this.value(ch)
          : s === 'key' || s === 'key-or-end'
            ? this.key(ch)
            : s === 'colon'
              ? this.colon(ch)
              : this.after(ch);
      if (r !== undefined) return r;
    }
  }

  private err(offset: number, reason: string): ScanResult {
    const { line, column } = lineCol(this.text, offset);
    const c = this.text[offset];
    const at =
      c === undefined
        ? 'end of input'
        : /^[\x21-\x7e]$/.test(c)
          ? `character '${c}'`
          : `character ${JSON.stringify(c)}`;
    return {
      ok: false,
      violation: {
        pointer: '',
        rule: 'malformed_json',
        message: `malformed JSON at line ${line}, column ${column}: ${reason}`,
        expected: reason.replace(/^expected /, ''),
        received: at,
      },
    };
  }

  /** Returns the index after the closing quote, or the error. */
  private string(start: number): number | ScanResult {
    const text = this.text;
    let j = start + 1;
    while (j < this.n) {
      const c = text.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c === 92) {
        const e = text[j + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
            return this.err(j, 'expected \\u followed by 4 hex digits');
          j += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
        else return this.err(j, 'expected a valid escape sequence');
      } else if (c < 0x20) return this.err(j, 'expected control characters inside strings to be escaped');
      else j++;
    }
    return this.err(this.n, 'expected a closing double quote');
  }

  private value(ch: string | undefined): ScanResult | undefined {
    const { text, stack } = this;
    if (this.state === 'value-or-end' && ch === ']') {
      stack.pop();
      this.i++;
      this.state = 'after';
      return undefined;
    }
    if (ch === '{' || ch === '[') {
      if (stack.length + 1 > PACKAGE_LIMITS.maxDepth) {
        return { ok: false, violation: tooDeepViolation(framePointer(stack, stack.length)) };
      }
      stack.push({ kind: ch === '{' ? 'object' : 'array', keys: new Set(), key: '', index: 0 });
      this.i++;
      this.state = ch === '{' ? 'key-or-end' : 'value-or-end';
      return undefined;
    }
    if (ch === '"') {
      const end = this.string(this.i);
      if (typeof end !== 'number') return end;
      this.i = end;
      this.state = 'after';
      return undefined;
    }
    if (ch === 't' || ch === 'f' || ch === 'n') {
      const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
      if (!text.startsWith(word, this.i)) return this.err(this.i, EXPECTED_VALUE);
      this.i += word.length;
      this.state = 'after';
      return undefined;
    }
    NUMBER_RE.lastIndex = this.i;
    if ((ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) && NUMBER_RE.test(text)) {
      this.i = NUMBER_RE.lastIndex;
      this.state = 'after';
      return undefined;
    }
    return this.err(this.i, EXPECTED_VALUE);
  }

  private key(ch: string | undefined): ScanResult | undefined {
    const { stack } = this;
    const top = stack[stack.length - 1] as Frame;
    if (this.state === 'key-or-end' && ch === '}') {
      stack.pop();
      this.i++;
      this.state = 'after';
      return undefined;
    }
    if (ch !== '"') return this.err(this.i, 'expected a property name in double quotes');
    const end = this.string(this.i);
    if (typeof end !== 'number') return end;
    const token = this.text.slice(this.i + 1, end - 1);
    const key = token.includes('\\') ? (JSON.parse(`"${token}"`) as string) : token;
    top.key = key;
    if (top.keys.has(key)) {
      this.duplicates.push({ pointer: framePointer(stack, stack.length), key });
    } else top.keys.add(key);
    this.i = end;
    this.state = 'colon';
    return undefined;
  }

  private colon(ch: string | undefined): ScanResult | undefined {
    if (ch !== ':') return this.err(this.i, "expected ':' after the property name");
    this.i++;
    this.state = 'value';
    return undefined;
  }

  /** A value just ended. */
  private after(ch: string | undefined): ScanResult | undefined {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      if (this.i < this.n) return this.err(this.i, 'expected end of input after the JSON value');
      return { ok: true, duplicates: this.duplicates };
    }
    if (ch === ',') {
      this.i++;
      if (top.kind === 'object') this.state = 'key';
      else {
        top.index++;
        this.state = 'value';
      }
      return undefined;
    }
    if ((ch === '}' && top.kind === 'object') || (ch === ']' && top.kind === 'array')) {
      this.stack.pop();
      this.i++;
      return undefined;
    }
    return this.err(this.i, top.kind === 'object' ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}

export function scanJson(text: string): ScanResult {
  return new Scanner(text).run();
}

export function parseJsonText(text: string): Result<unknown, Violation[]> {
  const scan = scanJson(text);
  if (!scan.ok) return rejectWith([scan.violation]);
  if (scan.duplicates.length > 0) {
    return rejectWith(
      scan.duplicates.map(({ pointer, key }) => ({
        pointer,
        rule: 'duplicate_key',
        message: `duplicate key '${capText(key)}': every key may appear once per object`,
        expected: 'unique keys',
        received: `'${capText(key)}' more than once`,
      })),
    );
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // The scanner accepted the text, so only resource exhaustion can land here.
    if (e instanceof RangeError) return rejectWith([tooDeepViolation('')]);
    return rejectWith([
      { pointer: '', rule: 'malformed_json', message: 'malformed JSON', expected: 'a JSON document' },
    ]);
  }
}
