import { shareWeights } from './balance';
import type { Language, Sentence } from './types';

/** Which share: strength (against weakness) or coachee (against coach). */
export type ShareSide = 'strengthShare' | 'coacheeShare';

/**
 * How likely a share of these sentences lies below a threshold, given how sure the analysis is of each
 * sentence's label: the share is below t exactly when Σ words × ((1−t)·[for] − t·[against]) < 0, a sum
 * of independent per-sentence terms whose mean and variance follow from the probabilities (normal
 * approximation), each sentence weighed as the share counts it (shareWeights). Labels given without a
 * model are certain, and so is the answer.
 */
export function shareBelowProbability(
  sentences: readonly Pick<Sentence, 'words' | 'valence' | 'focus' | 'probability'>[],
  side: ShareSide,
  threshold: number,
): number {
  let mean = 0;
  let variance = 0;
  for (const sentence of sentences) {
    const { words } = sentence;
    const weights = shareWeights(sentence);
    const pFor = side === 'strengthShare' ? weights.strength : weights.coachee;
    const pAgainst = side === 'strengthShare' ? weights.weakness : weights.coach;
    const up = words * (1 - threshold);
    const down = -words * threshold;
    const m = up * pFor + down * pAgainst;
    mean += m;
    variance += up * up * pFor + down * down * pAgainst - m * m;
  }
  if (variance <= 1e-12) return mean < 0 ? 1 : 0;
  return normalCdf(-mean / Math.sqrt(variance));
}

/** Φ(x), by Abramowitz and Stegun 7.1.26 (error below 1.5e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const sureWords: Record<Language, [number, string][]> = {
  nl: [
    [0.99, 'vrijwel zeker'],
    [0.95, 'zeer waarschijnlijk'],
    [0.8, 'waarschijnlijk'],
    [0.6, 'eerder wel dan niet'],
    [0, 'onzeker'],
  ],
  en: [
    [0.99, 'almost certain'],
    [0.95, 'very likely'],
    [0.8, 'likely'],
    [0.6, 'more likely than not'],
    [0, 'uncertain'],
  ],
};

/** A probability as a coach reads it: "zeer waarschijnlijk", "likely", … */
export function sureInWords(probability: number, locale: Language): string {
  return sureWords[locale].find(([from]) => probability >= from)![1];
}
