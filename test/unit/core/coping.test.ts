// A difficulty told for the way the coachee dealt with it is strength (rule 9), also when the turn comes after
// "and"/"en": "and yet", "en toch", "and still" before its subject.
import { assertRuleLabels } from '../../helpers';

describe('coping after "and"', () => {
  it('reads the difficulty overcome as strength, in both languages', () => {
    assertRuleLabels(
      [
        'Tessa was nervous the whole morning, and still she did it.',
        'She was scared and yet she went.',
        'Ze was zenuwachtig en toch heeft ze het gezegd.',
      ],
      'valence',
      'strength',
    );
  });
  it('leaves a problem that goes on, and a turn to another problem, a problem', () => {
    assertRuleLabels(
      [
        'He is tired and still struggles with sleep.',
        'Ze was moe en toch bleef ze doorwerken tot middernacht.',
        'She was exhausted and still she worked until midnight.',
      ],
      'valence',
      'weakness',
    );
  });
});
