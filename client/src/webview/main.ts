// Runs inside the summary webview: sorting, filters, charts (Chart.js, bundled), export, and opening a report.
import {
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  BarController,
  BarElement,
} from 'chart.js';
import type { WorkspaceSummary } from '../../../server/src/lsp/protocol';

/** What the panel keeps across a reload (VS Code's webview state; the serializer brings the panel back). */
interface ViewState {
  sort?: { column: number; ascending: boolean };
  filters?: Record<string, string>;
}

declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
};

Chart.register(
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  Legend,
  Tooltip,
);

const vscode = acquireVsCodeApi();
const summary = JSON.parse(document.getElementById('summary-data')!.textContent ?? '{}') as WorkspaceSummary;
const state: ViewState = vscode.getState() ?? {};
const save = (): void => vscode.setState(state);

// The theme's colours, read again when the theme changes (VS Code swaps the body's class and its variables).
const themeColours = (): { foreground: string; palette: string[] } => {
  const style = getComputedStyle(document.body);
  const colour = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    foreground: colour('--vscode-foreground', '#333'),
    palette: [
      colour('--vscode-charts-green', '#3a3'),
      colour('--vscode-charts-blue', '#36c'),
      colour('--vscode-charts-orange', '#d80'),
      colour('--vscode-charts-red', '#c33'),
      colour('--vscode-charts-purple', '#83c'),
      colour('--vscode-charts-yellow', '#cc3'),
      colour('--vscode-charts-foreground', '#888'),
    ],
  };
};
let { foreground, palette } = themeColours();
Chart.defaults.color = foreground;
const charts: Chart[] = [];

// Sorting: click a column header; click again to reverse. The header says how it is sorted (aria-sort).
const table = document.getElementById('reports') as HTMLTableElement;
const body = table.tBodies[0]!;
function sortBy(column: number, ascending: boolean): void {
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement): string | number => {
    const cell = row.cells[column]!;
    return cell.dataset.value !== undefined
      ? Number(cell.dataset.value)
      : cell.classList.contains('n')
        ? Number(cell.textContent)
        : (cell.textContent ?? '');
  };
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  body.append(...rows);
  for (const button of table.querySelectorAll<HTMLButtonElement>('th button')) {
    button.parentElement!.setAttribute(
      'aria-sort',
      Number(button.dataset.sort) === column ? (ascending ? 'ascending' : 'descending') : 'none',
    );
  }
  state.sort = { column, ascending };
  save();
}
for (const button of table.querySelectorAll<HTMLButtonElement>('th button')) {
  button.addEventListener('click', () => {
    const column = Number(button.dataset.sort);
    sortBy(column, state.sort?.column === column ? !state.sort.ascending : true);
  });
}

// Filters: coachee, date range and folder, applied to the table and the per-coachee sections.
const filterIds = ['filter-coachee', 'filter-from', 'filter-to', 'filter-folder'];
const field = (id: string): HTMLInputElement | HTMLSelectElement => document.getElementById(id) as HTMLInputElement;
function applyFilters(): void {
  const coachee = field('filter-coachee').value;
  const from = field('filter-from').value;
  const to = field('filter-to').value;
  const folder = field('filter-folder').value.toLowerCase();
  for (const row of body.rows) {
    const { coachee: name = '', date = '', path = '' } = row.dataset;
    const visible =
      (!coachee || name === coachee) &&
      (!from || date >= from) &&
      (!to || date <= to) &&
      (!folder || path.toLowerCase().includes(folder));
    row.hidden = !visible;
  }
  for (const section of document.querySelectorAll<HTMLElement>('section.coachee'))
    section.hidden = Boolean(coachee) && section.dataset.coachee !== coachee;
  state.filters = Object.fromEntries(filterIds.map((id) => [id, field(id).value]));
  save();
}
for (const id of filterIds) field(id).addEventListener('input', applyFilters);
// Back after a reload as the coach left it.
for (const id of filterIds) field(id).value = state.filters?.[id] ?? '';
if (state.filters) applyFilters();
if (state.sort) sortBy(state.sort.column, state.sort.ascending);

// Export: the rows the filters leave, as CSV; the extension asks where to save it.
document.getElementById('export-csv')?.addEventListener('click', () => {
  vscode.postMessage({
    type: 'export',
    paths: [...body.rows].filter((row) => !row.hidden).map((row) => row.dataset.path),
  });
});

// Opening a report at its most telling sentence.
function open(row: HTMLTableRowElement): void {
  vscode.postMessage({
    type: 'open',
    path: row.dataset.path,
    line: Number(row.dataset.line),
    character: Number(row.dataset.character),
  });
}
body.addEventListener('click', (event) => {
  const row = (event.target as HTMLElement).closest('tr');
  if (row) open(row);
});
body.addEventListener('keydown', (event) => {
  const row = (event.target as HTMLElement).closest('tr');
  if (row && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    open(row);
  }
});

// A line chart per coachee: both shares over the sessions.
for (const section of document.querySelectorAll<HTMLElement>('section.coachee')) {
  const coachee = summary.coachees.find((c) => c.name === section.dataset.coachee);
  const canvas = section.querySelector('canvas');
  if (!coachee || !canvas) continue;
  const share = (value: number | null): number | null => (value === null ? null : Math.round(value * 100));
  charts.push(
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: coachee.trend.map((point) => point.date),
        datasets: [
          {
            label: section.ownerDocument.documentElement.lang === 'nl' ? 'sterktes %' : 'strengths %',
            data: coachee.trend.map((p) => share(p.strengthShare)),
            borderColor: palette[0],
            backgroundColor: palette[0],
          },
          {
            label: 'coachee %',
            data: coachee.trend.map((p) => share(p.coacheeShare)),
            borderColor: palette[1],
            backgroundColor: palette[1],
          },
        ],
      },
      options: { animation: false, scales: { y: { min: 0, max: 100 } } },
    }),
  );
}

// The coach's own signals per month, stacked.
const months = document.querySelector<HTMLCanvasElement>('canvas.months');
if (months && summary.months.length > 0) {
  const names = Object.keys(summary.months[0]!.signals);
  charts.push(
    new Chart(months, {
      type: 'bar',
      data: {
        labels: summary.months.map((m) => m.month),
        datasets: names.map((name, i) => ({
          label: name,
          data: summary.months.map((m) => m.signals[name as keyof typeof m.signals]),
          backgroundColor: palette[i % palette.length],
        })),
      },
      options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    }),
  );
}

// A theme change recolours the charts in place.
new MutationObserver(() => {
  ({ foreground, palette } = themeColours());
  Chart.defaults.color = foreground;
  for (const chart of charts) {
    chart.data.datasets.forEach((dataset, i) =>
      Object.assign(dataset, {
        borderColor: palette[i % palette.length],
        backgroundColor: palette[i % palette.length],
      }),
    );
    for (const scale of Object.values(chart.options.scales ?? {})) if (scale?.ticks) scale.ticks.color = foreground;
    if (chart.options.plugins?.legend?.labels) chart.options.plugins.legend.labels.color = foreground;
    chart.update();
  }
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });
