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
  for (const index of describedStrengths(parsed, scored)) settled.add(index);
  return settled;
}

const attributiveLinks = functionWords.attributiveLinks;
// How many linking words may stand between the hurt and the good thing: "gevoel van", "sense of".
const linkReach = 2;
const attributiveEnding = /(?:[^e]e|en|ed)$/u;

/**
 * "een gekrenkt gevoel van loyaliteit", "her shaken confidence": a weakness right before the good thing it describes
 * tells what befell it. The indices of such strengths.
 */
function describedStrengths(parsed: Parsed, scored: readonly Scored[]): number[] {
  const { tokens } = parsed;
  const found: number[] = [];
  for (const hurt of scored) {
    if (hurt.sign >= 0 || hurt.last === undefined) continue;
    let at = hurt.last + 1;
    while (at - hurt.last <= linkReach && attributiveLinks.has(tokens[at]?.norm ?? '')) at++;
    // Right before it, only a word with the ending of one that qualifies a noun ("gekrenkte", "shaken"), not a noun
    // before its verb ("Ondanks de tegenslag gaf zij het niet op").
    if (at === hurt.last + 1 && (hurt.first !== hurt.last || !attributiveEnding.test(tokens[hurt.last]!.norm)))
      continue;
    if (tokens.slice(hurt.first, at).some((token) => /[,;:.!?]/u.test(token.after))) continue;
    const good = scored.findIndex((word) => word.sign > 0 && word.first === at);
    if (good >= 0) found.push(good);
  }
  return found;
}
