// A concessive aside between commas grants a point the clause around it sets aside (rule 9); believing one deserves
// something is self-worth, not believing it a problem (rule 11); people pleasing is a pattern of the coachee's.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('a concessive aside', () => {
  it('leaves the clause around it to decide, in both languages', () => {
    assertRuleLabels(
      [
        'Ze is de reorganisatie, hoe pijnlijk ook, gaan zien als een moment om zelf te kiezen.',
        inEnglish('She kept applying, however painful the rejections were, and found a job.'),
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(['Het gesprek met haar manager was pijnlijk.'], 'valence', 'weakness');
  });
});

describe('self-worth and pleasing', () => {
  it('hears not believing one deserves it, and people pleasing, as problems', () => {
    assertRuleLabels(
      [
        inEnglish("Deep down he doesn't believe he deserves a place on the board."),
        'Diep van binnen gelooft hij niet dat hij de promotie verdient.',
        inEnglish('She said yes to every request this week, which looks like people pleasing to me.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels([inEnglish('She now believes she deserves a seat at the table.')], 'valence', 'strength');
  });
});
