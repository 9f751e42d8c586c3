import { functionWordsIn } from '../../lexicons';
import type { Language } from '../types';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

// How far after its preposition what is feared may stand: "afraid of (her own) success", "with his more successful".
const reach = 4;
// What is disliked is often an act with its own object ("hates asking the senior nurse for help").
const aversionReach = 6;

/**
 * "Ik vermoed dat ze bang is voor succes", "He is afraid of being praised": a success or quality named as what the
 * coachee fears is no strength of hers; the fear is the problem (rule 11). So is the standard she compares herself
 * with ("compares himself constantly with his more successful brother") or envies ("jealous of his colleague's
 * promotion"). The indices of the scored strengths right after a word of fear, comparing or envy and its preposition
 * (a few words on), with no stop between.
 */
export function fearedObjects(parsed: Parsed, language: Language, scored: readonly Scored[]): Set<number> {
  const { tokens } = parsed;
  const words = functionWordsIn[language];
  const { fearWords, fearPrepositions, comparisonVerbs, comparisonPrepositions } = words;
  const feared = new Set<number>();
  for (let t = 0; t < tokens.length - 1; t++) {
    const fear = fearWords.has(tokens[t]!.norm);
    // What a word of aversion takes follows it at once or after one preposition ("hates asking", "hekel aan").
    const aversion = !fear && words.aversionWords.has(tokens[t]!.norm);
    if (!fear && !aversion && !comparisonVerbs.has(tokens[t]!.norm)) continue;
    // Right after the word of fear, or after its verb in Dutch order ("bang is voor"); a comparison past its
    // reflexive and an adverb ("vergelijkt zich voortdurend met").
    const prepositions = fear ? fearPrepositions : aversion ? words.aversionPrepositions : comparisonPrepositions;
    const near = aversion ? [t + 1] : fear ? [t + 1, t + 2] : [t + 1, t + 2, t + 3];
    const at = near.find((k) => prepositions.has(tokens[k]?.norm ?? '')) ?? (aversion ? t : undefined);
    if (at === undefined || tokens.slice(t, at).some((token) => /[,;:.!?]/u.test(token.after))) continue;
    if (aversion && /[,;:.!?]/u.test(tokens[t]!.after)) continue;
    const from = at + 1;
    let to = from;
    while (
      to < tokens.length - 1 &&
      to < from + (aversion ? aversionReach : reach) - 1 &&
      !/[,;:.!?]/u.test(tokens[to]!.after)
    )
      to++;
    scored.forEach((word, i) => {
      if (word.sign > 0 && word.first >= from && word.first <= to) feared.add(i);
    });
  }
  return feared;
}
