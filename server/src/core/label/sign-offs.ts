import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';
import { opensWithWritersWish } from '../writers-thanks';

// Lines of a report's own correspondence that deliver nothing and advise nothing (rules 6, 32).

const sendingVerbs = functionWords.sendingVerbs;

/** Whether the only cues of the coach delivering are verbs of sending ("Hierbij stuur ik je het verslag"). */
export function sendsOnly(parsed: Parsed): boolean {
  const cues = parsed.signals.filter((hit) => hit.cls === 'expert-role' || hit.cls === 'deliver');
  return cues.length > 0 && cues.every((hit) => sendingVerbs.has(parsed.tokens[hit.first]!.norm));
}

/**
 * Whether the sentence opens with a remark about the report or the contact ("Let me know how it goes", "Houd me op
 * de hoogte", "Please find below …"): an imperative there is a sign-off or a cover note, no tip.
 */
export function opensWithRemark(focusHits: readonly Hit[]): boolean {
  return focusHits.some((hit) => hit.cls === 'report-remark' && hit.first === 0);
}

/**
 * Whether the sentence is the writer's courtesy wish and nothing more ("Good luck with the conversation!", "Veel succes
 * met je presentatie!"): a sign-off, neutral by kind (rule 6), no wish for a result of the coach's (rule 36). Not
 * with a clause beside it that says more ("…, je bent er klaar voor").
 */
export function courtesyWish(parsed: Parsed): boolean {
  return parsed.clauses.length === 1 && opensWithWritersWish(parsed.tokens, parsed.quoted);
}

// A greeting this short is one whatever its words ("Thanks again!", "Hoi Sanne,").
const shortGreeting = 3;

/**
 * Whether the sentence is a greeting or the writer's thanks and nothing more: a short one, or one whose only words of
 * strength or weakness are the greeting's own ("Thank you for Thursday.", "Bedankt voor vanmiddag."), neutral by kind
 * (rule 6), as are words that qualify the session ("Thanks for a good conversation"). Not "Thanks for your openness
 * today", which names a quality of the coachee's.
 */
export function greetingOnly(parsed: Parsed, focusRule: string): boolean {
  if (focusRule === 'salutation' && parsed.tokens.length <= shortGreeting) return true;
  // The thanks for a session is read as about the session ("Thanks for a good conversation on Tuesday").
  if (focusRule !== 'salutation' && focusRule !== 'joint work or session') return false;
  const greeting = parsed.focus.find((hit) => hit.cls === 'salutation' && hit.first === 0);
  // "Bedankte me voor de fijne sessie": thanks told of, to the coach, not the writer's own greeting.
  const told = (hit: { first: number; term: string }): boolean =>
    parsed.tokens[hit.first]!.norm !== hit.term.split(' ')[0] ||
    parsed.focus.some((other) => other.cls === 'coach-object');
  return (
    greeting !== undefined &&
    !told(greeting) &&
    parsed.clauses.length === 1 &&
    parsed.valence.every(
      (hit) => (hit.first >= greeting.first && hit.last <= greeting.last) || ofTheSession(parsed, hit.last),
    )
  );
}

/** Whether the word at `at` qualifies the session right after it ("a good conversation", "het fijne gesprek"). */
function ofTheSession(parsed: Parsed, at: number): boolean {
  return parsed.focus.some((hit) => hit.cls === 'session' && hit.first === at + 1);
}
