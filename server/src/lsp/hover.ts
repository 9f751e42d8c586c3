import type { Hover, Position } from 'vscode-languageserver/node';
import { ruleById } from '../rules';
import type { Analysis, Language } from '../core/types';
import { ruleDocsUrl } from './diagnostics';
import { rangeContains } from '../core/positions';

const labels = {
  nl: { words: 'Woorden', more: 'Meer over deze regel', strength: 'sterkte', weakness: 'zwakte', neutral: 'neutraal', coach: 'coach', coachee: 'coachee' },
  en: { words: 'Words', more: 'More about this rule', strength: 'strength', weakness: 'weakness', neutral: 'neutral', coach: 'coach', coachee: 'coachee' },
};

/** On a flagged sentence: each rule, the words that fired it, the reasoning in one line, and its page. */
export function hover(analysis: Analysis, position: Position, locale: Language): Hover | null {
  const inside = (range: Analysis['sentences'][number]['range']): boolean => rangeContains(range, position);
  const findings = analysis.findings.filter((finding) => finding.ruleId.startsWith('signal/') && inside(finding.range));
  if (findings.length === 0) return null;
  const text = labels[locale];
  const sentence = analysis.sentences.find((s) => inside(s.range));
  const parts = findings.map((finding) => {
    const rule = ruleById(finding.ruleId);
    const words = finding.cues.map((cue) => `“${cue}”`).join(', ');
    return [`**Kracht · \`${finding.ruleId}\`**`, '', finding.message, '', `${text.words}: ${words}`, '', `_${rule?.description[locale] ?? ''}_`, '', `[${text.more}](${ruleDocsUrl(finding.ruleId)})`].join('\n');
  });
  if (sentence) parts.push(`${text[sentence.valence]} · ${text[sentence.focus === 'neutral' ? 'neutral' : sentence.focus]}`);
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: findings[0]!.range };
}
