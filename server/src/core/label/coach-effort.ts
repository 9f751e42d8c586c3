import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';

const { coachSubjectPronouns, toInfinitive } = functionWords;
// How far the difficulty may stand after the frame: "I found it (really) hard to".
const frameReach = 2;

/**
 * "I found it hard to stay quiet", "I find it difficult to hold back": a difficulty the coach's own frame of opinion
 * gives an infinitive with no subject of its own is the coach's effort (rule 8), not a problem of the coachee's;
 * what the infinitive names still counts ("hard to watch her struggle").
 */
export function coachFindsHard(parsed: Pick<Parsed, 'tokens' | 'focus' | 'quoted'>, hit: Hit): boolean {
  const { tokens } = parsed;
  if (!toInfinitive.has(tokens[hit.last + 1]?.norm ?? '')) return false;
  return parsed.focus.some(
    (frame) =>
      frame.cls === 'opinion-frame' &&
      frame.last < hit.first &&
      hit.first - frame.last <= frameReach &&
      !parsed.quoted.has(frame.first) &&
      tokens.slice(frame.first, frame.last + 1).some((token) => coachSubjectPronouns.has(token.norm)),
  );
}
