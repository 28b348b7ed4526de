/**
 * Build-time generator: extracts the `type: "basic"` patterns of the installed `retext-equality`
 * package into `contracts/rulebooks/inclusive-en.generated.json`, so the Lambda bundle carries plain
 * data (no unified/retext runtime) and nobody re-types the lists.
 *
 * Run: `npx tsx functions/core/rules/gen-inclusive.ts` (a unit test fails when the committed file is
 * out of date with the installed package).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface RetextPattern {
  id: string;
  type: 'basic' | 'or';
  categories: string[];
  inconsiderate: Record<string, string>;
  considerate?: Record<string, string>;
  note?: string;
  condition?: string;
  apostrophe?: boolean;
}

export interface InclusivePattern {
  id: string;
  /** Phrases as retext-equality lists them; `*` stands for any one word. */
  phrases: string[];
  considerate: string[];
  note: string | null;
}

export interface InclusiveList {
  source: string;
  version: string;
  patterns: InclusivePattern[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const GENERATED_PATH = join(here, '../../../contracts/rulebooks/inclusive-en.generated.json');

/** The package's `exports` hides lib/patterns-en.js: resolve the package root through its package.json. */
function packageRoot(): string {
  const require = createRequire(import.meta.url);
  // `exports` does not expose package.json either: resolve the main entry (lib/en.js) and walk up.
  return join(dirname(require.resolve('retext-equality')), '..');
}

export async function buildInclusiveList(): Promise<InclusiveList> {
  const root = packageRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const mod = (await import(pathToFileURL(join(root, 'lib', 'patterns-en.js')).href)) as {
    patterns: RetextPattern[];
  };
  const patterns = mod.patterns
    .filter((p) => p.type === 'basic')
    .map((p) => ({
      id: p.id,
      phrases: Object.keys(p.inconsiderate),
      considerate: Object.keys(p.considerate ?? {}),
      note: p.note ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { source: 'retext-equality/lib/patterns-en.js', version: pkg.version, patterns };
}

export function serializeInclusiveList(list: InclusiveList): string {
  return `${JSON.stringify(list, null, 1)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const list = await buildInclusiveList();
  writeFileSync(GENERATED_PATH, serializeInclusiveList(list));
  console.log(
    `wrote ${list.patterns.length} patterns from retext-equality ${list.version} to ${GENERATED_PATH}`,
  );
}
