import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import { negatingClasses, type Parsed, type Person } from './parsed';

// By first word: a sentence's words look up the frames they may open rather than trying every frame.
const framesByFirst: ReadonlyMap<string, readonly (readonly string[])[]> = byFirstWord([
  ...functionWords.doubtFrames,
  ...functionWords.difficultyFrames,
]);

/**
 * "He doubts whether he is good enough", "Ze twijfelt of ze het wel kan": a quality asked about in a frame of doubt
 * is doubted, and doubt and insecurity are problems (rule 8); "She finds it hard to ask for help", "struggles to
 * delegate": one named after a frame of difficulty is what she cannot yet do, a problem too. The indices of the
 * strengths so turned: those after the frame up to a clause that turns ("…, but she applied anyway" stays hers);
 * none where the doubt itself is negated ("no longer doubts whether"), and of the coach's own doubt only the coachee's
 * qualities (rule 8: "I was doubting whether three tips was right" is the coach's side).
 */
export function doubtedQualities(
  parsed: Parsed,
  scored: readonly Scored[],
  effective: readonly (Person | null)[],
): Set<number> {
  const turned = new Set<number>();
  if (!scored.some((word) => word.sign > 0)) return turned;
  const { tokens, clauses } = parsed;
  for (let t = 0; t < tokens.length; t++) {
    const frame = framesByFirst
      .get(tokens[t]!.norm)
      ?.find((words) => words.every((word, k) => tokens[t + k]?.norm === word));
    if (!frame) continue;
    const end = t + frame.length - 1;
    // The coach's doubt turns only a quality of the coachee's ("I wondered whether she is still committed"), not the
    // fit of the coach's own act ("I was doubting whether three tips was right", rule 8).
    const coachDoubts = effective[clauses.findIndex((c) => t >= c.first && t <= c.last)] === 'coach';
    const hers = (first: number): boolean =>
      effective[clauses.findIndex((c) => first >= c.first && first <= c.last)] === 'coachee';
    // "no longer has any difficulty with": the denial may stand a verb and a determiner before the frame.
    if (parsed.focus.some((hit) => negatingClasses.has(hit.cls) && hit.last < t && t - hit.last <= 3)) continue;
    const opened = clauses.findIndex((c) => end + 1 >= c.first && end + 1 <= c.last);
    const turn = clauses.findIndex((c, i) => i > opened && (c.kind === 'contrast' || c.kind === 'concessive'));
    const until = turn < 0 ? tokens.length : clauses[turn]!.first;
    scored.forEach((word, index) => {
      if (word.sign > 0 && word.first > end && word.first < until && (!coachDoubts || hers(word.first)))
        turned.add(index);
    });
  }
  return turned;
}

function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
  }
  return index;
}
