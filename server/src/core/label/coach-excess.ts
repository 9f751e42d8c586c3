import { functionWords } from '../../lexicons';
import type { Focus } from '../types';
import type { Parsed, Person } from './parsed';

const excessWords = functionWords.excessWords;

/**
 * "Talked too much in the first half", "Te veel uitgelegd, te weinig gevraagd": too much or too little of the
 * coach's own act is the coach's side, neutral (rule 8; the behaviour may be working hard, rule 30). The indices
 * of such words, in a clause of the coach's or, in a sentence about the coach, of no one's.
 */
export function coachExcess(
  parsed: Parsed,
  focus: Focus,
  effective: readonly (Person | null)[],
  items: readonly { term: string; first: number; clause: number }[],
): Set<number> {
  const excess = new Set<number>();
  if (focus !== 'coach') return excess;
  items.forEach((item, i) => {
    const person = effective[item.clause] ?? null;
    if (excessWords.has(item.term) && !parsed.quoted.has(item.first) && (person === 'coach' || person === null))
      excess.add(i);
  });
  return excess;
}
