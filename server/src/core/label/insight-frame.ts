import { functionWordsIn } from '../../lexicons';
import type { LabelContext } from './parsed';
import type { Scored } from './past-background';

/**
 * "She realised she was waiting for someone's permission", "Ze ontdekte dat ze alles zelf wil doen": an
 * insight takes the valence of what it introduces (rule 12: a problem recognised is a problem, a resource
 * recognised a strength). The indices of the insight words to leave uncounted: those followed by a scored
 * word of their own sentence; an insight that introduces nothing scored still counts.
 */
export function framingInsights(
  context: LabelContext,
  terms: readonly string[],
  scored: readonly Scored[],
): Set<number> {
  const { insightFrames, selfFoundMarkers } = functionWordsIn[context.language];
  const framing = new Set<number>();
  // "ontdekte zelf dat …", "Zelf ontdekt: …": the word of finding it oneself, next to the frame, is part of it.
  const frame = (i: number): boolean =>
    insightFrames.has(terms[i]!) ||
    (selfFoundMarkers.has(terms[i]!) &&
      scored.some((other, j) => insightFrames.has(terms[j]!) && Math.abs(other.first - scored[i]!.first) <= 1));
  scored.forEach((word, i) => {
    if (word.sign <= 0 || !frame(i)) return;
    if (scored.some((other, j) => j !== i && other.sign !== 0 && other.first > word.first && !frame(j))) framing.add(i);
  });
  return framing;
}
