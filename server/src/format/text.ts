import type { Analysis } from '../core/types';
import { formatShare as percent } from '../core/balance';

/** A readable table: one row per file with its two shares and its findings. */
export function formatTable(files: { path: string; analysis: Analysis }[]): string {
  const header = ['report', 'lang', 'sentences', 'strength', 'coachee', 'signals'];
  const rows = files.map(({ path, analysis }) => [
    path,
    analysis.language,
    String(analysis.sentences.length),
    percent(analysis.balance.strengthShare),
    percent(analysis.balance.coacheeShare),
    String(analysis.findings.filter((f) => f.ruleId.startsWith('signal/')).length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const { path, analysis } of files) {
    if (analysis.findings.length === 0 && analysis.problems.length === 0) continue;
    out.push('', path);
    for (const problem of analysis.problems) out.push(`  ${problem.range.start.line + 1}:${problem.range.start.character + 1}  problem  ${problem.message}`);
    for (const f of analysis.findings) out.push(`  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity.padEnd(11)}  ${f.ruleId}  ${f.message}`);
  }
  out.push('', 'strength = strength words / (strength + weakness words); coachee = coachee words / (coach + coachee words)');
  return `${out.join('\n')}\n`;
}
