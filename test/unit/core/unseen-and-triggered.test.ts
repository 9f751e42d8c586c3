// Feeling unseen and being triggered or put on the spot are the coachee's problems (rules 11, 12).
import { assertRuleLabels } from '../../helpers';

describe('feeling unseen, triggered, put on the spot', () => {
  it('reads them as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'His director does not see him, he says: he feels invisible.',
        'Zijn directeur ziet hem niet staan.',
        'He identified his main trigger as being put on the spot in front of senior leaders.',
        'Ze werd getriggerd door de opmerking van haar collega.',
        'Hij voelt zich voor het blok gezet.',
      ],
      'valence',
      'weakness',
    );
  });
});
