// Proposing joint work ("I suggested we look at it together") advises the coachee nothing (rule 32): no expert-role
// and no advice without grounds; suggesting what she should do still is.
import assert from 'node:assert/strict';
import { inEnglish, label, ruleLabel } from '../../helpers';

describe('the coach proposing joint work', () => {
  it('is no advice, in both languages', () => {
    assert.deepEqual(
      ruleLabel(inEnglish('I suggested we look at the pattern together rather than label it.')).signals,
      [],
    );
    assert.deepEqual(ruleLabel(inEnglish('I suggested that we look at the pattern.')).signals, []);
    assert.ok(!ruleLabel('Ik stelde voor dat we samen naar het patroon kijken.').signals.includes('expert-role'));
  });

  it('leaves advice to the coachee advice', () => {
    assert.deepEqual(ruleLabel(inEnglish('I suggested she apply for the job.')).signals, [
      'expert-role',
      'ungrounded-interpretation',
    ]);
    assert.ok(ruleLabel('Ik stelde voor dat ze solliciteert.').signals.includes('expert-role'));
  });
});

describe('the learned layer beside a proposal of joint work', () => {
  it('shows no expert-role either: the mechanisms set the cue aside', () => {
    assert.ok(
      !label(inEnglish('I suggested we look at the pattern together rather than label it.')).signals.includes(
        'expert-role',
      ),
    );
  });
});
