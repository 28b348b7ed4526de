import { isNode, LineCounter, parseDocument } from 'yaml';

export interface Region {
  startLine: number;
  startColumn: number;
}

/** RFC 6901 pointer → path segments (numbers for array indexes are left as strings; yaml accepts both). */
function segments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Where a JSON pointer's value starts in the package's source text (JSON is YAML, so one parser serves
 * both): 1-based line and column for SARIF regions and GitHub annotations. The nearest existing ancestor
 * when the value itself is absent; line 1 when the text does not parse.
 */
export function locator(text: string): (pointer: string) => Region {
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  } catch {
    doc = undefined;
  }
  return (pointer) => {
    if (!doc) return { startLine: 1, startColumn: 1 };
    const path = segments(pointer);
    for (let n = path.length; n >= 0; n--) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { startLine: line, startColumn: col };
      }
      if (n === 0) break;
    }
    return { startLine: 1, startColumn: 1 };
  };
}
