// The coach asking what the coachee does differently, on the good days, takes the valence of what it asks after
// (rule 7): a strength. Captaining a team is an achievement.
import { assertRuleLabels } from '../../helpers';

describe('what she does differently, on the good days', () => {
  it('is solution talk, a strength, in both languages', () => {
    assertRuleLabels(
      [
        'Ik vroeg wat ze op de goede dagen anders doet.',
        'Wat doe je anders dan vorig jaar?',
        'What do you do differently now?',
        'I asked what she does on the good days.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('leading a team', () => {
  it('is an achievement, in both languages', () => {
    assertRuleLabels(['He captained the team on Saturday.', 'Hij was aanvoerder van het team.'], 'valence', 'strength');
  });
});
