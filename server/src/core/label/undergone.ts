import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

const linking = new Set([...functionWords.copulas, ...functionWords.passiveAuxiliaries]);
// How far the predicate's word may stand after its verb: "are dismissed", "was quickly dismissed".
const predicateReach = 2;
// A phrase after the verb is no predicate of the subject: "dat ze rustig blijft onder druk" keeps her calm.
const prepositions = functionWords.prepositions;

/**
 * "Her ideas are dismissed", "Her confidence was shaken", "Zijn plan werd afgekeurd": what befalls a good thing, or
 * what it is said to be, decides, not the thing (rule 9: the sentence's point is the problem). The indices of the
 * strengths in a clause's subject, left uncounted, where a weakness follows its linking verb.
 */
export function undergoneStrengths(parsed: Parsed, scored: readonly Scored[]): Set<number> {
  const settled = new Set<number>();
  const { tokens } = parsed;
  for (const clause of parsed.clauses) {
    for (let verb = clause.first + 1; verb <= clause.last; verb++) {
      if (!linking.has(tokens[verb]!.norm)) continue;
      const predicate = scored.some(
        (word) =>
          word.sign < 0 &&
          word.first > verb &&
          word.first <= verb + predicateReach &&
          !prepositions.has(tokens[word.first]!.norm),
      );
      if (!predicate) continue;
      scored.forEach((word, index) => {
        if (word.sign > 0 && word.first >= clause.first && word.first < verb) settled.add(index);
      });
    }
  }
  return settled;
}
