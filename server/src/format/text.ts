import type { Analysis } from '../core/types';
import { formatShare as percent } from './share';

/** A report's row in the readable table. */
export function tableRow(path: string, analysis: Analysis): string[] {
  return [
    path,
    analysis.language,
    String(analysis.sentences.length),
    percent(analysis.balance.strengthShare),
    percent(analysis.balance.coacheeShare),
    String(analysis.findings.filter((f) => f.kind === 'signal').length),
  ];
}

/**
 * A report's findings, one line each under its path and followed by an empty line; nothing for a report
 * without any. Printed as each report is analysed, so that the analyses need not be kept for the table.
 */
export function findingLines(path: string, analysis: Analysis): string {
  if (analysis.findings.length === 0 && analysis.problems.length === 0) return '';
  const lines = [path];
  for (const problem of analysis.problems)
    lines.push(`  ${problem.range.start.line + 1}:${problem.range.start.character + 1}  problem  ${problem.message}`);
  for (const f of analysis.findings)
    lines.push(
      `  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity.padEnd(11)}  ${f.ruleId}  ${f.message}`,
    );
  return `${lines.join('\n')}\n\n`;
}

/** The readable table: one row per report with its two shares and its signal count, and what the shares mean. */
export function formatTable(rows: string[][]): string {
  const header = ['report', 'lang', 'sentences', 'strength', 'coachee', 'signals'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push(
    '',
    'strength = strength words / (strength + weakness words); coachee = coachee words / (coach + coachee words); each sentence counted by how sure its label is',
  );
  return `${out.join('\n')}\n`;
}
