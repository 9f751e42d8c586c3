import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';

const guessAdverbs = functionWords.guessAdverbs;
const adjectival = functionWords.adjectivalGuessAdverbs;
const copulas = new Set([...functionWords.copulas, ...functionWords.guessCopulas]);
const coachPronouns = functionWords.coachPronouns;
const indefinites = functionWords.indefiniteArticles;
const impersonalSubjects = functionWords.impersonalSubjects;
const pronouns = functionWords.subjectPronouns;
// Who a guess may be about: a person named by the focus lexicon ("zijn moeder", "the team") or a pronoun.
const personClasses = new Set(['coachee', 'third', 'addressee', 'possessive-coachee']);
// How far after the adverb the state or quality guessed at may stand: "Waarschijnlijk is hij (erg) depressief".
const reach = 4;

/**
 * "He is probably depressed", "Waarschijnlijk is ze bang voor conflict", "Probably a perfectionist", "She is clearly
 * insecure": a state or quality the coach guesses at or calls evident, the adverb beside its copula, is an
 * interpretation (rule 33: a diagnosis or label, whether grounded the signal's rule decides). Interpretation cues
 * from such guesses, none for the coach's guesses about themselves ("I am probably too eager") or about what "it" was.
 */
export function guessedStates(parsed: Pick<Parsed, 'text' | 'tokens' | 'valence' | 'focus' | 'quoted'>): Hit[] {
  const { tokens } = parsed;
  const found: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!guessAdverbs.has(tokens[i]!.norm) || parsed.quoted.has(i)) continue;
    const copula = [i - 1, i + 1].find((k) => copulas.has(tokens[k]?.norm ?? ''));
    const noun = i === 0 && indefinites.has(tokens[1]?.norm ?? '');
    // A note without a verb: "Probably burnt out", "Waarschijnlijk opgebrand".
    const bare =
      i === 0 &&
      !adjectival.has(tokens[0]!.norm) &&
      parsed.valence.some((hit) => (hit.cls === 'strength' || hit.cls === 'weakness') && hit.first === 1);
    if (copula === undefined && !noun && !bare) continue;
    // The subject before the copula, or after it where the adverb opens the clause ("Waarschijnlijk is ze …").
    const subject = copula === undefined ? undefined : copula < i ? copula - 1 : copula + 1;
    const named = subject === undefined ? '' : (tokens[subject]?.norm ?? '');
    // "Vermoedelijk was het rouw": "it" points back at what was told before, which may ground it (rule 33).
    if (coachPronouns.has(named) || impersonalSubjects.has(named)) continue;
    // "Haar weigering om … te proberen is duidelijk weerstand": what a behaviour named as the subject is called rests
    // on that behaviour; a guess is about a person, or a name.
    const person =
      named === '' ||
      pronouns.has(named) ||
      parsed.focus.some((hit) => personClasses.has(hit.cls) && hit.first <= subject! && hit.last >= subject!) ||
      /\p{Lu}/u.test(parsed.text[tokens[subject!]!.at] ?? '');
    if (!person) continue;
    // "duidelijk" judges only right before what it judges ("duidelijk conflictvermijdend", not "duidelijk en direct").
    const until = adjectival.has(tokens[i]!.norm) ? (/[,;:]/u.test(tokens[i]!.after) ? i : i + 1) : i + reach;
    const state = parsed.valence.find(
      (hit) => (hit.cls === 'strength' || hit.cls === 'weakness') && hit.first > i && hit.first <= until,
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
