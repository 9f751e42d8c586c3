// Problems that stay away, dread split around its subject, a habit back again (rule 10).
import { assertRuleLabels } from '../../helpers';

describe('then and now in words', () => {
  it('a problem that has not come back is progress; a negation the term holds is its own', () => {
    assertRuleLabels(['De klachten zijn niet teruggekomen.'], 'valence', 'strength');
    assertRuleLabels(['De klachten nemen niet af.'], 'valence', 'weakness');
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
