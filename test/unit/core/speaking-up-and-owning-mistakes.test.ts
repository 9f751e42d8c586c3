// Speaking up about a problem and owning a mistake deal with it (rule 9: a difficulty told for the way the coachee
// dealt with it is strength); being walked over and feeling the odd one out are problems (rules 7, 11).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('speaking up and owning a mistake', () => {
  it('turn the problem they deal with to strength, in either language', () => {
    assertRuleLabels(
      [
        inEnglish('She finally spoke up about the workload.'),
        inEnglish('He owned the mistake in front of the whole team.'),
        'Ze sprak zich eindelijk uit over de werkdruk.',
        'Hij nam eigenaarschap voor de fout in de planning.',
      ],
      'valence',
      'strength',
    );
  });

  it('leave a problem in a clause of its own', () => {
    assertRuleLabels([inEnglish('She owns the house and lives alone since the divorce.')], 'valence', 'weakness');
  });
});

describe('being walked over and the odd one out', () => {
  it('are problems', () => {
    assertRuleLabels(
      [
        'Ze laat zich steeds overlopen door haar collega’s.',
        'Hij voelt zich het buitenbeentje in zijn team.',
        inEnglish('He has always been the odd one out at work.'),
      ],
      'valence',
      'weakness',
    );
  });
});
