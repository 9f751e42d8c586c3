// Logistic regression fitted by AdaGrad over sparse binary features, one example at a time in a fixed
// shuffled order. Hand-written: the npm packages (ml-logistic-regression, ml-matrix) take dense
// matrices, and 2,500 sentences × 10,000 features dense is 200 MB per fit where this needs a few.

/** One training example: the indices of its features and its class (or 0/1 for a binary model). */
export interface Row {
  features: readonly number[];
  target: number;
}

export interface FitOptions {
  /** L2 penalty per example on each weight the example touches (times the feature's own factor). */
  l2: number;
  epochs: number;
  rate: number;
  /** How much harder words and word pairs are held back than what the mechanisms found. */
  lexical: number;
  /** Fits on bootstrap samples of the rows averaged into one (bagging); 1: one fit on the rows as they are. */
  bags: number;
}

export const defaultFit: FitOptions = { l2: 0.002, epochs: 40, rate: 0.03, lexical: 20, bags: 10 };

/**
 * Fit options from "l2=0.004,lexical=10": the defaults where a key is not given; an unknown key or a value that is not
 * a positive number throws.
 */
export function fitOptionsFrom(spec: string): FitOptions {
  const options: FitOptions = { ...defaultFit };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, raw] = part.split('=');
    const value = Number(raw);
    if (!key || !(key in defaultFit))
      throw new Error(`--fit: unknown option "${key}" (known: ${Object.keys(defaultFit).join(', ')})`);
    if (!(value > 0)) throw new Error(`--fit: ${key} must be a positive number, not "${raw}"`);
    options[key as keyof FitOptions] = value;
  }
  return options;
}

/**
 * A softmax regression: `classes` weights per feature (a binary model is 1 class against 0). The same
 * rows in the same order give the same weights bit for bit: the shuffle is a fixed generator's.
 */
export function fitLogistic(
  rows: readonly Row[],
  penalties: Float64Array,
  classes: number,
  options: FitOptions = defaultFit,
): Float64Array {
  const bags = Math.max(1, Math.round(options.bags));
  if (bags === 1) return fitRows(rows, penalties, classes, options);
  // A linear model's weights averaged over bags: its scores are the bagged fits' scores averaged.
  const sum = new Float64Array(penalties.length * classes);
  for (let bag = 0; bag < bags; bag++) {
    const weights = fitRows(bootstrap(rows, bag), penalties, classes, options);
    for (let k = 0; k < sum.length; k++) sum[k]! += weights[k]! / bags;
  }
  return sum;
}

/** As many rows as given, drawn with replacement by a fixed generator: the same rows and bag, the same sample. */
function bootstrap(rows: readonly Row[], bag: number): Row[] {
  let state = (20_261_204 + bag * 7_919) >>> 0;
  return rows.map(() => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return rows[state % rows.length]!;
  });
}

function fitRows(rows: readonly Row[], penalties: Float64Array, classes: number, options: FitOptions): Float64Array {
  const featureCount = penalties.length;
  const binary = classes === 1;
  const weights = new Float64Array(featureCount * classes);
  const squared = new Float64Array(featureCount * classes).fill(1e-8);
  const scores = new Float64Array(classes);
  const order = shuffled(rows.length);
  const step = (k: number, gradient: number): void => {
    const g = gradient + options.l2 * penalties[(k / classes) | 0]! * weights[k]!;
    squared[k]! += g * g;
    weights[k]! -= (options.rate * g) / Math.sqrt(squared[k]!);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const r of order) {
      const row = rows[r]!;
      scores.fill(0);
      for (const f of row.features) for (let c = 0; c < classes; c++) scores[c]! += weights[f * classes + c]!;
      if (binary) {
        const error = 1 / (1 + Math.exp(-scores[0]!)) - row.target;
        for (const f of row.features) step(f, error);
        continue;
      }
      let top = -Infinity;
      for (let c = 0; c < classes; c++) top = Math.max(top, scores[c]!);
      let total = 0;
      for (let c = 0; c < classes; c++) total += scores[c] = Math.exp(scores[c]! - top);
      for (let c = 0; c < classes; c++) {
        const error = scores[c]! / total - (row.target === c ? 1 : 0);
        for (const f of row.features) step(f * classes + c, error);
      }
    }
  }
  return weights;
}

/** 0 … n-1 in an order fixed by a linear congruential generator: the same n, the same order. */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = 20_261_202;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
