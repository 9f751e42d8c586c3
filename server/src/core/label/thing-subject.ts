import type { Hit } from '../matcher';
import type { Language } from '../types';
import { functionWords } from '../../lexicons';
import { inClause, personNamingClasses, type Parsed } from './parsed';

const { definiteArticles, circumstantial } = functionWords;

/**
 * "… that the trouble started when he turned his back", "Toen begonnen de klachten": a verb of doing whose subject is a
 * thing ("the trouble", "de klachten") tells no act of the coachee's (rule 7: a strength is her own doing). The thing
 * stands right before the verb after a definite article that opens its clause, or, in Dutch V2 order after something
 * put first, right after the verb at the clause's end.
 */
export function thingDoes(parsed: Parsed, hit: Hit, language: Language): boolean {
  if (hit.cls !== 'agency') return false;
  const { tokens } = parsed;
  const clause = parsed.clauses.find((c) => inClause(hit, c));
  if (!clause) return false;
  const person = (i: number): boolean =>
    parsed.focus.some((f) => personNamingClasses.has(f.cls) && f.first <= i && f.last >= i);
  // The article opens the clause, after its conjunction at most: "the trouble started", "that the trouble started".
  const opened = clause.conjunction !== '' || circumstantial.has(tokens[clause.first]!.norm);
  const before = hit.first - 2;
  if (before === clause.first + (opened ? 1 : 0) && definiteArticles.has(tokens[before]!.norm) && !person(before + 1))
    return true;
  const thing = hit.last + 2;
  return (
    language === 'nl' &&
    hit.first > clause.first &&
    thing === clause.last &&
    definiteArticles.has(tokens[hit.last + 1]!.norm) &&
    !person(thing) &&
    !tokens.some((_, i) => i >= clause.first && i < hit.first && person(i))
  );
}
