import { functionWordsIn } from '../../lexicons';
import type { LabelContext, Parsed, Person } from './parsed';

const coacheeClasses = new Set(['coachee', 'possessive-coachee', 'addressee']);

/** Where the coach fears something for the coachee: the fear word and the coachee's first mention after it. */
export interface CoachFear {
  fear: number;
  about: number;
}

/**
 * "I'm afraid she'll close down", "Ik vrees dat ik haar onzekerder heb gemaakt": what the coach fears
 * for the coachee is a problem of theirs, whatever its words (rule 8), while the fear itself stays the
 * coach's own side. Only a fear of what will happen, told in a clause: not a fear given as the reason of
 * an act ("uit angst dat"), a fear denied, the coach's fear of their own act ("bang om haar te kwetsen",
 * "afraid I pushed her"), or one about nobody ("I'm glad, but I'm worried").
 */
export function coachFear(
  parsed: Parsed,
  context: LabelContext,
  effective: readonly (Person | null)[],
): CoachFear | undefined {
  const { tokens, clauses } = parsed;
  // Per language: Dutch "of" opens a feared clause ("zorgen of je ..."), English "of" a phrase.
  const {
    coachFears: fearWords,
    fearNounMarkers: notAFrame,
    reflexiveBeforeWorry: reflexiveForWorry,
    fearNonClausal: notAClause,
  } = functionWordsIn[context.language];
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]!.norm;
    if (!fearWords.has(word) || parsed.quoted.has(t)) continue;
    const clause = clauses.findIndex((c) => t >= c.first && t <= c.last);
    if (effective[clause] !== 'coach') continue;
    const before = [tokens[t - 1]?.norm ?? '', tokens[t - 2]?.norm ?? ''];
    if (notAFrame.has(before[0]!)) continue;
    // Dutch "zorgen" is a worry only as "me zorgen maken"; "ervoor zorgen dat" is making sure.
    if (reflexiveForWorry.has(word) && !before.some((b) => b === 'me' || b === 'mij')) continue;
    // The feared clause: right after the word or after "that"/"dat"/"of"; not the coach's own act.
    const opens = parsed.focus.some((h) => h.cls === 'subordinator' && h.first === t + 1) ? t + 2 : t + 1;
    if (
      opens >= tokens.length ||
      notAClause.has(tokens[t + 1]!.norm) ||
      parsed.focus.some((h) => h.cls === 'coach' && h.first === opens)
    )
      continue;
    const about = coacheeAfter(parsed, context, t);
    if (about >= 0) return { fear: t, about };
  }
  return undefined;
}

function coacheeAfter(parsed: Parsed, context: LabelContext, after: number): number {
  const hit = parsed.focus.find((h) => h.first > after && coacheeClasses.has(h.cls));
  const name = parsed.tokens.findIndex((token, i) => i > after && context.names.has(token.norm));
  const found = [hit?.first ?? -1, name].filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}
