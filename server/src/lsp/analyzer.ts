import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeReport,
  defaultSettings,
  pastSizeLimit,
  type Settings,
  ProgressWatchdog,
  type Analysis,
} from '../kracht';
import { Sessions } from './sessions';
import { WorkerLane, warmUpText } from './worker-lane';

/** How long a worker's progress counter may stand still before it is replaced (a hostile document, a bug). */
const stallMs = 30_000;

/** Characters up to which a report is analysed on the main thread while the worker starts (~5,000 words). */
const readHereUpTo = 30_000;

/**
 * Characters from which a report goes to a lane of its own (~15,000 words, far beyond a session report):
 * a long or hostile document then never holds back the diagnostics of the reports around it.
 */
export const longFrom = 100_000;

/**
 * The heap the worker for reports above the size limit may grow to. Such a report is read in runs of
 * paragraphs and needs far less; the bound keeps V8 from growing the heap with garbage it has not yet
 * collected, which is what set the server's peak (issue 17: 631 MB in the hostile suite without it).
 */
const reducedHeapMb = 160;

/** Where the worker is and how patient to be with it: the bundled worker and 30 s unless a test says otherwise. */
export interface AnalyzerOptions {
  script?: string;
  stallMs?: number;
  /** How long the long reports' worker is kept without work (30 s unless a test says otherwise). */
  longIdleMs?: number;
}

/**
 * Analyses documents on worker threads, so the server's main loop answers every request at once while a
 * long report is being read. Ordinary reports share one worker; a report of `longFrom` characters or more
 * goes to a second one, and a report past the size limit to a third, each started when the first such report
 * arrives, so no report waits behind a longer one.
 * A worker that stalls or dies is replaced and its jobs fail with the reason; the server keeps serving.
 */
export class Analyzer {
  private readonly script: string;
  private readonly ordinary: WorkerLane;
  private readonly long: WorkerLane;
  private readonly reduced: WorkerLane;
  // The sessions of the documents read on this thread (while the worker starts, or without one).
  private readonly sessions = new Sessions();
  // The lane each document was last analysed on: its session lives there, and only there.
  private readonly laneOf = new Map<string, WorkerLane>();

  constructor(options: AnalyzerOptions = {}) {
    this.script = options.script ?? join(__dirname, 'analysis-worker.js');
    this.ordinary = new WorkerLane(this.script, new ProgressWatchdog(options.stallMs ?? stallMs));
    // Long reports are rare: their worker gives its heap (some 40 MB) back when it has been idle a while.
    this.long = new WorkerLane(
      this.script,
      new ProgressWatchdog(options.stallMs ?? stallMs),
      options.longIdleMs ?? 30_000,
    );
    // Reports above the size limit are rarer still, and take seconds to read for their balance: a lane of
    // their own, so that no other report waits behind one, with a bounded heap given back as soon as it is idle.
    this.reduced = new WorkerLane(this.script, new ProgressWatchdog(options.stallMs ?? stallMs), 0, {
      maxOldGenerationSizeMb: reducedHeapMb,
    });
  }

  /** Called when the long reports' worker stopped for want of work (for tests). */
  set onLongIdleStop(listener: () => void) {
    this.long.onIdleStop = listener;
  }

  /** Analyses a document's text with the given settings, in the document's session. */
  analyze(uri: string, text: string, settings: Settings): Promise<Analysis> {
    const here = (): Promise<Analysis> =>
      new Promise((resolve) => resolve(analyzeReport(text, settings, { session: this.sessions.of(uri) })));
    // Without the bundled worker (unbundled tests), analyse here.
    if (!existsSync(this.script)) return here();
    const lane = text.length < longFrom ? this.ordinary : pastSizeLimit(text, settings) ? this.reduced : this.long;
    // Until the ordinary worker has loaded its code and lexicons (a quarter of a second), a report of
    // ordinary size is read here: the first report opened does not wait for a thread to start, and an
    // idle server keeps no second heap. The worker meanwhile warms up on a short text of its own.
    if (lane === this.ordinary && !lane.ready && text.length <= readHereUpTo) {
      lane.start(true);
      this.laneOf.delete(uri);
      return here();
    }
    // When a document moves to a lane, a session here or in its other lane would only hold an older version.
    const before = this.laneOf.get(uri);
    if (before !== lane) {
      this.sessions.forget(uri);
      before?.forget(uri);
      this.laneOf.set(uri, lane);
    }
    return lane.analyze(uri, text, settings);
  }

  /** Forgets a closed document: what its session kept goes, here and in the workers. */
  forget(uri: string): void {
    this.sessions.forget(uri);
    this.laneOf.get(uri)?.forget(uri);
    this.laneOf.delete(uri);
  }

  /**
   * Reads a short report here once, so the lexicons and the analysis code are ready when the
   * first report opens; the worker itself starts with that first report.
   */
  prepare(): void {
    if (existsSync(this.script)) analyzeReport(warmUpText, defaultSettings);
  }

  /** Stops the workers. */
  dispose(): void {
    this.ordinary.dispose();
    this.long.dispose();
    this.reduced.dispose();
  }
}
