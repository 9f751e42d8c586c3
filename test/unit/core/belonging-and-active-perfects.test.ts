// Being taken seriously, interrupted, hiding who one is; Dutch perfects with "zijn" that are one's own doing.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('belonging and active perfects', () => {
  it('having to prove oneself, being interrupted, hiding who one is are problems', () => {
    assertRuleLabels(
      [
        inEnglish('She is the only woman in the management team and often feels she has to prove herself.'),
        'Ze wordt in vergaderingen regelmatig onderbroken.',
        'Hij verbergt voor zijn collega’s dat hij homo is.',
      ],
      'valence',
      'weakness',
    );
  });
  it('a Dutch verb whose perfect takes "zijn" is the subject’s own doing, no passive', () => {
    assertRuleLabels(
      ['Hij is een netwerk gestart voor collega’s met een migratieachtergrond.', 'Ze is met een opleiding begonnen.'],
      'valence',
      'strength',
    );
    assertRuleLabels(['Ze is aangemeld voor de training.'], 'valence', 'neutral');
  });
});
