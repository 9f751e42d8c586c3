// The type of weights.json (written by npm run train), so that the type-check need not infer it from
// thousands of lines.
import type { ModelFile } from '../core/learned/model';

declare const model: ModelFile;
export default model;
