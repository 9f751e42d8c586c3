import { analyzeReport } from '../kracht';
import type { Analysis, Finding } from '../core/types';
import { jsonFilesWriter, toFileOutput } from '../format/json';
import { findingLines, formatTable, tableRow } from '../format/text';
import { sarif } from '../format/sarif';
import { displayPath, findReports, readReport } from '../node/reports';
import { loadSettings, oneOf, parse, UsageError, type Io } from './context';

/**
 * Reads and analyses the given files and folders one at a time, handing each analysis on as it is
 * made: a command keeps what it prints, never every analysis (a thousand reports kept whole took
 * 430 MB). Unreadable files are reported and skipped; returns the exit status so far.
 */
export function analyzePaths(paths: string[], overrides: Record<string, unknown>, io: Io, each: (path: string, analysis: Analysis) => void): number {
  const settings = loadSettings(io, overrides);
  let status = 0;
  const { files, missing } = findReports(paths);
  for (const path of missing) {
    io.err(`kracht: ${path}: no such file or folder\n`);
    status = 1;
  }
  for (const file of files) {
    const read = readReport(file);
    if ('error' in read) {
      io.err(`kracht: ${displayPath(file)}: ${read.error}\n`);
      status = 1;
      continue;
    }
    each(displayPath(file), analyzeReport(read.text, settings, { once: true }));
  }
  return status;
}

/** `kracht analyze [--format text|json] [--lang auto|nl|en] [--locale nl|en] PATH...` */
export function analyzeCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    lang: { type: 'string' },
    locale: { type: 'string' },
  });
  const format = oneOf('format', values.format, ['text', 'json'], 'text');
  const lang = oneOf('lang', values.lang, ['auto', 'nl', 'en'], 'auto');
  const locale = values.locale === undefined ? undefined : oneOf('locale', values.locale, ['nl', 'en'], 'en');
  if (positionals.length === 0) throw new UsageError('no PATH given');
  const overrides = { language: lang, locale };
  if (format === 'json') {
    // Written as it goes: each report's output leaves memory once printed.
    const writer = jsonFilesWriter(io.out);
    const status = analyzePaths(positionals, overrides, io, (path, analysis) => writer.add(toFileOutput(path, analysis)));
    writer.end();
    return status;
  }
  // Each report's findings as it is analysed; the table, which needs every row for its widths, last.
  const rows: string[][] = [];
  const status = analyzePaths(positionals, overrides, io, (path, analysis) => {
    const lines = findingLines(path, analysis);
    if (lines) io.out(lines);
    rows.push(tableRow(path, analysis));
  });
  io.out(formatTable(rows));
  return status;
}

/** `kracht check [--format text|json|sarif] [PATH...]`: exit 1 when a report crosses the thresholds. */
export function checkCommand(args: string[], io: Io, version: string): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, locale: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json', 'sarif'], 'text');
  const locale = values.locale === undefined ? undefined : oneOf('locale', values.locale, ['nl', 'en'], 'en');
  const crossesReport = (f: Finding): boolean => f.ruleId.startsWith('balance/') && f.section === undefined;
  const writer = format === 'json' ? jsonFilesWriter(io.out) : null;
  // What the chosen format prints, per report: its findings for SARIF, those that cross a threshold for text.
  const kept: { path: string; findings: Finding[] }[] = [];
  let checked = 0;
  let crossing = 0;
  const status = analyzePaths(positionals.length > 0 ? positionals : ['.'], { locale }, io, (path, analysis) => {
    checked++;
    const crossed = analysis.findings.filter(crossesReport);
    if (crossed.length > 0) crossing++;
    if (writer) writer.add(toFileOutput(path, analysis));
    else if (format === 'sarif') kept.push({ path, findings: analysis.findings });
    else if (crossed.length > 0) kept.push({ path, findings: crossed });
  });
  if (writer) writer.end();
  else if (format === 'sarif') io.out(sarif(kept, version));
  else {
    for (const { path, findings } of kept) {
      for (const finding of findings) {
        io.out(`${path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}  ${finding.ruleId}  ${finding.message}\n`);
      }
    }
    io.out(`${checked} reports checked, ${crossing} across the thresholds.\n`);
  }
  return status !== 0 ? status : crossing > 0 ? 1 : 0;
}
