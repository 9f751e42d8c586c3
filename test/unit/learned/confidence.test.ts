import assert from 'node:assert/strict';
import { shareBelowProbability, sureInWords } from '../../../server/src/core/confidence';
import type { Sentence } from '../../../server/src/core/types';

const sentence = (words: number, strength: number, weakness: number): Pick<Sentence, 'words' | 'probability'> => ({
  words,
  probability: { valence: { strength, weakness, neutral: 1 - strength - weakness }, focus: { coachee: 1 }, signals: {} },
});

describe('learned layer: how sure a share is', () => {
  it('is certain where every label is', () => {
    assert.equal(shareBelowProbability([sentence(10, 0, 1), sentence(10, 1, 0)], 'strengthShare', 0.6), 1);
    assert.equal(shareBelowProbability([sentence(10, 0, 1), sentence(10, 1, 0)], 'strengthShare', 0.4), 0);
  });
  it('grows less sure as the sentences’ labels do, and more sure with more sentences of the same kind', () => {
    const unsure = shareBelowProbability([sentence(10, 0.3, 0.6), sentence(10, 0.3, 0.6)], 'strengthShare', 0.35);
    const sure = shareBelowProbability([sentence(10, 0.05, 0.9), sentence(10, 0.05, 0.9)], 'strengthShare', 0.35);
    const many = shareBelowProbability(Array.from({ length: 20 }, () => sentence(10, 0.3, 0.6)), 'strengthShare', 0.35);
    assert.ok(unsure > 0.5 && unsure < sure, `${unsure} < ${sure}`);
    assert.ok(many > unsure, `${many} > ${unsure}`);
    assert.ok(sure > 0.95, `${sure}`);
  });
  it('reads the coachee share from focus', () => {
    const coach = { words: 10, probability: { valence: {}, focus: { coach: 1 }, signals: {} } };
    assert.equal(shareBelowProbability([coach], 'coacheeShare', 0.5), 1);
    assert.equal(shareBelowProbability([coach], 'strengthShare', 0.5), 0);
  });
  it('says in words how sure it is, in both languages', () => {
    assert.deepEqual([0.995, 0.96, 0.85, 0.65, 0.3].map((p) => sureInWords(p, 'en')), ['almost certain', 'very likely', 'likely', 'more likely than not', 'uncertain']);
    assert.equal(sureInWords(0.96, 'nl'), 'zeer waarschijnlijk');
  });
});
