import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layers, as the folder names say: imports point one way only and close no circle.
 *
 *   core (pure domain) < shared (names and state shapes infra and runtime agree on) < app (use cases over
 *   ports) < adapters (AWS implementations of the ports) < views (HTML) < handlers | cli (entrypoints)
 *   < local (the local runtime). infra may import only core, shared and views: the front door's gateway
 *   responses are the callback's own pages, rendered at synth time (ADR 0017), so views import only core and
 *   shared.
 *
 * A file may import its own layer or a lower one; handlers and cli do not import each other.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['functions', 'infra', 'local'];

type Layer = 'core' | 'shared' | 'app' | 'adapters' | 'views' | 'handlers' | 'cli' | 'local' | 'infra';

const RANK: Record<Exclude<Layer, 'infra'>, number> = {
  core: 0,
  shared: 1,
  app: 2,
  adapters: 3,
  views: 4,
  handlers: 5,
  cli: 5,
  local: 6,
};

function layerOf(file: string): Layer | undefined {
  const [top, second] = file.split('/');
  if (top === 'infra' || top === 'local') return top;
  if (top === 'functions' && second && second in RANK) return second as Layer;
  return undefined;
}

/** Why `from` may not import `to`, or undefined when it may. */
function refusal(from: Layer, to: Layer): string | undefined {
  if (from === to) return undefined;
  if (from === 'infra')
    return to === 'core' || to === 'shared' || to === 'views'
      ? undefined
      : 'infra imports only core, shared and views';
  if (to === 'infra') return from === 'local' ? undefined : `${from} may not import infra`;
  // infra synthesizes views: a view that reached app or adapters would pull use cases and the SDK into synth.
  if (from === 'views' && to !== 'core' && to !== 'shared') return 'views import only core and shared';
  const a = RANK[from];
  const b = RANK[to];
  if (b > a) return `${from} may not import ${to}, a higher layer`;
  if (b === a) return `${from} and ${to} are entrypoints of the same rank and do not import each other`;
  return undefined;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const ALIASES = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { imports: Record<string, string> }
).imports;

/** The repository path a specifier points to, or undefined for a package (or a computed path). */
function resolveSpecifier(file: string, spec: string): string | undefined {
  let target: string | undefined;
  if (spec.startsWith('#')) {
    const exact = ALIASES[spec];
    if (exact) target = exact;
    else {
      for (const [pattern, path] of Object.entries(ALIASES)) {
        if (!pattern.endsWith('/*') || !spec.startsWith(pattern.slice(0, -1))) continue;
        target = path.replace('*', spec.slice(pattern.length - 1));
      }
    }
    if (!target) throw new Error(`${file}: import '${spec}' matches no package.json "imports" alias`);
    target = resolve(ROOT, target);
  } else if (spec.startsWith('.')) {
    target = resolve(ROOT, dirname(file), spec);
  } else {
    return undefined;
  }
  return relative(ROOT, target);
}

const IMPORT = /(?:^|[^.\w])(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g;
const SIDE_EFFECT = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file (static, re-export, side effect, literal dynamic import()) as repository paths. */
function importsOf(file: string): string[] {
  // Comments may mention imports ("callers import everything from '#core/validate'"): leave them out.
  const text = readFileSync(join(ROOT, file), 'utf8')
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specs = [IMPORT, SIDE_EFFECT, DYNAMIC].flatMap((re) => [...text.matchAll(re)].map((m) => m[1] ?? ''));
  return [...new Set(specs.map((s) => resolveSpecifier(file, s)).filter((t) => t !== undefined))];
}

const FILES = SCANNED.flatMap(sourceFiles).sort();
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

/** Strongly connected components with more than one file (or a self-import): the import circles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, order.get(w) ?? 0));
      }
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

describe('layers', () => {
  it('finds the source files and their imports', () => {
    expect(FILES).toContain('functions/app/ports.ts');
    expect(GRAPH.get('functions/handlers/intake.ts')).toContain('functions/app/intake.ts');
    // Dynamic imports count: the local runtime loads the handlers with import().
    expect(GRAPH.get('local/runtime.ts')).toContain('functions/handlers/index.ts');
  });

  it('resolves every relative and aliased import to a file that exists', () => {
    const missing = [...GRAPH].flatMap(([from, tos]) =>
      tos.filter((to) => !existsSync(join(ROOT, to))).map((to) => `${from} → ${to}`),
    );
    expect(missing).toEqual([]);
  });

  it('puts every file of functions/ in a known layer', () => {
    expect(FILES.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('has no import that points up a layer (or from infra beyond core, shared and views)', () => {
    const upward = [...GRAPH].flatMap(([from, tos]) =>
      tos.flatMap((to) => {
        const a = layerOf(from);
        const b = layerOf(to);
        const why = a && b ? refusal(a, b) : undefined;
        return why ? [`${from} → ${to}: ${why}`] : [];
      }),
    );
    expect(upward).toEqual([]);
  });

  it('has no import circle', () => {
    expect(cycles(GRAPH).map((c) => c.join(' ↔ '))).toEqual([]);
  });

  it('names an upward import and a circle when there is one', () => {
    expect(refusal('core', 'app')).toMatch(/core may not import app/);
    expect(refusal('infra', 'adapters')).toMatch(/infra imports only core, shared and views/);
    expect(refusal('handlers', 'cli')).toMatch(/do not import each other/);
    expect(refusal('views', 'adapters')).toMatch(/views import only core and shared/);
    expect(refusal('views', 'core')).toBeUndefined();
    expect(refusal('handlers', 'app')).toBeUndefined();
    const circle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(cycles(circle)).toEqual([['a.ts', 'b.ts']]);
  });
});
