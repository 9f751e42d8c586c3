import { Piscina } from 'piscina';
import { ProgressWatchdog, type Settings, type ReportSummary } from '../kracht';
import type { SummaryJob, SummaryResult, SummaryTask } from './summary-task';

/** Reports per task: one message each way per report cost a twentieth of a worker's time. */
export const batchSize = 16;

/** The worker threads of a summary: reports queued in batches, a report answered with its summary or why it failed. */
export interface SummaryPool {
  size: number;
  /** Queues a report; it goes to a worker with its batch, once the batch is full or on flush. */
  run(job: SummaryJob, settings: Settings): Promise<ReportSummary>;
  /** Sends the batch still being filled. */
  flush(): void;
  close(): Promise<void>;
}

type Waiting = { job: SummaryJob; resolve: (s: ReportSummary) => void; reject: (e: Error) => void; attempts: number };
type Running = { counter: Int32Array; watchdog: ProgressWatchdog; controller: AbortController; started: boolean };

/**
 * A piscina pool that heals: a worker that crashes, exits or stands still (its progress counter unmoved
 * for `stallMs` once its task began) is replaced by piscina, and the reports of its batch are tried again
 * one by one, so that only the report that causes the fault fails, with the reason.
 */
export function createSummaryPool(script: string, size: number, stallMs = 30_000): SummaryPool {
  const piscina = new Piscina<SummaryTask, SummaryResult[]>({
    filename: script,
    minThreads: size,
    maxThreads: size,
    concurrentTasksPerWorker: 1,
    // A bounded heap per worker keeps a 10,000-report run's memory flat: the garbage collector works
    // within it instead of letting the heap grow because the machine has room. The young generation is
    // bounded too: left to itself it grew to some 50 MB per worker (10,000 reports: peak RSS 265 → 218 MB).
    resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 },
  });
  const running = new Set<Running>();
  const patrol = setInterval(
    () => {
      const now = Date.now();
      for (const task of running) {
        const count = Atomics.load(task.counter, 0);
        // Queued behind other tasks, a task has not begun: its wait starts with its first step.
        if (count === 0) continue;
        if (!task.started) {
          task.started = true;
          task.watchdog.start(count, now);
        } else if (task.watchdog.stalled(count, now)) task.controller.abort();
      }
    },
    Math.max(10, stallMs / 4),
  );
  patrol.unref();

  let batch: { waiting: Waiting[]; settings: Settings } | null = null;
  const send = (waiting: Waiting[], settings: Settings): void => {
    const progress = new SharedArrayBuffer(4);
    const task: Running = {
      counter: new Int32Array(progress),
      watchdog: new ProgressWatchdog(stallMs),
      controller: new AbortController(),
      started: false,
    };
    running.add(task);
    piscina
      .run({ jobs: waiting.map((w) => w.job), settings, progress }, { signal: task.controller.signal })
      .then(
        (results) =>
          waiting.forEach((w, i) => {
            const result = results[i];
            if (result && 'summary' in result) w.resolve(result.summary);
            else w.reject(new Error(result?.error ?? 'analysis failed'));
          }),
        (error: Error) => {
          const reason = task.controller.signal.aborted
            ? `the analysis made no progress for ${stallMs / 1000} s`
            : `the analysis worker failed: ${error.message}`;
          // Tried again alone, once: the reports that shared a batch with the cause are not its victims.
          for (const w of waiting) {
            if (w.attempts >= 2) w.reject(new Error(reason));
            else send([{ ...w, attempts: w.attempts + 1 }], settings);
          }
        },
      )
      .finally(() => running.delete(task));
  };
  const flush = (): void => {
    if (!batch) return;
    send(batch.waiting, batch.settings);
    batch = null;
  };
  return {
    size,
    run(job, settings) {
      return new Promise((resolve, reject) => {
        // A batch is sent with one settings object: a report with other settings starts a new one.
        if (batch && batch.settings !== settings) flush();
        batch ??= { waiting: [], settings };
        batch.waiting.push({ job, resolve, reject, attempts: 1 });
        if (batch.waiting.length >= batchSize) flush();
      });
    },
    flush,
    async close() {
      clearInterval(patrol);
      await piscina.destroy();
    },
  };
}
