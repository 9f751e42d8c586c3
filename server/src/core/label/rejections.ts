import type { Language } from '../types';
import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed, Person } from './parsed';
import { passiveBefore } from './passive-before';

const rejections = functionWords.rejectionWords;

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
    if (item.sign >= 0 || !rejections.has(parsed.tokens[item.last]!.norm) || effective[item.clause] !== 'coachee')
      continue;
    const verb = { cls: 'weakness', term: item.term, first: item.last, last: item.last };
    if (!passiveBefore(parsed, verb, language)) item.sign = 1;
  }
}
