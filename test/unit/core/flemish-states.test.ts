// Flemish Dutch for states the coachee is in (rule 11).
import { assertRuleLabels } from '../../helpers';

describe('Flemish states', () => {
  it('crying, stress and being worn through in Flemish words are problems', () => {
    assertRuleLabels(
      [
        'Ze moest wenen toen ze over haar vader vertelde.',
        'Ze stresseert enorm voor de evaluatie.',
        'Hij zit er helemaal door.',
      ],
      'valence',
      'weakness',
    );
  });
});
