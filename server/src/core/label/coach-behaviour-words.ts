import type { Hit } from '../matcher';
import type { Focus } from '../types';
import type { Parsed, Person } from './parsed';
import { coacheeWordAt, coacheesFear } from '../signal-guards';

// The signals that are the coach's own behaviour: worrying about the intervention, giving answers, working hard.
const coachCues = new Set(['intervention-focus', 'expert-role', 'working-hard']);
// A cue with a gap covers words that are not its own ("explained the cost of avoidance again").
const gapped = /\.\.\.|…/u;

/**
 * "afraid to get it wrong", "what worked for me": words inside a cue of the coach's own behaviour tell the coach's
 * worry, answer or effort, not a problem or quality of the coachee's (rule 8), unless the clause is the coachee's or a
 * third party's ("afraid she would make the wrong choice") or the fear the coachee's ("her fear of failure").
 */
export function inCoachBehaviourCue(
  parsed: Parsed,
  hit: Pick<Hit, 'first' | 'last'>,
  subject: Person | null | undefined,
  focus: Focus,
): boolean {
  if (focus !== 'coach' || (subject !== 'coach' && subject !== null && subject !== undefined)) return false;
  return parsed.signals.some(
    (cue) =>
      coachCues.has(cue.cls) &&
      !gapped.test(cue.term) &&
      cue.first <= hit.first &&
      cue.last >= hit.last &&
      !parsed.quoted.has(cue.first) &&
      !coacheesFear(parsed.tokens, cue, (at) => coacheeWordAt(parsed.focus, at)),
  );
}
