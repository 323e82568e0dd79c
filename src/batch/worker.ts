// A worker thread of checkBatch: loads the engine once, takes the guide and the batch options from
// workerData (structured clone), then checks one draft per message and answers with its outcome.
import { parentPort, workerData } from "node:worker_threads";
import { checkOne, type DraftJob } from "./check-one.js";
import { loadEngine } from "./engine.js";

/** A request of the main thread: check the draft `path`; `seq` comes back with the answer. */
export interface WorkerRequest {
  seq: number;
  path: string;
}

/** The answer to a WorkerRequest. */
export interface WorkerAnswer {
  seq: number;
  outcome: import("./check-one.js").DraftOutcome;
}

const job = workerData as DraftJob;
const engine = await loadEngine();
// Requests are answered one at a time; the main thread sends the next only after the answer.
parentPort!.on("message", async (req: WorkerRequest) => {
  const outcome = await checkOne(req.path, job, engine);
  parentPort!.postMessage({ seq: req.seq, outcome } satisfies WorkerAnswer);
});
parentPort!.postMessage("ready");
