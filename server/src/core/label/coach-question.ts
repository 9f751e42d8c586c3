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
