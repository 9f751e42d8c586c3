import { parentPort } from 'node:worker_threads';
import type { Settings } from '../core/settings';
import { analyzeReport } from '../kracht';
import { summarizeText } from './analyze-file';

/** A job for a summary worker: one report's text, summarised. */
export interface WorkerJob {
  id: number;
  path: string;
  displayPath: string;
  text: string;
  modified: number;
  settings: Settings;
}

/** A job for the language server's analysis worker: one open document, fully analysed. */
export interface AnalyzeJob {
  kind: 'analyze';
  id: number;
  text: string;
  settings: Settings;
}

// Runs in a worker thread: summary jobs from the workspace pool, analysis jobs from the language
// server (whose main thread then stays free to answer requests). One job at a time, caches kept.
parentPort?.on('message', (job: WorkerJob | AnalyzeJob) => {
  try {
    if ('kind' in job) parentPort!.postMessage({ id: job.id, analysis: analyzeReport(job.text, job.settings) });
    else parentPort!.postMessage({ id: job.id, summary: summarizeText(job.path, job.displayPath, job.text, new Date(job.modified), job.settings) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});
