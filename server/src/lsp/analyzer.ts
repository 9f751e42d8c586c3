import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeReport, defaultSettings, type Settings, ProgressWatchdog, type Analysis } from '../kracht';
import type { AnalyzeJob } from './analysis-worker';
import { AnalysisStopped } from './analysis-failure';
import { Sessions } from './sessions';

/** How long the worker's progress counter may stand still before it is replaced (a hostile document, a bug). */
const stallMs = 30_000;

// What is read first, to compile the analysis before real work arrives. One language, declared:
// the other language's lexicons and the language detector load with the first report that needs them,
// and an idle server stays small.
const warmUpText = '---\nlang: nl\n---\n# Sessie\n\n- Ik gaf haar een tip.\n- Ze besloot zelf om het gesprek aan te gaan.\n';

const warmUpUri = 'kracht:warm-up';

/** Characters up to which a report is analysed on the main thread while the worker starts (~5,000 words). */
const readHereUpTo = 30_000;

/** Where the worker is and how patient to be with it: the bundled worker and 30 s unless a test says otherwise. */
export interface AnalyzerOptions {
  script?: string;
  stallMs?: number;
}

/**
 * Analyses documents on a worker thread, so the server's main loop answers every request at once
 * while a long report is being read. A worker whose progress stands still, or that dies, is replaced;
 * its jobs fail with the reason ({@link AnalysisStopped}) and the server keeps serving. A slow analysis
 * on a busy machine keeps going: only progress counts, not the time it takes.
 */
export class Analyzer {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  private next = 0;
  private ready = false;
  private readonly script: string;
  private readonly watchdog: ProgressWatchdog;
  // The worker adds one per block and rule analysed; read here, never written.
  private progress = new Int32Array(new SharedArrayBuffer(4));
  private patrol: NodeJS.Timeout | null = null;
  // The sessions of the documents read on this thread (while the worker starts, or without one).
  private readonly sessions = new Sessions();

  constructor(options: AnalyzerOptions = {}) {
    this.script = options.script ?? join(__dirname, 'analysis-worker.js');
    this.watchdog = new ProgressWatchdog(options.stallMs ?? stallMs);
  }

  /** Analyses a document's text with the given settings, in the document's session. */
  analyze(uri: string, text: string, settings: Settings): Promise<Analysis> {
    const here = (): Promise<Analysis> => new Promise((resolve) => resolve(analyzeReport(text, settings, { session: this.sessions.of(uri) })));
    // Without the bundled worker (unbundled tests), analyse here.
    if (!existsSync(this.script)) return here();
    // Until the worker has loaded its code and lexicons (a quarter of a second), a report of ordinary
    // size is read here: the first report opened does not wait for a thread to start, and an idle
    // server keeps no second heap. The worker meanwhile warms up on a short text of its own; a long
    // report goes to it at once and is its first work.
    const readHere = !this.ready && text.length <= readHereUpTo;
    const worker = this.ensureWorker(readHere);
    if (readHere) return here();
    // The worker reads the document from now on: a session here would only hold an older version.
    this.sessions.forget(uri);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.watch();
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ kind: 'analyze', id, uri, text, settings } satisfies AnalyzeJob);
    });
  }

  /** Forgets a closed document: what its session kept goes, here and in the worker. */
  forget(uri: string): void {
    this.sessions.forget(uri);
    this.worker?.postMessage({ kind: 'forget', uri } satisfies AnalyzeJob);
  }

  /** While jobs wait, looks at the progress counter a few times per stall period. */
  private watch(): void {
    this.watchdog.start(Atomics.load(this.progress, 0), Date.now());
    if (this.patrol) return;
    this.patrol = setInterval(() => {
      if (this.waiting.size === 0) return this.stopWatching();
      if (!this.watchdog.stalled(Atomics.load(this.progress, 0), Date.now())) return;
      const seconds = this.watchdog.stallMs / 1000;
      this.replace(new AnalysisStopped('stalled', `the analysis made no progress for ${seconds} s`, seconds));
    }, Math.max(10, this.watchdog.stallMs / 4));
    // The patrol must not keep the server alive once the client has gone.
    this.patrol.unref();
  }

  private stopWatching(): void {
    if (this.patrol) clearInterval(this.patrol);
    this.patrol = null;
  }

  /**
   * Reads a short report here once, so the lexicons and the analysis code are ready when the
   * first report opens; the worker itself starts with that first report.
   */
  prepare(): void {
    if (existsSync(this.script)) analyzeReport(warmUpText, defaultSettings);
  }

  /** Stops the worker. */
  dispose(): void {
    this.stopWatching();
    void this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(warmUp: boolean): Worker {
    if (this.worker) return this.worker;
    // A fresh counter per worker: a replaced worker still winding down cannot move the new one's.
    this.progress = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.script, { workerData: { progress: this.progress.buffer } });
    this.ready = false;
    if (warmUp) {
      worker.postMessage({ kind: 'analyze', id: -1, uri: warmUpUri, text: warmUpText, settings: defaultSettings } satisfies AnalyzeJob);
      worker.postMessage({ kind: 'forget', uri: warmUpUri } satisfies AnalyzeJob);
    }
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
      // The first answer, to the warm-up or to a report, says the worker has loaded.
      this.ready = true;
      const entry = this.waiting.get(message.id);
      if (!entry) return;
      this.waiting.delete(message.id);
      if (this.waiting.size > 0) this.watchdog.start(Atomics.load(this.progress, 0), Date.now());
      if (message.analysis) entry.resolve(message.analysis);
      else entry.reject(new AnalysisStopped('failed', message.error ?? 'the analysis failed'));
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.replace(new AnalysisStopped('crashed', error.message));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.replace(new AnalysisStopped('crashed', `the analysis worker stopped (exit code ${code})`));
    });
    // The worker must not keep the server alive once the client has gone.
    worker.unref();
    this.worker = worker;
    return worker;
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
