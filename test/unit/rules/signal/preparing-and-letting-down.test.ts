import assert from 'node:assert/strict';
// Preparing at length is working hard (rule 30); the coachee's failure counted as letting them down is the
// coach taking the outcome on (rule 36). A third party letting the coachee down is neither.
import { ruleLabel } from '../../../helpers';

describe('preparing at length and letting the coachee down', () => {
  it('reads preparing for hours and reading up as working hard, in both languages', () => {
    for (const sentence of [
      'In the last three sessions I noticed I was preparing for hours beforehand, reading up on recovery models.',
      'Ik heb me de hele week ingelezen in burn-outherstel.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, ['working-hard'], sentence);
  });
  it('reads the coach letting the coachee down as outcome-responsibility, not a third party doing so', () => {
    assert.deepEqual(
      ruleLabel('I keep thinking that if she does not go back by September, I will have let her down.').signals,
      ['outcome-responsibility'],
    );
    assert.deepEqual(ruleLabel('Ik ben bang dat ik haar tekortgedaan heb.').signals, ['outcome-responsibility']);
    assert.deepEqual(ruleLabel('She felt her manager had let her down.').signals, []);
  });
});
