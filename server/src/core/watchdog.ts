/**
 * Tells a stuck analysis from a slow one by the worker's progress counter, not by the clock alone: an
 * analysis that moves on, however slowly on a busy machine, is never stopped; one whose counter has not
 * moved for `stallMs` is. The clock is passed in, so the decision is tested without waiting.
 */
export class ProgressWatchdog {
  private count = 0;
  private since = 0;

  constructor(readonly stallMs: number) {}

  /** The counter as a job starts (or as the worker was last seen moving). */
  start(count: number, now: number): void {
    this.count = count;
    this.since = now;
  }

  /** Whether the counter has stood still for `stallMs`; a counter that moved restarts the wait. */
  stalled(count: number, now: number): boolean {
    if (count !== this.count) {
      this.start(count, now);
      return false;
    }
    return now - this.since >= this.stallMs;
  }
}
