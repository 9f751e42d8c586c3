// In progress notes the coach names themselves in the third person: "The coach observed that …" is a frame of
// perception that hands focus on (rule 19); "It is the coach's impression that …", "Volgens de coach …" a frame of
// opinion, the coach's, and a reading without grounds (rule 33).
import assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('the coach named in a frame', () => {
  it('hands a perception on to the coachee', () => {
    const seen = ruleLabel(
      inEnglish('The coach observed that she speaks more slowly and with more pauses when work pressure is discussed.'),
    );
    assert.deepEqual([seen.valence, seen.focus], ['weakness', 'coachee']);
    assert.equal(ruleLabel('De coach zag dat ze stiller werd toen het over haar vader ging.').focus, 'coachee');
  });

  it('keeps an opinion the coach’s, a reading without grounds', () => {
    const opinion = ruleLabel(
      inEnglish("It is the coach's impression that she tends to put others' needs before her own."),
    );
    assert.deepEqual([opinion.focus, opinion.signals], ['coach', ['ungrounded-interpretation']]);
    const dutch = ruleLabel('Volgens de coach is ze een perfectionist.');
    assert.deepEqual([dutch.focus, dutch.signals], ['coach', ['ungrounded-interpretation']]);
    // Someone else's opinion of her is her situation (rule 24).
    assert.equal(ruleLabel('Volgens haar manager is ze een perfectionist.').focus, 'coachee');
  });
});
