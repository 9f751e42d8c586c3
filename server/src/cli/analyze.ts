import { readFileSync } from 'node:fs';
import { analyzeReport, MatcherMemo, type Analysis, type Finding } from '../kracht';
import { jsonFilesWriter, toFileOutput } from '../format/json';
import { findingLines, formatTable, tableRow } from '../format/text';
import { sarif } from '../format/sarif';
import { decodeReport, displayPath, findReports, readReport } from '../node/reports';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { environmentLocale, oneOf, parse, SettingsLookup, UsageError, type Io } from './context';
import { checkWords } from './check-words';

/** Exit statuses, as markdownlint-cli2 has them: 1 for findings, 2 for what kept the run from reading. */
export const exitFindings = 1;
export const exitTrouble = 2;

/** Where `-` reads from, and the name its report is shown under. */
export interface StandardInput {
  read: () => Uint8Array;
  name: string;
}

const standardInput = (name: string | undefined): StandardInput => ({
  read: () => readFileSync(0),
  name: name ?? '<stdin>',
});

/**
 * Reads and analyses the given files and folders one at a time, handing each analysis on as it is
 * made: a command keeps what it prints, never every analysis (a thousand reports kept whole took
 * 430 MB). Unreadable files are reported and skipped; returns the exit status so far.
 */
export function analyzePaths(
  paths: string[],
  overrides: Record<string, unknown>,
  io: Io,
  each: (path: string, analysis: Analysis) => void,
  stdin: StandardInput = standardInput(undefined),
  configFile?: string,
): number {
  const settings = new SettingsLookup(io, overrides, configFile);
  let status = 0;
  const { files, missing, empty } = findReports(
    paths.filter((path) => path !== '-'),
    (folder) => settings.for(resolve(folder)),
  );
  for (const path of missing) {
    io.err(`kracht: ${path}: no such file or folder\n`);
    status = exitTrouble;
  }
  for (const path of empty) io.err(`kracht: no reports found in ${path}\n`);
  // Each report with the settings of the nearest .kracht.json above it (standard input: above its name);
  // a user lexicon's matchers are built once for the run, not per report.
  const matchers = new MatcherMemo();
  const analyse = (path: string, file: string, read: { text: string } | { error: string }): void => {
    if ('error' in read) {
      io.err(`kracht: ${path}: ${read.error}\n`);
      status = exitTrouble;
      return;
    }
    each(path, analyzeReport(read.text, settings.for(dirname(resolve(file))), { matchers }));
  };
  if (paths.includes('-')) analyse(stdin.name, stdin.name, decodeReport(stdin.read()));
  for (const file of files) analyse(displayPath(file), file, readReport(file));
  return status;
}

/** `kracht analyze [--format text|json] [--lang auto|nl|en] [--locale nl|en] PATH...` (`-`: standard input) */
export function analyzeCommand(args: string[], io: Io, stdin?: StandardInput): number {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    lang: { type: 'string' },
    locale: { type: 'string' },
    config: { type: 'string' },
    'stdin-filename': { type: 'string' },
  });
  const input = stdin ?? standardInput(values['stdin-filename']);
  const config = values.config;
  const format = oneOf('format', values.format, ['text', 'json'], 'text');
  const lang = oneOf('lang', values.lang, ['auto', 'nl', 'en'], 'auto');
  const locale = values.locale === undefined ? undefined : oneOf('locale', values.locale, ['nl', 'en'], 'en');
  if (positionals.length === 0) throw new UsageError('no PATH given');
  const overrides = { language: lang, locale };
  if (format === 'json') {
    // Written as it goes: each report's output leaves memory once printed.
    const writer = jsonFilesWriter(io.out);
    const status = analyzePaths(
      positionals,
      overrides,
      io,
      (path, analysis) => writer.add(toFileOutput(path, analysis)),
      input,
      config,
    );
    writer.end();
    return status;
  }
  // Each report's findings as it is analysed; the table, which needs every row for its widths, last.
  const rows: string[][] = [];
  const status = analyzePaths(
    positionals,
    overrides,
    io,
    (path, analysis) => {
      const lines = findingLines(path, analysis);
      if (lines) io.out(lines);
      rows.push(tableRow(path, analysis));
    },
    input,
    config,
  );
  io.out(formatTable(rows));
  return status;
}

/**
 * `kracht check [--format text|json|sarif] [--max-warnings N] [PATH...]`: exit 1 when a report crosses
 * the thresholds or, with `--max-warnings`, when there are more warnings than that.
 */
export function checkCommand(args: string[], io: Io, version: string, stdin?: StandardInput): number {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    'max-warnings': { type: 'string' },
    config: { type: 'string' },
    'stdin-filename': { type: 'string' },
  });
  const format = oneOf('format', values.format, ['text', 'json', 'sarif'], 'text');
  const locale = values.locale === undefined ? undefined : oneOf('locale', values.locale, ['nl', 'en'], 'en');
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!(maxWarnings === Infinity || (Number.isInteger(maxWarnings) && maxWarnings >= 0)))
    throw new UsageError('--max-warnings must be a whole number from 0 up');
  const crossesReport = (f: Finding): boolean => f.kind === 'balance' && f.section === undefined;
  // What the chosen format prints, per report: its findings for SARIF, those that cross a threshold otherwise.
  const kept: { path: string; findings: Finding[] }[] = [];
  let checked = 0;
  let crossing = 0;
  let warnings = 0;
  const each = (path: string, analysis: Analysis): void => {
    checked++;
    const crossed = analysis.findings.filter(crossesReport);
    warnings += analysis.findings.filter((f) => f.severity === 'warning').length;
    if (crossed.length > 0) crossing++;
    if (format === 'sarif') kept.push({ path, findings: analysis.findings });
    else if (crossed.length > 0) kept.push({ path, findings: crossed });
  };
  const status = analyzePaths(
    positionals.length > 0 ? positionals : ['.'],
    { locale },
    io,
    each,
    stdin ?? standardInput(values['stdin-filename']),
    values.config,
  );
  const tooManyWarnings = warnings > maxWarnings;
  if (format === 'sarif') io.out(sarif(kept, version, pathToFileURL(process.cwd()).href));
  else if (format === 'json') {
    // What check decided, not every analysis (kracht analyze --format json prints those).
    const files = kept.map(({ path, findings }) => ({
      path,
      diagnostics: findings.map((f) => ({ code: f.ruleId, severity: f.severity, message: f.message, range: f.range })),
    }));
    io.out(
      `${JSON.stringify({ version: 1, checked, acrossThresholds: crossing, warnings, maxWarnings: Number.isFinite(maxWarnings) ? maxWarnings : null, files }, null, 2)}\n`,
    );
  } else {
    for (const { path, findings } of kept) {
      for (const finding of findings) {
        io.out(
          `${path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}  ${finding.ruleId}  ${finding.message}\n`,
        );
      }
    }
    const words = checkWords[locale ?? environmentLocale()];
    io.out(`${words.checked(checked, crossing)}\n`);
    if (tooManyWarnings) io.out(`${words.tooManyWarnings(warnings, maxWarnings)}\n`);
  }
  return status !== 0 ? status : crossing > 0 || tooManyWarnings ? exitFindings : 0;
}
