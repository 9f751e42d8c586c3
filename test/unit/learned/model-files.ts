import type { ModelFile } from '../../../server/src/core/learned/model';
import { signalNames } from '../../../server/src/core/types';

/** A model file for tests: the classes and signals as shipped, no cut-offs or precision unless given. */
export function modelFile(parts: Pick<ModelFile, 'trust' | 'weights'> & Partial<ModelFile>): ModelFile {
  return {
    version: 1,
    valence: ['strength', 'weakness', 'neutral'],
    focus: ['coach', 'coachee', 'neutral'],
    signals: signalNames,
    cutoffs: {},
    precision: {},
    ...parts,
  };
}
