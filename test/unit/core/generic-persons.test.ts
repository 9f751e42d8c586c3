import assert from 'node:assert/strict';
// People in general are no coachee (kind 4 of issue 15): what a clause says of "iemand" or "someone" is no
// strength or problem of the coachee's, unless it is said of them ("iemand heeft haar geholpen", rule 17).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('people in general', () => {
  it('gives what the coach plans to ask anyone no valence of the coachee’s, in both languages', () => {
    assertRuleLabels(
      [
        'Ik wil de volgende keer eerst vragen wat iemand zelf al geprobeerd heeft.',
        'Next time I want to ask first what someone has already tried themselves.',
      ],
      'valence',
      'neutral',
    );
  });
  it('keeps what someone did for or said of the coachee', () => {
    assertRuleLabels(
      [
        'Ze vertelde dat iemand haar had geholpen.',
        'She said that someone had praised her work.',
        'Mensen vinden haar heel betrouwbaar.',
      ],
      'valence',
      'strength',
    );
    // "people" as the object of what the coachee does is no one in general acting.
    assert.equal(ruleLabel('She keeps interrupting people in meetings.').valence, 'weakness');
  });
});
