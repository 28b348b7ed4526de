/**
 * Whether the rulebooks bundled with this code were validated when it was built. From source they are not:
 * rulebook.ts validates each on first use. bin/build-cli.mjs validates them all with the same code at build
 * time, bakes the validated data in and replaces this module with `true`, so the built CLI does not pay for
 * validating static data at every start (a failed validation fails the build).
 */
export const BUNDLED_DATA_VALIDATED: boolean = false;
