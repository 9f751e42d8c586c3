import { signalRule } from './signal-rule';
import { askDenied, jointProposal, lastNamedBefore, negated } from '../../core/signal-guards';
import { noHits, type Hit } from '../../core/matcher';
import type { SignalInput } from '../../core/signals';
import { functionWords } from '../../lexicons';
import { coachSpeaks } from '../../core/aside-cues';
import { inAskedQuestion } from '../../core/asked-question';

const reportingVerbs = functionWords.reportingVerbs;
const adviceNouns = functionWords.adviceNouns;
const andCoordinators = functionWords.andCoordinators;

/** The coach gives advice, tips or solutions, or the coachee asks the coach what to do. */
export default signalRule(
  'expert-role',
  { nl: 'expertrol', en: 'expert role' },
  {
    nl: 'De coach in de expertrol: advies, tips, antwoorden of kant-en-klare oplossingen; de coachee vraagt wat te doen.',
    en: 'The coach in the expert role: advice, tips, answers or ready-made solutions; the coachee asks what to do.',
  },
  {
    nl: (cues) =>
      `Je geeft hier advies of antwoorden, of de coachee vraagt je erom (${cues}). Wat vond de coachee zelf?`,
    en: (cues) =>
      `You give advice or answers here, or the coachee asks you for them (${cues}). What did the coachee find?`,
  },
  {
    nl: 'Wat zegt dit over jouw geloof in het zelfoplossende vermogen van de coachee?',
    en: "What does this say about your belief in the coachee's ability to find their own solutions?",
  },
  // Giving answers, advice or ready-made products, or the coachee asking for them (rule 32).
  (c) => {
    if (c.refrains) return null;
    const { input } = c;
    // Tips the coachee praises ("Ze zei dat mijn tips haar enorm hadden geholpen") were given elsewhere: the sentence
    // tells the praise, appreciation alone (rules 16, 29); not where the coach gives them in a clause of their own
    // ("Ik gaf haar drie tips, en ze bedankte me").
    const praised = (hit: Hit): boolean =>
      hit.first === hit.last &&
      adviceNouns.has(input.tokens[hit.first]!.norm) &&
      c.cues('appreciation').some((praise) => sameClause(input, hit.first, praise.first));
    const giving = c
      .cues('expert-role')
      .filter(
        (hit) =>
          (c.byCoach(hit) || c.firstPerson(hit)) &&
          !c.weighed(hit) &&
          !jointProposal(input.tokens, hit) &&
          !praised(hit) &&
          !inAskedQuestion(input, hit),
      );
    // Not in the coach's own dialogue line or quotation ("Me: What would you like to get out of today?").
    const asking = c
      .cues('expert-ask')
      .filter(
        (hit) =>
          input.actorAt(hit.first) === 'coachee' &&
          !asksSomeoneElse(input, hit) &&
          !askedByOther(input, hit) &&
          !askDenied(input.negations, hit, input.opens) &&
          !coachSpeaks(input, hit),
      );
    // The coachee asking in their own words ("Wat zou jij doen?", "Just tell me"): only inside their quotation.
    const askedInQuote =
      input.speaker === 'coachee' && c.any('asks-in-quote')
        ? input.hits.filter((hit) => hit.cls === 'asks-in-quote' && input.quoted.has(hit.first) && !negated(input, hit))
        : noHits;
    // Written to the coachee, a suggestion is a tip as an imperative is ("Je zou kunnen overwegen om …", rule 26);
    // not one the coachee made, reported ("Je zei zelf dat het kan helpen om …").
    const suggested = input.addressed ? c.cues('suggestion').filter((hit) => !reportedFromOthers(input, hit)) : noHits;
    return { hits: [...giving, ...asking, ...askedInQuote, ...suggested, ...c.delivered], extra: c.imperative };
  },
);

/** Whether two tokens stand in one clause: no stop, comma or "and" between them. */
function sameClause(input: SignalInput, a: number, b: number): boolean {
  for (let k = Math.min(a, b); k < Math.max(a, b); k++)
    if (/[,;:.!?]/u.test(input.tokens[k]!.after) || andCoordinators.has(input.tokens[k + 1]!.norm)) return false;
  return true;
}

/** "Hij vroeg zijn leidinggevende wat hij moest doen": someone else named inside the ask is the one asked. */
function asksSomeoneElse(input: SignalInput, hit: Hit): boolean {
  for (let k = hit.first + 1; k < hit.last; k++) if (input.personAt(k) === 'other') return true;
  return false;
}

/**
 * "Haar manager vroeg me om hen te helpen": someone else asking the coach, the coachee not named right after the
 * verb ("vroeg ze me"), is a request about the coaching (rule 17), not the coachee leaning on the coach.
 */
function askedByOther(input: SignalInput, hit: Hit): boolean {
  return lastNamedBefore(input, hit.first) === 'other' && input.personAt(hit.first + 1) !== 'coachee';
}

/** Whether a verb of saying or thinking stands before the cue, with someone other than the coach named before it. */
function reportedFromOthers(input: SignalInput, hit: Hit): boolean {
  const verb = input.tokens.slice(0, hit.first).findLastIndex((token) => reportingVerbs.has(token.norm));
  return verb >= 0 && lastNamedBefore(input, verb) !== 'coach';
}
