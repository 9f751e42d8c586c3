import { parentPort } from 'node:worker_threads';
import type { Settings } from '../core/settings';
import { summarizeText } from './analyze-file';

/** A job for a summary worker: one report's text, and the answer it sends back. */
export interface WorkerJob {
  id: number;
  path: string;
  displayPath: string;
  text: string;
  modified: number;
  settings: Settings;
}

// Runs in a worker thread of the summary pool: analyses the texts it is sent, one at a time.
parentPort?.on('message', (job: WorkerJob) => {
  try {
    const summary = summarizeText(job.path, job.displayPath, job.text, new Date(job.modified), job.settings);
    parentPort!.postMessage({ id: job.id, summary });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
