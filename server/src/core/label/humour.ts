import { functionWordsIn } from '../../lexicons';
import type { LabelContext, Parsed, Person } from './parsed';
import type { Scored } from './past-background';

// How far after a word of joking or laughing its "over"/"about" may stand ("lachte hartelijk om", "laughed a lot
// about").
const reach = 4;

/**
 * "Halverwege maakte ze zelfs een grapje over haar eigen zenuwen", "She laughed about her perfectionism":
 * what the coachee jokes or laughs about is a difficulty dealt with lightly, not a problem told (rule 9).
 * The indices of the problem words in that phrase (to the next comma, semicolon or colon), when the
 * joking or laughing itself is scored and the coachee's (colleagues laughing at her mistakes are no coping).
 */
export function humouredWords(
  parsed: Parsed,
  context: LabelContext,
  effective: readonly (Person | null)[],
  scored: readonly Scored[],
): Set<number> {
  const { tokens, clauses } = parsed;
  const coachees = (t: number): boolean =>
    effective[clauses.findIndex((c) => t >= c.first && t <= c.last)] === 'coachee';
  const { humourWords, humourObjectMarkers } = functionWordsIn[context.language];
  const humoured = new Set<number>();
  for (let t = 0; t < tokens.length; t++) {
    if (
      !humourWords.has(tokens[t]!.norm) ||
      !coachees(t) ||
      !scored.some((word) => word.first <= t && word.sign > 0 && t - word.first <= reach)
    )
      continue;
    let open = -1;
    for (let k = t + 1; k <= t + reach && k < tokens.length && open < 0; k++)
      if (humourObjectMarkers.has(tokens[k]!.norm)) open = k;
    if (open < 0) continue;
    let last = open;
    while (last < tokens.length - 1 && !/[,;:]/u.test(tokens[last]!.after)) last++;
    scored.forEach((word, i) => {
      if (word.sign < 0 && word.first > open && word.first <= last) humoured.add(i);
    });
  }
  return humoured;
}

/**
 * "A colleague makes jokes about her accent", "Ze lachen om hem": a third party joking or laughing about the coachee or
 * what is hers is mockery, a problem (rule 17), not lightness. The indices of such words of humour, to be turned.
 */
export function mockery(
  parsed: Parsed,
  context: LabelContext,
  effective: readonly (Person | null)[],
  scored: readonly Scored[],
): Set<number> {
  const { tokens, clauses } = parsed;
  const { humourWords, humourObjectMarkers, coacheeObjectPronouns } = functionWordsIn[context.language];
  const mocked = new Set<number>();
  scored.forEach((word, i) => {
    const t = word.first;
    if (word.sign <= 0 || !humourWords.has(tokens[t]!.norm)) return;
    if (effective[clauses.findIndex((c) => t >= c.first && t <= c.last)] !== 'third') return;
    for (let k = t + 1; k <= t + reach && k < tokens.length - 1; k++) {
      if (!humourObjectMarkers.has(tokens[k]!.norm)) continue;
      const next = k + 1;
      const hers =
        coacheeObjectPronouns.has(tokens[next]!.norm) ||
        parsed.focus.some((hit) => hit.first === next && (hit.cls === 'possessive-coachee' || hit.cls === 'coachee'));
      if (hers) mocked.add(i);
      return;
    }
  });
  return mocked;
}
