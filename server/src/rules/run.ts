import type { AnalysisOptions, analyzeText } from '../core/pipeline';
import type { Settings } from '../core/settings';
import { readSuppressions } from '../core/suppress';
import { hiddenKeys, sentenceKey } from '../core/hidden';
import type { Finding, Language, Range } from '../core/types';
import { findingOf, type FindingMemo } from './findings';
import { rules } from './index';
import type { RuleInput } from './rule';

/**
 * Every rule over a labelled report: each as configured, silenced where the report says so, sorted
 * by place. `balanceOnly`: a report above the size limit, judged only as a whole.
 */
export function runRules(
  base: ReturnType<typeof analyzeText>,
  settings: Settings,
  text: string,
  locale: Language,
  balanceOnly: boolean,
  memo: FindingMemo | undefined,
  options: Pick<AnalysisOptions, 'onProgress'>,
): Finding[] {
  const suppressions = readSuppressions(base.markdown.comments, base.lines, text);
  const { language, sentences, sections, bySection, balance } = base;
  const input: RuleInput = { settings, language, sentences, sections, bySection, balance, firstLine: firstLine(base) };
  const findings: Finding[] = [];
  // A finding the coach hid (by rule and sentence, in settings) stays hidden wherever that sentence stands.
  const hidden = hiddenKeys(settings.hiddenFindings);
  const hides = (ruleId: string, range: Range): boolean =>
    hidden.size > 0 &&
    hidden.has(`${ruleId} ${sentenceKey(text.slice(base.lines.offset(range.start), base.lines.offset(range.end)))}`);
  for (const rule of rules) {
    options.onProgress?.();
    if (balanceOnly && rule.kind !== 'balance') continue;
    const configured = settings.severity[rule.id] ?? rule.severity;
    if (configured === 'off') continue;
    for (const match of rule.check(input)) {
      if (
        suppressions.silenced(rule.id, match.range.start.line) ||
        (rule.kind === 'signal' && hides(rule.id, match.range))
      )
        continue;
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

/** The report's first heading or, without one, its first line of prose. */
function firstLine({ markdown, lines }: ReturnType<typeof analyzeText>): Range {
  // Headings and blocks each come in document order: the first of either is the first of all.
  const heading = markdown.headings[0]?.start ?? Infinity;
  const first = markdown.blocks[0];
  const block = first ? first.base + (first.offsets[0] ?? 0) : Infinity;
  const start = Math.min(heading, block);
  return lines.lineRange(lines.position(start === Infinity ? 0 : start).line);
}
