/**
 * Build-time generator: extracts the patterns of the installed `retext-equality` package into
 * `contracts/rulebooks/inclusive-en.generated.json`, so the Lambda bundle carries plain data (no
 * unified/retext runtime) and nobody re-types the lists: the `basic` patterns (a phrase is flagged) and
 * the `or` patterns (a gendered phrase is flagged unless its counterpart is there too: "his or her").
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
  /** Phrases in which a match is not about people (see NOT_ABOUT_PEOPLE). */
  except?: string[];
}

export interface InclusiveOrPattern {
  id: string;
  female: string[];
  male: string[];
  considerate: string[];
  note: string | null;
}

export interface InclusiveList {
  source: string;
  version: string;
  patterns: InclusivePattern[];
  orPatterns: InclusiveOrPattern[];
}

/**
 * Everyday phrases in which a flagged word is not about people, so retext's suggestion fits nothing:
 * "go nuts for pistachio" in a food ad is not a slur on mental illness. Kept short and literal.
 */
export const NOT_ABOUT_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  nuts: [
    'go nuts',
    'goes nuts',
    'going nuts',
    'nuts about',
    'nuts for',
    'nuts over',
    'mixed nuts',
    'roasted nuts',
    'salted nuts',
    'tree nuts',
    'pine nuts',
    'contains nuts',
    'may contain nuts',
    'nuts and seeds',
    'nuts and bolts',
  ],
  // Lamé, the metallic fabric, is often written without its accent: "gold lame", "lame leggings". Words that
  // also read as a judgement ("a lame top 10", "lame mini golf", "a lame clutch play") need the metal word.
  lame: [
    ...['gold', 'silver', 'golden', 'copper', 'bronze', 'pewter', 'metallic', 'champagne', 'foil', 'liquid']
      .concat(['stretch', 'holographic', 'iridescent', 'lurex'])
      .map((m) => `${m} lame`),
    ...['dresses', 'fabric', 'fabrics', 'skirt', 'slip', 'gown', 'gowns', 'jacket', 'blazer']
      .concat(['trousers', 'pants', 'leggings', 'jumpsuit', 'bodysuit', 'blouse', 'cape', 'boots'])
      .concat(['heels', 'sandals', 'trim', 'lining', 'scarf', 'bomber', 'tote'])
      .map((g) => `lame ${g}`),
  ],
};

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
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const patterns = mod.patterns
    .filter((p) => p.type === 'basic')
    .map((p) => {
      const except = NOT_ABOUT_PEOPLE[p.id];
      return {
        id: p.id,
        phrases: Object.keys(p.inconsiderate),
        considerate: Object.keys(p.considerate ?? {}),
        note: p.note ?? null,
        ...(except ? { except: [...except] } : {}),
      };
    })
    .sort(byId);
  const of = (p: RetextPattern, gender: string) =>
    Object.entries(p.inconsiderate)
      .filter(([, g]) => g === gender)
      .map(([phrase]) => phrase);
  const orPatterns = mod.patterns
    .filter((p) => p.type === 'or')
    .map((p) => ({
      id: p.id,
      female: of(p, 'female'),
      male: of(p, 'male'),
      considerate: Object.keys(p.considerate ?? {}),
      note: p.note ?? null,
    }))
    .sort(byId);
  return { source: 'retext-equality/lib/patterns-en.js', version: pkg.version, patterns, orPatterns };
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
