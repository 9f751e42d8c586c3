import assert from 'node:assert/strict';
// The coach rescuing the coachee or doing the heavy lifting is working too hard (rule 30); the coachee rescuing a
// project is her achievement.
import { ruleLabel } from '../../helpers';

describe('the coach rescuing', () => {
  it('is working hard, in both languages', () => {
    for (const sentence of [
      'Looking back, I was doing the heavy lifting.',
      'Every instinct told me to rescue him from the silence.',
      'Achteraf deed ik het zware werk.',
      'Ik wilde haar redden uit die stilte.',
    ])
      assert.ok(ruleLabel(sentence).signals.includes('working-hard'), sentence);
  });
  it('is not the coachee rescuing a project, which is her achievement', () => {
    const label = ruleLabel('She rescued the project in the end.');
    assert.deepEqual(label.signals, []);
    assert.equal(label.valence, 'strength');
  });
});
