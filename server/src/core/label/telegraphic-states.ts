import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed } from './parsed';

const lows = functionWords.telegraphicLows;

/**
 * "Energie laag deze week", "Stress lower than last month", "Confidence shaky": a note without its verb puts the
 * state right after the word it is about; there it turns that word as "is low" does (rule 10). Only right after,
 * and not where the word is already turned.
 */
export function telegraphicStates(parsed: Parsed, items: ValenceItem[]): void {
  const { tokens } = parsed;
  // "has not decreased": a term that holds a negation is a verb phrase, no state the low word is said of.
  const negating = (item: ValenceItem): boolean =>
    parsed.focus.some((hit) => hit.cls === 'negator' && hit.first >= item.first && hit.last <= item.last);
  for (let t = 1; t < tokens.length; t++) {
    if (!lows.has(tokens[t]!.norm) || /[,;:]/u.test(tokens[t - 1]!.after)) continue;
    const item = items.find((i) => i.last === t - 1 && i.flips && !i.onlyNegated && !i.negatedBy && !negating(i));
    if (item) item.negatedBy = { cls: 'diminished', term: tokens[t]!.norm, first: t, last: t };
  }
}
