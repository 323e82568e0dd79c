import { defineConfig } from "vitest/config";

// `npm run test:props`: the property tests of test/props/ at full strength (NUM_RUNS, default 10 000 per
// property; FC_SEED replays a run). The default `npm test` runs the same files with a smaller count.
export default defineConfig({
  test: {
    include: ["test/props/**/*.test.ts"],
    setupFiles: ["test/event-loop.setup.ts"],
    env: { NUM_RUNS: process.env.NUM_RUNS ?? "10000" },
    testTimeout: 30 * 60 * 1000,
    hookTimeout: 120000,
  },
});
