import type { Clause } from '../clauses';
import type { Hit } from '../matcher';
import { functionWords } from '../../lexicons';
import { words, type Parsed, type Person } from './parsed';

const perfectAuxiliaries = functionWords.perfectAuxiliaries;
const articles = functionWords.articles;

/** A passive clause names its agent, or implies one by its verb (rule 23); null when it is not passive. */
export function passiveAgent(parsed: Parsed, clause: Clause): { person: Person; word: string } | null {
  const inside = (hit: Hit): boolean => hit.first >= clause.first && hit.last <= clause.last;
  // "Hij heeft zijn oma gevraagd": "zijn" after a form of "hebben" is his, not an auxiliary.
  // "without being asked" is a phrase of the clause, not its passive.
  // "Zijn huisarts heeft hem aangeraden": "zijn" opening its clause before a noun is his too ("Zijn de
  // formulieren ingevuld?" asks, with an article after it).
  const his = (at: number): boolean => parsed.tokens[at]!.norm === 'zijn' && (perfectAuxiliaries.has(parsed.tokens[at - 1]?.norm ?? '') || (at === clause.first && !articles.has(parsed.tokens[at + 1]?.norm ?? '') && parsed.tokens[at + 1]?.norm !== 'er'));
  const auxiliary = parsed.focus.find((hit) => hit.cls === 'passive-aux' && inside(hit) && !his(hit.first) && !functionWords.shortReachNegators.has(parsed.tokens[hit.first - 1]?.norm ?? ''));
  if (!auxiliary) return null;
  // An agent named after the auxiliary decides, whatever the verb ("zijn door coach vier vacatures geselecteerd").
  const agent = parsed.focus.find((hit) => hit.cls === 'agent-marker' && inside(hit) && hit.first > auxiliary.first);
  const named = agent && parsed.focus.find((hit) => hit.first > agent.last && hit.first <= agent.last + 2 && (hit.cls === 'coach' || hit.cls === 'coachee'));
  if (named) return { person: named.cls === 'coach' ? 'coach' : 'coachee', word: words(parsed, named) };
  const participle = parsed.focus.find((hit) => (hit.cls === 'coach-act' || hit.cls === 'joint-act') && inside(hit) && hit.first > auxiliary.first);
  if (!participle || agent) return null;
  return { person: participle.cls === 'coach-act' ? 'coach' : 'shared', word: words(parsed, participle) };
}
