import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';

const superlativeNevers = functionWords.superlativeNevers;
const superlativeDegrees = functionWords.superlativeDegrees;
const indefinite = functionWords.indefiniteArticles;

/**
 * "never had such a good coach", "nog nooit zo'n goede coach gehad", "had never been so calm": a "never" before a word
 * of degree and the quality at `first` makes a superlative of it, nothing denied (rule 10).
 */
export function superlative(parsed: Parsed, negation: Hit, first: number): boolean {
  if (!superlativeNevers.has(parsed.tokens[negation.last]!.norm)) return false;
  const before = parsed.tokens[first - 1]?.norm ?? '';
  if (superlativeDegrees.has(before)) return true;
  return indefinite.has(before) && superlativeDegrees.has(parsed.tokens[first - 2]?.norm ?? '');
}
