import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Scored } from './past-background';

const trends = functionWords.trendTerms;
const degrees = functionWords.problemDegrees;

/**
 * "Ze hebben steeds vaker ruzie", "She is increasingly anxious": a word of growing frequency is progress on its own
 * ("Ze neemt steeds vaker het woord"), but beside a problem in its clause it is the problem that grows (rule 10: a
 * problem still there). So is a superlative of strength after a problem ("when the doubt is strongest"): its degree.
 * The indices of such words, left uncounted.
 */
export function growingProblems(items: readonly ValenceItem[], scored: readonly Scored[]): Set<number> {
  const growing = new Set<number>();
  items.forEach((item, index) => {
    if (scored[index]!.sign <= 0) return;
    const trend = trends.has(item.term);
    if (!trend && !degrees.has(item.term)) return;
    // A superlative measures the problem it follows ("wanneer de twijfel het sterkst is"), not one after it.
    const measured = (other: ValenceItem, o: number): boolean =>
      other.clause === item.clause && scored[o]!.sign < 0 && (trend || other.first < item.first);
    if (items.some(measured)) growing.add(index);
  });
  return growing;
}
