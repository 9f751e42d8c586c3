import { functionWords } from '../../lexicons';
import type { Focus, Language } from '../types';
import type { ValenceItem } from './negation-scope';
import type { Parsed, Person } from './parsed';

// How far a verb of coping reaches for the problem it takes on: its object, or in Dutch the words before a participle.
const reach = 6;
const obligations = functionWords.obligations;

/**
 * "She tackled the conflict head-on", "Ze heeft het conflict met haar collega aangekaart": a problem the coachee
 * takes on is told for how she dealt with it (rule 9). A verb of coping turns the nearest problem word of its
 * clause, after it (in Dutch also before it), as a negation does; only where the coachee copes, not where the
 * coping is negated ("heeft het conflict niet aangekaart") or the coach's ("I addressed her fear", rule 7).
 */
export function turnCoped(
  parsed: Parsed,
  language: Language,
  effective: readonly (Person | null)[],
  focus: Focus,
  items: ValenceItem[],
): void {
  for (const hit of parsed.focus) {
    if (hit.cls !== 'coping' || parsed.quoted.has(hit.first)) continue;
    const clause = parsed.clauses.findIndex((c) => hit.first >= c.first && hit.first <= c.last);
    // The coachee copes, or a note about her does; not "dat dit conflict opgelost is" that the coach wants.
    const person = effective[clause];
    if (clause < 0 || !(person === 'coachee' || (person === null && focus === 'coachee'))) continue;
    const negated =
      items.some((item) => item.first === hit.first && item.negatedBy) ||
      parsed.focus.some(
        (n) => (n.cls === 'negator' || n.cls === 'no-longer') && n.last < hit.first && hit.first - n.last <= 3,
      );
    if (negated) {
      // "She did not overcome her fear": the negation is the coping verb's, not the problem's it governs.
      for (const item of items)
        if (item.negatedBy && item.negatedBy.last < hit.first && item.first > hit.last && item.clause === clause)
          item.negatedBy = undefined;
      continue;
    }
    // A split verb whose particle a clause boundary was read before ("gaat beter om | met stress") reaches into it.
    const lastClause = parsed.clauses.findIndex((c) => hit.last >= c.first && hit.last <= c.last);
    // "She needs to overcome her fear", "Ze moet haar uitstelgedrag aanpakken": still to be dealt with (rule 13).
    if (obliged(parsed, hit.first)) continue;
    const unbroken = (from: number, to: number): boolean =>
      !parsed.tokens.slice(from, to).some((token) => /[,;:]/u.test(token.after));
    // Inside a split verb ("pakte zijn uitstelgedrag aan", "raised the problem with her") is nearest of all.
    const distance = (item: ValenceItem): number =>
      item.first > hit.first && item.last < hit.last
        ? 0
        : item.first > hit.last
          ? item.first - hit.last
          : language === 'nl' && item.last < hit.first
            ? hit.first - item.last
            : Infinity;
    const target = items
      .filter(
        (item) =>
          item.sign < 0 &&
          item.flips &&
          !item.negatedBy &&
          (item.clause === clause || item.clause === lastClause) &&
          distance(item) <= reach &&
          (item.first > hit.last
            ? unbroken(hit.last, item.first)
            : unbroken(Math.min(item.last, hit.first), hit.first)),
      )
      .sort((a, b) => distance(a) - distance(b))[0];
    if (target) target.negatedBy = hit;
  }
}

/** An obligation among the words before a coping verb, up to a comma or a stop ("needs to", "moet … aanpakken"). */
function obliged(parsed: Parsed, at: number): boolean {
  // A Dutch verb comes last, its modal second: "Hij moet het conflict met zijn collega nog oplossen".
  for (let i = at - 1; i >= Math.max(0, at - 2 * reach); i--) {
    if (/[,.;:!?]/u.test(parsed.tokens[i]!.after)) return false;
    if (obligations.has(parsed.tokens[i]!.norm)) return true;
  }
  return false;
}
