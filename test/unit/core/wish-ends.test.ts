// A wish of the coach's ends before a main clause joined on with a subject of its own, which says what it says
// (rule 8): "Ik hoop echt dat ze die baan krijgt, ze verdient het".
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a main clause after the coach’s wish', () => {
  it('tells the coachee’s strength, in both languages', () => {
    const dutch = ruleLabel('Ik hoop echt dat ze die baan krijgt, ze verdient het.');
    assert.deepEqual([dutch.valence, ...dutch.signals], ['strength', 'outcome-responsibility']);
    const english = ruleLabel(inEnglish('I really hope she gets the job, she deserves it.'));
    assert.deepEqual([english.valence, ...english.signals], ['strength', 'outcome-responsibility']);
  });

  it('while a success only wished stays no strength of hers', () => {
    assert.equal(ruleLabel('Ik hoop echt dat ze die baan krijgt en dat ze slaagt.').valence, 'neutral');
  });
});
