import type { Focus, SignalName, Valence } from '../types';
import { spanWords, type Features } from './features';
import type { Word, WordRows } from '../words';

/**
 * The learned layer, as `npm run train` writes it (server/src/model/weights.json): logistic
 * regressions over a sentence's features, one softmax for valence, one for focus, one binary per signal.
 */
export interface ModelFile {
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
  /**
   * Per signal, from its cut-off up: `[probability, precision]`, the share of held-out sentences shown
   * the signal from that probability on that the labellers gave it too. Ascending by probability.
   */
  precision: Readonly<Partial<Record<SignalName, readonly (readonly [number, number])[]>>>;
  /**
   * Signals whose rules' finding stands where the model is below its cut-off, chosen on held-out voices
   * where that kept precision at 0.85 and raised F1: the held-out precision of those findings.
   */
  rulesStand?: Readonly<Partial<Record<SignalName, number>>>;
  /**
   * The rules' focus reasons (without the words they quote) where, on held-out voices, the model's
   * overrides were more often wrong than right: there the rules' focus stands.
   */
  focusRulesStand?: readonly string[];
  /**
   * Changes of valence, "weakness→neutral" (the rules' label, then the model's), that on held-out voices were
   * more often wrong than right: there the rules' valence stands.
   */
  valenceRulesStand?: readonly string[];
  weights: Readonly<Record<string, readonly number[]>>;
}

/** A model ready to read sentences: every feature's weights in one table, found by its name once per feature. */
export interface Model extends Omit<ModelFile, 'weights'> {
  /** Every feature's row of weights, one after another (a row is as wide as the classes and signals together). */
  table: Int16Array;
  /** Where each feature's row starts in the table. */
  rowOf: ReadonlyMap<string, number>;
  /** Every feature again by its prefix and its atom (see Features.parts). */
  parts: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

// The trainer writes whole thousandths (train.ts: round): kept as integers, sums are exact and a row is 26 bytes
// rather than 104, so the table a sentence reads from stays in the processor's caches.
const milli = 1000;

/**
 * Reads a model file into a model. One typed table rather than an array per row: a sentence reads some fifty
 * rows scattered over four thousand, and a row of its own sat behind two more pointers each time.
 */
export function prepareModel(file: ModelFile): Model {
  const entries = Object.entries(file.weights);
  const width = file.valence.length + file.focus.length + file.signals.length;
  const table = new Int16Array(entries.length * width);
  const rowOf = new Map<string, number>();
  const parts = new Map<string, Map<string, number>>();
  entries.forEach(([name, list], index) => {
    const at = index * width;
    for (let k = 0; k < width; k++) table[at + k] = thousandths(name, list[k]!);
    rowOf.set(name, at);
    // A two-piece feature ends in an atom after its prefix's last ':' or '_' (no atom holds either).
    const split = Math.max(name.lastIndexOf(':'), name.lastIndexOf('_')) + 1;
    if (split === 0 || split === name.length) return;
    const prefix = name.slice(0, split);
    if (!parts.has(prefix)) parts.set(prefix, new Map());
    parts.get(prefix)!.set(name.slice(split), at);
  });
  const { weights: _weights, ...rest } = file;
  return { ...rest, table, rowOf, parts };
}

function thousandths(name: string, weight: number): number {
  const whole = Math.round(weight * milli);
  if (Math.abs(whole - weight * milli) > 1e-6 || Math.abs(whole) > 0x7fff)
    throw new Error(`model weight of ${name} is not a whole thousandth within ±32.767: ${weight}`);
  return whole;
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
  const scores = new Int32Array(width);
  const { table } = model;
  // Rows found first, then summed: looking up and adding in turn took half as long again.
  const rows = rowsOf(model, features);
  for (let r = 0; r < rows.length; r++) {
    const at = rows[r]!;
    for (let k = 0; k < width; k++) scores[k]! += table[at + k]!;
  }
  const signals: Decided['signals'] = {};
  const signalStart = model.valence.length + model.focus.length;
  for (let s = 0; s < model.signals.length; s++) {
    const name = model.signals[s]!;
    const probability = 1 / (1 + Math.exp(-scores[signalStart + s]! / milli));
    signals[name] = { probability, shown: probability >= (model.cutoffs[name] ?? 1) };
  }
  return {
    valence: softmax(model.valence, scores, 0),
    focus: softmax(model.focus, scores, model.valence.length),
    signals,
  };
}

/** How often a signal shown at this probability was right on held-out voices, if the model knows. */
export function shownPrecision(model: Model, signal: SignalName, probability: number): number | undefined {
  let found: number | undefined;
  for (const [from, precision] of model.precision[signal] ?? []) if (probability >= from) found = precision;
  return found;
}

/** Where the rows of a sentence's features start in the table, for the features the model knows. */
function rowsOf(model: Model, features: Features): number[] {
  const { names, parts, context } = features;
  const rows: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const at = model.rowOf.get(names[i]!);
    if (at !== undefined) rows.push(at);
  }
  for (let i = 0; context && i < context.length; i++) {
    const at = model.rowOf.get(context[i]!);
    if (at !== undefined) rows.push(at);
  }
  for (let i = 0; i < parts.length; i += 2) {
    const at = model.parts.get(parts[i]!)?.get(parts[i + 1]!);
    if (at !== undefined) rows.push(at);
  }
  const { tokens } = features;
  for (let i = 0; features.wordsAfter !== undefined && i < tokens.length; i++) {
    const own = wordRows(model, tokens[i]!.word!);
    if (own.feature >= 0) rows.push(own.feature);
    const pair = i + 1 < tokens.length ? own.pairs?.get(tokens[i + 1]!.word!.stem) : undefined;
    if (pair !== undefined) rows.push(pair);
  }
  return rows;
}

