// Logistic regression fitted by AdaGrad over sparse binary features, one example at a time in a fixed
// shuffled order. Hand-written: the npm packages (ml-logistic-regression, ml-matrix) take dense
// matrices, and 2,500 sentences × 10,000 features dense is 200 MB per fit where this needs a few.

/**
 * One training example: the indices of its features, its class (or 0/1 for a binary model) and, where it has one, a
 * key that names it whatever the other rows are (its report and text): its bootstrap draws and its place in the
 * order follow from the key, so that adding, dropping or splitting one sentence leaves the others' as they were.
 */
export interface Row {
  features: readonly number[];
  target: number;
  key?: number;
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
  if (bags === 1) return fitRows(rows, penalties, classes, options, 0);
  // A linear model's weights averaged over bags: its scores are the bagged fits' scores averaged.
  const sum = new Float64Array(penalties.length * classes);
  for (let bag = 0; bag < bags; bag++) {
    // Each bag in an order of its own: the order's noise averages out with the sample's.
    const weights = fitRows(bootstrap(rows, bag), penalties, classes, options, bag);
    for (let k = 0; k < sum.length; k++) sum[k]! += weights[k]! / bags;
  }
  return sum;
}

/**
 * A bootstrap sample drawn row by row (Poisson bootstrap): each row is in it 0, 1, 2 … times, as often as a Poisson(1)
 * draw from its key and the bag says, the same however many other rows there are.
 */
export function bootstrap(rows: readonly Row[], bag: number): Row[] {
  const sample: Row[] = [];
  rows.forEach((row, i) => {
    const uniform = mix(mix(row.key ?? i) ^ Math.imul(0x9e3779b9, bag + 1)) / 4_294_967_296;
    let count = 0;
    let cumulative = poisson[0]!;
    while (uniform >= cumulative && count < poisson.length - 1) cumulative += poisson[++count]!;
    for (let c = 0; c < count; c++) sample.push(row);
  });
  return sample;
}

// P(k) of a Poisson(1) draw for k = 0 … 7 (the rest, under 1e-5, goes to 7).
const poisson = Array.from({ length: 8 }, (_, k) => Math.exp(-1) / [1, 1, 2, 6, 24, 120, 720, 5040][k]!);

/** A 32-bit mix of a whole number (murmur3's finaliser): nearby keys land far apart. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function fitRows(
  rows: readonly Row[],
  penalties: Float64Array,
  classes: number,
  options: FitOptions,
  orderSeed: number,
): Float64Array {
  const featureCount = penalties.length;
  const binary = classes === 1;
  const weights = new Float64Array(featureCount * classes);
  const squared = new Float64Array(featureCount * classes).fill(1e-8);
  const scores = new Float64Array(classes);
  const order = shuffled(rows, orderSeed);
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

/** The rows' indices in an order fixed by their keys (their indices where they have none) and the seed. */
export function shuffled(rows: readonly Row[], seed: number): number[] {
  const salt = mix(20_261_202 + seed);
  const rank = rows.map((row, i) => mix((row.key ?? i) ^ salt));
  return rows.map((_, i) => i).sort((a, b) => rank[a]! - rank[b]! || a - b);
}
