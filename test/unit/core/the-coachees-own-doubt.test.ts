// The coachee wondering or doubting whether she is up to something tells her own doubt: no interpretation of the
// coach's (rule 33), while the coach wondering the same is one.
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
});
