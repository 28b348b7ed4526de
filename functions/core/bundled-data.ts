/**
 * Whether the contracts and rulebooks bundled with this code were validated when it was built. From source
 * they are not: contracts.ts validates them at load, rulebook.ts each rulebook on first use.
 * bin/build-cli.mjs validates them all with the same code at build time, bakes the validated data in and
 * replaces this module with `true`, so the built CLI does not pay for validating static data at every start
 * (a failed validation fails the build).
 */
export const BUNDLED_DATA_VALIDATED: boolean = false;

/**
 * The trie regex sources of each bundled rulebook (`id@version` → name → source, see TrieSources). Empty
 * from source; bin/build-cli.mjs computes them with the engine's own compiler and bakes them in, so the
 * built CLI does not build the tries (hundreds of phrases and literals) at every start.
 */
export const BUNDLED_TRIE_SOURCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {};
