import type { Diagnostic } from 'vscode-languageserver/node';
import { messages } from '../kracht';

/** Why an analysis did not finish: its progress stood still, its worker died, or it threw. */
export type StopReason = 'stalled' | 'crashed' | 'failed';

/** An analysis that did not finish, with the reason a coach is told. */
export class AnalysisStopped extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
    /** For a stall: how long the progress stood still. */
    readonly seconds = 0,
  ) {
    super(message);
    this.name = 'AnalysisStopped';
  }
}

/**
 * The one diagnostic a report gets when its analysis did not finish, in place of stale or missing ones:
 * the coach sees that Kracht stopped, why, and that an edit tries again.
 */
export function stoppedNotice(error: unknown, locale: 'nl' | 'en'): Diagnostic {
  const stopped =
    error instanceof AnalysisStopped
      ? error
      : new AnalysisStopped('failed', error instanceof Error ? error.message : String(error));
  const text = messages[locale].stopped;
  const reason = stopped.reason === 'stalled' ? text.stalled(stopped.seconds) : text[stopped.reason](stopped.message);
  const message = text.notice(reason);
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: 3, source: 'kracht', code: 'analysis-stopped', message };
}

/** How long to wait before analysing again after `failures` analyses in a row did not finish: 1, 2, 4 … 30 s. */
export function retryDelayMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 30_000);
}
