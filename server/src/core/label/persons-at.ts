import { functionWords } from '../../lexicons';
import type { Parsed, Person as FocusPerson } from './parsed';

type Person = 'coach' | 'coachee' | 'other';

const coacheeObjects = functionWords.coacheeObjectPronouns;
// The focus-lexicon classes that name a person.
const personClasses = new Set(['coach', 'coachee', 'addressee', 'possessive-coachee', 'third']);

/** The person acting in the clause of a token, as the focus rules read it; a third party stands for the coachee. */
export function actorAtOf(parsed: Parsed, effective: readonly (FocusPerson | null)[]): (token: number) => Person {
  return (token) => {
    const clause = parsed.clauses.findIndex((c) => token >= c.first && token <= c.last);
    const person = effective[clause];
    return person === 'coach' ? 'coach' : person === 'coachee' || person === 'third' ? 'coachee' : 'other';
  };
}

/** The person a token itself names: a pronoun, a name, "de cliënt", "her manager" (other); null for any other word. */
export function personAtOf(parsed: Parsed, names: ReadonlySet<string>): (token: number) => Person | null {
  return (token) => {
    const norm = parsed.tokens[token]?.norm ?? '';
    if (names.has(norm) || coacheeObjects.has(norm)) return 'coachee';
    const hit = parsed.focus.find((h) => h.first <= token && h.last >= token && personClasses.has(h.cls));
    if (hit === undefined) return null;
    return hit.cls === 'coach' ? 'coach' : hit.cls === 'third' ? 'other' : 'coachee';
  };
}
