import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed, Person } from './parsed';

const { decisionWords, infinitiveOpeners } = functionWords;

/**
 * "Hij koos ervoor om beide zieke medewerkers te bellen", "She decided to face her fear": the coachee's decision is
 * the point, the problem in the infinitive after it is what the decision deals with (rule 9). The indices of such
 * problem words, left uncounted; none where the decision is negated or not the coachee's.
 */
export function decidedDifficulties(
  parsed: Pick<Parsed, 'clauses'>,
  items: readonly ValenceItem[],
  effective: readonly (Person | null)[],
): Set<number> {
  const settled = new Set<number>();
  const { clauses } = parsed;
  for (const decision of items) {
    if (decision.sign <= 0 || decision.negatedBy || !decisionWords.has(decision.term)) continue;
    if (effective[decision.clause] !== 'coachee') continue;
    // The infinitive clauses right after the decision's own ("om … te bellen", "to call …").
    let last = decision.clause;
    while (clauses[last + 1] && infinitiveOpeners.has(clauses[last + 1]!.conjunction)) last++;
    items.forEach((item, index) => {
      if (item.sign < 0 && !item.negatedBy && item.clause > decision.clause && item.clause <= last) settled.add(index);
    });
  }
  return settled;
}
