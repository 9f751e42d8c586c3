import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeReport } from '../kracht';
import type { Settings } from '../core/settings';
import type { Analysis } from '../core/types';
import type { AnalyzeJob } from '../node/worker';

/** How long one analysis may take before its worker is replaced (a hostile document, a bug). */
const timeoutMs = 20_000;

const warmUpTexts = [
  '---\nlang: nl\n---\n# Sessie\n\n- Ik gaf haar een tip.\n- Ze besloot zelf om het gesprek aan te gaan.\n',
  '---\nlang: en\n---\n# Session\n\n- I gave her a tip.\n- She decided herself to have the conversation.\n',
];

/**
 * Analyses documents on a worker thread, so the server's main loop answers every request at once
 * while a long report is being read. A worker that takes too long or dies is replaced; the job fails
 * with a clear reason and the server keeps serving.
 */
export class Analyzer {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private next = 0;
  private readonly script = join(__dirname, 'worker.js');

  /** Analyses a text with the given settings. */
  analyze(text: string, settings: Settings): Promise<Analysis> {
    // Without the bundled worker (unbundled tests), analyse here.
    if (!existsSync(this.script)) return Promise.resolve(analyzeReport(text, settings));
    const worker = this.ensureWorker();
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
   * Starts the worker and lets it read a short report in each language, so the first report a
   * coach opens does not wait for the worker to load, compile and build its lexicons.
   */
  prepare(settings: Settings): void {
    if (!existsSync(this.script)) return;
    const worker = this.ensureWorker();
    for (const text of warmUpTexts) worker.postMessage({ kind: 'analyze', id: -1, text, settings } satisfies AnalyzeJob);
  }

  /** Stops the worker. */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
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
