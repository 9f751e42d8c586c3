import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../core/settings';
import { analyzeReport } from '../kracht';

/** A job for the language server's analysis worker: one open document, fully analysed. */
export interface AnalyzeJob {
  kind: 'analyze';
  id: number;
  text: string;
  settings: Settings;
}

// The language server's counter of this worker's progress, which its watchdog reads (see Analyzer).
const progress = (workerData as { progress?: SharedArrayBuffer } | null)?.progress;
const counter = progress ? new Int32Array(progress) : null;
const onProgress = counter ? (): void => void Atomics.add(counter, 0, 1) : undefined;

// Runs in a worker thread for the language server, whose main thread then stays free to answer
// requests. One job at a time, caches kept (the next job is usually the same report, edited).
parentPort?.on('message', (job: AnalyzeJob) => {
  try {
    parentPort!.postMessage({ id: job.id, analysis: analyzeReport(job.text, job.settings, { onProgress }) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
