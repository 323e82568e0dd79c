import { configDefaults, defineConfig } from "vitest/config";

// Two tiers of one suite. `npm test` (and CI) runs both; `npm run test:fast` runs the first, the everyday
// loop. The slow tier is the files that take longest on a 2-core machine: large and hostile inputs (a 50 MB
// notice), worker-thread runs of the batch, the check properties, every real government document, and the
// whole-system runs (the CLI in child processes with the network cut, the HTML report in Chromium, the npm
// package and the GitHub Action installed into empty folders).
export const SLOW = [
  "test/malformed.test.ts",
  "test/batch-order.test.ts",
  "test/props/check.props.test.ts",
  "test/realdocs-outline.test.ts",
  "test/safety.test.ts",
  "test/html-browser.test.ts",
  "test/check-own.test.ts",
  "test/unseen.test.ts",
  "test/package.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 30000,
    setupFiles: ["test/event-loop.setup.ts"],
    projects: [
      { extends: true, test: { name: "fast", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...SLOW] } },
      { extends: true, test: { name: "slow", include: SLOW } },
    ],
  },
});
