import { functionWordsIn } from '../../lexicons';
import type { Language } from '../types';
import type { Scored } from './past-background';
import type { Parsed, Person } from './parsed';

/**
 * "She allows herself to be sad", "Ze durft kwetsbaar te zijn", "Ze staat zichzelf toe fouten te maken": the feeling or
 * problem the coachee permits or dares is told for how she deals with it (rule 9). The indices of the scored problems
 * in the infinitive after a permission or courage of the coachee's, up to the next stop; none where the permission
 * itself does not count or no infinitive follows ("She allows herself no rest" tells a problem).
 */
export function permittedFeelings(
  parsed: Parsed,
  language: Language,
  effective: readonly (Person | null)[],
  terms: readonly string[],
  scored: readonly Scored[],
): Set<number> {
  const { tokens, clauses } = parsed;
  const { permissionTerms, courageWords, toInfinitive } = functionWordsIn[language];
  const settled = new Set<number>();
  scored.forEach((permission, p) => {
    const term = terms[p]!;
    if (permission.sign <= 0 || !(permissionTerms.has(term) || courageWords.has(term))) return;
    const clause = clauses.findIndex((c) => permission.first >= c.first && permission.first <= c.last);
    if (effective[clause] === 'coach' || parsed.quoted.has(permission.first)) return;
    let end = permission.first;
    while (end < tokens.length - 1 && !/[,;:.!?]/u.test(tokens[end]!.after)) end++;
    const infinitive = tokens.findIndex((t, i) => i > permission.first && i <= end && toInfinitive.has(t.norm));
    if (infinitive < 0 || (language === 'en' && infinitive > permission.first + 3)) return;
    scored.forEach((word, i) => {
      if (i !== p && word.sign < 0 && word.first > permission.first && word.first <= end) settled.add(i);
    });
  });
  return settled;
}
