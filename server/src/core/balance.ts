import type { Balance, Sentence } from './types';

/** Word counts per class and the two shares over a set of sentences. */
export function balanceOf(sentences: readonly Pick<Sentence, 'words' | 'valence' | 'focus'>[]): Balance {
  let strengthWords = 0;
  let weaknessWords = 0;
  let coachWords = 0;
  let coacheeWords = 0;
  for (const sentence of sentences) {
    if (sentence.valence === 'strength') strengthWords += sentence.words;
    else if (sentence.valence === 'weakness') weaknessWords += sentence.words;
    if (sentence.focus === 'coach') coachWords += sentence.words;
    else if (sentence.focus === 'coachee') coacheeWords += sentence.words;
  }
  return {
    strengthWords,
    weaknessWords,
    coachWords,
    coacheeWords,
    strengthShare: share(strengthWords, weaknessWords),
    coacheeShare: share(coacheeWords, coachWords),
  };
}

/** a / (a + b), rounded to three decimals; null when both are zero. */
export function share(a: number, b: number): number | null {
  return a + b === 0 ? null : Math.round((a / (a + b)) * 1000) / 1000;
}

