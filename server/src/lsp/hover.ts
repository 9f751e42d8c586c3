import type { Hover, Position } from 'vscode-languageserver/node';
import { messages, ruleById, rangeContains, sureInWords, type Analysis, type Language } from '../kracht';
import { ruleDocsUrl } from './diagnostics';

/** On a flagged sentence: each rule, the words that fired it, the reasoning in one line, and its page. */
export function hover(analysis: Analysis, position: Position, locale: Language): Hover | null {
  const inside = (range: Analysis['sentences'][number]['range']): boolean => rangeContains(range, position);
  const findings = analysis.findings.filter((finding) => finding.kind === 'signal' && inside(finding.range));
  if (findings.length === 0) return null;
  const text = messages[locale].hover;
  const sentence = analysis.sentences.find((s) => inside(s.range));
  const parts = findings.map((finding) => {
    const rule = ruleById(finding.ruleId);
    const words = finding.cues.map((cue) => `“${cue}”`).join(', ');
    const signal = rule?.signal;
    // What a coach can expect of this warning: held-out precision where the model knows it, else its probability.
    const right = signal && sentence?.probability.precision?.[signal];
    const probability = signal && sentence?.probability.signals[signal];
    const sure =
      right !== undefined
        ? [`${text.sure}: ${sureInWords(right, locale)} (${text.right(Math.round(right * 100))})`, '']
        : probability === undefined
          ? []
          : [`${text.sure}: ${sureInWords(probability, locale)} (${Math.round(probability * 100)}%)`, ''];
    return [
      `**Kracht · \`${finding.ruleId}\`**`,
      '',
      finding.message,
      '',
      `${text.words}: ${words}`,
      '',
      ...sure,
      `_${rule?.description[locale] ?? ''}_`,
      '',
      `[${text.more}](${ruleDocsUrl(finding.ruleId, locale)})`,
    ].join('\n');
  });
  if (sentence) {
    const sure = (p: number | undefined): string => (p === undefined ? '' : ` (${sureInWords(p, locale)})`);
    const names = messages[locale];
    parts.push(
      `${names.valence[sentence.valence]}${sure(sentence.probability.valence[sentence.valence])} · ${names.focus[sentence.focus]}${sure(sentence.probability.focus[sentence.focus])}`,
    );
  }
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: findings[0]!.range };
}
