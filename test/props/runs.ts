// Shared by the property tests: how many runs each property gets, and the seed to replay a failure.
// `npm run test:props` sets NUM_RUNS=10000 (vitest.props.config.ts); the default `npm test` uses 150.
import fc from "fast-check";

/** Runs per property: NUM_RUNS from the environment, else the default run's smaller count. */
export const NUM_RUNS = Math.max(1, Number(process.env.NUM_RUNS ?? 150) || 150);

/** FC_SEED=<n> replays a run (fast-check prints the seed and the shrunk counterexample of a failure). */
export const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

/** fast-check parameters of every property: the run count, the seed when replaying, and the path of a failure. */
export function params<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: NUM_RUNS, ...(SEED === undefined ? {} : { seed: SEED }), ...extra };
}

/** Budget of a whole property test in ms: generous, as 10 000 runs of the parser take minutes. */
export function budget(perRunMs: number): number {
  return Math.max(30000, NUM_RUNS * perRunMs * 3);
}
