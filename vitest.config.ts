import { defineConfig } from 'vitest/config';
import { checkNode } from './local/node-version.ts';

const node = checkNode();
if (node.error) throw new Error(node.error);
if (node.notice) console.warn(node.notice);

// .ci/run sets HANDOFF_TEST_REPORT: vitest then also writes its JSON report there (the console output is
// unchanged), and .ci/run ends by naming the failed tests from it.
const report = process.env.HANDOFF_TEST_REPORT;

// One project per suite so `npm run test:<suite>` runs exactly that suite and `npm test` runs them all.
export default defineConfig({
  test: {
    globals: true,
    ...(report ? { reporters: ['default', 'json'], outputFile: { json: report } } : {}),
    projects: [
      {
        extends: true,
        // Scoring compiles the rulebooks on first use in each file: on a loaded machine that passed vitest's 5 s default.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      { extends: true, test: { name: 'regression', include: ['test/regression/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 150_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'simulation',
          include: ['test/simulation/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 150_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 150_000,
        },
      },
    ],
  },
});
