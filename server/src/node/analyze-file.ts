import { basename, dirname } from 'node:path';
import { analyzeReport } from '../kracht';
import { clearAnalysisCaches } from '../core/pipeline';
import type { Settings } from '../core/settings';
import { summarizeReport, type ReportSummary } from '../core/summary';

/** Analyses one report's text and condenses it to its summary line: what a worker does per file. */
export function summarizeText(path: string, displayPath: string, text: string, modified: Date, settings: Settings): ReportSummary {
  const analysis = analyzeReport(text, settings);
  // Reports in a workspace share no paragraphs: what the caches keep would only weigh on the heap.
  clearAnalysisCaches();
  return summarizeReport(analysis, { path: displayPath, folder: basename(dirname(path)), modified: modified.toISOString().slice(0, 10) });
}
