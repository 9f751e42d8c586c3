import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../core/settings';
import { analyzeReport } from '../kracht';
import { summarizeText } from './analyze-file';
import type { ReportSummary } from '../core/summary';

/** One report for a summary worker: its text, summarised. */
export interface SummaryJob {
  path: string;
  displayPath: string;
  text: string;
  modified: number;
}

/** Work for a summary worker: a batch of reports, one message each way rather than one per report. */
export interface WorkerJob {
  id: number;
  jobs: SummaryJob[];
  settings: Settings;
}

/** A summary worker's answer: per report of the batch, in order, its summary or why it failed. */
export type WorkerResult = { summary: ReportSummary } | { error: string };

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

// Runs in a worker thread: summary jobs from the workspace pool, analysis jobs from the language
// server (whose main thread then stays free to answer requests). One job at a time, caches kept.
parentPort?.on('message', (job: WorkerJob | AnalyzeJob) => {
  try {
    if ('kind' in job) parentPort!.postMessage({ id: job.id, analysis: analyzeReport(job.text, job.settings, { onProgress }) });
    else parentPort!.postMessage({ id: job.id, results: job.jobs.map((report) => summarize(report, job.settings)) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).message });
  }
});

function summarize(report: SummaryJob, settings: Settings): WorkerResult {
  try {
    return { summary: summarizeText(report.path, report.displayPath, report.text, new Date(report.modified), settings) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
