import { functionWords } from '../lexicons';
import type { Token } from './words';

// Not "zijn", which is "his" as often as "are".
const copulas = functionWords.copulasAfterPointing;
const recordNumbers = functionWords.recordNumbers;

/**
 * "Ze is duidelijk een doorzetter: drie jaar avondstudie naast een volle baan": a judgement spelt out after its colon
 * by a record with numbers in it names what it rests on (rule 33: a judgement given with its evidence).
 */
export function recordAfterColon(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token, i) => i > 0 && token.after.includes(':'));
  if (colon < 0 || !tokens.slice(0, colon + 1).some((token) => copulas.has(token.norm))) return false;
  return tokens.slice(colon + 1).some((token) => /\d/u.test(token.norm) || recordNumbers.has(token.norm));
}
