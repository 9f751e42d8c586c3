import { Worker } from 'node:worker_threads';
import { defaultSettings, type Settings, ProgressWatchdog, type Analysis } from '../kracht';
import type { AnalyzeJob } from './analysis-worker';
import { AnalysisStopped } from './analysis-failure';

// What a fresh worker reads first, to compile the analysis before real work arrives. One language,
// declared: the other language's lexicons and the language detector load with the first report that
// needs them, and an idle server stays small.
export const warmUpText =
  '---\nlang: nl\n---\n# Sessie\n\n- Ik gaf haar een tip.\n- Ze besloot zelf om het gesprek aan te gaan.\n';
const warmUpUri = 'kracht:warm-up';

/**
 * One analysis worker thread and the jobs waiting for it, first come first served. A worker whose
 * progress stands still, or that dies, is replaced; its jobs fail with the reason ({@link AnalysisStopped}).
 * A slow analysis on a busy machine keeps going: only progress counts, not the time it takes.
 */
export class WorkerLane {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  private next = 0;
  /** The worker has answered once: its code and lexicons are loaded. */
  ready = false;
  // The worker adds one per block and rule analysed; read here, never written.
  private progress = new Int32Array(new SharedArrayBuffer(4));
  private patrol: NodeJS.Timeout | null = null;
  private idle: NodeJS.Timeout | null = null;
  /** Called when the worker was stopped for having nothing to do (see `idleStopMs`). */
  onIdleStop: () => void = () => undefined;

  /**
   * @param idleStopMs when set, the worker stops once it has had no job for this long: a lane for rare
   *   work gives its heap back, and the next job starts a new worker.
   */
  constructor(
    private readonly script: string,
    private readonly watchdog: ProgressWatchdog,
    private readonly idleStopMs?: number,
    private readonly resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number },
  ) {}

  /** Starts the worker if it is not running, warming it up on a short text of its own when asked. */
  start(warmUp: boolean): void {
    this.ensureWorker(warmUp);
  }

  /** Analyses a document on this lane's worker, in the worker's session for it. */
  analyze(uri: string, text: string, settings: Settings): Promise<Analysis> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.ensureWorker(false);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.watch();
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ kind: 'analyze', id, uri, text, settings } satisfies AnalyzeJob);
    });
  }

  /** Drops what the worker keeps of a document. */
  forget(uri: string): void {
    this.worker?.postMessage({ kind: 'forget', uri } satisfies AnalyzeJob);
  }

  /** Stops the worker. */
  dispose(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.stopWatching();
    void this.worker?.terminate();
    this.worker = null;
  }

  /** While jobs wait, looks at the progress counter a few times per stall period. */
  private watch(): void {
    this.watchdog.start(Atomics.load(this.progress, 0), Date.now());
    if (this.patrol) return;
    this.patrol = setInterval(
      () => {
        if (this.waiting.size === 0) return this.stopWatching();
        if (!this.watchdog.stalled(Atomics.load(this.progress, 0), Date.now())) return;
        const seconds = this.watchdog.stallMs / 1000;
        this.replace(new AnalysisStopped('stalled', `the analysis made no progress for ${seconds} s`, seconds));
      },
      Math.max(10, this.watchdog.stallMs / 4),
    );
    // The patrol must not keep the server alive once the client has gone.
    this.patrol.unref();
  }

  private stopWatching(): void {
    if (this.patrol) clearInterval(this.patrol);
    this.patrol = null;
  }

  private ensureWorker(warmUp: boolean): Worker {
    if (this.worker) return this.worker;
    // A fresh counter per worker: a replaced worker still winding down cannot move the new one's.
    this.progress = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.script, {
      workerData: { progress: this.progress.buffer },
      ...(this.resourceLimits ? { resourceLimits: this.resourceLimits } : {}),
    });
    this.ready = false;
    if (warmUp) {
      worker.postMessage({
        kind: 'analyze',
        id: -1,
        uri: warmUpUri,
        text: warmUpText,
        settings: defaultSettings,
      } satisfies AnalyzeJob);
      worker.postMessage({ kind: 'forget', uri: warmUpUri } satisfies AnalyzeJob);
    }
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
      // The first answer, to the warm-up or to a report, says the worker has loaded.
      this.ready = true;
      const entry = this.waiting.get(message.id);
      if (!entry) return;
      this.waiting.delete(message.id);
      if (this.waiting.size > 0) this.watchdog.start(Atomics.load(this.progress, 0), Date.now());
      else this.stopWhenIdle(worker);
      if (message.analysis) entry.resolve(message.analysis);
      else entry.reject(new AnalysisStopped('failed', message.error ?? 'the analysis failed'));
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.replace(new AnalysisStopped('crashed', error.message));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker)
        this.replace(new AnalysisStopped('crashed', `the analysis worker stopped (exit code ${code})`));
    });
    // The worker must not keep the server alive once the client has gone.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** With `idleStopMs`, stops the worker if no job arrives in that time. */
  private stopWhenIdle(worker: Worker): void {
    if (this.idleStopMs === undefined) return;
    this.idle = setTimeout(() => {
      if (this.worker !== worker || this.waiting.size > 0) return;
      this.worker = null;
      this.idle = null;
      void worker.terminate();
      this.onIdleStop();
    }, this.idleStopMs);
    // The timer must not keep the server alive once the client has gone.
    this.idle.unref();
  }

  private replace(reason: AnalysisStopped): void {
    const old = this.worker;
    this.worker = null;
    this.stopWatching();
    void old?.terminate();
    for (const entry of this.waiting.values()) entry.reject(reason);
    this.waiting.clear();
  }
}
