/**
 * Size limits for the sources (issue #10): no source file over 400 lines, no function over 80.
 * `npx tsx test/support/source-size.ts [files…]` lists the offenders (default: the files below);
 * test/unit/source-size.test.ts holds the same files to the limits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;

/** The files held to the limits: every source under functions/, infra/ and local/. */
export const SPLIT_SOURCES = ['functions', 'infra', 'local'];

function filesUnder(path: string): string[] {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

export interface SizeReport {
  file: string;
  lines: number;
  /** Functions longer than MAX_FUNCTION_LINES, with their first line and length. */
  longFunctions: { name: string; line: number; lines: number }[];
}

function functionName(node: ts.Node): string {
  if (
    (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) &&
    node.name !== undefined
  ) {
    return node.name.getText();
  }
  const parent = node.parent;
  if (parent !== undefined && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent !== undefined && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

export function measure(file: string): SizeReport {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const longFunctions: SizeReport['longFunctions'] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const line = lineOf(node.getStart(sf));
      const lines = lineOf(node.getEnd()) - line + 1;
      if (lines > MAX_FUNCTION_LINES) longFunctions.push({ name: functionName(node), line, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), longFunctions };
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Paths are relative to the repository root; reports name files the same way. */
export function measureAll(paths: readonly string[] = SPLIT_SOURCES): SizeReport[] {
  const files = paths.flatMap((p) => filesUnder(join(ROOT, p)));
  return [...new Set(files)].map((f) => ({ ...measure(f), file: relative(ROOT, f) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  let over = 0;
  for (const r of measureAll(args.length > 0 ? args : SPLIT_SOURCES)) {
    const big = r.lines > MAX_FILE_LINES;
    console.log(`${String(r.lines).padStart(5)}  ${r.file}${big ? '  (file over limit)' : ''}`);
    for (const f of r.longFunctions) console.log(`       ${f.name} at line ${f.line}: ${f.lines} lines`);
    if (big) over++;
    over += r.longFunctions.length;
  }
  if (over > 0) process.exitCode = 1;
}
