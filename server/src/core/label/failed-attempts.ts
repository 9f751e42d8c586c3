import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { ValenceItem } from './negation-scope';
import type { Parsed } from './parsed';

const attempts = functionWords.attemptVerbs;
const failures = functionWords.failureVerbs;
const openers = functionWords.complementOpeners;
// How far the complement may open after the verb: "lukt haar nog niet om", "didn't quite manage to".
const reach = 4;

/**
 * "She didn't manage to set boundaries", "Het lukt haar niet om grenzen te stellen", "She failed to speak up": what a
 * failed or undared attempt names is a strength missing (rule 10). A verb of trying, daring or succeeding that is
 * negated, or a verb of failing, turns the strengths of the infinitive clause it opens, which the negation of its own
 * clause does not reach. Marks those items `negatedBy`, as bindNegations does.
 */
export function failedAttempts(parsed: Parsed, items: ValenceItem[]): void {
  const { tokens, clauses } = parsed;
  // Found only where a verb of trying or failing stands: most sentences have none, and this runs for every one.
  let negations: Hit[] | undefined;
  for (let g = 0; g < tokens.length; g++) {
    const word = tokens[g]!.norm;
    const failing = failures.has(word);
    if (!failing && !attempts.has(word)) continue;
    const c = clauses.findIndex((clause) => g >= clause.first && g <= clause.last);
    const complement = clauses[c + 1];
    if (!complement || !openers.has(complement.conjunction) || complement.first - g > reach) continue;
    if (tokens.slice(g, complement.first).some((token) => /[,;:]/u.test(token.after))) continue;
    // The negation stands in the verb's clause, before the complement: "didn't manage", "lukt haar niet".
    negations ??= parsed.focus.filter((hit) => hit.cls === 'negator' || hit.cls === 'no-longer');
    const negated = negations.find((n) => n.first >= clauses[c]!.first && n.last < complement.first && g - n.last <= 3);
    // "Ze vond het niet moeilijk om nee te zeggen": a failure negated fails nothing.
    if (failing === (negated !== undefined)) continue;
    const negation: Hit = negated ?? { cls: 'negator', term: word, first: g, last: g };
    for (const item of items)
      if (item.clause === c + 1 && item.sign > 0 && item.flips && !item.negatedBy) item.negatedBy = negation;
  }
}
