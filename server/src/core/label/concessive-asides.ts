import { functionWords, functionWordsIn } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

const openers = functionWords.concessiveAsideOpeners;
// Dutch closes the aside with a word of its own ("hoe pijnlijk ook"); English with the comma alone.
const closed = functionWordsIn.nl.concessiveAsideOpeners;
const closers = functionWords.concessiveAsideClosers;
// "hoe pijnlijk ook", "however hard it was": an aside is a few words.
const reach = 4;

/**
 * "Ze is de reorganisatie, hoe pijnlijk ook, gaan zien als een kans", "She kept going, however hard it was, …": a
 * concessive aside between commas grants a point the clause around it sets aside (rule 9: in a concessive sentence
 * the main clause decides). The indices of the words inside, left uncounted.
 */
export function concessiveAsides(parsed: Parsed, scored: readonly Scored[]): Set<number> {
  const granted = new Set<number>();
  const { tokens } = parsed;
  for (let i = 1; i < tokens.length; i++) {
    const opener = tokens[i]!.norm;
    if (!openers.has(opener) || !tokens[i - 1]!.after.includes(',')) continue;
    let end = -1;
    for (let k = i + 1; k <= i + reach && k < tokens.length && end < 0; k++)
      if (tokens[k]!.after.includes(',') && (!closed.has(opener) || closers.has(tokens[k]!.norm))) end = k;
    if (end < 0) continue;
    scored.forEach((word, index) => {
      if (word.first > i && word.first <= end) granted.add(index);
    });
  }
  return granted;
}
