// Whose problem a sentence about the coach names is grammar the model's words cannot see (rule 8): there the rules'
// weakness stands against the model's neutral; in a sentence about the coachee the model may still change it.
import assert from 'node:assert/strict';
import { prepareModel, type Model } from '../../../server/src/core/learned/model';
import { analyzeReport } from '../../../server/src/kracht';
import { defaultSettings } from '../../../server/src/core/settings';
import { signalNames } from '../../../server/src/core/types';
import { inEnglish } from '../../helpers';
import { modelFile } from './model-files';

/** A model sure every sentence is neutral, and of nothing else. */
function neutralModel(): Model {
  return prepareModel(
    modelFile({
      trust: { valence: 0.5, focus: 1.01 },
      weights: { bias: [0, 0, 6, 0, 0, 0, ...signalNames.map(() => -4)] },
    }),
  );
}

const valenceOf = (text: string, model: Model | null): string =>
  analyzeReport(inEnglish(text), defaultSettings, { model }).sentences[0]!.valence;

describe('learned layer: the rules’ weakness in a sentence about the coach', () => {
  it('stands against the model’s neutral', () => {
    const text = 'I then explained the cost of avoidance again.';
    assert.equal(valenceOf(text, null), 'weakness');
    assert.equal(valenceOf(text, neutralModel()), 'weakness');
  });
  it('gives way to it in a sentence about the coachee', () => {
    const text = 'She avoids the conversation with her manager.';
    assert.equal(valenceOf(text, null), 'weakness');
    assert.equal(valenceOf(text, neutralModel()), 'neutral');
  });
});
