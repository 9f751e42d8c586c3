// Problems that stay away, dread split around its subject, weekends worked again (rule 10).
import { assertRuleLabels } from '../../helpers';

describe('then and now in words', () => {
  it('a problem that stayed away is progress', () => {
    assertRuleLabels(['De klachten zijn weggebleven.'], 'valence', 'strength');
    assertRuleLabels(
      ['De klachten nemen niet af.', 'De concentratieproblemen zijn nog niet weg.'],
      'valence',
      'weakness',
    );
  });
  it('dread split around its subject, weekends worked again are problems', () => {
    assertRuleLabels(
      [
        'Hij genoot vroeger van zijn werk, maar de laatste tijd ziet hij op tegen maandag.',
        'Ze werkt weer in de weekenden.',
      ],
      'valence',
      'weakness',
    );
  });
});
