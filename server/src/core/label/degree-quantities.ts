import type { Hit } from '../matcher';
import type { Token } from '../words';
import { functionWords } from '../../lexicons';

const quantities = functionWords.quantityNegators;
const degreeOpeners = functionWords.degreeQuantityOpeners;
const boundComparatives = functionWords.boundComparatives;
const than = functionWords.comparativeThan;

/**
 * "little trust", "few friends" deny what they count; "a little nervous", "a few friends", "a little bit" only
 * measure it; "niet meer dan vier uur", "no more than" bound a quantity: their negation hits are dropped. Most
 * sentences hold none of these words: the hits are returned as they are.
 */
export function withoutDegreeQuantities(tokens: readonly Token[], hits: Hit[]): Hit[] {
  const degree = (hit: Hit): boolean =>
    hit.cls === 'negator' &&
    quantities.has(hit.term) &&
    degreeOpeners.has(tokens[hit.first - 1]?.norm ?? '') &&
    !/[,;:.!?]/u.test(tokens[hit.first - 1]!.after);
  const norm = (at: number): string => tokens[at]?.norm ?? '';
  const bound = (hit: Hit): boolean =>
    (hit.cls === 'negator' || hit.cls === 'no-longer') &&
    ((boundComparatives.has(norm(hit.last)) && than.has(norm(hit.last + 1))) ||
      (boundComparatives.has(norm(hit.last + 1)) && than.has(norm(hit.last + 2))));
  const dropped = (hit: Hit): boolean => degree(hit) || bound(hit);
  return hits.some(dropped) ? hits.filter((hit) => !dropped(hit)) : hits;
}
