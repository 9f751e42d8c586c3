import type { AnalysisOptions } from '../core/pipeline';
import { readSuppressions } from '../core/suppress';
import type { Finding, Language } from '../core/types';
import { findingOf, type FindingMemo } from './findings';
import { rules } from './index';
import type { RuleInput } from './rule';

/**
 * Every rule over a labelled report: each as configured, silenced where the report says so, sorted
 * by place. `balanceOnly`: a report above the size limit, judged only as a whole.
 */
export function runRules(input: RuleInput, text: string, locale: Language, balanceOnly: boolean, memo: FindingMemo | undefined, options: AnalysisOptions): Finding[] {
  const { settings } = input;
  const suppressions = readSuppressions(input.markdown.comments, input.lines, text);
  const findings: Finding[] = [];
  for (const rule of rules) {
    options.onProgress?.();
    if (balanceOnly && !rule.id.startsWith('balance/')) continue;
    const configured = settings.severity[rule.id] ?? rule.severity;
    if (configured === 'off') continue;
    for (const match of rule.check(input)) {
      if (suppressions.silenced(rule.id, match.range.start.line)) continue;
      // Above the size limit only the report as a whole is judged, not each of its sections.
      if (balanceOnly && match.section !== undefined) continue;
      // A section that tips is worth a look, not a warning: only the whole report warns.
      const severity = match.section !== undefined && configured === 'warning' ? 'information' : configured;
      findings.push(findingOf(rule, match, severity, locale, memo));
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return findings;
}

