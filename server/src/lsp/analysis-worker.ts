import { parentPort, workerData } from 'node:worker_threads';
import { analyzeReport, type Settings } from '../kracht';
import { Sessions } from './sessions';

/** A job for the language server's analysis worker: one open document, fully analysed, or one closed. */
export type AnalyzeJob =
  { kind: 'analyze'; id: number; uri: string; text: string; settings: Settings } | { kind: 'forget'; uri: string };

// The language server's counter of this worker's progress, which its watchdog reads (see Analyzer).
const progress = (workerData as { progress?: SharedArrayBuffer } | null)?.progress;
const counter = progress ? new Int32Array(progress) : null;
const onProgress = counter ? (): void => void Atomics.add(counter, 0, 1) : undefined;

// Each open document's session: its next job is usually the same report, edited.
const sessions = new Sessions();

// Runs in a worker thread for the language server, whose main thread then stays free to answer
// requests. One job at a time.
parentPort?.on('message', (job: AnalyzeJob) => {
  if (job.kind === 'forget') return sessions.forget(job.uri);
  try {
    parentPort!.postMessage({
      id: job.id,
      analysis: analyzeReport(job.text, job.settings, { onProgress, session: sessions.of(job.uri) }),
    });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
