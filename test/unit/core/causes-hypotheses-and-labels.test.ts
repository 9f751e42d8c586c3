// A speculative cause, the coach's hypothesis and a diagnosis-like label are interpretations (rule 33).
import assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('an interpretation told as a cause, a hypothesis or a label', () => {
  it('is ungrounded when nothing is named for it, in both languages', () => {
    for (const text of [
      inEnglish('Her anxiety probably stems from her previous job.'),
      'Haar angst komt waarschijnlijk voort uit haar vorige baan.',
      inEnglish('My hypothesis is that he is afraid of being rejected.'),
      'Mijn hypothese is dat hij bang is om afgewezen te worden.',
      inEnglish('She has a fear of commitment.'),
      'Ze heeft bindingsangst.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['ungrounded-interpretation'], text);
  });
  it('but not where the coachee tells the cause herself', () => {
    assert.deepEqual(ruleLabel('Ze vertelde dat haar angst voortkomt uit haar vorige baan.').signals, []);
  });
});
