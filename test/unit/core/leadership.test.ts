// The coachee as a leader: delegating, inviting dissent, a team that dares not disagree (rules 9, 10, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('leadership', () => {
  it('"niet" after a word of courage denies the courage, not what it would dare (rule 10)', () => {
    assertRuleLabels(
      [
        'Haar team durft het niet met haar oneens te zijn.',
        'Ze durft geen grenzen te stellen.',
        'Ze durft haar manager niet aan te spreken.',
      ],
      'valence',
      'weakness',
    );
  });
  it('handing over responsibility and inviting dissent are strength; a distant style a problem', () => {
    assertRuleLabels(
      [
        inEnglish('She gave her deputy full responsibility for the budget.'),
        'Ze heeft haar plaatsvervanger de volle verantwoordelijkheid voor het budget gegeven.',
        inEnglish('In the last team meeting she asked for dissenting opinions.'),
        'In het laatste teamoverleg vroeg ze expliciet om afwijkende meningen.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish('His leadership style is described as distant.')], 'valence', 'weakness');
  });
});
