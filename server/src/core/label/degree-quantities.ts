import type { Hit } from '../matcher';
import type { Token } from '../words';
import { functionWords } from '../../lexicons';

const quantities = functionWords.quantityNegators;
const degreeOpeners = functionWords.degreeQuantityOpeners;

/**
 * "little trust", "few friends" deny what they count; "a little nervous", "a few friends", "a little bit" only
 * measure it: their negation hits are dropped. Most sentences hold neither word: the hits are returned as they are.
 */
export function withoutDegreeQuantities(tokens: readonly Token[], hits: Hit[]): Hit[] {
  const degree = (hit: Hit): boolean =>
    hit.cls === 'negator' &&
    quantities.has(hit.term) &&
    degreeOpeners.has(tokens[hit.first - 1]?.norm ?? '') &&
    !/[,;:.!?]/u.test(tokens[hit.first - 1]!.after);
  return hits.some(degree) ? hits.filter((hit) => !degree(hit)) : hits;
}
