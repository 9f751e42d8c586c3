// The coachee wondering or doubting whether she is up to something tells her own doubt, and asking the coach whether
// she is, what she asks for: no interpretation of the coach's (rule 33), while the coach wondering the same is one.
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a doubt about the coachee', () => {
  it('is no interpretation when it is her own', () => {
    for (const text of [
      inEnglish('She wonders whether she is cut out for management.'),
      inEnglish('He doubted he was cut out for the job.'),
    ])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });

  it('is one when the coach wonders', () => {
    assert.deepEqual(ruleLabel(inEnglish('I wondered whether he is cut out for management.')).signals, [
      'ungrounded-interpretation',
    ]);
  });

  it('is what she asks for inside her ask to the coach, not one the coach makes', () => {
    assert.deepEqual(ruleLabel(inEnglish('She asked whether I think she is cut out for it.')).signals, ['expert-role']);
    assert.deepEqual(ruleLabel(inEnglish('He asked me what to do, and I think he is cut out for it.')).signals.sort(), [
      'expert-role',
      'ungrounded-interpretation',
    ]);
  });
});
