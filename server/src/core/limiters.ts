import type { Token } from './words';
import { functionWords } from '../lexicons';

const limiters = functionWords.limiters;
const quantities = functionWords.smallQuantities;
// "een paar", "a few", "a couple": the quantity is the second word.
const articles = functionWords.indefiniteArticles;
// "the only one", "de enige": a limiter after a definite article names, it does not limit.
const naming = functionWords.definiteArticles;
// "zonder ook maar één keer": "maar" is "even" there.
const cancellers = functionWords.limiterCancellers;
const particleHosts = functionWords.particleHosts;
// A subject after it makes it a turn after all: "probeerde het maar ze durfde niet".
const subjects = new Set([...functionWords.nominativePronouns, ...functionWords.subjectPronouns]);

/**
 * Whether the token at `i` limits the number right after it ("maar twee dagen bijgehouden", "only twice
 * late"): it turns what the clause says the way a negation does (rule 10), and a Dutch "maar" so used is
 * "only", not "but".
 */
export function limitsAt(tokens: readonly Pick<Token, 'norm' | 'after'>[], i: number): boolean {
  const word = tokens[i]?.norm ?? '';
  const before = tokens[i - 1]?.norm ?? '';
  if (!limiters.has(word) || naming.has(before) || cancellers.has(before)) return false;
  // "Ze was moe, maar twee collega's hielpen": opening a clause, "maar" is "but" whatever follows.
  if (word === 'maar' && (i === 0 || /[,;:–—(]/u.test(tokens[i - 1]!.after))) return false;
  const next = tokens[i + 1]?.norm ?? '';
  if (/^\d/u.test(next) || quantities.has(next)) return true;
  return articles.has(next) && quantities.has(tokens[i + 2]?.norm ?? '');
}

/** Whether the limiter at `i` means "even" ("zonder ook maar één keer"): neither "only" nor, for "maar", "but". */
export function evenAt(tokens: readonly Pick<Token, 'norm'>[], i: number): boolean {
  return limiters.has(tokens[i]?.norm ?? '') && cancellers.has(tokens[i - 1]?.norm ?? '');
}

/**
 * Whether "maar"/"but" at `i` is a particle, not a turn: straight after "zelf", "het", "alleen" ("zelf maar gebeld",
 * "probeer het maar", "alleen maar"; "anything but easy"), unless a subject follows ("het maar ik …").
 */
export function particleAt(tokens: readonly Pick<Token, 'norm' | 'after'>[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || /[,;:–—(]/u.test(before.after) || !particleHosts.has(before.norm)) return false;
  return !subjects.has(tokens[i + 1]?.norm ?? '');
}

const conditionLimiters = functionWords.conditionLimiters;
const conditions = functionWords.situationOpeners;
// How far after the limiter its condition may stand, in one stretch without punctuation.
const conditionReach = 6;

/**
 * Whether the token at `i` limits what its clause says to a condition after it ("I only speak up when I'm sure", "Ze
 * vraagt pas om hulp als het te laat is"): a strength so limited is still missing, as under a negation (rule 10). Not
 * right before the condition ("Only when she felt safe did she speak up" tells that she did).
 */
export function limitsToConditionAt(tokens: readonly Pick<Token, 'norm' | 'after'>[], i: number): boolean {
  if (!conditionLimiters.has(tokens[i]?.norm ?? '') || conditions.has(tokens[i + 1]?.norm ?? '')) return false;
  for (let k = i + 2; k < tokens.length && k <= i + conditionReach; k++) {
    if (/[,;:.!?]/u.test(tokens[k - 1]!.after)) return false;
    if (conditions.has(tokens[k]!.norm)) return true;
  }
  return false;
}
