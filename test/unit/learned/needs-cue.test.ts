// The model may show expert-role and resistance framing only beside a cue of theirs: the words of rules 32 and 35,
// or the rules' own finding; and not expert-role in a sentence the rules read as the coachee's own acts. A coachee who
// rewrote his own CV is no coach giving answers, however a voice's words taught the model otherwise.
import assert from 'node:assert/strict';
import { prepareModel, type Model } from '../../../server/src/core/learned/model';
import { analyzeReport } from '../../../server/src/kracht';
import { defaultSettings } from '../../../server/src/core/settings';
import { signalNames, type SignalName } from '../../../server/src/core/types';
import { modelFile } from './model-files';
import { inEnglish } from '../../helpers';

/** A model sure of one signal in every sentence. */
function alwaysSure(signal: SignalName): Model {
  const row = [0, 0, 0, 0, 0, 0, ...signalNames.map((s) => (s === signal ? 9 : -4))];
  return prepareModel(
    modelFile({ trust: { valence: 1.01, focus: 1.01 }, cutoffs: { [signal]: 0.5 }, weights: { bias: row } }),
  );
}

/** A model sure of one signal wherever one word stands. */
function modelOf(word: string, signal: SignalName): Model {
  const row = (weight: number): number[] => [0, 0, 0, 0, 0, 0, ...signalNames.map((s) => (s === signal ? weight : -4))];
  return prepareModel(
    modelFile({
      trust: { valence: 1.01, focus: 1.01 },
      cutoffs: { [signal]: 0.5 },
      weights: { bias: row(-4), [word]: row(9) },
    }),
  );
}

const shown = (text: string, model: Model): string[] =>
  analyzeReport(text, defaultSettings, { model }).sentences[0]!.signals;

describe('learned layer: signals that need a cue', () => {
  it('shows no expert-role on the model’s words alone', () => {
    const model = modelOf('w:en:cv', 'expert-role');
    assert.deepEqual(shown('He rewrote his CV and sent off two applications.', model), []);
    assert.ok(shown('I gave him advice on his CV.', model).includes('expert-role'));
  });

  it('shows no resistance framed on the model’s words alone', () => {
    const model = modelOf('w:nl:huiswerk', 'resistance-framing');
    assert.deepEqual(shown('Ze heeft haar huiswerk gemaakt.', model), []);
    assert.deepEqual(shown('Haar weerstand tegen het huiswerk moet ik doorbreken.', model), ['resistance-framing']);
  });

  it('shows no expert-role where the coach hands the question back and the rules found none (rules 29, 32)', () => {
    const model = modelOf('w:en:ask', 'expert-role');
    const handedBack = 'When he asked what I would do, I handed the question back to him.';
    assert.deepEqual(shown(handedBack, model), []);
    assert.ok(shown('He asked me what I would do.', model).includes('expert-role'));
  });
  it('shows no intervention-focus where its only cue is a fear the coachee’s word owns', () => {
    const model = modelOf('w:en:fear', 'intervention-focus');
    assert.deepEqual(shown('I explored his fear of making mistakes.', model), []);
    assert.ok(shown('My fear of making mistakes held me back.', model).includes('intervention-focus'));
  });

  it('shows no ungrounded interpretation where the sentence names its ground (rule 33)', () => {
    const model = modelOf('w:en:cautious', 'ungrounded-interpretation');
    const grounded = inEnglish('She is cautious with new people, because she told me she was bullied at school.');
    assert.deepEqual(shown(grounded, model), []);
    assert.ok(shown(inEnglish('She is cautious with new people.'), model).includes('ungrounded-interpretation'));
  });

  it('shows no ungrounded interpretation in a sentence that opens pointing back at what was told (rule 33)', () => {
    const model = modelOf('w:nl:gedrag', 'ungrounded-interpretation');
    assert.deepEqual(shown('Dit gedrag moet eerst veranderen.', model), []);
    assert.ok(shown('Zijn gedrag moet eerst veranderen.', model).includes('ungrounded-interpretation'));
  });

  it('shows no working-hard for a product delivered or a model introduced alone, only beside its words (rules 30, 32)', () => {
    const model = alwaysSure('working-hard');
    assert.deepEqual(shown('Ik heb de inleiding van zijn artikel voor hem herschreven.', model), ['expert-role']);
    assert.deepEqual(shown('The coach introduced the Eisenhower matrix.', model), []);
    assert.deepEqual(shown('I offered to look over her cover letter before she sends it.', model), ['expert-role']);
    assert.deepEqual(shown('Last night I read up on her sector.', model), ['working-hard']);
    assert.deepEqual(shown('Ik heb het haar gisteravond nog een keer uitgelegd, met een tekening.', model), [
      'working-hard',
    ]);
  });

  it('shows no ungrounded interpretation where advice is named but not given, only expert-role (rule 33)', () => {
    const model = alwaysSure('ungrounded-interpretation');
    assert.deepEqual(shown('Ik heb haar een paar tips gegeven voor de ouderavond.', model), ['expert-role']);
    assert.deepEqual(shown('Gave tips re. email triage.', model), ['expert-role']);
    assert.deepEqual(shown('I advised her to take a week off.', model).sort(), [
      'expert-role',
      'ungrounded-interpretation',
    ]);
  });
});
