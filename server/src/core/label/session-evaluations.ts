import { functionWords } from '../../lexicons';
import { polarity } from '../polarity';
import type { Language } from '../types';
import type { Parsed } from './parsed';

const { copulas, sessionIntensifiers, coachingSessionNouns, talkNouns, impersonalSubjects, companionPrepositions } =
  functionWords;
// How far after "The session was" its word may stand: "The session was very useful".
const after = 3;

/**
 * "It was a good session", "Het was een heel fijne sessie", "The session was very useful": words that describe the
 * coaching session tell how it went, no strength or problem of the coachee's (rule 6). The tokens of such words: those
 * right before a session noun, and those after it and its copula up to a phrase's end (null: no session named). Not
 * a meeting or a conversation: "a difficult conversation with the board" is the coachee's.
 */
export function aboutTheSession(parsed: Parsed, language: Language): Uint8Array | null {
  const { tokens } = parsed;
  // "Het was een plezant gesprek", "It was a good conversation": with no one named after it, a talk is the session.
  const sessionTalk = (noun: number): boolean =>
    talkNouns.has(tokens[noun]!.norm) &&
    impersonalSubjects.has(tokens[0]?.norm ?? '') &&
    copulas.has(tokens[1]?.norm ?? '') &&
    !companionPrepositions.has(tokens[noun + 1]?.norm ?? '');
  const isSession = (noun: number): boolean => coachingSessionNouns.has(tokens[noun]!.norm) || sessionTalk(noun);
  // Most sentences name no session: they get no arrays at all.
  if (!tokens.some((_, noun) => isSession(noun))) return null;
  const about = new Uint8Array(tokens.length);
  const described = new Uint8Array(tokens.length);
  for (const hit of parsed.valence) described.fill(1, hit.first, hit.last + 1);
  for (let noun = 0; noun < tokens.length; noun++) {
    if (!isSession(noun)) continue;
    for (let t = noun - 1; t >= 0 && !endsPhrase(parsed, t); t--) {
      const token = tokens[t]!;
      if (described[t] === 0 && polarity(token, language) === 0 && !sessionIntensifiers.has(token.norm)) break;
      about[t] = 1;
    }
    const copula = noun + 1;
    if (!copulas.has(tokens[copula]?.norm ?? '')) continue;
    for (let t = copula + 1; t <= copula + after && t < tokens.length; t++) {
      about[t] = 1;
      if (endsPhrase(parsed, t)) break;
    }
  }
  return about;
}

/** Whether a comma, colon or other stop follows the token: a phrase ends there. */
function endsPhrase(parsed: Parsed, t: number): boolean {
  return /[,;:.!?]/u.test(parsed.tokens[t]!.after);
}
