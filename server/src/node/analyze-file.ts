import { basename, dirname } from 'node:path';
import { analyzeReport, MatcherMemo, summarizeReport, type ReportSummary, type Settings } from '../kracht';

// The matchers of a user lexicon, built once per worker for every report it reads, not per report.
const matchers = new MatcherMemo();

/** Analyses one report's text and condenses it to its summary line: what a worker does per file. */
export function summarizeText(
  path: string,
  displayPath: string,
  text: string,
  modified: Date,
  settings: Settings,
  onProgress?: () => void,
): ReportSummary {
  // Reports in a workspace share no paragraphs: read once, nothing kept for a next version.
  const analysis = analyzeReport(text, settings, { onProgress, matchers });
  return summarizeReport(analysis, {
    path: displayPath,
    folder: basename(dirname(path)),
    modified: modified.toISOString().slice(0, 10),
  });
}
