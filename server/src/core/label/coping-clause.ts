import { functionWords } from '../../lexicons';
import type { Parsed, Person } from './parsed';
import { endsAsQuestion } from './coach-question';

/** The coachee's clause that tells how they dealt with a difficulty: the word that turns to it, and the difficulty. */
export interface Coping {
  word: string;
  difficulty: string[];
}

const additive = functionWords.additiveAfterContrast;
const andCoordinators = functionWords.andCoordinators;
// "…, so he works in a warehouse": what follows from a problem is no way of dealing with it (rule 9).
const consequences = functionWords.consequences;

/**
 * "Ze was zenuwachtig, maar ze heeft het gezegd", "Ondanks de tegenslag ging ze door": a difficulty conceded
 * or followed by "maar"/"but", and the coachee acting in words no lexicon marks, is told for how she dealt
 * with it (rule 9). Only where nothing in the coachee's clause, or after it, carries a sign of its own.
 */
export function copingClause(
  scored: readonly { score: number; words: string[] }[],
  parsed: Parsed,
  effective: readonly (Person | null)[],
): Coping | null {
  const { clauses, tokens } = parsed;
  // A turn after a comma or dash ("zeg jij maar" is a particle) or after "and"/"en" ("en toch deed ze het"), with
  // words of its own ("maar als ik …" turns to the "als" clause).
  const turn = clauses.findIndex(
    (clause, i) =>
      clause.kind === 'contrast' &&
      !consequences.has(clause.conjunction) &&
      clause.last > clause.first &&
      effective[i] === 'coachee' &&
      i > 0 &&
      (/[,;–—]/u.test(tokens[clause.first - 1]!.after) || andCoordinators.has(tokens[clause.first - 1]!.norm)),
  );
  if (turn > 0) {
    if (additive.has(tokens[clauses[turn]!.first + 1]?.norm ?? '') || scored.slice(turn).some((s) => s.score !== 0))
      return null;
    const difficulty = problemsBefore(scored, turn);
    return difficulty.length > 0 ? { word: clauses[turn]!.conjunction, difficulty } : null;
  }
  return concededCoping(scored, parsed, effective) ?? copedAnyway(scored, parsed, effective);
}

const despite = functionWords.despiteAdverbs;
// "of toch eerst vragen …" weighs an alternative; it does nothing all the same.
const alternatives = functionWords.orCoordinators;

/**
 * "Vond dat doodeng, deed het toch", "Terrified, she went anyway": after a clause with a problem, a clause of the
 * coachee's, set off by a comma, that does it all the same, with no sign of its own and nothing signed after it.
 */
function copedAnyway(
  scored: readonly { score: number; words: string[] }[],
  parsed: Parsed,
  effective: readonly (Person | null)[],
): Coping | null {
  const { clauses, tokens } = parsed;
  // The adverb inside the clause, not opening it, and not after "of"/"or".
  const adverbIn = (first: number, last: number): number => {
    for (let t = first + 1; t <= last; t++)
      if (despite.has(tokens[t]!.norm) && !alternatives.has(tokens[t - 1]!.norm)) return t;
    return -1;
  };
  const at = clauses.findIndex(
    (clause, i) =>
      i > 0 &&
      effective[i] !== 'coach' &&
      /[,;–—]/u.test(tokens[clause.first - 1]!.after) &&
      adverbIn(clause.first, clause.last) > 0,
  );
  if (at <= 0 || scored.slice(at).some((s) => s.score !== 0) || endsAsQuestion(parsed.text)) return null;
  const difficulty = problemsBefore(scored, at);
  if (difficulty.length === 0) return null;
  return { word: tokens[adverbIn(clauses[at]!.first, clauses[at]!.last)]!.norm, difficulty };
}

/** The words of every clause before `at` whose sign is a problem. */
function problemsBefore(scored: readonly { score: number; words: string[] }[], at: number): string[] {
  return scored.slice(0, at).flatMap((s) => (s.score < 0 ? s.words : []));
}

/**
 * "Ondanks de tegenslag ging ze door", "She kept going, although she was exhausted": a concession that holds
 * a problem beside a main clause of the coachee with no sign and no negation of its own.
 */
function concededCoping(
  scored: readonly { score: number; words: string[] }[],
  parsed: Parsed,
  effective: readonly (Person | null)[],
): Coping | null {
  const { clauses } = parsed;
  const conceded = clauses.findIndex((clause, i) => clause.kind === 'concessive' && scored[i]!.score < 0);
  if (conceded < 0) return null;
  const main = clauses.map((_, i) => i).filter((i) => clauses[i]!.kind !== 'concessive');
  const negated = (i: number): boolean =>
    parsed.focus.some(
      (hit) => hit.cls === 'negator' && hit.first >= clauses[i]!.first && hit.first <= clauses[i]!.last,
    );
  if (main.length === 0 || main.some((i) => scored[i]!.score !== 0 || negated(i))) return null;
  if (!main.some((i) => effective[i] === 'coachee' && clauses[i]!.last > clauses[i]!.first)) return null;
  const difficulty = clauses.flatMap((clause, i) =>
    clause.kind === 'concessive' && scored[i]!.score < 0 ? scored[i]!.words : [],
  );
  return { word: clauses[conceded]!.conjunction, difficulty };
}
