import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Scored } from './past-background';
import { negatingClasses, type Parsed } from './parsed';

const { regardVerbs, regardedAsMarkers, regardedAsOpeners, articles } = functionWords;
// How far "as"/"als" may stand from its verb: "came to see the setback with her manager as …".
const regardReach = 6;

/**
 * "He came to see the setback as a chance", "Ze ziet haar gevoeligheid als een kwaliteit", "She sees her sensitivity
 * as a weakness": what something is seen as decides, not the thing seen (rule 12: a reframe is a strength). The
 * indices of the words seen, left uncounted, where what they are seen as has a sign of its own.
 */
export function regardedAs(parsed: Parsed, scored: readonly Scored[]): Set<number> {
  const seen = new Set<number>();
  const { tokens } = parsed;
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!regardVerbs.has(tokens[verb]!.norm)) continue;
    const as = markerAfter(parsed, verb);
    if (as < 0) continue;
    // What follows "as" is a thing ("als een kans", "as useful information"), not a clause ("als hij moe is").
    let target = as + 1;
    while (target <= as + 2 && articles.has(tokens[target]?.norm ?? '')) target++;
    // "as a chance" is itself a term; otherwise the thing's noun, or an adjective before it ("as useful information").
    if (!scored.some((word) => word.sign !== 0 && word.first >= as && word.first <= target + 1)) continue;
    // Dutch puts the thing seen before a verb that ends its clause: "is de tegenslag gaan zien als een kans".
    const clause = parsed.clauses.find((c) => verb >= c.first && verb <= c.last);
    const from = as === verb + 1 && clause ? clause.first - 1 : verb;
    scored.forEach((word, index) => {
      if (word.first > from && word.first < as && word.first !== verb) seen.add(index);
    });
  }
  return seen;
}

/**
 * "Hij ziet zijn autisme niet langer als een tekort", "She does not see herself as a leader": a negation before
 * "as"/"als" in the verb's clause turns what something is seen as, however far it stands (rule 10: a problem no
 * longer there is progress, a quality denied a problem). Turns such items in place; one already negated stays.
 */
export function negatedRegards(parsed: Parsed, items: readonly ValenceItem[]): void {
  const { tokens } = parsed;
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!regardVerbs.has(tokens[verb]!.norm)) continue;
    const as = markerAfter(parsed, verb);
    if (as < 0) continue;
    const clause = parsed.clauses.find((c) => verb >= c.first && verb <= c.last);
    if (!clause) continue;
    const negation = parsed.focus.find(
      (hit) => negatingClasses.has(hit.cls) && hit.first >= clause.first && hit.last < as,
    );
    if (!negation) continue;
    let target = as + 1;
    while (target <= as + 2 && articles.has(tokens[target]?.norm ?? '')) target++;
    for (const item of items)
      if (!item.negatedBy && item.sign !== 0 && item.first > as && item.first <= target + 1) item.negatedBy = negation;
  }
}

/** The "as"/"als" that opens what the verb at `verb` sees its object as, or -1: none before a clause ends. */
function markerAfter(parsed: Parsed, verb: number): number {
  const { tokens } = parsed;
  for (let t = verb + 1; t <= verb + regardReach && t < tokens.length; t++) {
    const norm = tokens[t]!.norm;
    // "she saw that …", "zag dat …": what is seen is a clause, no object seen as something.
    if (regardedAsOpeners.has(norm) || tokens[t - 1]!.after.trim() !== '') return -1;
    if (!regardedAsMarkers.has(norm)) continue;
    // "as soon as", "as well as", "as good as": a comparison, not what something is seen as.
    const next = tokens[t + 1]?.norm ?? '';
    const afterNext = tokens[t + 2]?.norm ?? '';
    return regardedAsMarkers.has(afterNext) || regardedAsMarkers.has(next) ? -1 : t;
  }
  return -1;
}
