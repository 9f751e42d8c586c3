import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed, Person } from './parsed';

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
  // Read for every sentence: a clause is looked up only for a word of courage, the first not the coach's.
  let brave = -1;
  let braveAt = -1;
  for (let i = 0; i < tokens.length && brave < 0; i++) {
    if (!courage.has(tokens[i]!.norm) || parsed.quoted.has(i)) continue;
    const clause = clauses.findIndex((c) => i >= c.first && i <= c.last);
    if (clause >= 0 && effective[clause] !== 'coach') [brave, braveAt] = [clause, i];
  }
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
  // The verb of saying between is no problem either ("the courage to admit that …").
  const saying = (word: Scored): boolean => word.first > braveAt && word.first < clauses[content]!.first;
  scored.forEach((word, i) => {
    if (word.sign < 0 && (inContent(word) || saying(word))) told.add(i);
  });
  return told;
}
