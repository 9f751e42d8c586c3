import type { WorkspaceSummary } from '../core/summary';
import type { Language } from '../core/types';
import { signalNames } from '../core/types';
import { defaultSettings, type Settings } from '../core/settings';
import { signalTotal } from './summary';
import { signalTitles } from './summary-words';
import { formatShare as percent } from './share';
import { escapeHtml } from './html-escape';
import { chartStyle, monthChart, trendChart, type ChartWords } from './summary-charts';

/** Where the interactive parts come from; without them the page is a static, script-free report. */
export interface HtmlOptions {
  locale: Language;
  /** A fresh random nonce per page: only scripts and styles carrying it run. */
  nonce?: string;
  /** The webview's resource origin (`webview.cspSource`). */
  cspSource?: string;
  /** URI of the bundled script that adds sorting, filters and charts; without it, none of them are shown. */
  scriptUri?: string;
  /** Below which shares a report is marked (the settings' thresholds). */
  thresholds?: Settings['thresholds'];
}

const text = {
  nl: {
    title: 'Kracht: balans over alle verslagen',
    intro:
      'Per verslag: het aandeel woorden over sterktes (t.o.v. problemen) en over de coachee (t.o.v. de coach), en de signalen.',
    date: 'Datum',
    coachee: 'Coachee',
    report: 'Verslag',
    words: 'Woorden',
    strength: 'Sterktes',
    coacheeShare: 'Coachee',
    signals: 'Signalen',
    perCoachee: 'Per coachee over de sessies',
    perMonth: 'Signalen van de coach per maand',
    month: 'Maand',
    reports: 'Verslagen',
    filters: 'Filters',
    all: 'alle',
    from: 'van',
    to: 'tot',
    folder: 'map bevat',
    failed: 'Niet gelezen',
    empty: 'Geen verslagen gevonden.',
    chartNote: 'Grafiek; dezelfde cijfers staan in de tabel eronder.',
    trendLabel: (name: string) =>
      `Sterktes en coachee per sessie van ${name}; dezelfde cijfers staan in de tabel eronder.`,
    monthsLabel: 'Signalen van de coach per maand, gestapeld; dezelfde cijfers staan in de tabel eronder.',
    below: (threshold: string) => `onder ${threshold}`,
    exportCsv: 'Exporteer als CSV…',
  },
  en: {
    title: 'Kracht: balance across all reports',
    intro:
      'Per report: the share of words on strengths (vs. problems) and on the coachee (vs. the coach), and the signals.',
    date: 'Date',
    coachee: 'Coachee',
    report: 'Report',
    words: 'Words',
    strength: 'Strengths',
    coacheeShare: 'Coachee',
    signals: 'Signals',
    perCoachee: 'Per coachee over their sessions',
    perMonth: "The coach's signals per month",
    month: 'Month',
    reports: 'Reports',
    filters: 'Filters',
    all: 'all',
    from: 'from',
    to: 'to',
    folder: 'folder contains',
    failed: 'Not read',
    empty: 'No reports found.',
    chartNote: 'Chart; the same figures are in the table below it.',
    trendLabel: (name: string) =>
      `Strengths and coachee per session of ${name}; the same figures are in the table below it.`,
    monthsLabel: "The coach's signals per month, stacked; the same figures are in the table below it.",
    below: (threshold: string) => `below ${threshold}`,
    exportCsv: 'Export as CSV…',
  },
};

export { escapeHtml };

