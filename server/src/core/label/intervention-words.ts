import type { Hit } from '../matcher';
import type { Focus } from '../types';
import type { Parsed, Person } from './parsed';
import { coacheesFear } from '../signal-guards';

/**
 * "afraid to get it wrong", "de perfecte vraag": words inside the coach's cue of intervention-focus tell the coach's
 * worry about their own act, not a problem or quality of the coachee's (rule 8), unless the clause is the coachee's
 * or a third party's ("afraid she would make the wrong choice") or the fear the coachee's ("her fear of failure").
 */
export function inCoachInterventionCue(
  parsed: Parsed,
  hit: Pick<Hit, 'first' | 'last'>,
  subject: Person | null | undefined,
  focus: Focus,
): boolean {
  if (focus !== 'coach' || (subject !== 'coach' && subject !== null && subject !== undefined)) return false;
  const coacheeAt = (at: number): boolean =>
    parsed.focus.some((p) => (p.cls === 'coachee' || p.cls === 'possessive-coachee') && p.last === at);
  return parsed.signals.some(
    (cue) =>
      cue.cls === 'intervention-focus' &&
      cue.first <= hit.first &&
      cue.last >= hit.last &&
      !parsed.quoted.has(cue.first) &&
      !coacheesFear(parsed.tokens, cue, coacheeAt),
  );
}
