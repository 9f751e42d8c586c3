import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Person } from './parsed';
import type { Parsed } from './parsed';

const courage = functionWords.courageWords;
const complementizers = functionWords.complementizers;

/**
 * "Hij durfde in het teamoverleg te zeggen dat hij overbelast is", "She dared to tell her manager that she is
 * overloaded": the problem the coachee dared to name is told for how she dealt with it (rule 9). The indices
 * of the scored words in what the coachee dared to say (the "dat"/"that" clause after the courage), when the
 * courage itself is scored; otherwise none.
 */
export function daredToSay(
  parsed: Parsed,
  effective: readonly (Person | null)[],
  scored: readonly Scored[],
): Set<number> {
  const { clauses, tokens } = parsed;
  const told = new Set<number>();
  const brave = clauses.findIndex(
    (clause, i) =>
      effective[i] !== 'coach' &&
      tokens
        .slice(clause.first, clause.last + 1)
        .some((token, k) => courage.has(token.norm) && !parsed.quoted.has(clause.first + k)),
  );
  if (brave < 0) return told;
  // What was said: the "dat"/"that" clause after the courage, through the "te"/"to" clause of saying between.
  let content = -1;
  for (let i = brave + 1; i < clauses.length && clauses[i]!.kind === 'subordinate'; i++)
    if (complementizers.has(clauses[i]!.conjunction)) {
      content = i;
      break;
    }
  if (content < 0) return told;
  const inContent = (word: Scored): boolean =>
    word.first >= clauses[content]!.first &&
    (content + 1 >= clauses.length || word.first < clauses[content + 1]!.first);
  const braveWord = (word: Scored): boolean =>
    word.first >= clauses[brave]!.first && word.first <= clauses[brave]!.last;
  if (!scored.some((word) => word.sign > 0 && braveWord(word))) return told;
  scored.forEach((word, i) => {
    if (word.sign < 0 && inContent(word)) told.add(i);
  });
  return told;
}
