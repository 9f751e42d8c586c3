// The type of weights.json (written by npm run train), so that the type-check need not infer it from
// thousands of lines.
import type { Model } from '../core/learned/model';

declare const model: Model;
export default model;
