import fc from 'fast-check';
import { FaultInjector } from '../support/faults.ts';
import { useLocalRuntime } from '../support/stack.ts';
import { type History, historyArb, Player } from './stream-model.ts';
import {
  dedupeAsModelled,
  neverBackwards,
  observe,
  oneMailPerApprover,
  oneOutcomeEach,
  pointerHoldsNewest,
} from './stream-model-checks.ts';
import { Gates } from './stream-model-gates.ts';

// A model-based test of one stream: 2–6 revisions in random interleavings of puts (again: resubmissions),
// duplicate trigger deliveries, approvals, rejections, timeouts and lost executions in any order, transient
// faults and lost responses in any Lambda step, Lambda calls held mid-step while other steps happen, on the synthesized state machine with the real handlers.
// After every history the stream's invariants must hold. Replay a run with FC_SEED=<seed> (and
// FC_PATH=<path> for the shrunk counterexample); FC_RUNS changes the number of histories.

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 200;
const PATH = process.env.FC_PATH;

const faults = new FaultInjector();
const gates = new Gates();
const runtime = useLocalRuntime({
  retryIntervalMs: 0,
  wrapHandler: (fn, handler) => gates.wrap(fn, faults.wrap(fn, handler)),
  logLevel: 'SILENT',
  // Approvers here decide at machine speed, many times a second; the front door's throttle is not under test.
  frontDoorThrottle: 'off',
});

let streams = 0;
/** Run outcomes over every history played, to show what the histories reached. */
const outcomes: Record<string, number> = {};

async function play(history: History): Promise<string[]> {
  // A fresh stream per history; the shared stores are emptied of what the previous history left.
  const stream = `model-${SEED}-${++streams}`;
  faults.clear();
  gates.clear();
  runtime().emulators.bus.clear();
  await runtime().emulators.clearMail();
  const player = new Player(runtime(), { faults, gates }, stream, history.kinds);
  await player.play(history);
  const observed = await observe(runtime(), player.played);
  for (const run of observed.records.values()) {
    const status = run?.status ?? 'no-run';
    outcomes[status] = (outcomes[status] ?? 0) + 1;
    // A rollback that found a later run's write on the pointer: two runs interleaved inside their steps.
    if (run?.pointerAction === 'left-alone') outcomes['left-alone'] = (outcomes['left-alone'] ?? 0) + 1;
  }
  return [
    ...pointerHoldsNewest(observed).map((v) => `pointer: ${v}`),
    ...neverBackwards(observed).map((v) => `order: ${v}`),
    ...oneOutcomeEach(observed).map((v) => `outcome: ${v}`),
    ...dedupeAsModelled(observed).map((v) => `dedupe: ${v}`),
    ...oneMailPerApprover(observed).map((v) => `mail: ${v}`),
  ];
}

describe('a stream under random histories (model-based)', () => {
  beforeAll(async () => {
    await runtime().setFlag('on', 100);
  });

  it(`keeps its invariants over ${RUNS} histories`, async () => {
    const started = Date.now();
    console.log(JSON.stringify({ suite: 'simulation-stream-model', seed: SEED, runs: RUNS }));
    let histories = 0;
    const property = fc.asyncProperty(historyArb, async (history) => {
      histories += 1;
      const violations = await play(history);
      if (violations.length > 0) throw new Error(`invariants broken:\n  ${violations.join('\n  ')}`);
    });
    const details = await fc.check(property, {
      seed: SEED,
      numRuns: RUNS,
      ...(PATH ? { path: PATH } : {}),
    });
    console.log(
      JSON.stringify({
        suite: 'simulation-stream-model',
        seed: SEED,
        runs: RUNS,
        histories,
        failed: details.failed,
        ...(details.failed ? { path: details.counterexamplePath, shrinks: details.numShrinks } : {}),
        durationMs: Date.now() - started,
        outcomes,
        faultsInjected: faults.injected,
        held: gates.heldTotal,
      }),
    );
    if (details.failed) {
      throw new Error(
        `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}\nReplay: FC_SEED=${SEED} FC_PATH=${details.counterexamplePath}`,
      );
    }
  }, 1_800_000);
});
