import { functionWords } from '../../lexicons';
import type { ValenceItem } from './negation-scope';
import type { Parsed } from './parsed';

const startingVerbs = functionWords.startingVerbs;
// How far a verb of starting reaches for what began: "begon weer te piekeren", "started the programme full of doubt".
const reach = 6;

/**
 * "She started to doubt her choice", "Ze begon te twijfelen", "He started worrying again": a verb of starting counts
 * as the coachee's own doing only alone; before a word of strength or trouble in its clause, up to a stop, it only
 * says when that began, and that word decides (rules 9, 10). Removes such verbs from the items.
 */
export function withoutYieldingStarts(parsed: Parsed, items: ValenceItem[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const start = items[i]!;
    if (start.first !== start.last || !startingVerbs.has(parsed.tokens[start.first]!.norm)) continue;
    const begun = items.some(
      (item) =>
        item !== start &&
        item.first > start.last &&
        item.first - start.last <= reach &&
        !startingVerbs.has(parsed.tokens[item.first]!.norm) &&
        !parsed.tokens.slice(start.last, item.first).some((token) => /[,;:.!?]/u.test(token.after)),
    );
    if (begun) items.splice(i, 1);
  }
}
