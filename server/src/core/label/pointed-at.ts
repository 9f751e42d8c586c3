import { functionWords } from '../../lexicons';
import type { Parsed } from './parsed';

/**
 * "Die moet ik eerst wegwerken": a blockage only pointed at, the sentence opening with a pointer and its verb, names
 * no problem of its own (rule 8); "Die muur moet ik eerst omver zien te krijgen" names the wall.
 */
export function onlyPointedAt(parsed: Parsed): boolean {
  const [first, second] = parsed.tokens;
  return (
    first !== undefined &&
    second !== undefined &&
    functionWords.backPointers.has(first.norm) &&
    functionWords.finiteVerbs.has(second.norm)
  );
}
