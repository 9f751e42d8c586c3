import type { ReportSummary, WorkspaceSummary } from '../core/summary';
import { signalNames } from '../core/types';
import type { Language } from '../core/types';
import { formatShare as percent } from './share';
import { signalTitles, summaryHeaders } from './summary-words';

/** How the summary is grouped in the table, CSV and Markdown formats. */
export type SummaryGrouping = 'report' | 'coachee' | 'month';

/** Headers in the coach's language; `null` for the CSV's machine names (signals by their ids). */
function rows(
  summary: WorkspaceSummary,
  by: SummaryGrouping,
  locale: Language | null,
): { header: string[]; rows: string[][] } {
  const h = summaryHeaders[locale ?? 'en'];
  if (by === 'coachee') {
    return {
      header: [h.coachee, h.reports, h.strength, h.coacheeShare, h.trend],
      rows: summary.coachees.map((c) => [
        c.name,
        String(c.reports),
        percent(c.strengthShare),
        percent(c.coacheeShare),
        c.trend.map((t) => percent(t.strengthShare)).join(' → '),
      ]),
    };
  }
  if (by === 'month') {
    return {
      header: [h.month, h.reports, ...signalNames.map((name) => (locale ? signalTitles(locale)[name] : name))],
      rows: summary.months.map((m) => [
        m.month,
        String(m.reports),
        ...signalNames.map((name) => String(m.signals[name])),
      ]),
    };
  }
  return {
    header: [h.date, h.coachee, h.report, h.words, h.strength, h.coacheeShare, h.signals],
    rows: summary.reports.map((r) => [
      r.date,
      r.coachee,
      r.path,
      String(r.words),
      percent(r.strengthShare),
      percent(r.coacheeShare),
      String(signalTotal(r)),
    ]),
  };
}

/** All signals a report shows. */
export function signalTotal(report: ReportSummary): number {
  return signalNames.reduce((sum, name) => sum + report.signals[name], 0);
}

/** A plain-text table for a terminal. */
export function summaryTable(summary: WorkspaceSummary, by: SummaryGrouping, locale: Language): string {
  const { header, rows: body } = rows(summary, by, locale);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  for (const failure of summary.failed) out.push(`! ${failure.path}: ${failure.reason}`);
  return `${out.join('\n')}\n`;
}

/** CSV (RFC 4180): fields with commas, quotes or line breaks are quoted. */
export function summaryCsv(summary: WorkspaceSummary, by: SummaryGrouping): string {
  if (by === 'report') {
    const header = ['path', 'coachee', 'date', 'words', 'strengthShare', 'coacheeShare', ...signalNames];
    const body = summary.reports.map((r) => [
      r.path,
      r.coachee,
      r.date,
      String(r.words),
      shareText(r.strengthShare),
      shareText(r.coacheeShare),
      ...signalNames.map((n) => String(r.signals[n])),
    ]);
    return [header, ...body].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
  }
  if (by === 'coachee') {
    // Shares as decimals, as in the per-report CSV: a spreadsheet reads 0.77 as a number, "77%" as text.
    const header = ['coachee', 'reports', 'strengthShare', 'coacheeShare', 'strengthTrend'];
    const body = summary.coachees.map((c) => [
      c.name,
      String(c.reports),
      shareText(c.strengthShare),
      shareText(c.coacheeShare),
      c.trend.map((t) => shareText(t.strengthShare)).join(' '),
    ]);
    return [header, ...body].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
  }
  const { header, rows: body } = rows(summary, by, null);
  return [header, ...body].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function shareText(share: number | null): string {
  return share === null ? '' : String(share);
}

/**
 * One CSV field. A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage
 * return first: a coachee named `=HYPERLINK(…)`, a path) gets a `'` before it and quotes, as OWASP
 * advises; numbers stay numbers.
 */
export function csvField(value: string): string {
  const formula = /^[=+\-@\t\r]/u.test(value) && !/^-?\d+(?:\.\d+)?$/u.test(value);
  const text = formula ? `'${value}` : value;
  return formula || /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A Markdown table, e.g. to paste into a supervision note. */
export function summaryMarkdown(summary: WorkspaceSummary, by: SummaryGrouping, locale: Language): string {
  const { header, rows: body } = rows(summary, by, locale);
  const cell = (value: string): string => value.replace(/\|/gu, '\\|').replace(/[\r\n]+/gu, ' ');
  const lines = [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
