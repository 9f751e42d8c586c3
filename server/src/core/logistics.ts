import type { Hit } from './matcher';
import type { Token } from './words';
import { functionWords } from '../lexicons';
import { isSectionPhrase } from './learned/section-kind';

/** Why a sentence is neutral by kind (labelling rule 6), or null. */
export interface ByKind {
  rule: 'greeting or sign-off' | 'logistics' | 'a remark about the report' | 'a heading run into its paragraph';
  words: string[];
}

// Whoever a sentence names as acting makes it more than logistics ("In the next session I will explain …").
const persons = new Set(['coach', 'coachee', 'addressee', 'third', 'speaker-coach', 'speaker-coachee']);

/**
 * Rule 6 by kind, whatever the grammar: a sign-off followed by a name ("Warm regards, Raghav Iyer"), and
 * a line of logistics: a session with its date, time, place or change of plan ("Next session on 20
 * September at the plant", "Volgende sessie over drie weken, online"), naming no one, and which the
 * other rules found neither strength nor problem nor signal in. Anything more stays with them.
 */
export function neutralByKind(
  text: string,
  tokens: readonly Token[],
  focus: readonly Hit[],
  decided: { neutral: boolean; signals: boolean },
  word: (hit: Hit) => string,
  opensMainClause: (hit: Hit) => boolean = () => false,
  names: ReadonlySet<string> = new Set(),
): ByKind | null {
  const greeting = focus.find((hit) => hit.cls === 'salutation' && hit.first === 0);
  if (
    greeting &&
    tokens.length - greeting.last - 1 <= 3 &&
    tokens.slice(greeting.last + 1).every((t) => isCapitalised(text, t))
  ) {
    return { rule: 'greeting or sign-off', words: [word(greeting)] };
  }
  // A remark about the report itself ("Zoals beloofd een korte neerslag van ons gesprek", "Please find below
  // the summary"): it may speak to the coachee, but tells nothing of anyone's acts. One that opens the
  // sentence or a main clause is neutral whatever its words of praise or trouble ("Dank je wel voor het
  // fijne gesprek", "Fijn dat we elkaar weer zagen, ook al was je moe"), as rule 6 says.
  // A pseudonym given ("Let's call her Anna", "Ik noem hem hier Joost") names the coachee but tells nothing of her.
  const pseudonym = focus.find((hit) => hit.cls === 'pseudonym' && hit.first <= 1);
  if (pseudonym && tokens.length - pseudonym.last <= 4 && !decided.signals)
    return { rule: 'a remark about the report', words: [word(pseudonym)] };
  const remark = focus.find((hit) => hit.cls === 'report-remark');
  if (
    remark &&
    (decided.neutral || opensMainClause(remark)) &&
    !decided.signals &&
    // A report that opens its sentence and a copula after it is what the sentence is about: whom it is for is no
    // third party acting ("These notes are for my supervision group").
    !focus.some(
      (hit) =>
        hit.cls === 'coachee' ||
        hit.cls === 'speaker-coachee' ||
        (hit.cls === 'third' && !(remark.first === 0 && copulas.has(tokens[remark.last + 1]?.norm ?? ''))),
    )
  ) {
    return { rule: 'a remark about the report', words: [word(remark)] };
  }
  // "**Context.** Dev and Carla share …": a section's name run into its paragraph is a heading (rules 1, 6).
  if (tokens.length <= 3 && /^[^.!?]*\.$/u.test(text.trim()) && isSectionPhrase(text))
    return { rule: 'a heading run into its paragraph', words: [text.trim().slice(0, -1)] };
  if (!decided.neutral || decided.signals || focus.some((hit) => persons.has(hit.cls))) return null;
  // "Marcus schedules the conversation before 21 June": a named person acting is an agreed step, not logistics;
  // "Next session with Marcus" only names whom the session is with.
  // A name set off by a comma or ending the sentence ("Jorien, 3e gesprek.") acts in nothing.
  const acting = (t: Token, i: number): boolean =>
    names.has(t.norm) && !prepositions.has(tokens[i - 1]?.norm ?? '') && !/[,.;:]/u.test(t.after);
  if (tokens.some(acting)) return null;
  const session = focus.find((hit) => hit.cls === 'session');
  const when = focus.find((hit) => hit.cls === 'scheduling');
  if (!session || (!when && !tokens.some((t) => /\d/u.test(t.norm)))) return null;
  return { rule: 'logistics', words: when ? [word(session), word(when)] : [word(session)] };
}

const prepositions = functionWords.prepositions;
const copulas = functionWords.copulas;

function isCapitalised(text: string, token: Token): boolean {
  const first = text[token.at]!;
  return first !== first.toLowerCase();
}
