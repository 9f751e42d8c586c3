import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Scored } from './past-background';

const trends = functionWords.trendTerms;

/**
 * "Ze hebben steeds vaker ruzie", "She is increasingly anxious": a word of growing frequency is progress on its own
 * ("Ze neemt steeds vaker het woord"), but beside a problem in its clause it is the problem that grows (rule 10: a
 * problem still there). The indices of such words, left uncounted.
 */
export function growingProblems(items: readonly ValenceItem[], scored: readonly Scored[]): Set<number> {
  const growing = new Set<number>();
  items.forEach((item, index) => {
    if (!trends.has(item.term) || scored[index]!.sign <= 0) return;
    if (items.some((other, o) => other.clause === item.clause && scored[o]!.sign < 0)) growing.add(index);
  });
  return growing;
}
