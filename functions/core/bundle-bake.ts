import { BUNDLED_TRIE_SOURCES } from './bundled-data.ts';
import { validatedContractFiles } from './contracts.ts';
import { bundledRulebooks, validatedBundledData } from './rulebook.ts';
import { compileRulebook } from './rules/engine.ts';
import type { TrieSources } from './rules/regex.ts';

/**
 * What bin/build-cli.mjs bakes into the built CLI, computed by the engine's own code: the bundled data
 * files as validated (contracts and rulebooks, file name → data; throws when one is invalid), and the trie
 * sources of every bundled rulebook (see bundled-data.ts).
 */
export function validatedDataFiles(): Record<string, unknown> {
  const contracts = validatedContractFiles();
  const rulebooks = validatedBundledData();
  const both = Object.keys(contracts).filter((name) => name in rulebooks);
  // The build finds a file's data by its name: two files of one name would bake one in for both.
  if (both.length > 0) throw new Error(`bundled data files share a name: ${both.join(', ')}`);
  return { ...contracts, ...rulebooks };
}

export function bundledTrieSources(): Record<string, Record<string, string>> {
  if (Object.keys(BUNDLED_TRIE_SOURCES).length > 0) throw new Error('trie sources are baked already');
  const out: Record<string, Record<string, string>> = {};
  for (const rb of bundledRulebooks()) {
    const tries: TrieSources = new Map();
    compileRulebook(rb, tries);
    out[`${rb.id}@${rb.version}`] = Object.fromEntries(tries);
  }
  return out;
}
