import type { Focus } from '../types';
import type { Parsed, Person } from './parsed';

// A question in a report that nobody is said to ask and that stands in no quotation marks is the coach's:
// asked of the coachee ("Wat is voor jou echt belangrijk?") or of themselves (rule 26 by analogy).

const question = /\?["'”’)]*\s*$/u;

/** Whether a sentence ends as a question, closing quotes and brackets aside. */
export function endsAsQuestion(text: string): boolean {
  return question.test(text);
}
// A colon introduces whose question it is ("Ze vroeg: ...", "Coachee: ..."), or spells out a label; an
// arrow or semicolon joins a note to the question, which is then one clause of several.
const introduced = /[:;→]/u;

/** Whether a sentence is a question the coach writes into the report. */
export function isCoachQuestion(text: string, quotedTokens: number): boolean {
  return endsAsQuestion(text) && quotedTokens === 0 && !introduced.test(text);
}

/**
 * Whom the coach's question on a dialogue line ("Coach: What went well?") is about: the first person its clauses
 * after the label name, or nobody; like a question written in unlabelled, it takes the valence of what it asks
 * (rule 7). Null for a line that asks nothing.
 */
export function askedAbout(parsed: Parsed, effective: readonly (Person | null)[], labelLast: number): Focus | null {
  if (!endsAsQuestion(parsed.text)) return null;
  const person = effective.find((p, i) => p !== null && parsed.clauses[i]!.first > labelLast);
  return person === 'coach' || person === 'coachee' ? person : 'neutral';
}
