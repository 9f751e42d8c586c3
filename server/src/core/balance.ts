import type { Balance, Sentence } from './types';

type Counted = Pick<Sentence, 'words' | 'valence' | 'focus'> & Partial<Pick<Sentence, 'probability'>>;

/** How much of a sentence's words each side of the shares counts, each between 0 and 1. */
export interface ShareWeights {
  strength: number;
  weakness: number;
  coach: number;
  coachee: number;
}

/**
 * A sentence counts for the shares by how sure the analysis is of it: the model's probabilities where its
 * most likely class is the label given, and the label in full where the label was decided against the
 * model (the rules stood, a sentence neutral by kind) or without one. A sentence shown as neutral counts
 * for neither side, as the coach reads it. Held out by voice, this expected share came closer to the
 * labellers' than counting labels (docs/quality.md).
 */
export function shareWeights(sentence: Counted): ShareWeights {
  const valence = sentence.valence === 'neutral' ? none : sureOf(sentence.valence, sentence.probability?.valence);
  const focus = sentence.focus === 'neutral' ? none : sureOf(sentence.focus, sentence.probability?.focus);
  return {
    strength: valence.strength ?? 0,
    weakness: valence.weakness ?? 0,
    coach: focus.coach ?? 0,
    coachee: focus.coachee ?? 0,
  };
}

const none: Readonly<Record<string, number>> = Object.freeze({});

// Read for every sentence on every analysis, a keystroke's included: no arrays made for it.
function sureOf(
  label: string,
  probabilities: Readonly<Record<string, number>> | undefined,
): Readonly<Record<string, number>> {
  if (!probabilities) return { [label]: 1 };
  let best: string | null = null;
  for (const name in probabilities) if (best === null || probabilities[name]! > probabilities[best]!) best = name;
  return best === label ? probabilities : { [label]: 1 };
}

/** Word counts per class (expected, by shareWeights) and the two shares over a set of sentences. */
export function balanceOf(sentences: readonly Counted[]): Balance {
  let strengthWords = 0;
  let weaknessWords = 0;
  let coachWords = 0;
  let coacheeWords = 0;
  // A share needs a sentence labelled on one of its sides: a report of neutral sentences has none ("–").
  let valenced = false;
  let focused = false;
  for (const sentence of sentences) {
    valenced ||= sentence.valence !== 'neutral';
    focused ||= sentence.focus !== 'neutral';
    const weights = shareWeights(sentence);
    strengthWords += sentence.words * weights.strength;
    weaknessWords += sentence.words * weights.weakness;
    coachWords += sentence.words * weights.coach;
    coacheeWords += sentence.words * weights.coachee;
  }
  return {
    strengthWords: tenths(strengthWords),
    weaknessWords: tenths(weaknessWords),
    coachWords: tenths(coachWords),
    coacheeWords: tenths(coacheeWords),
    strengthShare: valenced ? share(strengthWords, weaknessWords) : null,
    coacheeShare: focused ? share(coacheeWords, coachWords) : null,
  };
}

// Expected word counts: a tenth of a word is as fine as a count a reader needs.
function tenths(count: number): number {
  return Math.round(count * 10) / 10;
}

/** a / (a + b), rounded to three decimals; null when both are zero. */
export function share(a: number, b: number): number | null {
  return a + b < 1e-9 ? null : Math.round((a / (a + b)) * 1000) / 1000;
}
