import { analyzeText } from './core/pipeline';
import type { Settings } from './core/settings';
import { defaultSettings } from './core/settings';
import type { Analysis, Finding, Language } from './core/types';
import { quote } from './rules/rule';
import { rules } from './rules';

/** Analyses one report: the pure pipeline plus every rule. What the server, the CLI and the tests call. */
export function analyzeReport(text: string, settings: Settings = defaultSettings): Analysis {
  const { markdown: _markdown, lines: _lines, ...analysis } = analyzeWithRules(text, settings);
  return analysis;
}

function analyzeWithRules(text: string, settings: Settings): ReturnType<typeof analyzeText> & { findings: Finding[] } {
  const base = analyzeText(text, settings);
  if (base.meta.krachtOff) return { ...base, findings: [] };
  const locale: Language = settings.locale ?? base.language;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = settings.severity[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const match of rule.check({ ...base, settings })) {
      findings.push({
        ruleId: rule.id,
        severity,
        range: match.range,
        message: rule.messages[locale](quote(match.cues, locale), match.values ?? {}),
        cues: match.cues,
        fixes: [{ kind: 'reflection', question: rule.question[locale], insertAt: match.sentence?.blockEnd ?? match.range.end }],
      });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { ...base, findings };
}

export type { Analysis, Finding } from './core/types';
export { parseSettings, defaultSettings, type Settings } from './core/settings';
