// Preloaded (`node -r bench/cpu-report.cjs …`) into every process bench/run.mjs times, baseline and guide
// alike: at exit the main thread writes the CPU time (user + system, all threads, µs) of its process to
// stderr, which spawnSync cannot report for a child.
const { isMainThread } = require("node:worker_threads");
if (isMainThread)
  process.on("exit", () => {
    const u = process.cpuUsage();
    process.stderr.write(`\nGUIDE_BENCH_CPU ${u.user + u.system}\n`);
  });
