// Let the worker's event loop turn after every test. Vitest runs a file's tests back to back on promises
// alone, so a file of CPU-bound or synchronous tests (in-process parses, child processes run with *Sync)
// can hold the loop for minutes and miss vitest's 60-second RPC timeout, which fails the run with an
// unhandled "Timeout calling onTaskUpdate" although every test passed (seen on a slow CI machine).
import { afterEach } from "vitest";

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
