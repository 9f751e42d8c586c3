import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeReport } from '../kracht';
import { defaultSettings, type Settings } from '../core/settings';
import type { Analysis } from '../core/types';
import type { AnalyzeJob } from '../node/worker';

/** How long one analysis may take before its worker is replaced (a hostile document, a bug). */
const timeoutMs = 20_000;

// What is read first, to compile the analysis before real work arrives. One language, declared:
// the other language's lexicons and the language detector load with the first report that needs them,
// and an idle server stays small.
const warmUpText = '---\nlang: nl\n---\n# Sessie\n\n- Ik gaf haar een tip.\n- Ze besloot zelf om het gesprek aan te gaan.\n';

/** Characters up to which a report is analysed on the main thread while the worker starts (~5,000 words). */
const readHereUpTo = 30_000;

/**
 * Analyses documents on a worker thread, so the server's main loop answers every request at once
 * while a long report is being read. A worker that takes too long or dies is replaced; the job fails
 * with a clear reason and the server keeps serving.
 */
export class Analyzer {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private next = 0;
  private ready = false;
  private readonly script = join(__dirname, 'worker.js');

  /** Analyses a text with the given settings. */
  analyze(text: string, settings: Settings): Promise<Analysis> {
    // Without the bundled worker (unbundled tests), analyse here.
    if (!existsSync(this.script)) return new Promise((resolve) => resolve(analyzeReport(text, settings)));
    // Until the worker has loaded its code and lexicons (a quarter of a second), a report of ordinary
    // size is read here: the first report opened does not wait for a thread to start, and an idle
    // server keeps no second heap. The worker meanwhile warms up on a short text of its own; a long
    // report goes to it at once and is its first work.
    const readHere = !this.ready && text.length <= readHereUpTo;
    const worker = this.ensureWorker(readHere);
    if (readHere) return new Promise((resolve) => resolve(analyzeReport(text, settings)));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.replace(new Error(`analysis took longer than ${timeoutMs / 1000} s and was stopped`));
      }, timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      worker.postMessage({ kind: 'analyze', id, text, settings } satisfies AnalyzeJob);
    });
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
    void this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(warmUp: boolean): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    this.ready = false;
    if (warmUp) worker.postMessage({ kind: 'analyze', id: -1, text: warmUpText, settings: defaultSettings } satisfies AnalyzeJob);
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
      // The first answer, to the warm-up or to a report, says the worker has loaded.
      this.ready = true;
      const entry = this.waiting.get(message.id);
      if (!entry) return;
      this.waiting.delete(message.id);
      clearTimeout(entry.timer);
      if (message.analysis) entry.resolve(message.analysis);
      else entry.reject(new Error(message.error ?? 'analysis failed'));
    });
    worker.on('error', (error) => this.replace(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.replace(new Error('the analysis worker stopped'));
    });
    // The worker must not keep the server alive once the client has gone.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private replace(reason: Error): void {
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
    for (const entry of this.waiting.values()) {
      clearTimeout(entry.timer);
      entry.reject(reason);
    }
    this.waiting.clear();
  }
}
