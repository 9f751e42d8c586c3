import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';

// How far from the coach's act its object may stand: "explained the cost of avoidance again".
const objectReach = 6;
// What stands before a noun: "the avoidance", "het vermijdingsgedrag", "the cost of avoidance", "asked about fear".
const beforeNoun = new Set([...functionWords.articles, ...functionWords.nounAttaching, ...functionWords.prepositions]);
const coachOwn = new Set([...functionWords.coachPossessives, ...functionWords.coachReflexives]);

/**
 * "I then explained the cost of avoidance again", "Ik heb het vermijdingsgedrag uitgelegd": a problem the coach
 * explains, asks about or advises on, as a noun beside the coach's act, is the coachee's matter in what the coach says
 * of them (rules 7, 8), not the coach's own side; never the coach's own ("my doubt"). A quality so named may be a
 * concept explained ("the growth mindset idea"): not read. A feeling is the coach's own unless it is hers: "what
 * made the presentation so stressful for her".
 */
export function namedByCoach(
  parsed: Parsed,
  hit: Hit,
  clause: { first: number; last: number },
  feeling: boolean,
): boolean {
  if (experiencedByCoachee(parsed, hit, feeling)) return true;
  if (hit.cls !== 'weakness' || feeling) return false;
  const before = parsed.tokens[hit.first - 1]?.norm ?? '';
  if (coachOwn.has(parsed.tokens[hit.first - 2]?.norm ?? '')) return false;
  return parsed.focus.some((act) => {
    if ((act.cls !== 'coach-act' && act.cls !== 'opinion-frame') || parsed.quoted.has(act.first)) return false;
    // What a frame of reading names right after it ("I read that as avoidance"), in whatever clause it stands.
    if (act.cls === 'opinion-frame' && act.last === hit.first - 1) return true;
    // Dutch puts the participle last: "het vermijdingsgedrag nog eens uitgelegd".
    const distance =
      act.last < hit.first ? hit.first - act.last : act.first > hit.last ? act.first - hit.last : Infinity;
    return beforeNoun.has(before) && act.first >= clause.first && act.last <= clause.last && distance <= objectReach;
  });
}

const experiencers = functionWords.experiencerPrepositions;
const coacheeObjects = functionWords.coacheeObjectPronouns;
const degreeWords = new Set([...functionWords.intensifiers, ...functionWords.degreeWords]);

/**
 * "stressful for her", "te zwaar voor haar.": a state the coachee is named as having, in whoever's sentence; a feeling
 * anywhere, another word where "her" ends its clause ("responsibility for her mistake" names her mistake).
 */
function experiencedByCoachee(parsed: Parsed, hit: Hit, feeling: boolean): boolean {
  if (hit.cls !== 'weakness' && hit.cls !== 'strength') return false;
  const { tokens } = parsed;
  // "mijn angst voor haar oordeel": what the coach calls their own stays theirs.
  if (coachOwn.has(tokens[hit.first - 1]?.norm ?? '')) return false;
  // "what makes him anxious", "wat haar zo onzeker maakt", "keeps her awake": a feeling the coachee is made to have.
  const degree = degreeWords.has(tokens[hit.first - 1]?.norm ?? '') ? 1 : 0;
  if (feeling && coacheeObjects.has(tokens[hit.first - 1 - degree]?.norm ?? '')) return true;
  for (let t = hit.first; t < hit.last && feeling; t++) if (coacheeObjects.has(tokens[t]!.norm)) return true;
  const pronoun = tokens[hit.last + 2];
  if (!experiencers.has(tokens[hit.last + 1]?.norm ?? '') || !pronoun || !coacheeObjects.has(pronoun.norm))
    return false;
  return feeling || hit.last + 2 === tokens.length - 1 || /[,;:.!?]/u.test(pronoun.after);
}
