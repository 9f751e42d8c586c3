// A problem the coach explains, asks about or reads into the coachee is the coachee's matter in what the coach says
// of them (rules 7, 8); the coach's own is not. Getting round the coachee's avoidance is resistance framed (rule 35);
// the coachee finding a way round a problem copes with it (rule 9).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a problem the coach names', () => {
  it('is a problem, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('I then explained the cost of avoidance again.'),
        inEnglish('I read that as avoidance.'),
        'Ik heb het vermijdingsgedrag nog eens uitgelegd.',
      ],
      'valence',
      'weakness',
    );
  });
  it('is not a problem where it is the coach’s own, or a concept explained', () => {
    assert.equal(ruleLabel(inEnglish('I explained my doubt about the timing.')).valence, 'neutral');
    assert.equal(ruleLabel(inEnglish('First I explained the growth mindset idea.')).valence, 'neutral');
  });
});

describe('a way round', () => {
  it('is resistance framed where the coach is to find it round the coachee’s wall', () => {
    assert.deepEqual(ruleLabel(inEnglish('I will have to find a way round his avoidance first.')).signals, [
      'resistance-framing',
    ]);
  });
  it('is coping where the coachee found it round a problem', () => {
    const label = ruleLabel(inEnglish('She found a way around the scheduling problem.'));
    assert.equal(label.valence, 'strength');
    assert.deepEqual(label.signals, []);
  });
});
