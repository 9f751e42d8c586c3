import type { Clause } from '../clauses';
import { inClause, type Parsed } from './parsed';
import { functionWords } from '../../lexicons';

const genericPersons = functionWords.genericPersons;
const coacheeClasses = new Set(['coachee', 'addressee', 'possessive-coachee']);

/**
 * Whether someone in general ("iemand", "clients") is the subject of a clause, before a word and outside quotation
 * marks, and the clause names no coachee: "iemand heeft haar geholpen" is support for her (rule 17).
 */
export function genericBefore(parsed: Parsed, clause: Clause, to: number): boolean {
  const coachee = parsed.focus.some((hit) => coacheeClasses.has(hit.cls) && inClause(hit, clause));
  if (coachee) return false;
  // As its subject: opening the clause, or right after the word that opens it ("wat iemand …", "what someone …").
  const at = clause.conjunction === '' ? clause.first : clause.first + 1;
  return at < to && genericPersons.has(parsed.tokens[at]?.norm ?? '') && !parsed.quoted.has(at);
}
