import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed, Person } from './parsed';
import type { Clause } from '../clauses';
import type { Hit } from '../matcher';

const { thirdPartyWishVerbs, circumstantial, complementizers, coacheeObjectPronouns, definiteArticles } = functionWords;
const coacheeClasses = new Set(['coachee', 'addressee']);

/**
 * "His manager wants him back at work in April", "De bedrijfsarts verwacht dat ze over twee weken hersteld is", "Zijn
 * huisarts heeft hem aangeraden om …": what a third party wants, expects, advises or asks of the coachee is their plan
 * or request, neutral (rule 17), not the coachee's strength. The indices of the strengths in what such a verb asks
 * for, left uncounted; a reason given after it ("because she handles conflict so well") still counts.
 */
export function thirdPartyWishes(
  parsed: Parsed,
  scored: readonly Scored[],
  effective: readonly (Person | null)[],
): Set<number> {
  const asked = new Set<number>();
  const { tokens, clauses } = parsed;
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!thirdPartyWishVerbs.has(tokens[verb]!.norm)) continue;
    const at = clauses.findIndex((clause) => verb >= clause.first && verb <= clause.last);
    if (at < 0 || effective[at] !== 'third' || !ofTheCoachee(parsed, verb)) continue;
    // The verb's own clause and the clauses that spell out what is asked, up to one that gives a reason or time.
    let last = clauses[at]!.last;
    for (let next = at + 1; next < clauses.length; next++) {
      const clause = clauses[next]!;
      if (clause.kind !== 'subordinate' || circumstantial.has(clause.conjunction)) break;
      last = clause.last;
    }
    scored.forEach((word, index) => {
      if (word.sign > 0 && word.first > verb && word.first <= last) asked.add(index);
    });
  }
  return asked;
}

/**
 * Whether what the verb asks is asked of the coachee: "wants him …", "expects that she …", "wil dat hij …", or a piece
 * of her work wanted done ("wants the restructuring finished by March", "wil de reorganisatie afgerond hebben").
 */
function ofTheCoachee(parsed: Parsed, verb: number): boolean {
  const after = parsed.tokens[verb + 1]?.norm ?? '';
  if (coacheeObjectPronouns.has(after) || definiteArticles.has(after)) return true;
  // A Dutch participle after its object: "heeft hem aangeraden om …".
  if (coacheeObjectPronouns.has(parsed.tokens[verb - 1]?.norm ?? '')) return true;
  const next = complementizers.has(after) ? verb + 2 : verb + 1;
  return parsed.focus.some((hit) => hit.first === next && coacheeClasses.has(hit.cls));
}

/** A goal in a clause whose subject is a third party named before it ("her manager", not "her goal"): their plan. */
export function thirdPartyGoal(parsed: Parsed, hit: Hit, subject: Person | null, clause: Clause | undefined): boolean {
  if (hit.cls !== 'goal' || subject !== 'third') return false;
  return parsed.focus.some((p) => p.cls === 'third' && p.first < hit.first && p.first >= (clause?.first ?? 0));
}
