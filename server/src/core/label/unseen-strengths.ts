import type { Hit } from '../matcher';
import type { Language } from '../types';
import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed } from './parsed';

const unseeing = functionWords.unseeingVerbs;

/**
 * "Ze had er niet bij stilgestaan dat dat haar eigen oplossing was", "she does not see how much of this is
 * her own": a strength after a negated verb of seeing, in a clause of its own, is one the coachee lacks
 * (rules 10, 12): it turns to a problem; a problem there stays one. The negations so spent are returned.
 */
export function unseenStrengths(
  parsed: Parsed,
  language: Language,
  items: ValenceItem[],
  negators: readonly Hit[],
): Set<number> {
  const spent = new Set<number>();
  const { tokens, clauses } = parsed;
  const clauseOf = (t: number): number => clauses.findIndex((c) => t >= c.first && t <= c.last);
  for (let v = 0; v < tokens.length; v++) {
    if (!unseeing.has(tokens[v]!.norm)) continue;
    // "does not see", "niet gezien"; Dutch also after it ("ziet niet", "beseft het niet").
    const negation = negators.find(
      (n) =>
        clauseOf(n.first) === clauseOf(v) &&
        (n.last < v ? v - n.last <= (language === 'nl' ? 3 : 2) : language === 'nl' && n.first - v <= 2),
    );
    if (!negation) continue;
    const unseen = items.filter(
      (item) => item.sign > 0 && item.flips && !item.negatedBy && item.first > v && item.clause > clauseOf(v),
    );
    if (unseen.length === 0) continue;
    for (const item of unseen) item.negatedBy = negation;
    spent.add(negation.first);
  }
  return spent;
}
