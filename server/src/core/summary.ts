import { share } from './balance';
import type { Analysis, Balance, Position, SignalName } from './types';
import { signalNames } from './types';

/** One report's line in the workspace summary: its balance, who, when, and its signal counts. */
export interface ReportSummary extends Balance {
  path: string;
  coachee: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  words: number;
  signals: Record<SignalName, number>;
  /** Where to open the report: the sentence that weighs most in its imbalance, or its first sentence. */
  mostTelling: Position | null;
}

/** One coachee over their reports: word-weighted shares and the shares per session over time. */
export interface CoacheeSummary {
  name: string;
  reports: number;
  strengthShare: number | null;
  coacheeShare: number | null;
  trend: { date: string; strengthShare: number | null; coacheeShare: number | null }[];
}

/** The coach's own signals per month. */
export interface MonthSummary {
  month: string;
  reports: number;
  signals: Record<SignalName, number>;
}

/** The workspace summary, version 1: what `kracht summary --format json` prints and the webview shows. */
export interface WorkspaceSummary {
  version: 1;
  reports: ReportSummary[];
  coachees: CoacheeSummary[];
  months: MonthSummary[];
  failed: { path: string; reason: string }[];
}

/** Where a report's coachee and date come from when front matter does not say. */
export interface ReportOrigin {
  path: string;
  /** The name of the folder holding the report. */
  folder: string;
  /** The file's modification time as an ISO date. */
  modified: string;
}

const datePatterns: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(\d{4})-(\d{2})-(\d{2})/u, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/(\d{4})(\d{2})(\d{2})/u, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/(\d{2})-(\d{2})-(\d{4})/u, (m) => `${m[3]}-${m[2]}-${m[1]}`],
];

/** A date written in a file name (2026-03-04, 20260304, 04-03-2026), if it is a real date. */
export function dateInName(name: string): string | null {
  for (const [pattern, format] of datePatterns) {
    const match = pattern.exec(name);
    if (!match) continue;
    const iso = format(match);
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso)) return iso;
  }
  return null;
}

function emptySignals(): Record<SignalName, number> {
  return Object.fromEntries(signalNames.map((name) => [name, 0])) as Record<SignalName, number>;
}

/** Condenses one analysis to its summary line; coachee from front matter, else the folder; date likewise. */
export function summarizeReport(analysis: Analysis, origin: ReportOrigin): ReportSummary {
  const signals = emptySignals();
  for (const sentence of analysis.sentences) for (const signal of sentence.signals) signals[signal]++;
  const fileName = origin.path.split(/[\\/]/u).at(-1) ?? origin.path;
  const frontDate = analysis.meta.date ? dateInName(analysis.meta.date) : null;
  const balanceFinding = analysis.findings.find((f) => f.kind === 'balance' && f.related.length > 0);
  const telling =
    balanceFinding?.related[0]?.range.start ?? analysis.findings.find((f) => f.kind === 'signal')?.range.start;
  return {
    path: origin.path,
    coachee: analysis.meta.coachee ?? origin.folder,
    date: frontDate ?? dateInName(fileName) ?? origin.modified,
    words: analysis.sentences.reduce((sum, s) => sum + s.words, 0),
    ...analysis.balance,
    signals,
    mostTelling: telling ?? analysis.sentences[0]?.range.start ?? null,
  };
}

/** Combines report lines into the workspace summary: per coachee (word-weighted) and per month. */
export function summarize(reports: ReportSummary[], failed: WorkspaceSummary['failed'] = []): WorkspaceSummary {
  const sorted = [...reports].sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
  const byCoachee = new Map<string, ReportSummary[]>();
  const byMonth = new Map<string, ReportSummary[]>();
  for (const report of sorted) {
    // Pushed, not copied: a coachee with thousands of reports made copying their list quadratic.
    const ofCoachee = byCoachee.get(report.coachee);
    if (ofCoachee) ofCoachee.push(report);
    else byCoachee.set(report.coachee, [report]);
    const month = report.date.slice(0, 7);
    const ofMonth = byMonth.get(month);
    if (ofMonth) ofMonth.push(report);
    else byMonth.set(month, [report]);
  }
  const coachees = [...byCoachee].map(([name, list]): CoacheeSummary => {
    const sum = (key: 'strengthWords' | 'weaknessWords' | 'coachWords' | 'coacheeWords'): number =>
      list.reduce((total, r) => total + r[key], 0);
    return {
      name,
      reports: list.length,
      // Over the reports that have a share of their own (balanceOf: one sentence labelled on a side).
      strengthShare: list.some((r) => r.strengthShare !== null)
        ? share(sum('strengthWords'), sum('weaknessWords'))
        : null,
      coacheeShare: list.some((r) => r.coacheeShare !== null) ? share(sum('coacheeWords'), sum('coachWords')) : null,
      trend: list.map((r) => ({ date: r.date, strengthShare: r.strengthShare, coacheeShare: r.coacheeShare })),
    };
  });
  const months = [...byMonth].map(([month, list]): MonthSummary => {
    const signals = emptySignals();
    for (const report of list) for (const name of signalNames) signals[name] += report.signals[name];
    return { month, reports: list.length, signals };
  });
  return {
    version: 1,
    reports: sorted,
    coachees: coachees.sort((a, b) => a.name.localeCompare(b.name)),
    months,
    failed,
  };
}
