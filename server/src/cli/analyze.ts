import { analyzeReport } from '../kracht';
import type { Analysis } from '../core/types';
import { formatJson, toFileOutput } from '../format/json';
import { formatTable } from '../format/text';
import { sarif } from '../format/sarif';
import { displayPath, findReports, readReport } from '../node/reports';
import { loadSettings, oneOf, parse, UsageError, type Io } from './context';

/** Reads and analyses the given files and folders; unreadable files are reported and skipped. */
export function analyzePaths(paths: string[], overrides: Record<string, unknown>, io: Io): { results: { path: string; analysis: Analysis }[]; status: number } {
  const settings = loadSettings(io, overrides);
  let status = 0;
  const { files, missing } = findReports(paths);
  for (const path of missing) {
    io.err(`kracht: ${path}: no such file or folder\n`);
    status = 1;
  }
  const results: { path: string; analysis: Analysis }[] = [];
  for (const file of files) {
    const read = readReport(file);
    if ('error' in read) {
      io.err(`kracht: ${displayPath(file)}: ${read.error}\n`);
      status = 1;
      continue;
    }
    results.push({ path: displayPath(file), analysis: analyzeReport(read.text, settings, { once: true }) });
  }
  return { results, status };
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
  const { results, status } = analyzePaths(positionals, { language: lang, locale }, io);
  io.out(format === 'json' ? formatJson(results.map(({ path, analysis }) => toFileOutput(path, analysis))) : formatTable(results));
  return status;
}

/** `kracht check [--format text|json|sarif] [PATH...]`: exit 1 when a report crosses the thresholds. */
export function checkCommand(args: string[], io: Io, version: string): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, locale: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json', 'sarif'], 'text');
  const locale = values.locale === undefined ? undefined : oneOf('locale', values.locale, ['nl', 'en'], 'en');
  const { results, status } = analyzePaths(positionals.length > 0 ? positionals : ['.'], { locale }, io);
  const crossesReport = (f: Analysis['findings'][number]): boolean => f.ruleId.startsWith('balance/') && f.section === undefined;
  const crossing = results.filter(({ analysis }) => analysis.findings.some(crossesReport));
  if (format === 'sarif') io.out(sarif(results, version));
  else if (format === 'json') io.out(formatJson(results.map(({ path, analysis }) => toFileOutput(path, analysis))));
  else {
    for (const { path, analysis } of crossing) {
      for (const finding of analysis.findings.filter(crossesReport)) {
        io.out(`${path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}  ${finding.ruleId}  ${finding.message}\n`);
      }
    }
    io.out(`${results.length} reports checked, ${crossing.length} across the thresholds.\n`);
  }
  return status !== 0 ? status : crossing.length > 0 ? 1 : 0;
}
