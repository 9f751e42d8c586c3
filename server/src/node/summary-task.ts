import type { Settings, ReportSummary } from '../kracht';
import { summarizeText } from './analyze-file';

/** One report for a summary worker: its text, summarised. */
export interface SummaryJob {
  path: string;
  displayPath: string;
  text: string;
  modified: number;
}

/** A task of the summary pool: a batch of reports (one message each way rather than one per report). */
export interface SummaryTask {
  jobs: SummaryJob[];
  settings: Settings;
  /** A counter the task moves as it works (chunks, blocks, rules), which the pool's watchdog reads. */
  progress: SharedArrayBuffer;
}

/** Per report of the batch, in order, its summary or why it failed. */
export type SummaryResult = { summary: ReportSummary } | { error: string };

/** Runs in a thread of the summary pool (piscina): summarises a batch of reports. */
export default function summarizeBatch(task: SummaryTask): SummaryResult[] {
  const counter = new Int32Array(task.progress);
  const onProgress = (): void => void Atomics.add(counter, 0, 1);
  onProgress();
  return task.jobs.map((report) => {
    try {
      return {
        summary: summarizeText(
          report.path,
          report.displayPath,
          report.text,
          new Date(report.modified),
          task.settings,
          onProgress,
        ),
      };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}
