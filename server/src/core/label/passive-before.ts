import type { Hit } from '../matcher';
import { functionWords } from '../../lexicons';
import { inClause, type LabelContext, type Parsed } from './parsed';

/**
 * A passive before an action verb: not the coachee's own doing. English puts it right before ("is being
 * arranged"); Dutch may put the verb at the end of its clause ("wordt zij in maart aangemeld", "is door de
 * bedrijfsarts aangemeld"), so there a passive auxiliary or an agent ("door") earlier in the clause counts.
 */
export function passiveBefore(parsed: Parsed, hit: Hit, language: LabelContext['language']): boolean {
  const clause = parsed.clauses.find((c) => inClause(hit, c));
  // "Hij is een netwerk gestart": a verb whose active perfect takes "zijn" is no passive after "is".
  const active = language === 'nl' && activeWithZijn.has(parsed.tokens[hit.last]!.norm);
  return parsed.focus.some((aux) => {
    if (aux.last >= hit.first || (clause && aux.first < clause.first)) return false;
    const distance = hit.first - aux.last;
    if (aux.cls === 'passive-aux' && englishPassive.has(parsed.tokens[aux.first]!.norm))
      return distance <= (language === 'nl' ? 8 : 2) && !(active && perfectZijn.has(parsed.tokens[aux.first]!.norm));
    return language === 'nl' && aux.cls === 'agent-marker' && distance <= 6;
  });
}

const englishPassive = functionWords.passiveAuxiliaries;
const activeWithZijn = functionWords.activeWithZijn;
const perfectZijn = functionWords.zijnForms;

const objectPronouns = functionWords.coacheeObjectPronouns;
const reflexive = functionWords.reflexive;

/**
 * "Het plan is door haar zelf opgesteld", "drawn up by Sanne herself": an agent that is the coachee (rule 23: an
 * explicit agent decides) makes the passive her own doing. The coachee as agent: a name or word for her
 * ("betrokkene", "my client"), or an object pronoun that stands last before the verb or before "zelf"/"herself"
 * (not "door haar manager").
 */
export function coacheeAgent(parsed: Parsed, hit: Hit, names: ReadonlySet<string>): boolean {
  const clause = parsed.clauses.find((c) => inClause(hit, c));
  return parsed.focus.some((marker) => {
    if (marker.cls !== 'agent-marker' || marker.last >= hit.first || (clause && marker.first < clause.first))
      return false;
    const agent = parsed.tokens[marker.last + 1];
    const after = parsed.tokens[marker.last + 2];
    if (!agent) return false;
    if (names.has(agent.norm) || parsed.focus.some((p) => p.cls === 'coachee' && p.first === marker.last + 1))
      return true;
    return (
      objectPronouns.has(agent.norm) &&
      (marker.last + 1 === hit.first - 1 ||
        marker.last + 1 === hit.first ||
        (after !== undefined && reflexive.has(after.norm)))
    );
  });
}
