// What a third party wants done of the coachee's work is their demand, neutral (rule 17), not her progress.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('a third party wanting a piece of the coachee’s work done', () => {
  it('is their demand, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('Her director wants the restructuring finished by March.'),
        inEnglish('His manager expects the report completed next week.'),
        'Haar directeur wil de reorganisatie in maart afgerond hebben.',
      ],
      'valence',
      'neutral',
    );
    // Her own work finished is hers.
    assertRuleLabels([inEnglish('She finished the restructuring in March.')], 'valence', 'strength');
  });
});
