import { functionWords } from '../../lexicons';
import { personNamingClasses, type Parsed } from './parsed';

const { coacheeObjectPronouns, toInfinitive, prepositions, copulas, thingOpeners, nounAttaching } = functionWords;

/**
 * "Spent an hour drafting a job ad for her", "Need him to pass the assessment": in a note without a subject that names
 * the coachee only as the one acted on or for, the implied subject is the writer (rule 25). The index of that pronoun,
 * or -1: also when a thing is the subject, anyone else is named, or a feeling is told, as a note about her would.
 */
export function coacheeOnlyAsObject(parsed: Parsed): number {
  const { tokens } = parsed;
  const at = tokens.findIndex(
    (token, i) =>
      coacheeObjectPronouns.has(token.norm) &&
      !parsed.quoted.has(i) &&
      objectAt(parsed, i) &&
      !nounAttaching.has(tokens[i - 1]!.norm),
  );
  // A thing that opens the sentence or a copula makes it a statement about her ("Not everything is easy for him").
  if (at < 0 || thingOpeners.has(tokens[0]!.norm) || tokens.some((token) => copulas.has(token.norm))) return -1;
  if (parsed.focus.some((hit) => personNamingClasses.has(hit.cls) && hit.first !== at)) return -1;
  if (parsed.valence.some((hit) => hit.cls === 'feeling')) return -1;
  return at;
}

// "for her.", "her to pass", "to him about": a pronoun before a break, an infinitive or a preposition is no possessive.
function objectAt(parsed: Parsed, i: number): boolean {
  const token = parsed.tokens[i]!;
  const next = parsed.tokens[i + 1];
  return (
    i > 0 &&
    (next === undefined || /[,.;:!?]/u.test(token.after) || toInfinitive.has(next.norm) || prepositions.has(next.norm))
  );
}
