import type { Focus, SignalName, Valence } from '../types';
import type { Features } from './features';

/**
 * The learned layer, as `npm run train` writes it (server/src/model/weights.json): logistic
 * regressions over a sentence's features, one softmax for valence, one for focus, one binary per signal.
 */
export interface Model {
  version: number;
  /**
   * How sure the model must be of another label than the rules' to give it (chosen on the worst
   * held-out voice; above 1, the rules always decide).
   */
  trust: { valence: number; focus: number };
  /** The columns of each feature's weights: the valence classes, the focus classes, then the signals. */
  valence: readonly Valence[];
  focus: readonly Focus[];
  signals: readonly SignalName[];
  /**
   * The probability from which a signal is shown, chosen for precision on held-out voices; a signal
   * without one (or above 1) is left to the rules.
   */
  cutoffs: Readonly<Partial<Record<SignalName, number>>>;
  weights: Readonly<Record<string, readonly number[]>>;
}

/** One decision: the label and every class's probability. */
export interface Decision<C extends string> {
  label: C;
  probabilities: Record<C, number>;
}

/** The learned layer's reading of one sentence. */
export interface Decided {
  valence: Decision<Valence>;
  focus: Decision<Focus>;
  /** Per signal, the probability that the sentence carries it, and whether that reaches its cut-off. */
  signals: Partial<Record<SignalName, { probability: number; shown: boolean }>>;
}

/** Every decision of the learned layer for one sentence. */
export function decide(model: Model, features: Features): Decided {
  const width = model.valence.length + model.focus.length + model.signals.length;
  const scores = new Float64Array(width);
  for (const name of features.names) {
    const row = model.weights[name];
    if (row) for (let k = 0; k < width; k++) scores[k]! += row[k]!;
  }
  const signals: Decided['signals'] = {};
  const signalStart = model.valence.length + model.focus.length;
  model.signals.forEach((name, s) => {
    const probability = 1 / (1 + Math.exp(-scores[signalStart + s]!));
    signals[name] = { probability, shown: probability >= (model.cutoffs[name] ?? 1) };
  });
  return { valence: softmax(model.valence, scores, 0), focus: softmax(model.focus, scores, model.valence.length), signals };
}

/** The softmax of the columns from `start` on, one per class. */
function softmax<C extends string>(classes: readonly C[], scores: Float64Array, start: number): Decision<C> {
  let best = 0;
  for (let c = 1; c < classes.length; c++) if (scores[start + c]! > scores[start + best]!) best = c;
  let total = 0;
  const exps = classes.map((_, c) => Math.exp(scores[start + c]! - scores[start + best]!));
  for (const e of exps) total += e;
  return { label: classes[best]!, probabilities: Object.fromEntries(classes.map((cls, c) => [cls, exps[c]! / total])) as Record<C, number> };
}

/**
 * The (at most three) distinct words whose features pushed hardest towards a label: for a class, by
 * how much more a feature adds to it than to the decision's classes on average.
 */
export function weightiestWords(model: Model, features: Features, label: Valence | Focus | SignalName): string[] {
  const decisions: (readonly string[])[] = [model.valence, model.focus, model.signals];
  let start = 0;
  let group: readonly string[] = [];
  for (const classes of decisions) {
    if (classes.includes(label)) {
      group = classes;
      break;
    }
    start += classes.length;
  }
  const column = start + group.indexOf(label);
  const binary = group === model.signals;
  const scored: { word: string; weight: number }[] = [];
  features.names.forEach((name, i) => {
    const row = model.weights[name];
    const word = features.words[i]!;
    if (!row || word === '') return;
    let mean = 0;
    if (!binary) {
      for (let c = 0; c < group.length; c++) mean += row[start + c]!;
      mean /= group.length;
    }
    const weight = row[column]! - mean;
    if (weight > 0) scored.push({ word, weight });
  });
  scored.sort((a, b) => b.weight - a.weight);
  const words: string[] = [];
  for (const { word } of scored) {
    if (words.length === 3) break;
    if (!words.some((w) => w.includes(word) || word.includes(w))) words.push(word);
  }
  return words;
}
