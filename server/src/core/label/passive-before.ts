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
  return parsed.focus.some((aux) => {
    if (aux.last >= hit.first || (clause && aux.first < clause.first)) return false;
    const distance = hit.first - aux.last;
    if (aux.cls === 'passive-aux' && englishPassive.has(parsed.tokens[aux.first]!.norm))
      return distance <= (language === 'nl' ? 8 : 2);
    return language === 'nl' && aux.cls === 'agent-marker' && distance <= 6;
  });
}

const englishPassive = functionWords.passiveAuxiliaries;
