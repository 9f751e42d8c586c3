import type { Hit } from './matcher';
import type { SignalInput } from './signals';
import { functionWords } from '../lexicons';

const causatives = functionWords.causativeVerbs;
// How far before a cue the coachee and the word that makes them its subject may stand: "asked her to explain it again".
const infinitiveReach = 6;

/**
 * "I waited for her to fill the silence", "I let him do most of the talking", "liet haar het nog eens uitleggen": a
 * cue whose verb has the coachee, named before it in the same phrase, for its subject is the coachee's doing (rule 29).
 */
export function othersInfinitive(input: SignalInput, hit: Hit): boolean {
  const word = (at: number): string => input.tokens[at]?.norm ?? '';
  // A causative takes a bare infinitive: "kon het niet laten haar te vertellen" is the coach's giving in.
  const bare = (at: number): boolean => !input.tokens.slice(at + 1, hit.last + 1).some((t) => t.norm === 'te');
  for (let at = hit.first - 2; at >= Math.max(0, hit.first - infinitiveReach); at--) {
    if (/[,;:]/u.test(input.tokens[at]!.after) || input.personAt(at + 1) === 'coach') return false;
    if (input.personAt(at) === 'coachee' && (word(at + 1) === 'to' || (causatives.has(word(at - 1)) && bare(at))))
      return true;
  }
  return false;
}
