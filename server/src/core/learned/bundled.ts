import weights from '../../model/weights.json';
import { prepareModel } from './model';

/** The learned layer shipped with Kracht (npm run train), read once when the core loads: never changed. */
export const bundledModel = prepareModel(weights);
