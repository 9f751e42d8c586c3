import type { Clause } from '../clauses';
import type { Hit } from '../matcher';
import { functionWords } from '../../lexicons';
import type { Language } from '../types';
import { words, type Parsed, type Person } from './parsed';

const perfectAuxiliaries = functionWords.perfectAuxiliaries;
const articles = functionWords.articles;
const employmentOffers = functionWords.employmentOffers;
const passiveNews = functionWords.passiveNews;
// Every preposition: after one, "zijn" is his ("op zijn werk", "met zijn team").
const prepositions = new Set([...functionWords.prepositions, ...functionWords.beforeDemonstrative]);

/** A passive clause names its agent, or implies one by its verb (rule 23); null when it is not passive. */
export function passiveAgent(
  parsed: Parsed,
  clause: Clause,
  language: Language,
): { person: Person; word: string } | null {
  const index = parsed.clauses.indexOf(clause);
  const last = language === 'nl' ? participleReach(parsed, index) : clause.last;
  const inside = (hit: Hit): boolean => hit.first >= clause.first && hit.last <= last;
  // "Toen hij bleef zwijgen, zijn de voordelen uitgelegd": after a subordinate clause put first, the main
  // clause opens with its verb (V2).
  const afterFronted =
    index > 0 &&
    parsed.clauses.slice(0, index).every((c) => c.kind === 'subordinate' || c.kind === 'concessive') &&
    parsed.clauses[0]!.conjunction !== '';
  // "Hij heeft zijn oma gevraagd": "zijn" after a form of "hebben" is his, not an auxiliary.
  // "without being asked" is a phrase of the clause, not its passive.
  // "Zijn huisarts heeft hem aangeraden": "zijn" opening its clause before a noun is his too ("Zijn de
  // formulieren ingevuld?" asks, with an article after it).
  // "met zijn oud-collega": after a preposition "zijn" is his as well.
  // "Hij heeft in het overleg zijn mening gegeven": after a form of "hebben" anywhere in its clause, too.
  const his = (at: number): boolean =>
    parsed.tokens[at]!.norm === 'zijn' &&
    (parsed.tokens.slice(clause.first, at).some((token) => perfectAuxiliaries.has(token.norm)) ||
      prepositions.has(parsed.tokens[at - 1]?.norm ?? '') ||
      (at === clause.first &&
        !afterFronted &&
        !articles.has(parsed.tokens[at + 1]?.norm ?? '') &&
        parsed.tokens[at + 1]?.norm !== 'er'));
  const auxiliary = parsed.focus.find(
    (hit) =>
      hit.cls === 'passive-aux' &&
      hit.first >= clause.first &&
      hit.last <= clause.last &&
      !his(hit.first) &&
      !functionWords.shortReachNegators.has(parsed.tokens[hit.first - 1]?.norm ?? ''),
  );
  if (!auxiliary) return null;
  // An agent named after the auxiliary decides, whatever the verb ("zijn door coach vier vacatures geselecteerd").
  const agent = parsed.focus.find((hit) => hit.cls === 'agent-marker' && inside(hit) && hit.first > auxiliary.first);
  const named =
    agent &&
    parsed.focus.find(
      (hit) => hit.first > agent.last && hit.first <= agent.last + 2 && (hit.cls === 'coach' || hit.cls === 'coachee'),
    );
  if (named) return { person: named.cls === 'coach' ? 'coach' : 'coachee', word: words(parsed, named) };
  const participle = parsed.focus.find(
    (hit) => (hit.cls === 'coach-act' || hit.cls === 'joint-act') && inside(hit) && hit.first > auxiliary.first,
  );
  if (!participle || agent) return null;
  // "He was offered a permanent contract", "Haar is een vaste baan aangeboden": an employer's offer, her situation.
  const offer = parsed.tokens.findIndex((t, at) => at >= clause.first && at <= last && employmentOffers.has(t.norm));
  if (participle.cls === 'coach-act' && offer >= 0) return { person: 'coachee', word: parsed.tokens[offer]!.norm };
  // "He was told that his position will go": news told without a teller comes from the coachee's situation.
  if (participle.first === participle.last && passiveNews.has(parsed.tokens[participle.first]!.norm))
    return { person: 'coachee', word: words(parsed, participle) };
  return { person: participle.cls === 'coach-act' ? 'coach' : 'shared', word: words(parsed, participle) };
}

// "is dit nogmaals en met een ander voorbeeld uitgelegd": a Dutch participle, last in its clause, may stand past an
// "en" that joins
// two phrases of the clause, in a stretch with no subject or auxiliary of its own. The last token it may be on.
function participleReach(parsed: Parsed, index: number): number {
  const { clauses } = parsed;
  let last = clauses[index]!.last;
  for (let next = index + 1; next < clauses.length; next++) {
    const clause = clauses[next]!;
    const own = parsed.focus.some(
      (hit) => hit.first >= clause.first && hit.first <= clause.last && ownClasses.has(hit.cls),
    );
    if (!andWords.has(clause.conjunction) || own) break;
    last = clause.last;
  }
  return last;
}

const andWords = functionWords.andCoordinators;
// What gives a stretch a subject or a verb of its own.
const ownClasses = new Set(['coach', 'coachee', 'addressee', 'shared', 'third', 'passive-aux']);
