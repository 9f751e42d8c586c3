import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';

const guessAdverbs = functionWords.guessAdverbs;
const copulas = new Set([...functionWords.copulas, ...functionWords.guessCopulas]);
const coachPronouns = functionWords.coachPronouns;
const indefinites = functionWords.indefiniteArticles;
const impersonalSubjects = functionWords.impersonalSubjects;
// How far after the adverb the state or quality guessed at may stand: "Waarschijnlijk is hij (erg) depressief".
const reach = 4;

/**
 * "He is probably depressed", "Waarschijnlijk is ze bang voor conflict", "Probably a perfectionist": a state or
 * quality the coach guesses at, the adverb of guessing beside its copula, is an interpretation (rule 33: a
 * diagnosis or label, whether grounded the signal's rule decides). Interpretation cues from such guesses, none for
 * the coach's guesses about themselves ("I am probably too eager") or about what "it" was.
 */
export function guessedStates(parsed: Pick<Parsed, 'tokens' | 'valence' | 'quoted'>): Hit[] {
  const { tokens } = parsed;
  const found: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!guessAdverbs.has(tokens[i]!.norm) || parsed.quoted.has(i)) continue;
    const copula = [i - 1, i + 1].find((k) => copulas.has(tokens[k]?.norm ?? ''));
    const noun = i === 0 && indefinites.has(tokens[1]?.norm ?? '');
    if (copula === undefined && !noun) continue;
    // The subject before the copula, or after it where the adverb opens the clause ("Waarschijnlijk is ze …").
    const subject = copula === undefined ? undefined : copula < i ? copula - 1 : copula + 1;
    const named = subject === undefined ? '' : (tokens[subject]?.norm ?? '');
    // "Vermoedelijk was het rouw": "it" points back at what was told before, which may ground it (rule 33).
    if (coachPronouns.has(named) || impersonalSubjects.has(named)) continue;
    const state = parsed.valence.find(
      (hit) => (hit.cls === 'strength' || hit.cls === 'weakness') && hit.first > i && hit.first <= i + reach,
    );
    if (state) found.push({ cls: 'interpretation', term: tokens[i]!.norm, first: i, last: state.last });
  }
  return found;
}

/** The signal hits with the guesses among them, by start and longest first, as the matcher orders its hits. */
export function withGuesses(hits: Hit[], guesses: Hit[]): Hit[] {
  if (guesses.length === 0) return hits;
  return [...hits, ...guesses].sort((a, b) => a.first - b.first || b.last - a.last);
}
