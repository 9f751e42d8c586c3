import type { Language } from '../types';
import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed, Person } from './parsed';
import { passiveBefore } from './passive-before';

const rejections = functionWords.rejectionWords;
const articles = functionWords.articles;
const feelingVerbs = functionWords.feelingVerbs;
// "voelt zich afgewezen": a reflexive may stand between the feeling verb and the word.
const reflexives = functionWords.reflexivePronouns;

/** "She feels rejected", "Ze voelt zich afgewezen": a rejection felt is suffered. */
function feltAs(parsed: Parsed, item: ValenceItem): boolean {
  let at = item.first - 1;
  if (reflexives.has(parsed.tokens[at]?.norm ?? '')) at--;
  return feelingVerbs.has(parsed.tokens[at]?.norm ?? '');
}

/** "The gallery turned down her portfolio": a clause that opens with an article names no coachee before the verb. */
function thingRejects(parsed: Parsed, item: ValenceItem): boolean {
  const clause = parsed.clauses[item.clause];
  if (!clause || !articles.has(parsed.tokens[clause.first]!.norm)) return false;
  return !parsed.focus.some((hit) => hit.cls === 'coachee' && hit.first > clause.first && hit.first < item.first);
}

/**
 * "Twee verzoeken heeft ze afgewezen", "She rejected the extra project": a rejection the coachee makes, in the
 * active, is her decision, a boundary kept (a strength); made by someone else ("Haar teamleider heeft haar verzoek
 * afgewezen") or suffered ("Ze is afgewezen voor de functie") it stays a setback. Turns such items in place.
 */
export function ownRejections(
  parsed: Parsed,
  items: ValenceItem[],
  effective: readonly (Person | null)[],
  language: Language,
): void {
  for (const item of items) {
    if (!(rejections.has(parsed.tokens[item.last]!.norm) || rejections.has(item.term))) continue;
    const verb = { cls: 'weakness', term: item.term, first: item.last, last: item.last };
    const suffered = passiveBefore(parsed, verb, language) || thingRejects(parsed, item) || feltAs(parsed, item);
    // A boundary word ("turned down", "declined") that a thing or a passive makes hers to suffer is a setback.
    if (item.sign > 0 && suffered) item.sign = -1;
    else if (item.sign < 0 && effective[item.clause] === 'coachee' && !suffered) item.sign = 1;
  }
}