/** The summary as a page: a strict CSP, theme colours, tables that work without script. */
export function summaryHtml(summary: WorkspaceSummary, options: HtmlOptions): string {
  const t = text[options.locale];
  const nonce = options.nonce ? escapeHtml(options.nonce) : '';
  const source = options.cspSource ? escapeHtml(options.cspSource) : '';
  const csp = options.nonce
    ? `default-src 'none'; img-src ${source} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${source};`
    : "default-src 'none'; style-src 'unsafe-inline';";
  const nonceAttr = options.nonce ? ` nonce="${nonce}"` : '';
  const coachees = [...new Set(summary.reports.map((r) => r.coachee))].sort();
  const interactive = options.scriptUri !== undefined;
  const thresholds = options.thresholds ?? defaultSettings.thresholds;
  // Without the script the charts are drawn here, as SVG the page shows as it is.
  const chartWords: ChartWords = {
    strengths: t.strength,
    coachee: t.coacheeShare,
    trendLabel: t.trendLabel,
    monthsLabel: t.monthsLabel,
    signalTitles: signalTitles(options.locale),
    below: t.below,
  };
  // A share below its threshold is marked in words as well as colour, so that it reads without either.
  const share = (value: number | null, threshold: number): string => {
    const low = value !== null && value < threshold;
    const mark = low ? ` <span class="flag">▼ ${t.below(percent(threshold))}</span>` : '';
    return `<td class="n${low ? ' low' : ''}" data-value="${value ?? -1}">${percent(value)}${mark}</td>`;
  };
  const reportRows = summary.reports
    .map(
      (r) =>
        `<tr data-coachee="${escapeHtml(r.coachee)}" data-date="${escapeHtml(r.date)}" data-path="${escapeHtml(r.path)}" data-line="${r.mostTelling?.line ?? 0}" data-character="${r.mostTelling?.character ?? 0}" tabindex="0">` +
        `<td>${escapeHtml(r.date)}</td><td>${escapeHtml(r.coachee)}</td><td>${escapeHtml(r.path)}</td><td class="n">${r.words}</td>` +
        `${share(r.strengthShare, thresholds.strengthShare)}${share(r.coacheeShare, thresholds.coacheeShare)}<td class="n">${signalTotal(r)}</td></tr>`,
    )
    .join('\n');
  // Sortable columns say how they are sorted (aria-sort), for a screen reader as much as for the eye.
  const heading = (label: string, column: number): string =>
    interactive
      ? `<th aria-sort="none"><button type="button" data-sort="${column}">${label}</button></th>`
      : `<th>${label}</th>`;
  const coacheeTables = summary.coachees
    .map(
      (c) =>
        `<section class="coachee" data-coachee="${escapeHtml(c.name)}"><h3>${escapeHtml(c.name)} · ${t.strength.toLowerCase()} ${percent(c.strengthShare)} · coachee ${percent(c.coacheeShare)}</h3>` +
        (interactive
          ? `<canvas class="trend" role="img" aria-label="${escapeHtml(t.chartNote)}"></canvas>`
          : trendChart(c, chartWords, thresholds)) +
        `<table class="trend-table"><thead><tr><th>${t.date}</th><th>${t.strength}</th><th>${t.coacheeShare}</th></tr></thead><tbody>` +
        c.trend
          .map(
            (p) =>
              `<tr><td>${escapeHtml(p.date)}</td><td class="n">${percent(p.strengthShare)}</td><td class="n">${percent(p.coacheeShare)}</td></tr>`,
          )
          .join('') +
        `</tbody></table></section>`,
    )
    .join('\n');
  const monthRows = summary.months
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.month)}</td><td class="n">${m.reports}</td>${signalNames.map((n) => `<td class="n">${m.signals[n]}</td>`).join('')}</tr>`,
    )
    .join('\n');
  // Data for the script, with "<" escaped so no report text can close the script element.
  const data = JSON.stringify(summary).replace(/</gu, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style${nonceAttr}>
body { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); padding: 0 1.5em 2em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { padding: 0.25em 0.75em; border-bottom: 1px solid var(--vscode-panel-border, #ccc); text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.low { color: var(--vscode-errorForeground, #b00020); font-weight: 600; }
.flag { font-size: 0.85em; font-weight: normal; }
th button { font: inherit; color: inherit; background: none; border: none; cursor: pointer; padding: 0; }
th[aria-sort="ascending"] button::after { content: " ↑"; }
th[aria-sort="descending"] button::after { content: " ↓"; }
tbody tr[data-path] { cursor: pointer; }
tbody tr[data-path]:hover, tbody tr[data-path]:focus { background: var(--vscode-list-hoverBackground, #eef); }
.filters label { margin-right: 1em; }
input, select { color: var(--vscode-input-foreground, inherit); background: var(--vscode-input-background, inherit); border: 1px solid var(--vscode-input-border, #999); }
canvas.trend, canvas.months { max-width: 720px; max-height: 260px; }
${chartStyle}
.coachee { margin-bottom: 1em; }
</style>
</head>
<body>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${summary.reports.length === 0 ? `<p>${t.empty}</p>` : ''}
${
  interactive
    ? `<form class="filters" aria-label="${t.filters}">
<label>${t.coachee} <select id="filter-coachee"><option value="">${t.all}</option>${coachees.map((c) => `<option>${escapeHtml(c)}</option>`).join('')}</select></label>
<label>${t.from} <input id="filter-from" type="date"></label>
<label>${t.to} <input id="filter-to" type="date"></label>
<label>${t.folder} <input id="filter-folder" type="text"></label>
<button type="button" id="export-csv">${t.exportCsv}</button>
</form>`
    : ''
}
<table id="reports">
<thead><tr>${[t.date, t.coachee, t.report, t.words, t.strength, t.coacheeShare, t.signals].map(heading).join('')}</tr></thead>
<tbody>
${reportRows}
</tbody>
</table>
<h2>${t.perCoachee}</h2>
${coacheeTables}
<h2>${t.perMonth}</h2>
${interactive ? `<canvas class="months" role="img" aria-label="${escapeHtml(t.chartNote)}"></canvas>` : summary.months.length > 0 ? monthChart(summary.months, chartWords) : ''}
<table id="months"><thead><tr><th>${t.month}</th><th>${t.reports}</th>${signalNames.map((n) => `<th>${signalTitles(options.locale)[n]}</th>`).join('')}</tr></thead><tbody>
${monthRows}
</tbody></table>
${summary.failed.length > 0 ? `<h2>${t.failed}</h2><ul>${summary.failed.map((f) => `<li>${escapeHtml(f.path)}: ${escapeHtml(f.reason)}</li>`).join('')}</ul>` : ''}
${options.scriptUri ? `<script type="application/json" id="summary-data"${nonceAttr}>${data}</script>\n<script${nonceAttr} src="${escapeHtml(options.scriptUri)}"></script>` : ''}
</body>
</html>
`;
}
