import type { Hit } from '../matcher';
import { functionWords } from '../../lexicons';
import type { Parsed } from './parsed';

const wishModals = functionWords.wishModals;
const moreWords = functionWords.comparativeMarkers;
const baseInEr = functionWords.qualitiesEndingInEr;
const articles = functionWords.articles;
const hindsight = functionWords.hindsightParticiples;
const conditionalWishes = functionWords.conditionalWishes;
const copulas = functionWords.infinitiveCopulas;

/**
 * "Ze wil assertiever worden", "He thinks he should be more confident": a quality in its comparative near
 * a want or a should is a change still wished for, a goal or learning point (rule 13), not a strength the
 * coachee has (the caller asks only of the coachee's clauses). Told as done ("Ze is assertiever geworden")
 * it stays progress.
 */
export function desiredComparative(parsed: Parsed, hit: Hit): boolean {
  if (hit.cls !== 'strength' || !comparativeAt(parsed, hit)) return false;
  // "Zou een stille minuut beter geweest zijn?", "would have been better": hindsight, no wish.
  if (parsed.tokens.slice(hit.last + 1, hit.last + 4).some((t) => hindsight.has(t.norm))) return false;
  // Before it ("wil … assertiever", "wants to be more …"), or after it at the end of a Dutch clause ("beter zou moeten
  // doen").
  for (let i = hit.first - 1; i >= Math.max(0, hit.first - 6); i--) {
    if (/[.;:!?]/u.test(parsed.tokens[i]!.after)) break;
    if (wishModals.has(parsed.tokens[i]!.norm) || conditionalWish(parsed, i)) return true;
  }
  for (let i = hit.last + 1; i <= Math.min(parsed.tokens.length - 1, hit.last + 3); i++) {
    if (/[,.;:!?]/u.test(parsed.tokens[i - 1]!.after)) break;
    if (wishModals.has(parsed.tokens[i]!.norm)) return true;
  }
  return false;
}

/** "would like", "she'd love": a verb of wishing after a conditional. */
function conditionalWish(parsed: Parsed, at: number): boolean {
  const before = parsed.tokens[at - 1]?.norm ?? '';
  return conditionalWishes.has(parsed.tokens[at]!.norm) && (before === 'would' || before.endsWith("'d"));
}

function comparativeAt(parsed: Parsed, hit: Hit): boolean {
  // "I want a better first one", "een betere baan": after an article it describes a thing, not the coachee
  // ("het" too is an object: "het beter doen").
  const article = (at: number): boolean => {
    const word = parsed.tokens[at]?.norm ?? '';
    return articles.has(word) && word !== 'het' && !copulas.has(parsed.tokens[at - 1]?.norm ?? '');
  };
  // Unless it is what the coachee is to be: "wants to be a calmer father", "wil een rustigere moeder worden".
  const predicate = [1, 2].some((d) => copulas.has(parsed.tokens[hit.last + d]?.norm ?? ''));
  if (!predicate && (article(hit.first - 1) || article(hit.first - 2))) return false;
  const first = parsed.tokens[hit.first]!.norm;
  if (moreWords.has(first) || moreWords.has(parsed.tokens[hit.first - 1]?.norm ?? '')) return true;
  const word = parsed.tokens[hit.last]!.norm;
  // Dutch inflects it before a noun: "een rustigere vader".
  const base = word.endsWith('ere') ? word.slice(0, -1) : word;
  return hit.first === hit.last && base.length >= 5 && base.endsWith('er') && !baseInEr.has(base);
}
