import type { CoacheeSummary, MonthSummary } from '../core/summary';
import { signalNames, type SignalName } from '../core/types';
import { escapeHtml as escape } from './html-escape';

// Charts of the summary page drawn as inline SVG: a page without script (kracht summary --format html)
// shows them as they are, under any CSP, in a browser, a mail client or a printed copy.

const width = 640;
const height = 200;
const pad = { left: 40, right: 12, top: 12, bottom: 28 };
const plotWidth = width - pad.left - pad.right;
const plotHeight = height - pad.top - pad.bottom;

/** What a chart's text says, in the page's language. */
export interface ChartWords {
  strengths: string;
  coachee: string;
  /** The chart as one sentence for a screen reader. */
  trendLabel: (name: string) => string;
  monthsLabel: string;
  signalTitles: Record<SignalName, string>;
  below: (threshold: string) => string;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;
const y = (share: number): number => pad.top + plotHeight * (1 - share);
const round = (value: number): number => Math.round(value * 10) / 10;

/** A share axis from 0 to 100%, with a gridline every quarter. */
function shareAxis(): string {
  return [0, 0.25, 0.5, 0.75, 1]
    .map(
      (share) =>
        `<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${y(share)}" y2="${y(share)}"/><text class="tick" x="${pad.left - 6}" y="${y(share) + 4}" text-anchor="end">${percent(share)}</text>`,
    )
    .join('');
}

/** The x position of the i-th of n points, spread over the plot (one point sits in the middle). */
function xAt(i: number, n: number): number {
  return round(n === 1 ? pad.left + plotWidth / 2 : pad.left + (plotWidth * i) / (n - 1));
}

/** Date labels under the axis: all when few, else the first, the last and some between, never crowded. */
function dateLabels(dates: readonly string[]): string {
  const every = Math.max(1, Math.ceil(dates.length / 6));
  return dates
    .map((date, i) => {
      if (i % every !== 0 && i !== dates.length - 1) return '';
      // The outer labels lean inwards, so that neither is cut at the edge.
      const anchor = dates.length === 1 ? 'middle' : i === 0 ? 'start' : i === dates.length - 1 ? 'end' : 'middle';
      return `<text class="tick" x="${xAt(i, dates.length)}" y="${height - 8}" text-anchor="${anchor}">${escape(date)}</text>`;
    })
    .join('');
}

/** One series as line pieces (a session without a figure breaks the line) with a titled point per session. */
function series(
  trend: CoacheeSummary['trend'],
  pick: (p: CoacheeSummary['trend'][number]) => number | null,
  kind: string,
  name: string,
): string {
  const pieces: string[][] = [[]];
  const points: string[] = [];
  trend.forEach((point, i) => {
    const value = pick(point);
    if (value === null) {
      pieces.push([]);
      return;
    }
    const x = xAt(i, trend.length);
    pieces.at(-1)!.push(`${x},${round(y(value))}`);
    points.push(
      `<circle class="${kind}" cx="${x}" cy="${round(y(value))}" r="3"><title>${escape(point.date)}: ${escape(name)} ${percent(value)}</title></circle>`,
    );
  });
  const lines = pieces
    .filter((piece) => piece.length > 1)
    .map((piece) => `<polyline class="${kind}" points="${piece.join(' ')}"/>`);
  return lines.join('') + points.join('');
}

/** A coachee's two shares over their sessions, with the thresholds below which a report is marked. */
export function trendChart(
  coachee: CoacheeSummary,
  words: ChartWords,
  thresholds: { strengthShare: number; coacheeShare: number },
): string {
  const threshold = (value: number, kind: string, name: string): string =>
    `<line class="threshold ${kind}" x1="${pad.left}" x2="${width - pad.right}" y1="${y(value)}" y2="${y(value)}"><title>${escape(name)}: ${escape(words.below(percent(value)))}</title></line>`;
  return (
    `<svg class="chart trend" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(words.trendLabel(coachee.name))}">` +
    shareAxis() +
    threshold(thresholds.strengthShare, 'strength', words.strengths) +
    threshold(thresholds.coacheeShare, 'coachee', words.coachee) +
    series(coachee.trend, (p) => p.strengthShare, 'strength', words.strengths) +
    series(coachee.trend, (p) => p.coacheeShare, 'coachee', words.coachee) +
    dateLabels(coachee.trend.map((p) => p.date)) +
    `</svg>` +
    legend([
      ['strength', words.strengths],
      ['coachee', words.coachee],
    ])
  );
}

/** The coach's signals per month as stacked bars, one colour per signal. */
export function monthChart(months: readonly MonthSummary[], words: ChartWords): string {
  const totals = months.map((m) => signalNames.reduce((sum, name) => sum + m.signals[name], 0));
  const top = Math.max(1, ...totals);
  const step = Math.max(1, Math.ceil(top / 4));
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  const yCount = (count: number): number => round(pad.top + plotHeight * (1 - count / top));
  const slot = plotWidth / Math.max(1, months.length);
  const barWidth = round(Math.min(48, slot * 0.6));
  const bars = months.map((month, i) => {
    const x = round(pad.left + slot * i + (slot - barWidth) / 2);
    let base = 0;
    const parts = signalNames.map((name, k) => {
      const count = month.signals[name];
      if (count === 0) return '';
      const rect = `<rect class="s${k}" x="${x}" y="${yCount(base + count)}" width="${barWidth}" height="${round(yCount(base) - yCount(base + count))}"><title>${escape(month.month)}: ${escape(words.signalTitles[name])} ${count}</title></rect>`;
      base += count;
      return rect;
    });
    return (
      parts.join('') +
      `<text class="tick" x="${round(x + barWidth / 2)}" y="${height - 8}" text-anchor="middle">${escape(month.month)}</text>`
    );
  });
  const grid = ticks.map(
    (count) =>
      `<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${yCount(count)}" y2="${yCount(count)}"/><text class="tick" x="${pad.left - 6}" y="${yCount(count) + 4}" text-anchor="end">${count}</text>`,
  );
  return (
    `<svg class="chart months" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(words.monthsLabel)}">${grid.join('')}${bars.join('')}</svg>` +
    legend(signalNames.map((name, k) => [`s${k}`, words.signalTitles[name]]))
  );
}

/** A legend in text, so that the colours are named. */
function legend(items: readonly (readonly [string, string])[]): string {
  return `<p class="legend">${items.map(([kind, name]) => `<span class="key ${kind}"></span>${escape(name)}`).join(' ')}</p>`;
}

// The editor's chart colours in a webview, fixed ones elsewhere; one per signal, in signalNames' order.
const palette = [
  'green #2e7d32',
  'blue #1565c0',
  'orange #ef6c00',
  'red #c62828',
  'purple #6a1b9a',
  'yellow #f9a825',
  'foreground #616161',
].map((entry) => {
  const [name, fallback] = entry.split(' ');
  return `var(--vscode-charts-${name}, ${fallback})`;
});

/** The charts' colours and lines, for the page's style element. */
export const chartStyle = [
  'svg.chart { max-width: 720px; width: 100%; height: auto; display: block; }',
  'svg.chart .grid { stroke: var(--vscode-panel-border, #ddd); stroke-width: 1; }',
  'svg.chart .tick { fill: var(--vscode-descriptionForeground, #666); font-size: 11px; }',
  'svg.chart polyline[class] { fill: none; stroke-width: 2; }',
  'svg.chart .threshold { stroke-width: 1; stroke-dasharray: 4 4; opacity: 0.7; }',
  '.legend { font-size: 0.9em; margin: 0.25em 0 1em; }',
  '.legend .key { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 0.3em 0 0.8em; vertical-align: middle; }',
  ...(
    [
      ['strength', palette[0]!],
      ['coachee', palette[1]!],
      // A signal beyond the palette takes its colours again: the legend names each.
      ...signalNames.map((_, k) => [`s${k}`, palette[k % palette.length]!] as const),
    ] as const
  ).map(
    ([kind, colour]) =>
      `svg.chart .${kind} { stroke: ${colour}; fill: ${colour}; } .legend .key.${kind} { background: ${colour}; }`,
  ),
].join('\n');
