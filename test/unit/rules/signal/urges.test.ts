import assert from 'node:assert/strict';
// The coach noticing an urge and refraining is not the behaviour (rule 29); catching oneself doing it still is.
import { ruleLabel } from '../../../helpers';

describe('an urge the coach noticed', () => {
  it('carries no signal when the coach only wanted to, or was about to', () => {
    for (const sentence of [
      'I caught myself wanting to give her a script for the next one-to-one.',
      'I found myself wanting to explain the model again.',
      'I was about to give her a few tips when she came up with her own plan.',
      'Ik stond op het punt haar een tip te geven, maar ze kwam zelf met een idee.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
  });
  it('still signals what the coach caught themselves doing', () => {
    assert.deepEqual(ruleLabel('I caught myself explaining it again.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('I gave her a script for the next one-to-one.').signals, ['expert-role']);
  });
  it('a moment of attention missed is no holding back, and holding back denied after it stands', () => {
    assert.deepEqual(ruleLabel('I was so busy with my next question that I did not listen properly.').signals, [
      'intervention-focus',
    ]);
    assert.deepEqual(
      ruleLabel('I noticed I wanted to give advice, and I did not hear what she said next.').signals,
      [],
    );
    assert.deepEqual(ruleLabel('Ik merkte dat ik een tip wilde geven, en dat deed ik niet.').signals, []);
    assert.deepEqual(ruleLabel('Ik merkte dat ik een tip wilde geven, en dat deed ik ook.').signals, ['expert-role']);
  });
});
