// What a signal cue's object makes of it: a wish of the session itself is no result wanted (rule 36), a pattern broken
// through no blockage (rule 35). Read by the signal rules and the learned layer's aside cues alike.
import { functionWords } from '../lexicons';
import type { Hit } from './matcher';
import type { Token } from './words';

const complementizers = functionWords.complementizers;
const sessionNouns = functionWords.coachingSessionNouns;

/**
 * "Ik wilde dat de sessie perfect zou verlopen", "I really wanted the session to flow": what the coach wants of the
 * session is no result of the coachee's (rule 36).
 */
export function wantsOfSession(tokens: readonly Token[], hit: Hit): boolean {
  let at = hit.last + 1;
  if (complementizers.has(tokens[at]?.norm ?? '')) at++;
  // "Ik wil dat onze gesprekken een plek zijn waar …": the coaching's own conversations.
  if (ownSessionDeterminers.has(tokens[at]?.norm ?? '')) return sessionTalk.has(tokens[at + 1]?.norm ?? '');
  if (functionWords.articles.has(tokens[at]?.norm ?? '')) at++;
  return sessionNouns.has(tokens[at]?.norm ?? '');
}

const ownSessionDeterminers = functionWords.ownSessionDeterminers;
const sessionTalk = new Set([...functionWords.sessionTalkNouns, ...functionWords.coachingSessionNouns]);

const overcoming = functionWords.overcomingCues;
const breakableThings = functionWords.breakableThings;
// How far from the verb its object may stand: "het vaste patroon te doorbreken", "break through that old pattern".
const objectReach = 3;

/**
 * "de stilte doorbreken", "break through the old pattern": a verb of getting past with a silence, pattern or habit a
 * few words before it or after it gets past no blockage of the coachee's (rule 35).
 */
export function patternBroken(tokens: readonly Token[], hit: Hit): boolean {
  if (!overcoming.has(hit.term)) return false;
  const near = [
    ...tokens.slice(Math.max(0, hit.first - objectReach), hit.first),
    ...tokens.slice(hit.last + 1, hit.last + 1 + objectReach),
  ];
  return near.some((token) => breakableThings.has(token.norm));
}

const courtesyWishes = functionWords.courtesyWishes;

/**
 * "I hope she has a lovely holiday", "Ik hoop dat ze even kan uitrusten": a hope for the coachee's rest, holiday or
 * luck is a courtesy wish, no result of hers taken on (rule 36); read up to the end of its clause.
 */
export function courtesyWish(tokens: readonly Token[], hit: Hit): boolean {
  for (let at = hit.last + 1; at < tokens.length; at++) {
    if (courtesyWishes.has(tokens[at]!.norm)) return true;
    if (/[,;:]/u.test(tokens[at]!.after)) return false;
  }
  return false;
}
