import { functionWordsIn } from '../../lexicons';
import type { Language } from '../types';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

// How far after its preposition what is feared may stand: "afraid of (her own) success".
const reach = 3;

/**
 * "Ik vermoed dat ze bang is voor succes", "He is afraid of being praised": a success or quality named as what the
 * coachee fears is no strength of hers; the fear is the problem (rule 11). The indices of the scored strengths right
 * after a word of fear and its preposition, with no stop between.
 */
export function fearedObjects(parsed: Parsed, language: Language, scored: readonly Scored[]): Set<number> {
  const { tokens } = parsed;
  const { fearWords, fearPrepositions } = functionWordsIn[language];
  const feared = new Set<number>();
  for (let t = 0; t < tokens.length - 1; t++) {
    if (!fearWords.has(tokens[t]!.norm)) continue;
    // Right after the word of fear, or after its verb in Dutch order ("bang is voor").
    const at = [t + 1, t + 2].find((k) => fearPrepositions.has(tokens[k]?.norm ?? ''));
    if (at === undefined || tokens.slice(t, at).some((token) => /[,;:.!?]/u.test(token.after))) continue;
    const from = at + 1;
    let to = from;
    while (to < tokens.length - 1 && to < from + reach - 1 && !/[,;:.!?]/u.test(tokens[to]!.after)) to++;
    scored.forEach((word, i) => {
      if (word.sign > 0 && word.first >= from && word.first <= to) feared.add(i);
    });
  }
  return feared;
}