/**
 * A word's rows in the model, kept on the word for the next sentence that holds it: found by its names once, not by
 * hashing them again in every sentence (a read-once report looked up two names a word).
 */
function wordRows(model: Model, word: Word): WordRows {
  if (word.rows?.model === model) return word.rows;
  const rows = { model, feature: model.rowOf.get(word.feature) ?? -1, pairs: model.parts.get(word.pairHead) };
  word.rows = rows;
  return rows;
}

/** The softmax of the columns from `start` on, one per class. */
function softmax<C extends string>(classes: readonly C[], scores: Int32Array, start: number): Decision<C> {
  let best = 0;
  for (let c = 1; c < classes.length; c++) if (scores[start + c]! > scores[start + best]!) best = c;
  let total = 0;
  for (let c = 0; c < classes.length; c++) total += Math.exp((scores[start + c]! - scores[start + best]!) / milli);
  // Filled key by key in the same order each time: one object shape, not a dictionary per sentence.
  const probabilities = {} as Record<C, number>;
  for (let c = 0; c < classes.length; c++)
    probabilities[classes[c]!] = Math.exp((scores[start + c]! - scores[start + best]!) / milli) / total;
  return { label: classes[best]!, probabilities };
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
  const { table } = model;
  const score = (row: number | undefined, first: number, last: number): void => {
    if (row === undefined || row < 0 || first < 0) return;
    let mean = 0;
    if (!binary) {
      for (let c = 0; c < group.length; c++) mean += table[row + start + c]! / milli;
      mean /= group.length;
    }
    const weight = table[row + column]! / milli - mean;
    if (weight > 0) scored.push({ word: spanWords(features, first, last), weight });
  };
  // In the order the sentence gave them (featureNames), so that of two as weighty the first stays first.
  const { names, nameSpans, parts, partSpans, tokens, wordsAfter } = features;
  const byName = (i: number): void => score(model.rowOf.get(names[i]!), nameSpans[2 * i]!, nameSpans[2 * i + 1]!);
  for (let i = 0; i < (wordsAfter ?? names.length); i++) byName(i);
  for (let i = 0; wordsAfter !== undefined && i < tokens.length; i++)
    score(wordRows(model, tokens[i]!.word!).feature, i, i);
  for (let i = wordsAfter ?? names.length; i < names.length; i++) byName(i);
  for (let i = 0; i < parts.length; i += 2)
    score(model.parts.get(parts[i]!)?.get(parts[i + 1]!), partSpans[i]!, partSpans[i + 1]!);
  for (let i = 0; wordsAfter !== undefined && i + 1 < tokens.length; i++)
    score(wordRows(model, tokens[i]!.word!).pairs?.get(tokens[i + 1]!.word!.stem), i, i + 1);
  scored.sort((a, b) => b.weight - a.weight);
  const words: string[] = [];
  for (const { word } of scored) {
    if (words.length === 3) break;
    if (!words.some((w) => w.includes(word) || word.includes(w))) words.push(word);
  }
  return words;
}
