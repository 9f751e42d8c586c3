import assert from 'node:assert/strict';
import { shareBelowProbability, sureInWords } from '../../../server/src/core/confidence';
import type { Sentence } from '../../../server/src/core/types';

type Weighed = Pick<Sentence, 'words' | 'valence' | 'focus' | 'probability'>;
// The label given is the model's most likely class, as where the model decides.
const sentence = (words: number, strength: number, weakness: number): Weighed => {
  const valence = { strength, weakness, neutral: 1 - strength - weakness };
  const label = Object.entries(valence).sort((a, b) => b[1] - a[1])[0]![0] as Sentence['valence'];
  return { words, valence: label, focus: 'coachee', probability: { valence, focus: { coachee: 1 }, signals: {} } };
};

describe('learned layer: how sure a share is', () => {
  it('is certain where every label is', () => {
    assert.equal(shareBelowProbability([sentence(10, 0, 1), sentence(10, 1, 0)], 'strengthShare', 0.6), 1);
    assert.equal(shareBelowProbability([sentence(10, 0, 1), sentence(10, 1, 0)], 'strengthShare', 0.4), 0);
  });
  it('grows less sure as the sentences’ labels do, and more sure with more sentences of the same kind', () => {
    const unsure = shareBelowProbability([sentence(10, 0.3, 0.6), sentence(10, 0.3, 0.6)], 'strengthShare', 0.35);
    const sure = shareBelowProbability([sentence(10, 0.05, 0.9), sentence(10, 0.05, 0.9)], 'strengthShare', 0.35);
    const many = shareBelowProbability(
      Array.from({ length: 20 }, () => sentence(10, 0.3, 0.6)),
      'strengthShare',
      0.35,
    );
    assert.ok(unsure > 0.5 && unsure < sure, `${unsure} < ${sure}`);
    assert.ok(many > unsure, `${many} > ${unsure}`);
    assert.ok(sure > 0.95, `${sure}`);
  });
  it('reads the coachee share from focus', () => {
    const coach: Weighed = {
      words: 10,
      valence: 'neutral',
      focus: 'coach',
      probability: { valence: {}, focus: { coach: 1 }, signals: {} },
    };
    assert.equal(shareBelowProbability([coach], 'coacheeShare', 0.5), 1);
    assert.equal(shareBelowProbability([coach], 'strengthShare', 0.5), 0);
  });
  it('takes a label the rules gave against the model as certain', () => {
    // The model leans to strength, but the label given is weakness (the rules stood): counted in full.
    const stood: Weighed = {
      words: 10,
      valence: 'weakness',
      focus: 'coachee',
      probability: { valence: { strength: 0.45, weakness: 0.35, neutral: 0.2 }, focus: { coachee: 1 }, signals: {} },
    };
    assert.equal(shareBelowProbability([stood], 'strengthShare', 0.35), 1);
  });
  it('says in words how sure it is, in both languages', () => {
    assert.deepEqual(
      [0.995, 0.96, 0.85, 0.65, 0.3].map((p) => sureInWords(p, 'en')),
      ['almost certain', 'very likely', 'likely', 'more likely than not', 'uncertain'],
    );
    assert.equal(sureInWords(0.96, 'nl'), 'zeer waarschijnlijk');
  });
});
