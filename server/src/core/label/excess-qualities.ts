import { functionWordsIn } from '../../lexicons';
import type { Language } from '../types';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

/**
 * "She is too helpful", "Ze is te behulpzaam", "overdreven bescheiden": a quality in excess is a pitfall, a problem.
 * The indices of the scored strengths right after a word of excess; a Dutch "te" counts only after a copula or a
 * word of degree, where it is no infinitive's ("om te helpen").
 */
export function excessQualities(parsed: Parsed, language: Language, scored: readonly Scored[]): Set<number> {
  const turned = new Set<number>();
  if (!scored.some((word) => word.sign > 0)) return turned;
  const { excessDegrees, excessOpeners } = functionWordsIn[language];
  const { tokens } = parsed;
  for (let t = 0; t < tokens.length - 1; t++) {
    const norm = tokens[t]!.norm;
    if (!excessDegrees.has(norm) || /[,;:.!?]/u.test(tokens[t]!.after)) continue;
    if (norm === 'te' && !excessOpeners.has(tokens[t - 1]?.norm ?? '')) continue;
    scored.forEach((word, index) => {
      if (word.sign > 0 && word.first === t + 1) turned.add(index);
    });
  }
  return turned;
}
